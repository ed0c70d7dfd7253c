#include "ui/CallListModel.h"

#include "ui/Format.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <limits>

namespace patchline::ui {

using bridge::CallState;

CallListModel::CallListModel(QObject *parent) : QAbstractTableModel(parent) {}
CallListModel::~CallListModel() = default;

int CallListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case State:
        return tr("State");
    case Direction:
        return tr("Direction");
    case Parties:
        return tr("From → To");
    case Agent:
        return tr("Agent");
    case Duration:
        return tr("Duration");
    case BargeIns:
        return tr("Barge-ins");
    case Alarms:
        return tr("Alarms");
    case Node:
        return tr("Node");
    }
    return {};
}

QVariant CallListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bridge::CallSnapshot &s = m_rows[size_t(index.row())]->snapshot;
    const bool active = s.state != CallState::Ended;
    switch (role) {
    case CallIdRole:
        return QVariant::fromValue(s.id);
    case ActiveRole:
        return active;
    case SortKeyRole: // newest first by start time (ids of carried calls say nothing of age)
        return s.startedAt;
    case Qt::ToolTipRole:
        if (index.column() == Agent)
            return s.agentId;
        if (index.column() == Alarms && !s.alarms.isEmpty())
            return s.alarms.join(u'\n');
        return s.endReason.isEmpty() ? s.callSid : s.callSid + u'\n' + s.endReason;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == BargeIns)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole: // the state badge
        if (index.column() != State)
            return {};
        if (!s.alarms.isEmpty() && active)
            return QColor(0xd0, 0x30, 0x30);
        switch (s.state) {
        case CallState::Live:
            return QColor(0x2e, 0xa0, 0x4f);
        case CallState::Ended:
            return s.failed ? QColor(0xd0, 0x30, 0x30) : QColor(0xa0, 0xa0, 0xa0);
        default:
            return QColor(0xe0, 0x9b, 0x00);
        }
    case Qt::ForegroundRole:
        if (index.column() == Alarms)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == State) {
            switch (s.state) {
            case CallState::Live:
                return QBrush(QColor(0x1b, 0x87, 0x3a));
            case CallState::Ended:
                return QBrush(QColor(0x80, 0x80, 0x80));
            default:
                return QBrush(QColor(0xb0, 0x70, 0x00));
            }
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Started:
            return s.startedAt.isValid()
                       ? QLocale().toString(s.startedAt.toLocalTime().time(), QLocale::ShortFormat)
                       : QString();
        case State:
            if (s.state == CallState::Ended && s.failed)
                return tr("failed");
            return s.agentMuted && active ? tr("%1 · agent muted").arg(Format::state(s.state))
                                          : Format::state(s.state);
        case Direction:
            return Format::direction(s.direction);
        case Parties:
            return tr("%1 → %2").arg(s.from, s.to);
        case Agent:
            return agentName(s.agentId);
        case Duration:
            return formatDuration(s.durationMs);
        case BargeIns:
            return s.bargeIns;
        case Alarms:
            return s.alarms.join(QStringLiteral(", "));
        case Node:
            return s.node.isEmpty() ? tr("this console") : s.node;
        }
        return {};
    default:
        return {};
    }
}

void CallListModel::applyUpdates(const QList<bridge::CallUpdate> &batch)
{
    int firstChanged = std::numeric_limits<int>::max(), lastChanged = -1;
    for (const bridge::CallUpdate &u : batch) {
        const quint64 id = u.snapshot.id;
        auto it = m_rowOf.constFind(id);
        int row;
        if (it == m_rowOf.constEnd()) {
            row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.push_back(std::make_unique<CallEntry>());
            m_rowOf.insert(id, row);
            endInsertRows();
        } else {
            row = *it;
        }
        CallEntry &e = *m_rows[size_t(row)];
        e.snapshot = u.snapshot;
        for (const audio::LevelPair &l : u.levels)
            e.levels.push(l);
        if (!u.lines.isEmpty()) {
            const int first = int(e.lines.size());
            e.lines.append(u.lines);
            emit linesAppended(id, first, int(e.lines.size()) - 1);
        }
        if (!u.wire.isEmpty()) {
            for (const bridge::WireEntry &w : u.wire) {
                WireRow r{w, -1};
                if (!w.agentSide && w.incoming && w.seq >= 0) {
                    r.expectedSeq = e.lastTwilioSeq >= 0 ? e.lastTwilioSeq + 1 : -1;
                    e.seqGaps += r.gap() ? 1 : 0;
                    e.lastTwilioSeq = w.seq;
                }
                e.wire.push_back(std::move(r));
            }
            int dropped = 0;
            while (e.wire.size() > size_t(CallEntry::kWireCapacity)) {
                e.wire.pop_front();
                ++dropped;
            }
            e.wireDropped += dropped;
            emit wireAppended(id, int(u.wire.size()), dropped);
        }
        for (const bridge::CallEvent &ev : u.events) {
            e.events.append(ev);
            const qint64 frame = ev.offsetMs / 20; // levels: one per 20 ms of call time
            if (ev.kind == u"turn")
                e.markers.push_back(
                    {WaveMarker::Kind::Turn, frame, std::max<qint64>(0, ev.latencyMs) / 20});
            else if (ev.kind == u"alarm")
                e.markers.push_back({WaveMarker::Kind::Alarm, frame, 0});
            if (e.markers.size() > size_t(CallEntry::kMaxMarkers))
                e.markers.pop_front();
            if (ev.kind == u"barge-in") {
                e.markers.push_back({WaveMarker::Kind::BargeIn, frame, 0});
                // The agent line playing when the caller barged in was cut short.
                for (auto l = e.lines.rbegin(); l != e.lines.rend(); ++l) {
                    if (l->role == bridge::TranscriptLine::Role::Agent &&
                        (ev.lineOffsetMs < 0 || l->offsetMs == ev.lineOffsetMs)) {
                        l->interrupted = true;
                        l->heardMs = ev.heardMs;
                        l->sentMs = ev.sentMs;
                        emit linesAppended(id, int(e.lines.rend() - l) - 1,
                                           int(e.lines.rend() - l) - 1);
                        break;
                    }
                }
            }
        }
        if (!u.levels.isEmpty())
            emit levelsAppended(id);
        firstChanged = std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
        emit callChanged(id);
    }
    // One notification per batch: views and the sorting proxy do their work once, not once
    // per call (50 live calls = 50 entries per batch).
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
}

void CallListModel::setAgentNames(const QHash<QString, QString> &names)
{
    m_agentNames = names;
    if (!m_rows.empty())
        emit dataChanged(index(0, Agent), index(rowCount() - 1, Agent), {Qt::DisplayRole});
}

QString CallListModel::agentName(const QString &agentId) const
{
    const QString name = m_agentNames.value(agentId);
    return name.isEmpty() ? agentId : name;
}

const CallEntry *CallListModel::entry(quint64 callId) const
{
    const auto it = m_rowOf.constFind(callId);
    return it == m_rowOf.constEnd() ? nullptr : m_rows[size_t(*it)].get();
}

int CallListModel::liveCalls() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += r->snapshot.state != CallState::Ended ? 1 : 0;
    return n;
}

CallSortProxy::CallSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

bool CallSortProxy::lessThan(const QModelIndex &a, const QModelIndex &b) const
{
    const bool aActive = a.data(CallListModel::ActiveRole).toBool();
    const bool bActive = b.data(CallListModel::ActiveRole).toBool();
    if (aActive != bActive)
        return aActive; // active calls first
    // Newest first within each group.
    const QDateTime ta = a.data(CallListModel::SortKeyRole).toDateTime();
    const QDateTime tb = b.data(CallListModel::SortKeyRole).toDateTime();
    if (ta != tb)
        return ta > tb;
    return a.data(CallListModel::CallIdRole).toULongLong() >
           b.data(CallListModel::CallIdRole).toULongLong();
}

} // namespace patchline::ui
