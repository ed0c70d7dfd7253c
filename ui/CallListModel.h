#pragma once

#include "call/CallTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

#include <deque>
#include <memory>
#include <vector>

namespace patchline::ui {

/// Fixed-capacity ring of per-20 ms level pairs (newest last). Allocates once.
class LevelRing
{
public:
    explicit LevelRing(int capacity = 1500) : m_data(size_t(capacity)) {}
    void push(const audio::LevelPair &l)
    {
        m_data[m_head] = l;
        m_head = (m_head + 1) % m_data.size();
        if (m_size < m_data.size())
            ++m_size;
        ++m_total;
    }
    int size() const { return int(m_size); }
    /// i = 0 is the oldest kept frame.
    const audio::LevelPair &at(int i) const
    {
        return m_data[(m_head + m_data.size() - m_size + size_t(i)) % m_data.size()];
    }
    /// Frames pushed since the call started (index of the next frame).
    qint64 total() const { return m_total; }

private:
    std::vector<audio::LevelPair> m_data;
    size_t m_head = 0;
    size_t m_size = 0;
    qint64 m_total = 0;
};

/// One message in the wire inspector, with the sequence number Twilio should have sent.
struct WireRow
{
    bridge::WireEntry entry;
    qint64 expectedSeq = -1; ///< ≠ entry.seq: a gap (lost or reordered Twilio messages)
    bool gap() const { return expectedSeq >= 0 && entry.seq >= 0 && entry.seq != expectedSeq; }
};

/// A moment drawn on the live waveform (issue 4 §2): turn boundaries, barge-ins, alarms.
struct WaveMarker
{
    enum class Kind { Turn, BargeIn, Alarm };
    Kind kind = Kind::Turn;
    qint64 frame = 0;      ///< 20 ms level-frame index (call time / 20 ms)
    qint64 spanFrames = 0; ///< Turn: frames back to where the caller stopped (the latency)
};

/// Everything the console keeps about one call on the GUI thread.
struct CallEntry
{
    /// The newest messages kept for the inspector (the full log is on disk next to the
    /// recording): about 6 minutes of a call.
    static constexpr int kWireCapacity = 40000;
    bridge::CallSnapshot snapshot;
    LevelRing levels;
    QList<bridge::TranscriptLine> lines;
    QList<bridge::CallEvent> events;
    /// Waveform markers, oldest first; the newest kMaxMarkers are kept.
    std::deque<WaveMarker> markers;
    static constexpr int kMaxMarkers = 2000;
    std::deque<WireRow> wire;
    qint64 wireDropped = 0; ///< oldest messages no longer kept
    qint64 lastTwilioSeq = -1;
    int seqGaps = 0;
};

/// The calls the console knows, one row each, fed by the bridge's CallUpdate batches.
/// Columns as in Twilio's call log: start time, state (text, never colour alone),
/// direction, from → to, agent (its name when known), duration, barge-ins, alarms, and the
/// node that holds the call ("this console" for its own).
/// Numbers are right-aligned. GUI thread only.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Started,
        State,
        Direction,
        Parties,
        Agent,
        Duration,
        BargeIns,
        Alarms,
        Node, ///< the node holding the call (a console watching a cluster, issue 20 §3)
        ColumnCount
    };
    enum Role { CallIdRole = Qt::UserRole + 1, ActiveRole, SortKeyRole };

    explicit CallListModel(QObject *parent = nullptr);
    ~CallListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    /// Applies a batch from the bridge: new rows, changed cells, appended lines and levels.
    void applyUpdates(const QList<bridge::CallUpdate> &batch);

    const CallEntry *entry(quint64 callId) const;
    int liveCalls() const;
    /// Agent names by id (from the agents list): the Agent column shows the name, the id
    /// stays in its tooltip. Unknown ids are shown as they are.
    void setAgentNames(const QHash<QString, QString> &names);
    /// The name of `agentId`, or the id when no name is known.
    QString agentName(const QString &agentId) const;

signals:
    /// Lines or levels were appended to a call (TranscriptModel / waveform follow it).
    void linesAppended(quint64 callId, int first, int last);
    void levelsAppended(quint64 callId);
    /// `added` messages were appended to a call's wire list and `dropped` removed from its
    /// front (capacity).
    void wireAppended(quint64 callId, int added, int dropped);
    void callChanged(quint64 callId);

private:
    std::vector<std::unique_ptr<CallEntry>> m_rows;
    QHash<quint64, int> m_rowOf;
    QHash<QString, QString> m_agentNames;
};

/// Active calls first, then the rest newest first (by start time, then id).
class CallSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CallSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &a, const QModelIndex &b) const override;
};

using bridge::formatDuration;
using bridge::formatOffset;

} // namespace patchline::ui
