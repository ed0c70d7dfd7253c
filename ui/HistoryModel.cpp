#include "ui/HistoryModel.h"

#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace patchline::ui {

void HistoryModel::setRows(const QList<store::HistoryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const store::HistoryRow *HistoryModel::row(int r) const
{
    return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(const store::HistoryRow &r)
{
    if (r.state == u"interrupted")
        return tr("interrupted");
    if (r.state != u"ended")
        return tr("live");
    return r.failed ? tr("failed") : tr("ended");
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::HistoryRow &r = m_rows.at(index.row());
    if (role == RowIdRole)
        return r.rowId;
    if (role == Qt::ToolTipRole && index.column() == Outcome)
        return r.endReason;
    if (role == Qt::ToolTipRole && index.column() == Match)
        return r.match;
    if (role == Qt::ForegroundRole && index.column() == Outcome &&
        (r.failed || r.state == u"interrupted"))
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ForegroundRole && index.column() == Alarms && r.alarmCount > 0)
        return QBrush(QColor(0xb0, 0x70, 0x00));
    if (role == Qt::TextAlignmentRole && (index.column() == Duration || index.column() == Alarms ||
                                          index.column() == Latency || index.column() == Cost))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Started:
            return r.startedAt;
        case Duration:
            return r.durationMs;
        case Alarms:
            return r.alarmCount;
        case Latency:
            return r.latencyP50Ms;
        case Cost:
            return r.cost;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Agent)
        return r.agentId;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Duration:
        case Alarms:
        case Latency:
        case Cost:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return QLocale().toString(r.startedAt, QLocale::ShortFormat);
    case Direction:
        return Format::direction(r.direction);
    case From:
        return r.from;
    case To:
        return r.to;
    case Agent:
        return m_agentNames.value(r.agentId, r.agentId);
    case Duration:
        return bridge::formatDuration(r.durationMs);
    case Outcome:
        return outcomeText(r);
    case Alarms:
        return r.alarmCount > 0 ? Format::count(r.alarmCount) : QString();
    case Latency:
        return r.latencyP50Ms >= 0 ? Format::ms(r.latencyP50Ms) : QString();
    case Cost:
        return r.cost >= 0 ? Format::credits(r.cost) : QString();
    case Match:
        return r.match;
    default:
        return {};
    }
}

void HistoryModel::setAgentNames(const QHash<QString, QString> &names)
{
    m_agentNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Agent), index(int(m_rows.size()) - 1, Agent));
}

QVariant HistoryModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Direction:
        return tr("Direction");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Agent:
        return tr("Agent");
    case Duration:
        return tr("Duration");
    case Outcome:
        return tr("Outcome");
    case Alarms:
        return tr("Alarms");
    case Latency:
        return tr("Latency p50");
    case Cost:
        return tr("ElevenLabs cost");
    case Match:
        return tr("Matching line");
    default:
        return {};
    }
}

} // namespace patchline::ui
