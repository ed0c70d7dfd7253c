#include "ui/AlarmListModel.h"

#include "ui/CallListModel.h"

#include <QBrush>
#include <QColor>

namespace patchline::ui {

QList<AlarmListModel::Row> AlarmListModel::collect() const
{
    QList<Row> rows;
    if (!m_entry)
        return rows;
    for (const bridge::CallEvent &e : m_entry->events) {
        if (e.kind == u"alarm") {
            for (const AlarmMark &m : Format::alarms({e}))
                rows.append({m, true});
        } else if (e.kind == u"alarm-cleared") {
            rows.append({{e.offsetMs, e.text.section(QStringLiteral(": "), 0, 0), e.text}, false});
        }
    }
    return rows;
}

void AlarmListModel::setEntry(const CallEntry *entry)
{
    beginResetModel();
    m_entry = entry;
    m_rows = collect();
    endResetModel();
}

void AlarmListModel::refresh()
{
    const QList<Row> next = collect();
    if (next.size() < m_rows.size()) { // not the same call any more
        beginResetModel();
        m_rows = next;
        endResetModel();
        return;
    }
    if (next.size() == m_rows.size())
        return;
    beginInsertRows({}, int(m_rows.size()), int(next.size()) - 1);
    m_rows = next;
    endInsertRows();
}

int AlarmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlarmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return formatDuration(r.mark.offsetMs);
        case Alarm:
            return r.raised ? r.mark.name : tr("%1 (cleared)").arg(r.mark.name);
        case Detail:
            return r.mark.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return r.mark.detail;
    case Qt::ForegroundRole:
        return r.raised && index.column() == Alarm ? QBrush(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Time ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                      : QVariant();
    case OffsetMsRole:
        return r.mark.offsetMs;
    case ActiveRole:
        return r.raised;
    default:
        return {};
    }
}

QVariant AlarmListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Alarm:
        return tr("Alarm");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace patchline::ui
