#include "bridge/Bridge.h"

#include "bridge/CallEnricher.h"
#include "bridge/ListenIn.h"
#include "bridge/ShardRegistry.h"

#include "bridge/WebhookFront.h"
#include "elevenlabs/PostCall.h"
#include "elevenlabs/RestClient.h"
#include "server/HttpServer.h"
#include "server/LocalLink.h"
#include "server/MessageSocket.h"
#include "server/TcpWebSocket.h"
#include "store/Storage.h"
#include "twilio/RestClient.h"
#include "twilio/Signature.h"
#include "twilio/StreamToken.h"
#include "twilio/TwiML.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <ctime>

namespace patchline::bridge {

Q_LOGGING_CATEGORY(lcBridge, "patchline.bridge")

namespace {
constexpr int kPublishIntervalMs = 33;          ///< ≤ 30 Hz to the UI
constexpr int kHeadlessPublishIntervalMs = 250; ///< no console: state and transcript only
constexpr int kWebhookStreamTimeoutMs = 30000;

WebhookInfo webhookInfo(const twilio::StatusCallback &cb)
{
    return {cb.callSid, cb.accountSid, cb.from, cb.to, cb.direction, {}, cb.answeredBy};
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
} // namespace

Bridge::Bridge(const settings::BridgeConfig &config, store::Storage *storage, QObject *parent)
    : QObject(parent), m_config(config), m_storage(storage),
      m_enricher(new CallEnricher(storage, this)), m_tick(this), m_keepalive(this)
{
    qRegisterMetaType<QList<patchline::bridge::CallUpdate>>();
    // The stream-token key (issue 16 §1): derived from the per-run instance key (the Engine
    // gives every shard the same one), random when there is none (a standalone bridge).
    m_streamKey =
        m_config.instanceKey.isEmpty()
            ? QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                  QByteArray::number(QRandomGenerator::system()->generate64(), 16)
            : QMessageAuthenticationCode::hash("patchline stream token v1", m_config.instanceKey,
                                               QCryptographicHash::Sha256);
    connect(m_enricher, &CallEnricher::updates, this, &Bridge::updates);
    connect(m_enricher, &CallEnricher::log, this, &Bridge::log);
}

Bridge::~Bridge()
{
    if (m_front) { // stop taking requests first; nothing on the front waits for us
        QMetaObject::invokeMethod(
            m_front, [f = m_front] { delete f; }, Qt::BlockingQueuedConnection);
        m_front = nullptr;
    }
    m_httpThread.quit();
    m_httpThread.wait();
    endAll(tr("Patchline is shutting down"));
    qDeleteAll(m_finished);
}

quint64 Bridge::nextId()
{
    const quint64 id = m_nextId;
    m_nextId += quint64(m_shardCount);
    return id;
}

QString Bridge::streamPath() const
{
    // With shards, the stream URL names the shard that holds the call's session, so the
    // upgrade lands on it (the signature covers the path, reference/twilio.md §4.4).
    return m_shardCount > 1 ? QStringLiteral("/twilio/media/%1").arg(m_shardIndex)
                            : QStringLiteral("/twilio/media");
}

void Bridge::configureShard(int index, int count)
{
    m_shardIndex = index;
    m_shardCount = std::max(1, count);
    m_nextId = quint64(index) + 1; // ids of shard i are i+1, i+1+K, …: (id − 1) mod K = i
}

void Bridge::setRegistry(ShardRegistry *registry)
{
    m_registry = registry;
}

void Bridge::setListeningPort(quint16 port)
{
    m_config.port = port;
}

bool Bridge::startShard()
{
    m_nam = new QNetworkAccessManager(this);
    m_rest = new elevenlabs::RestClient(m_nam, m_config.elevenLabsApiBase,
                                        m_config.elevenLabsApiKey, this);
    setTwilioApi(m_config.twilioApiBase, m_config.twilioAccountSid, {});
    m_ctx.nam = m_nam;
    m_ctx.storage = m_storage;
    m_listenIn = new ListenIn(this);
    m_ctx.listenIn = m_listenIn;
    m_ctx.record = m_config.record;
    m_ctx.liveView = m_config.liveView;
    m_ctx.convertFormats = m_config.convertFormats;
    m_ctx.agent.apiBase = m_config.elevenLabsApiBase;
    m_ctx.agent.apiKey = m_config.elevenLabsApiKey;
    m_ctx.agent.agentId = m_config.defaultAgentId;
    m_ctx.callerToAgent = &m_callerToAgent;
    m_ctx.agentToCaller = &m_agentToCaller;
    m_ctx.alarms.oneWayAudioMs = m_config.alarmOneWayAudioMs;
    m_ctx.alarms.deadAirMs = m_config.alarmDeadAirMs;
    m_ctx.alarms.agentSilentMs = m_config.alarmAgentSilentMs;
    m_ctx.alarms.notForwardedMs = m_config.alarmNotForwardedMs;
    m_ctx.alarms.unpairedCloseMs = m_config.alarmUnpairedCloseMs;

    startTimers();
    return true;
}

void Bridge::startTimers()
{
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &Bridge::publish);
    m_tick.start(m_config.liveView ? kPublishIntervalMs : kHeadlessPublishIntervalMs);
    // One keepalive timer for all calls (no timers per call on the frame path).
    m_keepalive.setInterval(std::max(100, m_config.keepaliveIdleMs / 2));
    connect(&m_keepalive, &QTimer::timeout, this, [this] {
        const qint64 now = monotonicNs();
        for (CallSession *s : m_sessions.values())
            s->keepalive(now, m_config.keepaliveIdleMs, m_config.deadPeerMs);
    });
    m_keepalive.start();
}

quint16 Bridge::start()
{
    if (!startShard())
        return 0;
    // The HTTP front runs on its own thread (issue 15 §2): webhooks, limits, signatures.
    m_httpThread.setObjectName(QStringLiteral("http"));
    m_httpThread.start();
    m_front = new WebhookFront(m_config, {this}, nullptr, m_storage);
    m_front->moveToThread(&m_httpThread);
    connect(m_front, &WebhookFront::log, this, &Bridge::log);
    connect(m_front, &WebhookFront::signatureRefused, this, &Bridge::signatureRefused);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_front, [this, &port] { port = m_front->start(); }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        m_error = tr("cannot listen on %1:%2 (in use or not permitted); choose another --port")
                      .arg(m_config.bindAddress.toString())
                      .arg(m_config.port);
        return 0;
    }
    m_config.port = port;
    emit log(tr("listening on %1:%2, public URL %3")
                 .arg(m_config.bindAddress.toString())
                 .arg(port)
                 .arg(m_config.publicBase()));
    return port;
}

server::HttpResponse Bridge::answerVoiceWebhook(const twilio::StatusCallback &cb,
                                                const QByteArray &rawQuery)
{
    using server::HttpResponse;
    // reference/twilio.md §3.7 → TwiML <Connect><Stream> (§2.3). Verified by WebhookFront.
    const qint64 nowMs = monotonicNs() / 1000000;
    if (const QString earlier = m_decisions.find(cb.callSid, nowMs); !earlier.isNull()) {
        // A retry or a replay (issue 16 §8): the same answer, no second call.
        emit log(tr("voice webhook for %1 repeated; answered as before, no new call")
                     .arg(cb.callSid.left(64)));
        return HttpResponse::xml(earlier);
    }
    WebhookInfo info = webhookInfo(cb);
    // Calls the console dialled carry the agent and variables in our own webhook URL
    // (Twilio signs the full URL, query included, reference/twilio.md §4.1).
    const QUrlQuery query(QString::fromUtf8(rawQuery));
    info.agentId = query.queryItemValue(QStringLiteral("agent_id"), QUrl::FullyDecoded);
    if (info.agentId.isEmpty()) // inbound: the agent mapped to the dialled number
        info.agentId = m_config.numberAgents.value(info.to, m_config.defaultAgentId);

    twilio::StreamTwiml t;
    t.streamUrl = m_config.publicWsUrl(streamPath());
    t.parameters = {{QStringLiteral("from"), info.from},
                    {QStringLiteral("to"), info.to},
                    {QStringLiteral("direction"), info.direction},
                    {QStringLiteral("agent_id"), info.agentId}};
    for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
        if (k.startsWith(u"var_") && k.size() > 4)
            t.parameters.append({k.mid(4), v});
    info.parameters = t.parameters; // what the call runs with (issue 16 §1)
    t.parameters.append(
        {QStringLiteral("token"), twilio::makeStreamToken(m_streamKey, info.callSid,
                                                          QDateTime::currentSecsSinceEpoch() +
                                                              twilio::kStreamTokenLifetimeSecs)});
    QString error;
    const QString xml = twilio::buildStreamTwiml(t, &error);
    if (xml.isEmpty()) {
        emit log(tr("cannot answer the voice webhook: %1").arg(error));
        return HttpResponse::xml(
            // Spoken by <Say>'s default en-US voice: English whatever the console's language.
            twilio::buildSayHangupTwiml(
                QStringLiteral("Sorry, this line is not configured correctly.")));
    }
    m_decisions.remember(info.callSid, xml, nowMs);
    if (!m_bySid.contains(info.callSid)) {
        auto *s = addSession(new CallSession(nextId(), info, m_ctx, this));
        m_bySid.insert(info.callSid, s->id());
        replayEarlyStatus(s);
        // A stream that never comes usually means a wrong public URL (31920/31901).
        QTimer::singleShot(kWebhookStreamTimeoutMs, s, [s] {
            if (s->state() == CallState::WebhookReceived)
                s->end(tr("Twilio never opened the media stream; check that the public "
                          "URL is reachable over wss://"));
        });
    }
    emit log(tr("voice webhook for %1 (%2 → %3) answered").arg(info.callSid, info.from, info.to));
    return HttpResponse::xml(xml);
}

void Bridge::applyStatus(const twilio::StatusCallback &cb, bool mayHandOver)
{
    // reference/twilio.md §3.8; verified and acknowledged by WebhookFront.
    if (CallSession *s = m_sessions.value(m_bySid.value(cb.callSid))) {
        s->statusCallback(cb);
    } else if (m_enricher->applyStatus(cb)) {
        // The call ended here first: the callback completed it.
    } else if (!cb.callSid.isEmpty() && mayHandOver && m_storage && m_storage->sharedWithNodes()) {
        // Issue 20 §2: on a shared database the call may be another node's (a number's status
        // callback URL reaches whichever node the load balancer picks). Hand it over; keep it
        // here only when no other node owns the call.
        QPointer<Bridge> self = this;
        m_storage->handOver(
            cb.callSid, QStringLiteral("twilio-status"),
            QString::fromLatin1(twilio::encodeForm(cb.toForm())), this,
            [self, cb](const QString &owner, bool delivered) { // on the storage object's thread
                if (!self)
                    return;
                QMetaObject::invokeMethod(self, [self, cb, owner, delivered] {
                    if (owner.isEmpty())
                        self->applyStatus(cb, false);
                    else if (delivered)
                        emit self->log(tr("Twilio status %1 of call %2 handed to node %3, "
                                          "which holds the call")
                                           .arg(cb.status.left(20), cb.callSid, owner));
                    else // lost or stopped: its calls were closed by the lease janitor
                        emit self->log(tr("Twilio status %1 of call %2 not applied: its node %3 "
                                          "is no longer running")
                                           .arg(cb.status.left(20), cb.callSid, owner));
                });
            });
    } else if (!cb.callSid.isEmpty()) {
        // Callbacks can beat the webhook (an outbound call's initiated/ringing) or be
        // all there is (busy, no-answer): keep them for the session, or show the call.
        m_earlyStatus.add(cb);
        if (cb.isTerminal()) {
            CallSession *session =
                addSession(new CallSession(nextId(), webhookInfo(cb), m_ctx, this));
            m_bySid.insert(cb.callSid, session->id());
            replayEarlyStatus(session);
        }
    }
}

CallSession *Bridge::addSession(CallSession *s)
{
    m_sessions.insert(s->id(), s);
    m_sessionCount.store(int(m_sessions.size()), std::memory_order_relaxed);
    connect(s, &CallSession::identified, this, &Bridge::onIdentified);
    connect(s, &CallSession::ended, this, &Bridge::onEnded);
    connect(s, &CallSession::finished, this, &Bridge::onFinished);
    return s;
}

void Bridge::adoptStream(server::WebSocketHandoff &&handoff)
{
    // An upgraded, signature-checked Media Streams connection from WebhookFront.
    auto *socket = server::TcpWebSocket::adopt(std::move(handoff), this);
    if (!socket)
        return;
    // Twilio's messages are < 1 KiB (reference/twilio.md §1.2); a `start` with many
    // parameters stays far below 16 KiB (issue 16 §3). Larger: closed with 1009.
    socket->setMaxIncomingMessageSize(16 * 1024);
    addSession(new CallSession(nextId(), socket, m_ctx, this));
}

void Bridge::onIdentified(quint64 id, const QString &callSid)
{
    CallSession *stream = m_sessions.value(id);
    if (!stream)
        return;
    const quint64 knownId = m_bySid.value(callSid);
    CallSession *known = knownId ? m_sessions.value(knownId) : nullptr;
    if (stream->origin() != CallSession::Origin::Local) {
        // issue 16 §1: a stream belongs to the call our webhook answered, proven by the
        // token our TwiML gave it; a live (or recently answered) CallSid is never remapped.
        const auto refuse = [&](const QString &why) {
            emit log(tr("refused a media stream for %1: %2").arg(callSid.left(64), why));
            stream->refuseStream(tr("media stream refused: %1").arg(why));
        };
        if (known && known != stream && known->state() == CallState::WebhookReceived) {
            QString why;
            if (!twilio::verifyStreamToken(m_streamKey, callSid, stream->streamToken(),
                                           QDateTime::currentSecsSinceEpoch(), &why)) {
                refuse(why);
                return;
            }
            known->adoptStream(stream);
            m_sessions.remove(id);
            m_sessionCount.store(int(m_sessions.size()), std::memory_order_relaxed);
            stream->deleteLater();
            return;
        }
        if ((known && known != stream) ||
            !m_decisions.find(callSid, monotonicNs() / 1000000).isNull()) {
            refuse(tr("that CallSid already has its stream"));
            return;
        }
        if (!m_config.allowUnsolicitedStreams) {
            refuse(tr("no voice webhook of ours answered this CallSid; streams must come "
                      "through Patchline's TwiML (or allow unsolicited streams in Settings → "
                      "Server)"));
            return;
        }
    }
    m_bySid.insert(callSid, id);
    // A stream without a webhook of ours: its later status callbacks must find this shard.
    if (m_registry && m_registry->claim(callSid, m_shardIndex) != m_shardIndex && stream)
        qCWarning(lcBridge).noquote()
            << "stream of a call held by another shard arrived on shard" << m_shardIndex;
    if (stream)
        replayEarlyStatus(stream);
}

void Bridge::replayEarlyStatus(CallSession *s)
{
    const QList<twilio::StatusCallback> early = m_earlyStatus.take(s->snapshot().callSid);
    for (const auto &cb : early)
        s->statusCallback(cb);
}

void Bridge::onFinished(quint64 id)
{
    // Both sockets are closed: publish() sends the final state, then drops the session.
    if (CallSession *s = m_sessions.value(id); s && !m_finished.contains(s))
        m_finished.append(s);
}

void Bridge::onEnded(quint64 id)
{
    ++m_endedCalls;
    if (CallSession *s = m_sessions.value(id)) {
        const CallSnapshot &snap = s->snapshot();
        m_enricher->callEnded(snap, s->agentFailed(),
                              !isLocalCall(snap.direction) &&
                                  !m_config.twilioRestSecret().isEmpty() &&
                                  !m_config.twilioAccountSid.isEmpty());
        m_totals.callerFrames += snap.callerFrames;
        m_totals.agentChunks += snap.agentChunks;
        m_totals.agentChunksDropped += snap.agentChunksDropped;
    }
}

void Bridge::publish()
{
    QList<CallUpdate> batch;
    for (CallSession *s : std::as_const(m_sessions)) {
        CallUpdate u;
        if (s->takeUpdate(u))
            batch.append(std::move(u));
    }
    // Ended sessions have now published their final state: drop them.
    for (CallSession *s : std::as_const(m_finished)) {
        // What changed while the sockets closed (a late status, "unpaired end") must survive
        // in the copy later price and post-call updates start from.
        m_enricher->refresh(s->snapshot());
        m_sessions.remove(s->id());
        if (m_bySid.value(s->snapshot().callSid) == s->id())
            m_bySid.remove(s->snapshot().callSid);
        s->deleteLater();
    }
    m_finished.clear();
    m_sessionCount.store(int(m_sessions.size()), std::memory_order_relaxed);
    int live = 0;
    for (const CallSession *s : std::as_const(m_sessions))
        live += s->state() < CallState::Ending;
    m_liveCalls.store(live, std::memory_order_relaxed); // read by the front (least-loaded shard)
    if (!batch.isEmpty())
        emit updates(batch);
    // Once a second: the bridge thread's CPU load, for the status bar (issue 4 §6).
    const qint64 wall = monotonicNs();
    if (m_loadWallNs == 0 || wall - m_loadWallNs >= 1000000000) {
        const qint64 cpu = threadCpuNs();
        if (m_loadWallNs != 0)
            emit cpuLoad(100.0 * double(cpu - m_loadCpuNs) / double(wall - m_loadWallNs));
        m_loadWallNs = wall;
        m_loadCpuNs = cpu;
    }
}

void Bridge::startTestLine(const phone::TestLineRequest &request,
                           const std::function<audio::AudioDevice *()> &makeDevice,
                           const std::function<void(quint64, const QString &)> &done)
{
    auto [bridgeEnd, lineEnd] = server::LocalLink::pair(this, this, tr("test line"), tr("bridge"));
    auto *line = new phone::TestLine(lineEnd, makeDevice(), request, this);
    QString error;
    if (!line->start(&error)) {
        line->deleteLater();
        bridgeEnd->deleteLater();
        emit log((request.direction == kReplayDirection ? tr("Replay: %1") : tr("Test agent: %1"))
                     .arg(error));
        done(0, error);
        return;
    }
    connect(line, &phone::TestLine::finished, this, [this, line](const QString &why) {
        if (!why.isEmpty())
            emit log(tr("Test agent line ended: %1").arg(why));
        line->deleteLater();
    });
    const quint64 id = nextId();
    addSession(new CallSession(id, bridgeEnd, m_ctx, this))->markLocal();
    emit log(request.direction == kReplayDirection
                 ? tr("Replay call %1 started: %2").arg(id).arg(request.from)
                 : tr("Test agent call %1 started with the operator's microphone").arg(id));
    done(id, {});
}

QString Bridge::listenIn(quint64 callId, int mix, const QByteArray &deviceId, double volume)
{
    if (callId == 0 || !m_sessions.contains(callId)) {
        m_listenIn->stop();
        return {};
    }
    if (callId == m_listenIn->callId()) { // same call: change what is heard, keep the device
        m_listenIn->setMix(ListenIn::Mix(mix));
        m_listenIn->setVolume(volume);
        return {};
    }
    QString error;
    if (!m_listenIn->start(callId, ListenIn::Mix(mix), deviceId, volume, &error))
        emit log(tr("listen-in: %1").arg(error));
    return error;
}

qint64 Bridge::listenInBytes() const
{
    return m_listenIn->bytesPlayed();
}

void Bridge::tapAudio(quint64 callId, ListenIn::Tap tap)
{
    if (!tap || m_sessions.contains(callId))
        m_listenIn->setTap(callId, std::move(tap));
}

void Bridge::setLiveView(bool on)
{
    if (m_ctx.liveView == on)
        return;
    m_ctx.liveView = on;
    for (CallSession *s : std::as_const(m_sessions))
        s->setLiveView(on);
    m_tick.setInterval(on ? kPublishIntervalMs : kHeadlessPublishIntervalMs);
}

void Bridge::hangup(quint64 callId, const QString &reason)
{
    QMetaObject::invokeMethod(this, [this, callId, reason] {
        if (CallSession *s = m_sessions.value(callId))
            s->end(reason);
    });
}

void Bridge::setAgentMuted(quint64 callId, bool muted)
{
    QMetaObject::invokeMethod(this, [this, callId, muted] {
        if (CallSession *s = m_sessions.value(callId))
            s->setAgentMuted(muted);
    });
}

void Bridge::setTwilioApi(const QUrl &base, const QString &accountSid, const QByteArray &secret)
{
    m_config.twilioApiBase = base;
    m_config.twilioAccountSid = accountSid;
    if (!secret.isEmpty())
        m_config.twilioAuthToken = secret;
    twilio::Credentials c;
    c.accountSid = accountSid;
    c.username = m_config.twilioRestUser();
    c.secret = m_config.twilioRestSecret();
    delete m_twilio;
    m_twilio = new twilio::RestClient(m_nam, base, c, this);
    m_enricher->setClients(m_twilio, m_rest);
}

void Bridge::dial(const DialRequest &r, std::function<void(const DialOutcome &)> done)
{
    if (m_config.twilioAccountSid.isEmpty()) {
        DialOutcome o;
        o.error = tr("no Twilio Account SID is configured; set it in settings or "
                     "TWILIO_ACCOUNT_SID");
        done(o);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("agent_id"),
                   QString::fromLatin1(QUrl::toPercentEncoding(
                       r.agentId.isEmpty() ? m_config.defaultAgentId : r.agentId)));
    for (auto it = r.variables.begin(); it != r.variables.end(); ++it)
        q.addQueryItem(QStringLiteral("var_") +
                           QString::fromLatin1(QUrl::toPercentEncoding(it.key())),
                       QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    twilio::CreateCall call;
    call.to = r.to;
    call.from = r.from;
    call.url =
        m_config.publicBase() + QStringLiteral("/twilio/voice?") + q.query(QUrl::FullyEncoded);
    call.statusCallback = m_config.publicBase() + QStringLiteral("/twilio/status");
    call.timeoutSecs = r.timeoutSecs;
    call.record = r.record;
    call.machineDetection = r.machineDetection;
    call.retryUnsure = !r.mustNotRepeat;
    m_twilio->createCall(call, [this, r, done = std::move(done)](
                                   const twilio::TwilioResult<twilio::CallResource> &res) {
        DialOutcome o;
        if (!res.ok()) {
            emit log(tr("could not call %1: %2").arg(r.to, res.error));
            o.error = res.error;
            o.unsure = res.unsure;
            o.throttled = res.status == 429;
            o.retryAfterSecs = res.retryAfterSecs;
            o.twilioCode = res.code;
            done(o);
            return;
        }
        emit log(
            tr("calling %1 from %2: %3 (%4)").arg(r.to, r.from, res.value.sid, res.value.status));
        o.callSid = res.value.sid;
        done(o);
    });
}

void Bridge::listTwilioCalls(
    const QString &to, const QString &from,
    std::function<void(const twilio::TwilioResult<QList<twilio::CallResource>> &)> done)
{
    m_twilio->listCalls(to, from, std::move(done));
}

void Bridge::fetchTwilioCall(
    const QString &callSid,
    std::function<void(const twilio::TwilioResult<twilio::CallResource> &)> done)
{
    m_twilio->fetchCall(callSid, std::move(done));
}

void Bridge::setDefaultAgent(const QString &agentId)
{
    m_config.defaultAgentId = agentId;
    m_ctx.agent.agentId = agentId;
    emit log(tr("new calls go to agent %1").arg(agentId));
}

void Bridge::endAll(const QString &reason)
{
    for (CallSession *s : m_sessions.values())
        s->end(reason);
}

BridgeStats Bridge::stats() const
{
    BridgeStats st;
    st.callerToAgent = m_callerToAgent;
    st.agentToCaller = m_agentToCaller;
    st.threadCpuNs = threadCpuNs();
    st.endedCalls = m_endedCalls;
    st.callerFrames = m_totals.callerFrames;
    st.agentChunks = m_totals.agentChunks;
    st.agentChunksDropped = m_totals.agentChunksDropped;
    for (const CallSession *s : m_sessions) {
        if (s->state() < CallState::Ending) {
            ++st.liveCalls;
            st.callerFrames += s->snapshot().callerFrames;
            st.agentChunks += s->snapshot().agentChunks;
            st.agentChunksDropped += s->snapshot().agentChunksDropped;
        }
    }
    return st;
}

} // namespace patchline::bridge
