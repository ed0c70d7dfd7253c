#pragma once

#include "ui/Format.h"

#include <QAbstractTableModel>

namespace patchline::ui {

struct CallEntry;

/// The alarms of one call (issue 18 §2 "Alarms list"): one row per alarm raised or cleared,
/// in call order. Columns: time (m:ss into the call), alarm (name; "cleared" rows say so),
/// detail (the whole text). Rows only ever grow while the same call is shown. GUI thread.
class AlarmListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Alarm, Detail, ColumnCount };
    enum Role { OffsetMsRole = Qt::UserRole + 1, ActiveRole };

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows `entry`'s alarms (null = none). The entry must outlive its display.
    void setEntry(const CallEntry *entry);
    /// Picks up alarms added to the entry since the last call.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Row
    {
        AlarmMark mark;
        bool raised = true; ///< false: the alarm cleared
    };
    QList<Row> collect() const;

    const CallEntry *m_entry = nullptr;
    QList<Row> m_rows;
};

} // namespace patchline::ui
