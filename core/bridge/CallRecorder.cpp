#include "bridge/CallRecorder.h"

namespace patchline::bridge {

void CallRecorder::takeOver(CallRecorder &other)
{
    m_wireLog += std::exchange(other.m_wireLog, {});
    m_uiRows += std::exchange(other.m_uiRows, {});
}

void CallRecorder::flush(audio::CallTimeline &timeline, bool force)
{
    m_framesSinceFlush = 0;
    const bool recording = m_sink && m_recording;
    if (timeline.takeStereo(m_stereo) > 0) {
        if (m_sink && m_sink->listening())
            m_sink->listen(m_stereo);
        if (recording)
            m_pendingPcm.append(reinterpret_cast<const char *>(m_stereo.data()),
                                qsizetype(m_stereo.size() * sizeof(std::int16_t)));
    }
    if (!force && ++m_blocksSinceWrite < kRecordEveryBlocks)
        return;
    m_blocksSinceWrite = 0;
    if (recording && !m_wireLog.isEmpty()) {
        m_sink->appendWireLog(m_wireLog);
        m_wireLog.clear();
    }
    if (recording && !m_pendingPcm.isEmpty())
        m_sink->appendRecording(std::exchange(m_pendingPcm, QByteArray()));
}

} // namespace patchline::bridge
