#pragma once

#include "audio/CallTimeline.h"
#include "call/CallTypes.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace patchline::bridge {

/// Where one call's recording, wire log and listen-in blocks go: the Storage thread and the
/// shard's ListenIn in the bridge (CallSession), a fake in tests.
class RecordingSink
{
public:
    virtual ~RecordingSink() = default;
    /// Wire-log rows since the last write (one call per second at most).
    virtual void appendWireLog(const QList<WireEntry> &entries) = 0;
    /// Stereo PCM16 (caller L, agent R, 8 kHz) since the last write, ≤ 1 s.
    virtual void appendRecording(const QByteArray &stereoPcm16) = 0;
    /// True while the operator listens to this call.
    virtual bool listening() const = 0;
    /// One finished 200 ms stereo block (interleaved samples), while listening().
    virtual void listen(std::span<const std::int16_t> stereo) = 0;
};

/// The recorder and wire tap of one call (design.md "frame path"; docs/performance.md §5):
/// notes every relayed message for the wire log and, with a console, for the wire inspector;
/// every 10 caller frames (200 ms) takes the finished stereo block from the CallTimeline for
/// listen-in and the recording; hands the recording and the wire log to the sink once a
/// second (the storage thread's cost is per write) or when forced (the end of the call).
///
/// Pure apart from the sink; single-threaded (the call's shard thread).
class CallRecorder
{
public:
    static constexpr int kBlockFrames = 10;      ///< 200 ms blocks (listen-in)
    static constexpr int kRecordEveryBlocks = 5; ///< 1 s per write to the sink

    /// `keepWireLog`: rows are collected for the sink's wire log (recording on);
    /// `keepUiRows`: rows are collected for takeUiRows() (a console is watching).
    CallRecorder(bool keepWireLog, bool keepUiRows)
        : m_keepWireLog(keepWireLog), m_keepUiRows(keepUiRows)
    {}

    /// The sink (may be null: then nothing is written). Not owned.
    void setSink(RecordingSink *sink) { m_sink = sink; }
    /// The recording file is open: stereo blocks and wire rows now go to the sink.
    void setRecording(bool on) { m_recording = on; }
    bool recording() const { return m_recording; }

    /// Rows kept at most between two writes or two takeUiRows() (a stream that floods
    /// before `start`, when nothing is written yet, cannot grow them without bound).
    static constexpr int kMaxRows = 4096;

    /// Notes one message (dropped, and counted, beyond kMaxRows).
    void note(const WireEntry &e)
    {
        if (m_keepUiRows && m_uiRows.size() < kMaxRows)
            m_uiRows.append(e);
        if (m_keepWireLog) {
            if (m_wireLog.size() < kMaxRows)
                m_wireLog.append(e);
            else
                ++m_droppedRows;
        }
    }
    /// Wire-log rows dropped because kMaxRows were waiting.
    qint64 droppedRows() const { return m_droppedRows; }
    /// Rows since the last call, for the wire inspector (empty without a console).
    QList<WireEntry> takeUiRows() { return std::exchange(m_uiRows, {}); }
    /// Takes over the rows another recorder collected (a stream adopted by its webhook's call).
    void takeOver(CallRecorder &other);

    /// After each caller frame pushed into `timeline`: every kBlockFrames, flush(false).
    void onCallerFrame(audio::CallTimeline &timeline)
    {
        if (++m_framesSinceFlush >= kBlockFrames)
            flush(timeline, false);
    }
    /// Takes the finished stereo block from `timeline` (to listen-in at once, to the
    /// recording buffer), and every kRecordEveryBlocks blocks — or when `force` — writes the
    /// buffered recording and wire rows to the sink.
    void flush(audio::CallTimeline &timeline, bool force);

private:
    bool m_keepWireLog;
    bool m_keepUiRows;
    bool m_recording = false;
    RecordingSink *m_sink = nullptr;
    QList<WireEntry> m_wireLog; ///< since the last write to the sink
    QList<WireEntry> m_uiRows;  ///< since the last takeUiRows()
    std::vector<std::int16_t> m_stereo;
    QByteArray m_pendingPcm; ///< stereo PCM16 not yet written (≤ 1 s)
    int m_framesSinceFlush = 0;
    int m_blocksSinceWrite = 0;
    qint64 m_droppedRows = 0;
};

} // namespace patchline::bridge
