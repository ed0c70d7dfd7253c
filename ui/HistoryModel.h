#pragma once

#include "store/History.h"

#include <QAbstractTableModel>
#include <QHash>

namespace patchline::ui {

/// The history table (issue 8 §3): one row per stored call, newest first as the query
/// returned them. Columns: started, direction, from, to, agent, duration, outcome (end
/// reason), alarms, turn latency p50, cost, and with a search the line that matched.
/// SortRole gives sortable values (dates, numbers). GUI thread only; rows come from
/// store::Storage::queryHistory.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Started,
        Direction,
        From,
        To,
        Agent,
        Duration,
        Outcome,
        Alarms,
        Latency,
        Cost,
        Match,
        ColumnCount
    };
    enum Role { RowIdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<store::HistoryRow> &rows);
    /// Agent names by id: the Agent column shows the name (the id in its tooltip).
    void setAgentNames(const QHash<QString, QString> &names);
    const QHash<QString, QString> &agentNames() const { return m_agentNames; }
    const store::HistoryRow *row(int r) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    /// The outcome in a word or two: "ended", "failed", "interrupted", "live".
    static QString outcomeText(const store::HistoryRow &row);

private:
    QList<store::HistoryRow> m_rows;
    QHash<QString, QString> m_agentNames;
};

} // namespace patchline::ui
