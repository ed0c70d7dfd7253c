#pragma once

#include <QAbstractTableModel>
#include <QWidget>

#include <vector>

class QTableView;

namespace patchline::ui {

struct CallEntry;

/// The selected call's figures as rows (issue 4 §2 "Metrics"), all measured at the bridge:
/// response latency per turn (caller stops → first agent audio sent to Twilio) with
/// p50/p90, time-to-yield per barge-in (caller speech onset → `clear` sent) and how much of
/// the cut reply was heard, the agent's `ping_ms`, inbound frame jitter, outbound pacing
/// (audio queued at Twilio, underruns), frames and bytes each way. Fixed summary rows
/// first, then one row per turn and barge-in in call order (appended as they happen).
/// Columns: Metric, Value. GUI thread only.
class CallMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Metric, Value, ColumnCount };
    /// Qt::UserRole on column Metric: the row's stable key ("turn-latency", "barge-in-1", …).
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit CallMetricsModel(QObject *parent = nullptr);

    /// The call to show (may be null); the entry must outlive its display.
    void setEntry(const CallEntry *entry);
    /// Re-reads the entry: values change in place, new turns and barge-ins are appended.
    void refresh();
    /// The value shown for `key` (tests); empty when there is no such row.
    QString value(const QString &key) const;
    /// The names of the fixed rows (headings and metrics), in the running language: for
    /// sizing the name column.
    static QStringList metricNames();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Row
    {
        QString key;
        QString metric;
        QString value;
        QString tip;
        bool heading = false;
    };
    std::vector<Row> build() const;

    const CallEntry *m_entry = nullptr;
    std::vector<Row> m_rows;
};

/// Dock content: the metrics table of the selected call.
class MetricsPane : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPane(QWidget *parent = nullptr);
    void setEntry(const CallEntry *entry);
    /// Call when the entry changed (≤ 30 Hz).
    void refresh();
    CallMetricsModel *model() const { return m_model; }

private:
    CallMetricsModel *m_model;
    QTableView *m_view;
};

} // namespace patchline::ui
