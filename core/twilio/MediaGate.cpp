#include "twilio/MediaGate.h"

namespace patchline::twilio {

InboundMediaGate::Verdict InboundMediaGate::check(qint64 nowMs, bool decoded, qsizetype bytes)
{
    Verdict v = Verdict::Accept;
    if (!decoded)
        v = Verdict::BadBase64;
    else if (bytes != kFrameBytes)
        v = Verdict::WrongSize;
    else if (m_originMs >= 0 && (m_accepted + 1) * kFrameMs - (nowMs - m_originMs) > kMaxAheadMs)
        v = Verdict::AheadOfClock;
    if (v != Verdict::Accept) {
        ++m_dropped;
        return v;
    }
    if (m_originMs < 0)
        m_originMs = nowMs;
    ++m_accepted;
    return v;
}

} // namespace patchline::twilio
