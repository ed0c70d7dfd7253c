#pragma once

#include "settings/Config.h"
#include "twilio/StatusCallback.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace patchline::server {
class HttpServer;
struct HttpRequest;
struct HttpResponse;
struct WebSocketHandoff;
} // namespace patchline::server
namespace patchline::store {
class Storage;
}

namespace patchline::bridge {

class Bridge;
class ShardRegistry;

/// The internet-facing half of the bridge (issue 15 §2): the HTTP server with its limits
/// (server::HttpLimits), the Twilio webhook routes and their `X-Twilio-Signature` checks
/// (reference/twilio.md §4), the ElevenLabs post-call webhook (HMAC, elevenlabs.md §8),
/// `/health`, and the Media Streams upgrade (signature checked before the 101, §4.4).
///
/// Lives on its own thread ("http"), never on a bridge thread: a slow or hostile client
/// costs this thread only. Everything it passes on has been bounded and authenticated:
/// the voice webhook's decision is asked of the Bridge (its thread answers through an
/// async responder), status callbacks are queued to it, and upgraded media sockets are
/// handed over as file descriptors (server::WebSocketHandoff). The configuration is a
/// copy taken at construction (the secrets do not change while running).
class WebhookFront : public QObject
{
    Q_OBJECT
public:
    /// `shards` receive verified work (queued to their threads): a call goes to the least
    /// loaded shard when it is first seen (voice webhook or status callback) and stays
    /// there; its stream URL names that shard. `storage` gets post-call data (thread-safe
    /// API) and may be null. The shards must outlive this object.
    /// `registry` (shared with the shards, outliving this) remembers which shard holds which
    /// CallSid. Built on the caller's thread, then moved to the "http" thread.
    WebhookFront(const settings::BridgeConfig &config, const QList<Bridge *> &shards,
                 ShardRegistry *registry, store::Storage *storage, QObject *parent = nullptr);
    ~WebhookFront() override;

    /// Registers the routes and listens (front thread). Returns the port, or 0.
    quint16 start();

    /// While `on`, the voice webhook answers every new inbound call (Direction not
    /// outbound-*, reference/twilio.md §3.7) with a short `<Say>` and
    /// `<Hangup/>` (reference/twilio.md §2.2) instead of a
    /// stream: the node is stopping (SIGTERM, issue 17 §4). Live calls are untouched.
    /// Front thread.
    void setDraining(bool on) { m_draining = on; }

    /// Applies a status callback another node received and handed to this one (issue 20 §2;
    /// it checked the signature): to the shard that holds the call. Front thread.
    void deliverStatusCallback(const twilio::StatusCallback &cb);

    /// More routes on the same server (issue 20 §3: the cluster's `/monitor` and
    /// `/recordings`, cluster::MonitorHub::addRoutes): `routes` runs on the front thread in
    /// start(), before listening; `upgrades` receives the accepted WebSocket upgrades on
    /// paths other than /twilio/media…. Set before start().
    void setExtraRoutes(std::function<void(server::HttpServer &)> routes,
                        std::function<void(server::WebSocketHandoff &&)> upgrades)
    {
        m_extraRoutes = std::move(routes);
        m_extraUpgrades = std::move(upgrades);
    }

signals:
    /// A human-readable log line (never contains a secret).
    void log(const QString &line);
    /// A Twilio request failed its X-Twilio-Signature check (403).
    void signatureRefused(const QString &path, const QString &reason);

private:
    /// Parses a form webhook and checks its signature; a 403 response when it fails.
    /// True when `cb.callSid` is a Twilio CallSid (issue 16 §2); else `*refusal` is a 400
    /// naming the (bounded) value and the expected shape, and the reason is logged.
    bool wellFormedCallSid(const twilio::StatusCallback &cb, server::HttpResponse *refusal);
    bool verifiedForm(const server::HttpRequest &req, twilio::FormParams &params,
                      server::HttpResponse *refusal);
    QString checkSignature(const QString &path, const QByteArray &query,
                           const QByteArray &signature, const twilio::FormParams &params);

    /// The shard that holds `callSid`, chosen (least loaded) and remembered on first sight.
    int shardFor(const QString &callSid);
    /// Applies a verified status callback on the shard of its call (Bridge::applyStatus).
    void toShard(const twilio::StatusCallback &cb, bool mayHandOver);
    int leastLoaded();

    settings::BridgeConfig m_config;
    QList<Bridge *> m_shards;
    store::Storage *m_storage;
    server::HttpServer *m_http = nullptr; ///< child
    bool m_draining = false;              ///< setDraining()
    ShardRegistry *m_registry;
    QList<int> m_assigned; ///< calls handed to each shard since its last load report
    int m_nextShard = 0;
    QTimer m_assignedReset; ///< clears m_assigned once the shards have published again
    std::function<void(server::HttpServer &)> m_extraRoutes;
    std::function<void(server::WebSocketHandoff &&)> m_extraUpgrades;
};

} // namespace patchline::bridge
