#include "cluster/MonitorHub.h"

#include "audio/Mulaw.h"
#include "call/Stats.h"
#include "cluster/MonitorProtocol.h"
#include "server/HttpServer.h"
#include "server/TcpWebSocket.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QThreadPool>
#include <QUrlQuery>

#include <algorithm>

namespace patchline::cluster {

using bridge::CallState;
using bridge::CallUpdate;

namespace {
QPair<QByteArray, QByteArray> header(const char *name, const QByteArray &value)
{
    return {QByteArray(name), value};
}

constexpr int kTickMs = 33;        // ≤ 30 Hz for watched calls
constexpr qint64 kSummaryMs = 500; // the others
constexpr qint64 kBacklogBytes = 256 << 10;
constexpr qint64 kStalledMs = 10000; // a console this long above kBacklogBytes is dropped
constexpr qint64 kRefusalLogMs = 10000;
constexpr int kKeptLines = monitor::kMaxLinesPerCall;
constexpr int kKeptEvents = 200;

template <typename T> void appendBounded(QList<T> &into, const QList<T> &more, int max)
{
    into.append(more);
    if (into.size() > max)
        into.remove(0, into.size() - max);
}
} // namespace

MonitorHub::MonitorHub(const QString &node, Control control, QObject *parent)
    : QObject(parent), m_node(node), m_control(std::move(control))
{
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &MonitorHub::flush);
}

MonitorHub::~MonitorHub()
{
    for (Client &c : m_clients)
        stopListening(c);
}

void MonitorHub::addRoutes(server::HttpServer &http, const QByteArray &token,
                           const QString &dataDir)
{
    using server::HttpRequest;
    using server::HttpResponse;
    http.webSocketRoute(QStringLiteral("/monitor"), [this, token](const HttpRequest &req) {
        if (monitor::authorized(req.header("authorization"), token))
            return QString();
        noteRefusal(req.remote);
        return QStringLiteral("wrong or missing monitor token");
    });
    http.routeAsync(
        "GET", QStringLiteral("/recordings"),
        [this, token, dataDir](const HttpRequest &req, server::HttpServer::Responder respond) {
            if (!monitor::authorized(req.header("authorization"), token)) {
                noteRefusal(req.remote);
                HttpResponse r = HttpResponse::text(401, QStringLiteral("monitor token needed"));
                r.headers.append(header("WWW-Authenticate", "Bearer"));
                respond(r);
                return;
            }
            const QString file = monitor::recordingFile(
                QUrlQuery(QString::fromUtf8(req.query.left(512)))
                    .queryItemValue(QStringLiteral("file"), QUrl::FullyDecoded));
            if (file.isEmpty()) {
                respond(
                    HttpResponse::text(400, QStringLiteral("file must be YYYY-MM-DD/NAME.wav")));
                return;
            }
            // Disk reads leave the front thread (no blocking call on an event loop).
            QThreadPool::globalInstance()->start(
                [path = QDir(dataDir).filePath(file), range = req.header("range"), respond] {
                    QFile f(path);
                    if (!f.open(QIODevice::ReadOnly)) {
                        respond(HttpResponse::text(404, QStringLiteral("no such recording")));
                        return;
                    }
                    constexpr qint64 kChunk = 1 << 20, kWhole = 16 << 20;
                    const qint64 size = f.size();
                    const monitor::ByteRange r = monitor::parseRange(range, size, kChunk);
                    HttpResponse out;
                    out.contentType = "audio/wav";
                    out.headers.append(header("Accept-Ranges", "bytes"));
                    if (r.unsatisfiable) {
                        out.status = 416;
                        out.headers.append(
                            header("Content-Range", "bytes */" + QByteArray::number(size)));
                    } else if (r.ok) {
                        out.status = 206;
                        f.seek(r.first);
                        out.body = f.read(r.last - r.first + 1);
                        out.headers.append(
                            header("Content-Range", "bytes " + QByteArray::number(r.first) + '-' +
                                                        QByteArray::number(r.last) + '/' +
                                                        QByteArray::number(size)));
                    } else if (size <= kWhole) {
                        out.body = f.readAll();
                    } else {
                        out = HttpResponse::text(
                            413, QStringLiteral("recording larger than 16 MiB: ask with Range"));
                    }
                    respond(out);
                });
        });
}

void MonitorHub::adopt(server::WebSocketHandoff &&handoff)
{
    auto *socket = server::TcpWebSocket::adopt(std::move(handoff), this);
    if (!socket)
        return;
    socket->setMaxIncomingMessageSize(monitor::kMaxConsoleMessage);
    connect(socket, &server::MessageSocket::utf8Received, this,
            [this, socket](const QByteArray &utf8) { onCommand(socket, utf8); });
    connect(socket, &server::MessageSocket::closed, this, [this, socket] { dropClient(socket); });
    Client &c = m_clients[socket];
    c.socket = socket;
    emit log(tr("console %1 attached to the monitor").arg(socket->peerName()));
    socket->sendTextUtf8(monitor::hello(m_node, QStringLiteral(PATCHLINE_VERSION)));
    // Every live call so far, with its transcript: the console starts where the node is. Sent
    // by flush() in messages of ~128 KiB, as the socket drains.
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it)
        c.pending.insert(it.key(), *it);
    c.lastSummaryMs = 0;
    if (!m_tick.isActive())
        m_tick.start();
}

void MonitorHub::dropClient(server::TcpWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    stopListening(*it);
    m_clients.erase(it);
    socket->deleteLater();
    if (m_clients.isEmpty())
        m_tick.stop();
    updateLiveView();
}

void MonitorHub::onCommand(server::TcpWebSocket *socket, QByteArrayView utf8)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client &c = *it;
    const monitor::Command cmd = monitor::parseCommand(utf8);
    if (cmd.kind == u"watch") {
        c.watched = cmd.ids;
        updateLiveView();
    } else if (cmd.kind == u"hangup") {
        if (m_live.contains(cmd.id) && m_control.hangup) {
            emit log(tr("call #%1 ended by console %2").arg(cmd.id).arg(socket->peerName()));
            m_control.hangup(cmd.id);
        }
    } else if (cmd.kind == u"mute") {
        if (m_live.contains(cmd.id) && m_control.mute)
            m_control.mute(cmd.id, cmd.muted);
    } else if (cmd.kind == u"listen") {
        stopListening(c);
        if (cmd.id == 0) {
            socket->sendTextUtf8(monitor::listenResult(0, {}));
            return;
        }
        QPointer<MonitorHub> self(this);
        const quint64 id = cmd.id;
        const bool ok = m_live.contains(id) && m_control.tap;
        if (ok)
            m_control.tap(id, [self, id](std::span<const std::int16_t> stereo) {
                // Shard thread: μ-law halves the bytes; the hub sends it on its own thread.
                QByteArray ulaw(qsizetype(stereo.size()), Qt::Uninitialized);
                audio::mulawEncode(stereo, reinterpret_cast<std::uint8_t *>(ulaw.data()));
                if (MonitorHub *hub = self.data()) // a posted call dies with the hub
                    QMetaObject::invokeMethod(hub, [self, id, ulaw] {
                        if (self)
                            self->sendAudio(id, ulaw);
                    });
            });
        if (ok)
            c.listening = id;
        // The id asked for either way: the console matches the answer to its request.
        socket->sendTextUtf8(monitor::listenResult(
            id, ok ? QString() : tr("call #%1 is not live on node %2").arg(id).arg(m_node)));
    }
}

void MonitorHub::stopListening(Client &c)
{
    if (!c.listening)
        return;
    const quint64 id = c.listening;
    c.listening = 0;
    // Another console may still listen to the same call.
    for (const Client &other : std::as_const(m_clients))
        if (other.listening == id)
            return;
    if (m_control.tap)
        m_control.tap(id, {});
}

void MonitorHub::sendAudio(quint64 id, const QByteArray &ulaw)
{
    const QByteArray message = monitor::audio(id, ulaw);
    for (Client &c : m_clients)
        if (c.listening == id && c.socket && c.socket->bytesQueued() < kBacklogBytes)
            c.socket->sendTextUtf8(message);
}

void MonitorHub::updateLiveView()
{
    bool any = false;
    for (const Client &c : std::as_const(m_clients))
        any = any || !c.watched.isEmpty();
    if (any == m_liveView)
        return;
    m_liveView = any;
    if (m_control.liveView)
        m_control.liveView(any);
}

void MonitorHub::merge(CallUpdate &into, const CallUpdate &u, bool levels)
{
    into.snapshot = u.snapshot;
    if (levels)
        appendBounded(into.levels, u.levels, monitor::kMaxLevelsPerCall);
    appendBounded(into.lines, u.lines, monitor::kMaxLinesPerCall);
    appendBounded(into.events, u.events, monitor::kMaxEventsPerCall);
}

void MonitorHub::onUpdates(const QList<CallUpdate> &batch)
{
    for (const CallUpdate &u : batch) {
        const quint64 id = u.snapshot.id;
        if (u.snapshot.state == CallState::Ended) {
            m_live.remove(id);
            for (Client &c : m_clients)
                if (c.listening == id)
                    stopListening(c);
        } else {
            CallUpdate &live = m_live[id];
            live.snapshot = u.snapshot;
            appendBounded(live.lines, u.lines, kKeptLines);
            appendBounded(live.events, u.events, kKeptEvents);
        }
        for (Client &c : m_clients)
            merge(c.pending[id], u, c.watched.contains(id));
    }
}

void MonitorHub::noteRefusal(const QString &peer)
{
    // A scanner must not flood the log: one line per 10 s, with how many were refused.
    const qint64 now = bridge::monotonicNs() / 1000000;
    ++m_refused;
    if (m_lastRefusalLogMs && now - m_lastRefusalLogMs < kRefusalLogMs)
        return;
    emit log(tr("refused %n monitor or recording request(s) without the right token; the "
                "last from %1",
                nullptr, m_refused)
                 .arg(peer.left(64)));
    m_lastRefusalLogMs = now;
    m_refused = 0;
}

void MonitorHub::flush()
{
    const qint64 now = bridge::monotonicNs() / 1000000;
    QList<server::TcpWebSocket *> stalled;
    for (auto ci = m_clients.begin(); ci != m_clients.end(); ++ci) {
        Client &c = *ci;
        if (!c.socket)
            continue;
        // A console that does not read is left behind, then dropped (its pending updates
        // would otherwise grow with every call the node sees).
        if (c.socket->bytesQueued() >= kBacklogBytes) {
            if (!c.stalledSinceMs)
                c.stalledSinceMs = now;
            else if (now - c.stalledSinceMs > kStalledMs)
                stalled.append(ci.key());
            continue;
        }
        c.stalledSinceMs = 0;
        if (c.pending.isEmpty())
            continue;
        const bool summaries = now - c.lastSummaryMs >= kSummaryMs;
        bool complete = true;
        QByteArray joined;
        for (auto it = c.pending.begin(); it != c.pending.end();) {
            const bool watched = c.watched.contains(it.key());
            if (!watched && !summaries && it->snapshot.state != CallState::Ended) {
                ++it;
                continue;
            }
            if (c.socket->bytesQueued() >= kBacklogBytes) { // the rest on a later tick
                complete = false;
                break;
            }
            if (!joined.isEmpty())
                joined += ',';
            joined +=
                QJsonDocument(monitor::encodeUpdate(*it, watched)).toJson(QJsonDocument::Compact);
            it = c.pending.erase(it);
            if (joined.size() >= monitor::kMessageBytes) {
                c.socket->sendTextUtf8(monitor::updatesFromJoined(joined));
                joined.clear();
            }
        }
        if (!joined.isEmpty())
            c.socket->sendTextUtf8(monitor::updatesFromJoined(joined));
        if (summaries && complete)
            c.lastSummaryMs = now;
    }
    for (server::TcpWebSocket *s : std::as_const(stalled)) {
        emit log(tr("console %1 stopped reading the monitor; disconnected").arg(s->peerName()));
        s->close(1008, QStringLiteral("not reading"));
        s->close(1008, QStringLiteral("not reading")); // a second close drops it at once
    }
}

} // namespace patchline::cluster
