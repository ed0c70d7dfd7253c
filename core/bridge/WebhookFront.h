#pragma once

#include "settings/Config.h"
#include "twilio/StatusCallback.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

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
    /// `bridge` receives verified work (queued to its thread); `storage` gets post-call
    /// data (thread-safe API) and may be null; `liveCalls` is read for /health.
    WebhookFront(const settings::BridgeConfig &config, Bridge *bridge, store::Storage *storage,
                 const std::atomic<int> *liveCalls, QObject *parent = nullptr);
    ~WebhookFront() override;

    /// Registers the routes and listens (front thread). Returns the port, or 0.
    quint16 start();

signals:
    /// A human-readable log line (never contains a secret).
    void log(const QString &line);
    /// A Twilio request failed its X-Twilio-Signature check (403).
    void signatureRefused(const QString &path, const QString &reason);

private:
    /// Parses a form webhook and checks its signature; a 403 response when it fails.
    bool verifiedForm(const server::HttpRequest &req, twilio::FormParams &params,
                      server::HttpResponse *refusal);
    QString checkSignature(const QString &path, const QByteArray &query,
                           const QByteArray &signature, const twilio::FormParams &params);

    settings::BridgeConfig m_config;
    Bridge *m_bridge;
    store::Storage *m_storage;
    const std::atomic<int> *m_liveCalls;
    server::HttpServer *m_http = nullptr; ///< child
};

} // namespace patchline::bridge
