#include "ui/TranscriptModel.h"

#include "ui/CallListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace patchline::ui {

TranscriptModel::TranscriptModel(CallListModel *calls, QObject *parent)
    : QAbstractListModel(parent), m_calls(calls)
{
    connect(calls, &CallListModel::linesAppended, this, &TranscriptModel::onLinesAppended);
}

void TranscriptModel::setCall(quint64 callId)
{
    beginResetModel();
    m_callId = callId;
    const CallEntry *e = m_calls->entry(callId);
    m_rows = e ? int(e->lines.size()) : 0;
    endResetModel();
}

void TranscriptModel::onLinesAppended(quint64 callId, int first, int last)
{
    if (callId != m_callId)
        return;
    if (last < m_rows) { // an existing line changed (barge-in marked it)
        emit dataChanged(index(first), index(last));
        return;
    }
    const CallEntry *e = m_calls->entry(callId);
    const int newRows = e ? int(e->lines.size()) : 0;
    if (newRows <= m_rows)
        return;
    beginInsertRows({}, m_rows, newRows - 1);
    m_rows = newRows;
    endInsertRows();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallEntry *e = m_calls->entry(m_callId);
    if (!e || index.row() >= e->lines.size())
        return {};
    return lineData(e->lines.at(index.row()), role);
}

QVariant TranscriptModel::lineData(const bridge::TranscriptLine &l, int role)
{
    const bool agent = l.role == bridge::TranscriptLine::Role::Agent;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1   %2   %3")
            .arg(formatOffset(l.offsetMs), agent ? tr("Agent ") : tr("Caller"), l.text);
    case Qt::ToolTipRole:
        if (!l.interrupted)
            return {};
        if (l.heardMs >= 0)
            return tr("The caller talked over this line after hearing %1 s of it; the rest "
                      "was not heard.")
                .arg(double(l.heardMs) / 1000.0, 0, 'f', 1);
        return tr("The caller talked over this line; the rest was not heard.");
    case Qt::ForegroundRole:
        return QBrush(agent ? QColor(0x8e, 0x44, 0xad) : QColor(0x21, 0x6e, 0xb4));
    case Qt::FontRole: {
        QFont f;
        f.setStrikeOut(l.interrupted);
        return f;
    }
    case OffsetMsRole:
        return l.offsetMs;
    case IsAgentRole:
        return agent;
    case InterruptedRole:
        return l.interrupted;
    case TextRole:
        return l.text;
    default:
        return {};
    }
}

} // namespace patchline::ui
