#include "bridge/WebhookFront.h"

#include "call/CallTypes.h"

#include "bridge/Bridge.h"
#include "bridge/ShardRegistry.h"

#include "elevenlabs/PostCall.h"
#include "server/HttpServer.h"
#include "server/TcpWebSocket.h"
#include "store/Storage.h"
#include "twilio/Signature.h"
#include "twilio/TwiML.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace patchline::bridge {

Q_LOGGING_CATEGORY(lcFront, "patchline.front")

WebhookFront::WebhookFront(const settings::BridgeConfig &config, const QList<Bridge *> &shards,
                           ShardRegistry *registry, store::Storage *storage, QObject *parent)
    : QObject(parent), m_config(config), m_shards(shards), m_storage(storage), m_registry(registry),
      m_assigned(shards.size(), 0), m_assignedReset(this)
{
    Q_ASSERT(!m_shards.isEmpty());
    // The shards publish their live-call counts at least every 250 ms.
    connect(&m_assignedReset, &QTimer::timeout, this, [this] { m_assigned.fill(0); });
}

WebhookFront::~WebhookFront() = default;

int WebhookFront::leastLoaded()
{
    // Live calls as the shards last published them, plus what was handed out since (a
    // burst of webhooks within one publish interval is spread, not piled on one shard).
    int best = -1;
    int bestLoad = 0;
    for (int k = 0; k < m_shards.size(); ++k) {
        const int i = (m_nextShard + k) % int(m_shards.size());
        const int load =
            m_shards[i]->liveCallCounter()->load(std::memory_order_relaxed) + m_assigned[i];
        if (best < 0 || load < bestLoad) {
            best = i;
            bestLoad = load;
        }
    }
    m_nextShard = (best + 1) % int(m_shards.size());
    ++m_assigned[best];
    return best;
}

void WebhookFront::deliverStatusCallback(const twilio::StatusCallback &cb)
{
    if (!cb.callSid.isEmpty() && !m_shards.isEmpty())
        toShard(cb, false); // handed over already: never handed on again
}

void WebhookFront::toShard(const twilio::StatusCallback &cb, bool mayHandOver)
{
    Bridge *b = m_shards[shardFor(cb.callSid)];
    QMetaObject::invokeMethod(b, [b, cb, mayHandOver] { b->applyStatus(cb, mayHandOver); });
}

int WebhookFront::shardFor(const QString &callSid)
{
    if (m_shards.size() == 1 || !m_registry)
        return 0;
    if (const int owner = m_registry->owner(callSid); owner >= 0 && owner < m_shards.size())
        return owner;
    return m_registry->claim(callSid, leastLoaded());
}

quint16 WebhookFront::start()
{
    using server::HttpRequest;
    using server::HttpResponse;
    m_http = new server::HttpServer(this);
    if (m_shards.size() > 1)
        m_assignedReset.start(500);
    server::HttpLimits limits;
    // reference/elevenlabs.md §8: post-call transcripts of long calls are large.
    limits.bodyLimitByPath.insert(QStringLiteral("/elevenlabs/post-call"), 1 << 20);
    m_http->setLimits(limits);

    m_http->route("GET", QStringLiteral("/health"), [this](const HttpRequest &req) {
        // issue 16 §7: anyone can reach this; it tells nothing but that the server is up
        // (no version, no call count).
        // While draining (SIGTERM, issue 17 §4 / issue 20 §2) the node says so with a 503, so
        // a load balancer's health check routes new calls elsewhere; the pre-flight proof
        // below still identifies it.
        const bool draining = m_draining;
        QJsonObject o{{QStringLiteral("ok"), !draining}};
        if (draining)
            o.insert(QStringLiteral("draining"), true);
        // Pre-flight self-test: only this process can answer the nonce (Config.h).
        const QString nonce = QUrlQuery(QString::fromUtf8(req.query))
                                  .queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded);
        if (!nonce.isEmpty() && nonce.size() <= 128 && !m_config.instanceKey.isEmpty()) {
            o.insert(QStringLiteral("proof"), m_config.healthProof(nonce));
            // The version only for a nonce this process made (issue 17 §7): its own
            // pre-flight, never a stranger.
            if (m_config.isOwnHealthNonce(nonce))
                o.insert(QStringLiteral("version"), QStringLiteral(PATCHLINE_VERSION));
        }
        return HttpResponse::json(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                  draining ? 503 : 200);
    });

    // Voice webhook (reference/twilio.md §3.7): verified here, decided on the bridge thread
    // (which sessions exist, which agent is the default now), answered from there.
    m_http->routeAsync("POST", QStringLiteral("/twilio/voice"),
                       [this](const HttpRequest &req, server::HttpServer::Responder respond) {
                           twilio::FormParams params;
                           HttpResponse refusal;
                           if (!verifiedForm(req, params, &refusal)) {
                               respond(refusal);
                               return;
                           }
                           const auto cb = twilio::StatusCallback::fromForm(params);
                           if (HttpResponse bad; !wellFormedCallSid(cb, &bad)) {
                               respond(bad);
                               return;
                           }
                           // Calls this node placed (outbound-api) are still taken.
                           if (m_draining && !cb.direction.startsWith(u"outbound")) {
                               emit log(
                                   tr("refused call %1: this node is stopping").arg(cb.callSid));
                               // Spoken by <Say>'s default en-US voice: English whatever
                               // the console's language.
                               respond(HttpResponse::xml(twilio::buildSayHangupTwiml(
                                   QStringLiteral("Sorry, this line is restarting. Please call "
                                                  "again in a minute."))));
                               return;
                           }
                           Bridge *b = m_shards[shardFor(cb.callSid)];
                           QMetaObject::invokeMethod(b, [b, cb, query = req.query, respond] {
                               respond(b->answerVoiceWebhook(cb, query));
                           });
                       });

    // Call status callbacks (§3.8): acknowledged at once, applied on the bridge thread.
    m_http->route("POST", QStringLiteral("/twilio/status"), [this](const HttpRequest &req) {
        twilio::FormParams params;
        HttpResponse refusal;
        if (!verifiedForm(req, params, &refusal))
            return refusal;
        const auto cb = twilio::StatusCallback::fromForm(params);
        if (HttpResponse bad; !wellFormedCallSid(cb, &bad))
            return bad;
        toShard(cb, true);
        return HttpResponse::text(200, QString());
    });

    // ElevenLabs post-call webhook (reference/elevenlabs.md §8), HMAC checked on the raw body.
    m_http->route("POST", QStringLiteral("/elevenlabs/post-call"), [this](const HttpRequest &req) {
        const auto check = elevenlabs::verifyPostCallSignature(
            m_config.elevenLabsWebhookSecret, req.header("elevenlabs-signature"), req.body,
            QDateTime::currentSecsSinceEpoch());
        if (!check.ok) {
            emit log(tr("refused a post-call webhook: %1").arg(check.reason));
            return HttpResponse::text(401, QStringLiteral("invalid signature")); // §7: quiet
        }
        elevenlabs::PostCallData data;
        QString error;
        if (!elevenlabs::parsePostCall(req.body, data, &error)) {
            emit log(tr("ignored a post-call webhook: %1").arg(error));
            return HttpResponse::text(400, error);
        }
        // issue 16 §5: only a transcription payload replaces the stored analysis; other types
        // are acknowledged (ElevenLabs counts anything but 200 as a failure, §8) and logged.
        const QString conversation = data.conversationId.left(64);
        switch (elevenlabs::postCallKind(data.type)) {
        case elevenlabs::PostCallKind::Transcription:
            if (m_storage)
                m_storage->savePostCall(data);
            emit log(tr("post-call data for conversation %1: %2, %3 s, cost %4")
                         .arg(conversation,
                              data.callSuccessful.isEmpty() ? data.status : data.callSuccessful)
                         .arg(data.durationSecs)
                         .arg(data.cost));
            break;
        case elevenlabs::PostCallKind::Audio:
            emit log(tr("post-call audio for conversation %1 (%2 KiB) received; not stored "
                        "(the call's own recording is kept)")
                         .arg(conversation)
                         .arg(req.body.size() / 1024));
            break;
        case elevenlabs::PostCallKind::InitiationFailure:
            emit log(tr("ElevenLabs reports a call initiation failure (agent %1, conversation "
                        "%2)")
                         .arg(data.agentId.left(64), conversation));
            break;
        case elevenlabs::PostCallKind::Unknown:
            emit log(
                tr("ignored a post-call webhook of unknown type '%1'").arg(data.type.left(64)));
            break;
        }
        return HttpResponse::text(200, QStringLiteral("ok"));
    });

    // Media Streams WebSocket (§1.1), signature checked before the 101 (§4.4); the upgraded
    // connection goes to the bridge thread as a file descriptor.
    // With shards, /twilio/media/<k> is shard k's (Bridge::streamPath()); the plain path
    // (TwiML written by hand, pointing at us) goes to the least loaded shard.
    const auto checkUpgrade = [this](const HttpRequest &req) {
        return checkSignature(req.path, QByteArray(), req.header("x-twilio-signature"), {});
    };
    m_http->webSocketRoute(QStringLiteral("/twilio/media"), checkUpgrade);
    if (m_shards.size() > 1)
        for (int k = 0; k < m_shards.size(); ++k)
            m_http->webSocketRoute(QStringLiteral("/twilio/media/%1").arg(k), checkUpgrade);
    if (m_extraRoutes)
        m_extraRoutes(*m_http);
    m_http->setWebSocketHandoff([this](server::WebSocketHandoff &&h) {
        if (!h.path.startsWith(u"/twilio/media")) {
            if (m_extraUpgrades)
                m_extraUpgrades(std::move(h));
            return;
        }
        bool numbered = false;
        const int k = h.path.startsWith(u"/twilio/media/") ? h.path.mid(14).toInt(&numbered) : -1;
        Bridge *b = m_shards[numbered && k >= 0 && k < m_shards.size() ? k : leastLoaded()];
        auto shared = std::make_shared<server::WebSocketHandoff>(std::move(h));
        QMetaObject::invokeMethod(b, [b, shared] { b->adoptStream(std::move(*shared)); });
    });
    connect(m_http, &server::HttpServer::refused, this,
            [this](const QString &path, int status, const QString &reason) {
                emit log(tr("refused %1 with %2: %3").arg(path).arg(status).arg(reason));
            });
    const quint16 port = m_http->listen(m_config.bindAddress, m_config.port);
    if (port)
        m_config.port = port; // the sandbox's public URL names the port actually bound
    return port;
}

bool WebhookFront::wellFormedCallSid(const twilio::StatusCallback &cb,
                                     server::HttpResponse *refusal)
{
    // issue 16 §2: Twilio's CallSid is CA and 32 lower-case hex digits (reference/twilio.md
    // §3.7); a signed request naming anything else is refused before it can name a call.
    if (isTwilioSid(cb.callSid, u"CA"))
        return true;
    const QString shown = boundedRemote(cb.callSid, 40);
    emit log(tr("refused a Twilio webhook (400): CallSid '%1' is not CA followed by 32 "
                "lower-case hex digits")
                 .arg(shown));
    *refusal = server::HttpResponse::text(
        400,
        QStringLiteral("CallSid '%1' is not a Twilio CallSid (CA and 32 hex digits)").arg(shown));
    return false;
}

bool WebhookFront::verifiedForm(const server::HttpRequest &req, twilio::FormParams &params,
                                server::HttpResponse *refusal)
{
    // A header that cannot be a signature is refused before the body is parsed (issue 15 §2).
    const QByteArray signature = req.header("x-twilio-signature");
    if (!twilio::isSignatureShaped(signature) && !m_config.twilioAuthToken.isEmpty()) {
        checkSignature(req.path, req.query, signature, {}); // logs why
        *refusal = server::HttpResponse::text(403, QStringLiteral("invalid signature"));
        return false;
    }
    bool tooMany = false;
    params = twilio::parseForm(req.body, twilio::kMaxFormParams, &tooMany);
    if (tooMany) {
        emit log(tr("refused a Twilio request to %1 (413): more than %2 form parameters")
                     .arg(req.path)
                     .arg(twilio::kMaxFormParams));
        *refusal = server::HttpResponse::text(413, QStringLiteral("too many form parameters"));
        return false;
    }
    if (checkSignature(req.path, req.query, signature, params).isEmpty())
        return true;
    // issue 16 §7: the reason (which URL was signed, whether a token is set) goes to the
    // local log and the console, never to whoever sent the request.
    *refusal = server::HttpResponse::text(403, QStringLiteral("invalid signature"));
    return false;
}

QString WebhookFront::checkSignature(const QString &path, const QByteArray &query,
                                     const QByteArray &signature, const twilio::FormParams &params)
{
    // Sign what Twilio requested: the configured public URL, never req.url() (qt64.md §A1).
    QString url = path.startsWith(u"/twilio/media") ? m_config.publicWsUrl(path)
                                                    : m_config.publicBase() + path;
    if (!query.isEmpty())
        url += u'?' + QString::fromUtf8(query);
    const auto r = twilio::validateSignature(m_config.twilioAuthToken, url, params, signature);
    if (r.ok)
        return {};
    qCWarning(lcFront).noquote() << "signature check failed for" << path << ":" << r.reason;
    emit log(tr("refused a Twilio request to %1 (403): %2 — if Twilio calls another URL, set "
                "the public URL to exactly that (Settings → Server)")
                 .arg(path, r.reason));
    emit signatureRefused(path, r.reason);
    return r.reason;
}

} // namespace patchline::bridge
