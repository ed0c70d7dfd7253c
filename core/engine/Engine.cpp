#include "engine/Engine.h"

#include "bridge/ShardRegistry.h"
#include "bridge/WebhookFront.h"
#include "cluster/ClusterWatch.h"
#include "cluster/MonitorHub.h"
#include "server/TcpWebSocket.h"

#include "audio/AudioDevice.h"
#include "audio/ReplayDevice.h"

#include "elevenlabs/RestClient.h"
#include "settings/Redact.h"
#include "settings/StoreLocation.h"
#include "sim/Sandbox.h"
#include "store/CallStore.h"
#include "store/NodeStore.h"
#include "store/Storage.h"
#include "twilio/RestClient.h"
#include "twilio/Signature.h"
#include "twilio/StatusCallback.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace patchline::engine {

using namespace patchline::bridge; // the call vocabulary and the shards

namespace {
QByteArray randomSecret()
{
    QByteArray b(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), 6);
    return b.toHex();
}
} // namespace

Engine::Engine(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    qRegisterMetaType<QList<patchline::bridge::CallUpdate>>();
    m_frontThread.setObjectName(QStringLiteral("http"));
    m_sandboxThread.setObjectName(QStringLiteral("sandbox"));
}

namespace {
/// Deletes `object` on its own thread, then stops that thread.
template <typename T> void stopOnThread(T *&object, QThread &thread)
{
    if (object) {
        QMetaObject::invokeMethod(
            object, [o = object] { delete o; }, Qt::BlockingQueuedConnection);
        object = nullptr;
    }
    thread.quit();
    thread.wait();
}
} // namespace

Engine::~Engine()
{
    // The cluster watch, the front (no new work reaches the shards), the shards, the sandbox.
    stopOnThread(m_watch, m_clusterThread);
    // No listen-in tap may call into the hub once it is gone (a shard thread runs them).
    if (m_hub)
        for (Bridge *b : std::as_const(m_shards))
            QMetaObject::invokeMethod(
                b, [b] { b->clearTaps(); }, Qt::BlockingQueuedConnection);
    m_hub = nullptr; // a child of m_front
    stopOnThread(m_front, m_frontThread);
    for (size_t i = 0; i < m_shardThreads.size(); ++i) {
        Bridge *b = m_shards[qsizetype(i)];
        stopOnThread(b, *m_shardThreads[i]);
    }
    m_shards.clear();
    // After the calls' last rows: a node killed while it still ends calls stays "up", so
    // another node's janitor closes what it left open.
    if (m_heartbeat && m_storage)
        heartbeat(QStringLiteral("stopped"));
    m_bridge = nullptr;
    stopOnThread(m_sandbox, m_sandboxThread);
}

bool Engine::start(QString *error)
{
    settings::BridgeConfig &cfg = m_options.config;
    if (cfg.dataDir.isEmpty())
        cfg.dataDir = settings::defaultDataDir();
    if (cfg.instanceKey.isEmpty())
        cfg.instanceKey = randomSecret();
    // The call log: the local SQLite file, or PostgreSQL (issue 20 §1).
    QString why;
    settings::StoreLocation where =
        cfg.storeUrl.isEmpty() ? settings::StoreLocation::file(
                                     QDir(cfg.dataDir).filePath(QStringLiteral("patchline.sqlite")))
                               : settings::StoreLocation::parse(cfg.storeUrl, &why);
    if (!why.isEmpty()) {
        *error = m_storeError = why;
        m_startErrorSection = QStringLiteral("database");
        return false;
    }
    if (where.isPostgres() && where.password.isEmpty())
        where.password = QString::fromUtf8(cfg.storePassword);
    // On a shared database every process needs a name of its own: an unnamed one would close
    // the other unnamed processes' live calls when it recovers "its" open calls. Default: this
    // machine and data folder (stable across restarts, so recovery still finds its calls).
    if (where.isPostgres() && cfg.nodeName.isEmpty()) {
        QString host = QSysInfo::machineHostName();
        host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        cfg.nodeName =
            host.left(40) + u'-' +
            QString::fromLatin1(QCryptographicHash::hash(QDir(cfg.dataDir).absolutePath().toUtf8(),
                                                         QCryptographicHash::Sha1)
                                    .toHex()
                                    .left(8));
    }
    // Every log line leaves through redact(): no secret reaches the console or a terminal.
    for (const QByteArray &s :
         {cfg.twilioAuthToken, cfg.twilioApiSecret, cfg.elevenLabsApiKey,
          cfg.elevenLabsWebhookSecret, where.password.toUtf8(), cfg.monitorToken})
        settings::registerSecret(s);
    m_storage = std::make_unique<store::Storage>(cfg.dataDir, where, cfg.nodeName);
    const auto redacted = [this](const QString &line) { emit log(settings::redact(line)); };
    connect(m_storage.get(), &store::Storage::notice, this, redacted);
    // Issue 20 §2: what another node received about one of this node's calls.
    connect(
        m_storage.get(), &store::Storage::handedOver, this,
        [this](const QString &kind, const QString &body) {
            if (kind != u"twilio-status" || !m_front)
                return;
            const auto cb = twilio::StatusCallback::fromForm(twilio::parseForm(body.toLatin1()));
            if (!bridge::isTwilioSid(cb.callSid, u"CA"))
                return;
            QMetaObject::invokeMethod(m_front, [f = m_front, cb] { f->deliverStatusCallback(cb); });
        });
    // A database that refuses us (wrong password, no such database, a newer schema) stops
    // the start with its reason; an unreachable server is tried again while calls go on.
    if (where.isPostgres() && m_storage->waitOpened(&why) == store::Storage::OpenState::Failed) {
        *error = m_storeError = settings::redact(why);
        m_startErrorSection = QStringLiteral("database");
        return false;
    }
    m_storage->pruneRecordings(cfg.retentionDays);

    if (m_options.sandbox) {
        // The sandbox replaces only the remote parties: fresh secrets each run, so the real
        // signature and signed-URL code paths run exactly as with real accounts.
        sim::Sandbox::Options so;
        so.authToken = randomSecret();
        so.apiKey = randomSecret();
        so.webhookSecret = randomSecret();
        so.keepAudio = m_options.keepSandboxAudio;
        so.pingIntervalMs = m_options.sandboxPingIntervalMs;
        so.agentInputFormat = m_options.sandboxAgentInputFormat;
        so.agentOutputFormat = m_options.sandboxAgentOutputFormat;
        so.agentRequiredVariables = m_options.sandboxAgentRequiredVariables;
        so.outboundScenario = m_options.sandboxOutboundScenario;
        for (const QByteArray &s : {so.authToken, so.apiKey, so.webhookSecret})
            settings::registerSecret(s);
        cfg.twilioAuthToken = so.authToken;
        cfg.elevenLabsApiKey = so.apiKey;
        cfg.elevenLabsWebhookSecret = so.webhookSecret;
        cfg.defaultAgentId = so.agentId;
        cfg.publicUrl.clear();
        m_sandboxThread.start();
        m_sandbox = new sim::Sandbox(so);
        m_sandbox->moveToThread(&m_sandboxThread);
        connect(m_sandbox, &sim::Sandbox::callFinished, this, &Engine::sandboxCallFinished);
        connect(m_sandbox, &sim::Sandbox::log, this, redacted);
        QString agentBase;
        QMetaObject::invokeMethod(
            m_sandbox, [this, &agentBase] { agentBase = m_sandbox->startAgent(); },
            Qt::BlockingQueuedConnection);
        if (agentBase.isEmpty()) {
            *error = tr("the sandbox agent could not listen on 127.0.0.1");
            return false;
        }
        cfg.elevenLabsApiBase = QUrl(agentBase);
    }

    // Bridge shards (issue 15 §1): each call lives on one; K from the settings, else
    // PATCHLINE_SHARDS, else one per core.
    int k = cfg.shards > 0 ? cfg.shards : qEnvironmentVariableIntValue("PATCHLINE_SHARDS");
    if (k <= 0)
        k = QThread::idealThreadCount();
    k = std::clamp(k, 1, 64);
    cfg.shards = k;
    m_shardLoad.fill(0.0, k);
    m_registry = std::make_unique<ShardRegistry>();
    for (int i = 0; i < k; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(k == 1 ? QStringLiteral("bridge")
                                     : QStringLiteral("bridge-%1").arg(i));
        thread->start(QThread::TimeCriticalPriority);
        auto *b = new Bridge(cfg, m_storage.get());
        b->configureShard(i, k);
        b->setRegistry(m_registry.get());
        b->moveToThread(thread.get());
        connect(b, &Bridge::updates, this, &Engine::updates);
        connect(b, &Bridge::cpuLoad, this, [this, i](double percent) {
            // The status bar shows the bridge as a whole: the shards' loads added up.
            m_shardLoad[i] = percent;
            double sum = 0;
            for (double l : std::as_const(m_shardLoad))
                sum += l;
            emit bridgeCpuLoad(sum);
        });
        connect(b, &Bridge::log, this, redacted);
        QMetaObject::invokeMethod(
            b, [b] { b->startShard(); }, Qt::BlockingQueuedConnection);
        m_shards.append(b);
        m_shardThreads.push_back(std::move(thread));
    }
    m_bridge = m_shards.constFirst();

    // The HTTP front on its own thread, handing calls to the shards (issue 15 §2).
    m_frontThread.start();
    m_front = new WebhookFront(cfg, m_shards, m_registry.get(), m_storage.get());
    m_front->moveToThread(&m_frontThread);
    connect(m_front, &WebhookFront::log, this, redacted);
    connect(m_front, &WebhookFront::signatureRefused, this, &Engine::signatureRefused);
    // A guessable token would open every call to whoever tries it (Settings refuses one typed
    // in; the environment is checked here).
    if (!cfg.monitorToken.isEmpty() && cfg.monitorToken.size() < 16) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit log(tr("the cluster monitor token is shorter than 16 characters; /monitor "
                            "and /recordings stay off (use e.g. the output of: openssl rand -hex "
                            "16)"));
            },
            Qt::QueuedConnection);
        cfg.monitorToken.clear();
    }
    if (!cfg.monitorToken.isEmpty())
        wireMonitorRoutes();
    QMetaObject::invokeMethod(
        m_front, [this] { m_port = m_front->start(); }, Qt::BlockingQueuedConnection);
    if (!m_port) {
        *error = tr("cannot listen on %1:%2 (in use or not permitted); choose another --port")
                     .arg(cfg.bindAddress.toString())
                     .arg(cfg.port);
        return false;
    }
    for (Bridge *b : std::as_const(m_shards))
        QMetaObject::invokeMethod(
            b, [b, port = m_port] { b->setListeningPort(port); }, Qt::BlockingQueuedConnection);
    cfg.port = m_port;
    // Queued: whoever connects to log() right after start() (the console) sees it.
    const QString listening =
        tr("listening on %1:%2, public URL %3; %n bridge shard(s)", nullptr, k)
            .arg(cfg.bindAddress.toString())
            .arg(m_port)
            .arg(cfg.publicBase());
    QMetaObject::invokeMethod(
        this, [this, listening] { emit log(settings::redact(listening)); }, Qt::QueuedConnection);

    if (m_sandbox) {
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        const QString publicBase = cfg.publicBase();
        QMetaObject::invokeMethod(
            m_sandbox, [this, base, publicBase] { m_sandbox->startCarrier(base, publicBase); },
            Qt::BlockingQueuedConnection);
        // Outbound calls from the console go through the carrier's REST surface.
        const QString rest = sandboxTwilioApiBase();
        const QString account = sim::SimCarrier::Options().accountSid;
        cfg.twilioApiBase = QUrl(rest);
        cfg.twilioAccountSid = account;
        for (Bridge *b : std::as_const(m_shards))
            QMetaObject::invokeMethod(
                b, [b, rest, account] { b->setTwilioApi(QUrl(rest), account, {}); });
    }
    m_storage->takeHandOvers(); // the front exists now: hand-overs have somewhere to go
    if (m_hub)
        for (Bridge *b : std::as_const(m_shards))
            connect(b, &Bridge::updates, m_hub, &cluster::MonitorHub::onUpdates);
    if (m_options.watchCluster && where.isPostgres() && !cfg.monitorToken.isEmpty())
        startClusterWatch();
    // A named node (issue 20 §2): registered with a heartbeat; each round also closes the calls
    // of nodes that stopped heartbeating for longer than the lease.
    if (!cfg.nodeName.isEmpty()) {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(std::max(500, cfg.nodeLeaseMs / 3));
        connect(m_heartbeat, &QTimer::timeout, this, [this] { heartbeat(); });
        m_heartbeat->start();
        heartbeat();
    }
    return true;
}

preflight::Request Engine::preflightRequest() const
{
    preflight::Request r;
    r.config = m_options.config;
    r.needsPublicUrl = !m_options.sandbox;
    return r;
}

quint64 Engine::runPreflight(preflight::Request request)
{
    if (!m_bridge)
        return 0;
    const quint64 id = m_nextPreflight++;
    request.config.port = m_port;
    request.config.instanceKey = m_options.config.instanceKey;
    QMetaObject::invokeMethod(m_bridge, [this, request, id] {
        // One Preflight per run, on the bridge thread, gone when it has answered.
        auto *p = new preflight::Preflight(m_bridge->nam(), m_bridge);
        connect(p, &preflight::Preflight::finished, this,
                [this, p, id](const QList<preflight::CheckLine> &lines) {
                    // Queued to the Engine's thread already (context `this`); deleteLater
                    // is thread-safe and deletes `p` on the bridge thread.
                    p->deleteLater();
                    emit preflightFinished(id, lines);
                });
        p->run(request);
    });
    return id;
}

void Engine::placeSandboxCall(const sim::Scenario &scenario)
{
    if (!m_sandbox) {
        emit log(tr("no sandbox: start Patchline with --sandbox to place simulated calls"));
        return;
    }
    QMetaObject::invokeMethod(m_sandbox, [this, scenario] {
        const QString sid = m_sandbox->placeCall(scenario);
        QMetaObject::invokeMethod(this, [this, sid] { emit sandboxCallPlaced(sid); });
    });
}

Bridge *Engine::shardOf(quint64 callId) const
{
    if (m_shards.isEmpty() || callId == 0)
        return m_bridge;
    return m_shards[qsizetype((callId - 1) % quint64(m_shards.size()))];
}

Bridge *Engine::nextShard()
{
    if (m_shards.isEmpty())
        return m_bridge;
    m_nextShard = (m_nextShard + 1) % int(m_shards.size());
    return m_shards[m_nextShard];
}

void Engine::hangup(quint64 callId)
{
    if (cluster::ClusterWatch::isRemote(callId)) {
        if (m_watch)
            QMetaObject::invokeMethod(m_watch, [w = m_watch, callId] { w->hangup(callId); });
        return;
    }
    if (Bridge *b = shardOf(callId))
        b->hangup(callId, tr("operator hung up"));
}

void Engine::setAgentMuted(quint64 callId, bool muted)
{
    if (cluster::ClusterWatch::isRemote(callId)) {
        if (m_watch)
            QMetaObject::invokeMethod(
                m_watch, [w = m_watch, callId, muted] { w->setAgentMuted(callId, muted); });
        return;
    }
    if (Bridge *b = shardOf(callId))
        b->setAgentMuted(callId, muted);
}

void Engine::watchCalls(const QSet<quint64> &callIds)
{
    if (m_watch)
        QMetaObject::invokeMethod(m_watch, [w = m_watch, callIds] { w->watch(callIds); });
}

int Engine::watchedNodes() const
{
    return m_watch ? m_watch->connectedNodes() : 0;
}

void Engine::fetchRecording(const QString &node, const QString &path, QObject *context,
                            std::function<void(const QString &, const QString &)> done)
{
    if (QFileInfo::exists(path)) {
        done(path, {});
        return;
    }
    if (!m_watch) {
        done({}, tr("the recording is on node %1; connect this console to the cluster (File → "
                    "Connect to cluster…) to play it")
                     .arg(node));
        return;
    }
    const QString cache =
        QDir(m_options.config.dataDir).filePath(QStringLiteral("cluster-recordings"));
    QPointer<QObject> ctx(context);
    // The answer goes through this object (it outlives the watch, on the context's thread):
    // `ctx` is only looked at there, never on the cluster thread.
    QMetaObject::invokeMethod(m_watch, [this, w = m_watch, node, path, cache, ctx, done] {
        w->fetchRecording(node, path, cache,
                          [this, ctx, done](const QString &local, const QString &error) {
                              QMetaObject::invokeMethod(this, [ctx, done, local, error] {
                                  if (ctx)
                                      done(local, error);
                              });
                          });
    });
}

void Engine::wireMonitorRoutes()
{
    const settings::BridgeConfig &cfg = m_options.config;
    cluster::MonitorHub::Control control;
    // Called on the front thread: the shards' own thread-safe entry points, or a queued call.
    control.hangup = [this](quint64 id) {
        if (Bridge *b = shardOf(id))
            b->hangup(id, tr("ended by an operator watching the cluster"));
    };
    control.mute = [this](quint64 id, bool muted) {
        if (Bridge *b = shardOf(id))
            b->setAgentMuted(id, muted);
    };
    control.tap = [this](quint64 id, cluster::MonitorHub::AudioSink sink) {
        if (Bridge *b = shardOf(id))
            QMetaObject::invokeMethod(b, [b, id, sink] { b->tapAudio(id, sink); });
    };
    if (!cfg.liveView) // a headless node keeps levels only while a console watches a call
        control.liveView = [this](bool on) {
            for (Bridge *b : std::as_const(m_shards))
                QMetaObject::invokeMethod(b, [b, on] { b->setLiveView(on); });
        };
    const auto redacted = [this](const QString &line) { emit log(settings::redact(line)); };
    m_front->setExtraRoutes(
        [this, control, redacted, node = cfg.nodeName, token = cfg.monitorToken,
         dataDir = cfg.dataDir](server::HttpServer &http) {
            // Front thread (inside WebhookFront::start): the hub lives there, a child of it.
            m_hub = new cluster::MonitorHub(node, control, m_front);
            connect(m_hub, &cluster::MonitorHub::log, this, redacted);
            m_hub->addRoutes(http, token, dataDir);
        },
        [this](server::WebSocketHandoff &&h) {
            if (h.path == u"/monitor" && m_hub)
                m_hub->adopt(std::move(h));
        });
}

void Engine::startClusterWatch()
{
    const settings::BridgeConfig &cfg = m_options.config;
    m_clusterThread.setObjectName(QStringLiteral("cluster"));
    m_clusterThread.start();
    m_watch = new cluster::ClusterWatch(cfg.monitorToken, cfg.nodeName, cfg.audioOutputId);
    m_watch->moveToThread(&m_clusterThread);
    connect(m_watch, &cluster::ClusterWatch::updates, this, &Engine::updates);
    connect(m_watch, &cluster::ClusterWatch::log, this,
            [this](const QString &line) { emit log(settings::redact(line)); });
    connect(m_watch, &cluster::ClusterWatch::listenInChanged, this, &Engine::listenInChanged);
    // The nodes come from the shared database: its list, every 3 s.
    m_nodesPoll = new QTimer(this);
    m_nodesPoll->setInterval(3000);
    const auto poll = [this] {
        m_storage->query<QList<store::NodeInfo>>(
            this, [](store::CallStore &s) { return store::NodeStore(s.connectionName()).nodes(); },
            [this](const QList<store::NodeInfo> &nodes) {
                if (m_watch)
                    QMetaObject::invokeMethod(m_watch,
                                              [w = m_watch, nodes] { w->setNodes(nodes); });
            });
    };
    connect(m_nodesPoll, &QTimer::timeout, this, poll);
    m_nodesPoll->start();
    poll();
}

void Engine::requestAgents()
{
    QMetaObject::invokeMethod(m_bridge, [this] {
        m_bridge->rest()->listAgents(
            [this](const elevenlabs::RestResult<QList<elevenlabs::AgentSummary>> &r) {
                QMetaObject::invokeMethod(this, [this, r] { emit agentsListed(r.value, r.error); });
            });
    });
}

void Engine::requestAgentDetails(const QString &agentId)
{
    QMetaObject::invokeMethod(m_bridge, [this, agentId] {
        m_bridge->rest()->fetchAgent(
            agentId, [this, agentId](elevenlabs::RestResult<elevenlabs::AgentDetails> r) {
                r.value.agentId = agentId; // also on errors: listeners match by id
                QMetaObject::invokeMethod(this, [this, r] { emit agentDetails(r.value, r.error); });
            });
    });
}

void Engine::requestConversations(const QString &agentId)
{
    QMetaObject::invokeMethod(m_bridge, [this, agentId] {
        m_bridge->rest()->listConversations(
            agentId, 100,
            [this,
             agentId](const elevenlabs::RestResult<QList<elevenlabs::ConversationSummary>> &r) {
                QMetaObject::invokeMethod(this, [this, agentId, r] {
                    emit conversationsListed(agentId, r.value, r.error);
                });
            });
    });
}

void Engine::requestConversation(const QString &conversationId)
{
    QMetaObject::invokeMethod(m_bridge, [this, conversationId] {
        m_bridge->rest()->fetchConversation(
            conversationId,
            [this](const elevenlabs::RestResult<elevenlabs::ConversationDetails> &r) {
                QMetaObject::invokeMethod(
                    this, [this, r] { emit conversationFetched(r.value, r.error); });
            });
    });
}

void Engine::saveConversationAudio(const QString &conversationId, const QString &path)
{
    QMetaObject::invokeMethod(m_bridge, [this, conversationId, path] {
        m_bridge->rest()->fetchConversationAudio(
            conversationId,
            [this, path](const elevenlabs::RestResult<QByteArray> &r, const QString &) {
                if (!r.ok()) {
                    QMetaObject::invokeMethod(
                        this, [this, path, e = r.error] { emit conversationAudioSaved(path, e); });
                    return;
                }
                m_storage->writeFile(path, r.value, this, [this, path](const QString &error) {
                    emit conversationAudioSaved(path, error);
                });
            });
    });
}

void Engine::setDefaultAgent(const QString &agentId)
{
    m_options.config.defaultAgentId = agentId;
    for (Bridge *b : std::as_const(m_shards))
        QMetaObject::invokeMethod(b, [b, agentId] { b->setDefaultAgent(agentId); });
}

int Engine::sessions() const
{
    int n = 0;
    for (const Bridge *b : m_shards)
        n += b->sessionCounter()->load(std::memory_order_relaxed);
    return n;
}

void Engine::setDraining(bool on)
{
    m_draining = on;
    if (m_front)
        QMetaObject::invokeMethod(
            m_front, [f = m_front, on] { f->setDraining(on); }, Qt::BlockingQueuedConnection);
}

void Engine::dial(const DialRequest &request)
{
    QMetaObject::invokeMethod(m_bridge, [this, request] {
        m_bridge->dial(request, [this](const DialOutcome &o) {
            QMetaObject::invokeMethod(this, [this, o] { emit dialed(o.callSid, o.error); });
        });
    });
}

void Engine::dial(const DialRequest &request, QObject *context,
                  std::function<void(const DialOutcome &)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(m_bridge, [this, request, ctx, done = std::move(done)] {
        m_bridge->dial(request, [ctx, done](const DialOutcome &o) {
            if (ctx)
                QMetaObject::invokeMethod(ctx, [ctx, done, o] {
                    if (ctx)
                        done(o);
                });
        });
    });
}

void Engine::listTwilioCalls(
    const QString &to, const QString &from, QObject *context,
    std::function<void(const twilio::TwilioResult<QList<twilio::CallResource>> &)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(m_bridge, [this, to, from, ctx, done = std::move(done)] {
        m_bridge->listTwilioCalls(to, from, [ctx, done](const auto &res) {
            if (ctx)
                QMetaObject::invokeMethod(ctx, [ctx, done, res] {
                    if (ctx)
                        done(res);
                });
        });
    });
}

void Engine::fetchTwilioCall(
    const QString &callSid, QObject *context,
    std::function<void(const twilio::TwilioResult<twilio::CallResource> &)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(m_bridge, [this, callSid, ctx, done = std::move(done)] {
        m_bridge->fetchTwilioCall(callSid, [ctx, done](const auto &res) {
            if (ctx)
                QMetaObject::invokeMethod(ctx, [ctx, done, res] {
                    if (ctx)
                        done(res);
                });
        });
    });
}

void Engine::listenIn(quint64 callId, int mix, double volume)
{
    // A call on another node plays through the cluster watch (its node sends the audio).
    const bool remote = cluster::ClusterWatch::isRemote(callId);
    if (remote || cluster::ClusterWatch::isRemote(m_listenInCall)) {
        if (m_watch)
            QMetaObject::invokeMethod(m_watch, [w = m_watch, callId, remote, mix, volume] {
                w->listenIn(remote ? callId : 0, mix, volume);
            });
        if (remote) {
            if (m_listenInCall && !cluster::ClusterWatch::isRemote(m_listenInCall))
                if (Bridge *b = shardOf(m_listenInCall))
                    QMetaObject::invokeMethod(b, [b] { b->listenIn(0, 0, {}, 0); });
            m_listenInCall = callId;
            return;
        }
        m_listenInCall = 0;
    }
    // Listen-in lives on the shard of the call; a previous call on another shard stops.
    Bridge *previous = m_listenInCall ? shardOf(m_listenInCall) : nullptr;
    Bridge *b = shardOf(callId);
    if (previous && previous != b)
        QMetaObject::invokeMethod(previous, [previous] { previous->listenIn(0, 0, {}, 0); });
    m_listenInCall = callId;
    QMetaObject::invokeMethod(b, [this, b, callId, mix, volume] {
        const QString error = b->listenIn(callId, mix, m_options.config.audioOutputId, volume);
        QMetaObject::invokeMethod(this, [this, callId, error] {
            emit listenInChanged(error.isEmpty() ? callId : 0, error);
        });
    });
}

qint64 Engine::listenInBytes() const
{
    qint64 bytes = 0;
    Bridge *b = shardOf(m_listenInCall);
    QMetaObject::invokeMethod(
        b, [&] { bytes = b->listenInBytes(); }, Qt::BlockingQueuedConnection);
    return bytes;
}

void Engine::startTestAgent(const phone::TestLineRequest &request)
{
    Bridge *b = nextShard();
    QMetaObject::invokeMethod(b, [this, b, request] {
        const auto make = [this]() -> audio::AudioDevice * {
            if (m_options.audioDevice)
                return m_options.audioDevice();
            return new audio::QtAudioDevice(m_options.config.audioInputId,
                                            m_options.config.audioOutputId);
        };
        b->startTestLine(request, make, [this](quint64 id, const QString &error) {
            QMetaObject::invokeMethod(this,
                                      [this, id, error] { emit testAgentStarted(id, error); });
        });
    });
}

void Engine::startReplay(const QString &recordingPath, const QString &agentId, const QString &label)
{
    startReplay(
        recordingPath, agentId, label, this,
        [this, label](quint64 id, const QString &error) { emit replayStarted(id, label, error); });
}

void Engine::startReplay(const QString &recordingPath, const QString &agentId, const QString &label,
                         QObject *context,
                         std::function<void(quint64 callId, const QString &error)> done)
{
    struct Track
    {
        QByteArray pcm;
        QString error;
    };
    // Read and resample on a pool thread. The watcher is the Engine's child: if the Engine is
    // destroyed first, the result goes nowhere (the task keeps the promise alive).
    auto promise = std::make_shared<QPromise<Track>>();
    auto *watcher = new QFutureWatcher<Track>(this);
    // `context` lives on this (the Engine's) thread: checked here, where it would be deleted.
    QPointer<QObject> ctx = context;
    const auto report = [this, ctx, done](quint64 id, const QString &error) {
        QMetaObject::invokeMethod(this, [ctx, done, id, error] {
            if (ctx)
                done(id, error);
        });
    };
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, agentId, label, report] {
        watcher->deleteLater();
        Track track = watcher->result();
        if (!track.error.isEmpty()) {
            report(0, track.error);
            return;
        }
        // QByteArray is implicitly shared: the captures below copy no audio.
        Bridge *b = nextShard();
        QMetaObject::invokeMethod(b, [b, pcm = std::move(track.pcm), agentId, label, report] {
            phone::TestLineRequest request;
            request.agentId = agentId;
            request.direction = kReplayDirection.toString();
            request.from = tr("replay of %1").arg(label);
            const auto make = [pcm]() -> audio::AudioDevice * {
                return new audio::ReplayAudioDevice(pcm, phone::TestLine::kRateHz);
            };
            b->startTestLine(request, make,
                             [report](quint64 id, const QString &e) { report(id, e); });
        });
    });
    promise->start();
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, recordingPath] {
        Track t;
        audio::loadCallerTrack(recordingPath, phone::TestLine::kRateHz, &t.pcm, &t.error);
        promise->addResult(std::move(t));
        promise->finish();
    });
}

void Engine::requestTwilioAccount()
{
    QMetaObject::invokeMethod(m_bridge, [this] {
        m_bridge->twilio()->fetchAccount(
            [this](const twilio::TwilioResult<twilio::AccountInfo> &r) {
                QMetaObject::invokeMethod(this, [this, r] {
                    emit accountRead(r.value.friendlyName, r.value.type, r.error);
                });
            });
        m_bridge->twilio()->listIncomingNumbers(
            [this](const twilio::TwilioResult<QList<twilio::PhoneNumber>> &r) {
                QStringList numbers;
                for (const auto &n : r.value)
                    if (n.voice)
                        numbers << n.phoneNumber;
                QMetaObject::invokeMethod(
                    this, [this, numbers, e = r.error] { emit numbersListed(numbers, e); });
            });
    });
}

QString Engine::sandboxTwilioApiBase() const
{
    QString base;
    if (m_sandbox)
        QMetaObject::invokeMethod(
            m_sandbox, [this, &base] { base = m_sandbox->carrier()->restBase(); },
            Qt::BlockingQueuedConnection);
    return base;
}

void Engine::heartbeat(const QString &state)
{
    const settings::BridgeConfig &cfg = m_options.config;
    store::NodeInfo me;
    me.name = cfg.nodeName;
    me.publicUrl = cfg.publicBase();
    me.version = QStringLiteral(PATCHLINE_VERSION);
    me.state = !state.isEmpty() ? state
               : m_draining     ? QStringLiteral("draining")
                                : QStringLiteral("up");
    me.capacity = cfg.shards;
    me.load = sessions();
    me.leaseMs = cfg.nodeLeaseMs;
    if (!state.isEmpty()) { // the last word: after every write queued before it
        m_storage->write([me](store::CallStore &s) {
            return store::NodeStore(s.connectionName()).heartbeat(me);
        });
        return;
    }
    struct Round
    {
        QString error;
        QStringList lost;
        int marked = 0;
    };
    const qint64 lease = cfg.nodeLeaseMs;
    m_storage->query<Round>(
        this,
        [me, lease, healthy = m_beatingSince.isValid() && m_beatingSince.elapsed() >= lease](
            store::CallStore &s) {
            store::NodeStore nodes(s.connectionName());
            Round r;
            if (!nodes.heartbeat(me))
                r.error = nodes.errorString();
            else if (healthy) // not right after an outage: the others had no chance to beat
                r.marked = nodes.reapLost(me.name, lease, &r.lost);
            return r;
        },
        [this, lease](const Round &r) {
            if (!r.error.isEmpty())
                m_beatingSince.invalidate();
            else if (!m_beatingSince.isValid())
                m_beatingSince.start();
            if (!r.error.isEmpty() && !m_heartbeatFailing) {
                m_heartbeatFailing = true;
                emit log(settings::redact(tr("node heartbeat not written: %1").arg(r.error)));
            } else if (r.error.isEmpty()) {
                m_heartbeatFailing = false;
            }
            for (const QString &node : r.lost)
                emit log(tr("node %1 stopped heartbeating for more than %2 s: its live calls are "
                            "marked interrupted (%n call(s) in all this round)",
                            nullptr, r.marked)
                             .arg(node)
                             .arg(lease / 1000.0, 0, 'f', 1));
        });
}

BridgeStats Engine::bridgeStats() const
{
    BridgeStats st;
    for (Bridge *b : m_shards) {
        BridgeStats s;
        QMetaObject::invokeMethod(
            b, [b, &s] { s = b->stats(); }, Qt::BlockingQueuedConnection);
        st.callerToAgent.merge(s.callerToAgent);
        st.agentToCaller.merge(s.agentToCaller);
        st.threadCpuNs += s.threadCpuNs;
        st.liveCalls += s.liveCalls;
        st.endedCalls += s.endedCalls;
        st.callerFrames += s.callerFrames;
        st.agentChunks += s.agentChunks;
        st.agentChunksDropped += s.agentChunksDropped;
    }
    return st;
}

void Engine::startAbuse()
{
    if (m_sandbox)
        QMetaObject::invokeMethod(m_sandbox,
                                  [s = m_sandbox, port = m_port] { s->startAbuse(port); });
}

QString Engine::abuseFigures() const
{
    QString out;
    if (m_sandbox)
        QMetaObject::invokeMethod(
            m_sandbox, [&out, s = m_sandbox] { out = s->abuseFigures(); },
            Qt::BlockingQueuedConnection);
    return out;
}

qint64 Engine::sandboxCpuNs() const
{
    qint64 ns = 0;
    if (m_sandbox)
        QMetaObject::invokeMethod(
            m_sandbox, [&ns] { ns = sim::Sandbox::threadCpuNs(); }, Qt::BlockingQueuedConnection);
    return ns;
}

} // namespace patchline::engine
