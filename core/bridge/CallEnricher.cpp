#include "bridge/CallEnricher.h"

#include "elevenlabs/RestClient.h"
#include "store/Storage.h"
#include "twilio/RestClient.h"

#include <QTimer>

namespace patchline::bridge {

CallEnricher::CallEnricher(store::Storage *storage, QObject *parent)
    : QObject(parent), m_storage(storage)
{}

void CallEnricher::setClients(twilio::RestClient *twilio, elevenlabs::RestClient *elevenLabs)
{
    m_twilio = twilio;
    m_elevenLabs = elevenLabs;
}

void CallEnricher::callEnded(const CallSnapshot &snap, bool agentFailed, bool priceable)
{
    const quint64 id = snap.id;
    m_ended.insert(id, snap);
    if (!snap.callSid.isEmpty())
        m_bySid.insert(snap.callSid, id);
    QTimer::singleShot(m_retentionMs, this, [this, id, sid = snap.callSid] {
        m_ended.remove(id);
        if (m_bySid.value(sid) == id)
            m_bySid.remove(sid);
    });
    if (agentFailed && !snap.conversationId.isEmpty())
        explainAgentFailure(snap);
    if (priceable && !snap.callSid.isEmpty())
        fetchPrice(id, snap.callSid, 0);
}

void CallEnricher::refresh(const CallSnapshot &snap)
{
    if (auto it = m_ended.find(snap.id); it != m_ended.end())
        *it = snap;
}

bool CallEnricher::applyStatus(const twilio::StatusCallback &cb)
{
    const auto it = m_bySid.constFind(cb.callSid);
    if (cb.callSid.isEmpty() || it == m_bySid.cend())
        return false;
    // The stream ended first (stop and the callback race on separate connections): the
    // callback completes the call already shown, it is not a new call.
    const quint64 id = *it;
    lateUpdate(id,
               [&cb](CallSnapshot &s) {
                   s.twilioStatus = cb.status;
                   if (cb.durationSecs >= 0)
                       s.twilioDurationSecs = cb.durationSecs;
               },
               {{m_ended.value(id).durationMs, QStringLiteral("info"),
                 tr("Twilio status %1 (#%2)").arg(cb.status).arg(cb.sequence)}});
    return true;
}

void CallEnricher::lateUpdate(quint64 id, const std::function<void(CallSnapshot &)> &change,
                              const QList<CallEvent> &events)
{
    auto it = m_ended.find(id);
    if (it == m_ended.end())
        return;
    change(*it);
    CallUpdate u;
    u.snapshot = *it;
    u.events = events;
    if (m_storage)
        m_storage->saveCall(u.snapshot);
    emit updates({u});
}

void CallEnricher::fetchPrice(quint64 id, const QString &callSid, int attempt)
{
    // Twilio prices a call some seconds to minutes after it ends (reference/twilio.md §3.3).
    static constexpr int kDelaysMs[] = {2000, 5000, 15000, 30000, 60000, 120000};
    if (attempt >= int(std::size(kDelaysMs)))
        return;
    QTimer::singleShot(kDelaysMs[attempt], this, [this, id, callSid, attempt] {
        if (!m_twilio || !m_ended.contains(id))
            return;
        m_twilio->fetchCall(callSid, [this, id, callSid, attempt](
                                         const twilio::TwilioResult<twilio::CallResource> &r) {
            if (!r.ok() || r.value.price.isEmpty()) {
                if (r.status != 404) // unknown to Twilio (e.g. an inbound test): stop
                    fetchPrice(id, callSid, attempt + 1);
                return;
            }
            const QString price = QStringLiteral("%1 %2").arg(r.value.price, r.value.priceUnit);
            lateUpdate(id, [&price](CallSnapshot &s) { s.price = price; },
                       {{m_ended.value(id).durationMs, QStringLiteral("info"),
                         tr("Twilio price: %1").arg(price)}});
        });
    });
}

void CallEnricher::explainAgentFailure(const CallSnapshot &snapshot)
{
    // reference/elevenlabs.md §6.1: the conversation record keeps metadata.termination_reason.
    QTimer::singleShot(500, this, [this, snapshot] {
        if (!m_elevenLabs)
            return;
        m_elevenLabs->fetchConversation(
            snapshot.conversationId,
            [this, snapshot](const elevenlabs::RestResult<elevenlabs::ConversationDetails> &r) {
                const QString reason = !r.ok() ? QString()
                                       : !r.value.terminationReason.isEmpty()
                                           ? r.value.terminationReason
                                           : r.value.errorReason;
                if (reason.isEmpty()) {
                    if (!r.ok())
                        emit log(tr("could not fetch why conversation %1 ended: %2")
                                     .arg(snapshot.conversationId, r.error));
                    return;
                }
                lateUpdate(snapshot.id,
                           [&reason](CallSnapshot &s) {
                               s.endReason += tr(" — ElevenLabs: %1").arg(reason);
                           },
                           {{snapshot.durationMs, QStringLiteral("info"),
                             tr("ElevenLabs termination reason: %1").arg(reason)}});
            });
    });
}

} // namespace patchline::bridge
