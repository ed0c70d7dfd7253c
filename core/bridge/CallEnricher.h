#pragma once

#include "call/CallTypes.h"
#include "twilio/StatusCallback.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace patchline::elevenlabs {
class RestClient;
}
namespace patchline::twilio {
class RestClient;
}
namespace patchline::store {
class Storage;
}

namespace patchline::bridge {

/// What a call learns after it ended (issue 15 §4, carved out of Bridge): Twilio's price
/// (reference/twilio.md §3.3, priced seconds to minutes later, so retried), ElevenLabs'
/// termination reason after an abnormal agent end (reference/elevenlabs.md §6.1), and a
/// status callback that lost the race with the stream's `stop` (§3.8). Keeps each ended
/// call's final snapshot for `retentionMs` (default 10 min), applies the change, stores
/// the call and publishes it as a CallUpdate.
///
/// Lives on the call's shard thread (timers and REST replies arrive there).
class CallEnricher : public QObject
{
    Q_OBJECT
public:
    explicit CallEnricher(store::Storage *storage, QObject *parent = nullptr);

    /// REST clients of the shard (either may be null: that enrichment is skipped). Call
    /// again whenever the shard replaces one.
    void setClients(twilio::RestClient *twilio, elevenlabs::RestClient *elevenLabs);
    /// How long an ended call stays enrichable, ms (tests shorten it).
    void setRetentionMs(int ms) { m_retentionMs = ms; }

    /// Call `snapshot` ended: keep it; with `agentFailed` ask ElevenLabs why (when it has a
    /// conversation id); with `priceable` ask Twilio for the price (a Twilio call and a REST
    /// credential are configured).
    void callEnded(const CallSnapshot &snapshot, bool agentFailed, bool priceable);
    /// The session's final snapshot, taken when it is dropped: what changed while its sockets
    /// closed (a late status, "unpaired end") survives in the copy later updates start from.
    void refresh(const CallSnapshot &snapshot);
    /// A verified status callback for a call that has ended here: applied (stored and
    /// published) and true; false when no ended call has that CallSid.
    bool applyStatus(const twilio::StatusCallback &cb);
    /// Ended calls kept now.
    int size() const { return int(m_ended.size()); }

signals:
    /// One late change (the ended call's whole snapshot plus the events it adds).
    void updates(const QList<patchline::bridge::CallUpdate> &batch);
    /// A human-readable log line (never contains a secret).
    void log(const QString &line);

private:
    void fetchPrice(quint64 id, const QString &callSid, int attempt);
    void explainAgentFailure(const CallSnapshot &snapshot);
    /// Changes ended call `id`, stores it and publishes the change with `events`.
    void lateUpdate(quint64 id, const std::function<void(CallSnapshot &)> &change,
                    const QList<CallEvent> &events);

    store::Storage *m_storage;
    QPointer<twilio::RestClient> m_twilio;
    QPointer<elevenlabs::RestClient> m_elevenLabs;
    int m_retentionMs = 10 * 60 * 1000;
    QHash<quint64, CallSnapshot> m_ended; ///< final snapshots by call id
    QHash<QString, quint64> m_bySid;      ///< CallSid → id of the entries of m_ended
};

} // namespace patchline::bridge
