#include "cluster/ClusterWatch.h"

#include "audio/Mulaw.h"
#include "bridge/ListenIn.h"
#include "cluster/MonitorProtocol.h"
#include "server/MessageSocket.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <vector>

namespace patchline::cluster {

using bridge::CallState;
using bridge::CallUpdate;

namespace {
constexpr int kFlushMs = 33;
constexpr int kReconnectMs = 2000;
constexpr int kRefusedRetryMs = 30000;
constexpr qint64 kFetchChunk = 1 << 20; // bytes per Range request
constexpr qint64 kFetchMaxBytes = qint64(2) << 30;
constexpr quint64 kLocalMask = (quint64(1) << ClusterWatch::kNodeShift) - 1;
} // namespace

ClusterWatch::ClusterWatch(const QByteArray &token, const QString &self,
                           const QByteArray &outputDevice, QObject *parent)
    : QObject(parent), m_token(token), m_self(self), m_outputDevice(outputDevice),
      m_flush(new QTimer(this)) // a child: it moves to the cluster thread with this object
{
    m_flush->setInterval(kFlushMs);
    connect(m_flush, &QTimer::timeout, this, &ClusterWatch::flush);
}

ClusterWatch::~ClusterWatch()
{
    for (const auto &link : std::as_const(m_links))
        if (link->socket)
            delete link->socket.data();
}

void ClusterWatch::countConnected()
{
    int n = 0;
    for (const auto &link : std::as_const(m_links))
        n += link->open && link->confirmed ? 1 : 0;
    m_connected.store(n, std::memory_order_relaxed);
}

void ClusterWatch::setNodes(const QList<store::NodeInfo> &nodes)
{
    QSet<QString> wanted;
    for (const store::NodeInfo &n : nodes) {
        if (n.name == m_self || (n.state != u"up" && n.state != u"draining"))
            continue;
        QUrl url(n.publicUrl);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            continue;
        url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
        url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                    QStringLiteral("/monitor"));
        wanted.insert(n.name);
        auto &link = m_links[n.name];
        if (link && link->url == url)
            continue;
        if (link) { // the node moved: start again
            endAll(*link, tr("node %1 moved to %2").arg(n.name, n.publicUrl));
            delete link->socket.data();
            link->retry->deleteLater();
        }
        if (!m_indexes.contains(n.name))
            m_indexes.insert(n.name, int(m_indexes.size()) + 1);
        link = std::make_shared<Link>();
        link->index = m_indexes.value(n.name);
        link->name = n.name;
        link->url = url;
        link->base = QUrl(n.publicUrl);
        link->retry = new QTimer(this);
        link->retry->setSingleShot(true);
        connect(link->retry, &QTimer::timeout, this, [this, weak = std::weak_ptr<Link>(link)] {
            if (auto l = weak.lock())
                connectLink(*l);
        });
        connectLink(*link);
    }
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        Link &gone = **it;
        endAll(gone, tr("node %1 left the cluster").arg(gone.name));
        delete gone.socket.data();
        gone.retry->deleteLater();
        it = m_links.erase(it);
    }
    countConnected();
}

void ClusterWatch::connectLink(Link &link)
{
    const QString name = link.name;
    auto *socket = server::MessageSocket::connectTo(
        link.url, {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token}},
        this);
    socket->setMaxIncomingMessageSize(monitor::kMaxNodeMessage);
    link.socket = socket;
    connect(socket, &server::MessageSocket::opened, this, [this, name] {
        if (auto l = m_links.value(name)) {
            l->open = true;
        }
    });
    connect(socket, &server::MessageSocket::utf8Received, this,
            [this, name, socket](const QByteArray &utf8) {
                if (auto l = m_links.value(name); l && l->socket == socket)
                    onMessage(*l, utf8);
            });
    connect(socket, &server::MessageSocket::closed, this,
            [this, name, socket](int code, const QString &reason) {
                socket->deleteLater();
                if (auto l = m_links.value(name); l && l->socket == socket)
                    onClosed(*l, code, reason);
            });
}

void ClusterWatch::onClosed(Link &link, int code, const QString &reason)
{
    const bool wasOpen = std::exchange(link.open, false) && !link.refused;
    link.confirmed = false;
    countConnected();
    link.socket = nullptr;
    endAll(link, tr("lost contact with node %1").arg(link.name));
    // A refused upgrade (403: wrong token; 404: no token set on that node, or an older
    // version) comes back as a close before opened(), naming the HTTP status.
    const bool refused = !wasOpen && reason.contains(u"HTTP");
    if (refused && !link.refused)
        emit log(reason.contains(u"403")
                     ? tr("node %1 refused the monitor token (%2): set the same Cluster monitor "
                          "token as on the nodes (Settings → Database)")
                           .arg(link.name, reason.left(200))
                     : tr("node %1 does not serve the monitor (%2): set PATCHLINE_MONITOR_TOKEN "
                          "there; tried again every 30 s")
                           .arg(link.name, reason.left(200)));
    else if (wasOpen)
        emit log(tr("monitor connection to node %1 closed (%2 %3); retrying")
                     .arg(link.name)
                     .arg(code)
                     .arg(reason.left(200)));
    link.refused = link.refused || refused;
    link.retry->start(link.refused ? kRefusedRetryMs : kReconnectMs);
}

void ClusterWatch::endAll(Link &link, const QString &why)
{
    for (quint64 remote : std::as_const(link.live)) {
        CallUpdate u;
        const quint64 id = (quint64(link.index) << kNodeShift) | remote;
        u.snapshot = m_known.take(id);
        u.snapshot.id = id;
        u.snapshot.node = link.name;
        u.snapshot.state = CallState::Ended;
        u.snapshot.endReason = why;
        queue(u);
    }
    link.live.clear();
    if (m_listening && linkOf(m_listening, nullptr) == &link)
        listenIn(0, m_mix, m_volume);
}

void ClusterWatch::onMessage(Link &link, const QByteArray &utf8)
{
    const QJsonObject o = QJsonDocument::fromJson(utf8).object();
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == u"hello") {
        // A public URL such as http://127.0.0.1:8787 (a console's default) reaches whoever
        // listens there on *this* machine, maybe this very console: only the named node counts.
        const QString answered =
            bridge::boundedRemote(o.value(QLatin1String("node")).toString(), 64);
        if (answered != link.name) {
            if (!link.refused)
                emit log(tr("the public URL of node %1 (%2) reaches node '%3' instead; not "
                            "watched (give each node its own --public-url)")
                             .arg(link.name, link.base.toString(), answered));
            link.refused = true;
            link.socket->close(1008, QStringLiteral("not the node expected"));
        } else {
            link.refused = false;
            link.confirmed = true;
            countConnected();
            sendWatch(link);
            emit log(tr("watching the live calls of node %1").arg(link.name));
        }
        return;
    }
    if (!link.confirmed)
        return; // nothing counts before the node said it is the one expected
    if (type == u"update") {
        const QJsonArray calls = o.value(QLatin1String("calls")).toArray();
        for (qsizetype i = 0; i < calls.size() && i < monitor::kMaxCallsPerMessage; ++i) {
            auto u = monitor::decodeUpdate(calls[i].toObject());
            if (!u || u->snapshot.id > kLocalMask)
                continue;
            const quint64 remote = u->snapshot.id;
            if (u->snapshot.state == CallState::Ended)
                link.live.remove(remote);
            else
                link.live.insert(remote);
            u->snapshot.id = (quint64(link.index) << kNodeShift) | remote;
            u->snapshot.node = link.name;
            if (u->snapshot.state == CallState::Ended)
                m_known.remove(u->snapshot.id);
            else
                m_known.insert(u->snapshot.id, u->snapshot);
            queue(std::move(*u));
        }
    } else if (type == u"audio") {
        const qint64 remote = o.value(QLatin1String("id")).toInteger(0);
        const quint64 id = (quint64(link.index) << kNodeShift) | quint64(remote);
        if (remote <= 0 || quint64(remote) > kLocalMask || !m_listen || id != m_listening)
            return;
        const QByteArray ulaw = QByteArray::fromBase64(
            o.value(QLatin1String("ulaw")).toString().toLatin1().left(1 << 20));
        std::vector<std::int16_t> pcm(std::size_t(ulaw.size()) & ~std::size_t(1));
        audio::mulawDecode({reinterpret_cast<const std::uint8_t *>(ulaw.constData()), pcm.size()},
                           pcm.data());
        m_listen->feed(id, pcm);
    } else if (type == u"listen") {
        const qint64 remote = o.value(QLatin1String("id")).toInteger(-1);
        const QString error =
            bridge::boundedRemote(o.value(QLatin1String("error")).toString(), 300);
        // Only the answer to what plays now: a late failure of an earlier request is moot.
        const quint64 id =
            (quint64(link.index) << kNodeShift) | quint64(std::max<qint64>(0, remote));
        if (!error.isEmpty() && remote > 0 && quint64(remote) <= kLocalMask && id == m_listening) {
            m_listening = 0;
            if (m_listen)
                m_listen->stop();
            emit listenInChanged(0, error);
        }
    }
}

void ClusterWatch::queue(CallUpdate u)
{
    const quint64 id = u.snapshot.id;
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        m_pending.insert(id, std::move(u));
        m_order.append(id);
    } else {
        it->snapshot = u.snapshot;
        it->levels.append(u.levels);
        it->lines.append(u.lines);
        it->events.append(u.events);
    }
    if (!m_flush->isActive())
        m_flush->start();
}

void ClusterWatch::flush()
{
    if (m_order.isEmpty()) {
        m_flush->stop();
        return;
    }
    QList<CallUpdate> batch;
    batch.reserve(m_order.size());
    for (quint64 id : std::as_const(m_order))
        batch.append(m_pending.take(id));
    m_order.clear();
    emit updates(batch);
}

ClusterWatch::Link *ClusterWatch::linkOf(quint64 id, quint64 *remoteId)
{
    const int index = int(id >> kNodeShift);
    for (const auto &link : std::as_const(m_links))
        if (link->index == index) {
            if (remoteId)
                *remoteId = id & kLocalMask;
            return link.get();
        }
    return nullptr;
}

void ClusterWatch::sendWatch(Link &link)
{
    if (!link.open || !link.confirmed || !link.socket)
        return;
    QSet<quint64> ids;
    for (quint64 id : std::as_const(m_watched))
        if (int(id >> kNodeShift) == link.index)
            ids.insert(id & kLocalMask);
    link.socket->sendTextUtf8(monitor::watch(ids));
}

void ClusterWatch::watch(const QSet<quint64> &ids)
{
    QSet<quint64> remote;
    for (quint64 id : ids)
        if (isRemote(id))
            remote.insert(id);
    if (remote == m_watched)
        return;
    m_watched = remote;
    for (const auto &link : std::as_const(m_links))
        sendWatch(*link);
}

void ClusterWatch::hangup(quint64 id)
{
    quint64 remote = 0;
    if (Link *l = linkOf(id, &remote); l && l->open && l->confirmed && l->socket)
        l->socket->sendTextUtf8(monitor::hangup(remote));
}

void ClusterWatch::setAgentMuted(quint64 id, bool muted)
{
    quint64 remote = 0;
    if (Link *l = linkOf(id, &remote); l && l->open && l->confirmed && l->socket)
        l->socket->sendTextUtf8(monitor::mute(remote, muted));
}

void ClusterWatch::listenIn(quint64 id, int mix, double volume)
{
    m_mix = mix;
    m_volume = volume;
    if (id == m_listening && id) { // same call: what is heard changes, the device stays
        m_listen->setMix(bridge::ListenIn::Mix(mix));
        m_listen->setVolume(volume);
        return;
    }
    quint64 remote = 0;
    if (m_listening) {
        if (Link *l = linkOf(m_listening, &remote); l && l->open && l->confirmed && l->socket)
            l->socket->sendTextUtf8(monitor::listen(0));
        if (m_listen)
            m_listen->stop();
        m_listening = 0;
    }
    if (!id) {
        emit listenInChanged(0, {});
        return;
    }
    Link *l = linkOf(id, &remote);
    if (!l || !l->open || !l->confirmed || !l->socket) {
        emit listenInChanged(0, tr("no connection to the node of this call"));
        return;
    }
    if (!m_listen)
        m_listen = std::make_unique<bridge::ListenIn>();
    QString error;
    if (!m_listen->start(id, bridge::ListenIn::Mix(mix), m_outputDevice, volume, &error)) {
        emit listenInChanged(0, error);
        return;
    }
    m_listening = id;
    l->socket->sendTextUtf8(monitor::listen(remote));
    emit listenInChanged(id, {});
}

void ClusterWatch::fetchRecording(
    const QString &node, const QString &path, const QString &cacheDir,
    std::function<void(const QString &local, const QString &error)> done)
{
    const QString key = monitor::recordingKey(path);
    const auto link = m_links.value(node);
    if (key.isEmpty()) {
        done({}, tr("the recording path '%1' is not one Patchline writes").arg(path.left(200)));
        return;
    }
    if (!link) {
        done({}, tr("node %1 is not up: its recordings can be played while it runs (or copy "
                    "them from its data folder)")
                     .arg(node));
        return;
    }
    const QString local = QDir(cacheDir).filePath(key);
    if (QFileInfo::exists(local)) { // a finished call's recording does not change
        done(local, {});
        return;
    }
    // One download per file: a second request for it waits for the first.
    auto waiting = m_fetching.find(local);
    if (waiting != m_fetching.end()) {
        waiting->append(std::move(done));
        return;
    }
    m_fetching.insert(local, {std::move(done)});
    const auto finish = [this, local](const QString &result, const QString &error) {
        const auto callers = m_fetching.take(local);
        for (const auto &d : callers)
            d(result, error);
    };
    QDir().mkpath(QFileInfo(local).absolutePath());
    auto file = std::make_shared<QFile>(local + QStringLiteral(".part"));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        finish({}, tr("cannot write %1: %2").arg(file->fileName(), file->errorString()));
        return;
    }
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QUrl url = link->base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/recordings"));
    url.setQuery(QUrlQuery{{QStringLiteral("file"), key}});
    // One Range request after the other until Content-Range's total is reached.
    auto next = std::make_shared<std::function<void(qint64, qint64)>>();
    *next = [this, url, file, local, node, finish, next](qint64 from, qint64 total) {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + m_token);
        req.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-' +
                                      QByteArray::number(from + kFetchChunk - 1));
        req.setTransferTimeout(15000);
        QNetworkReply *reply = m_nam->get(req);
        connect(reply, &QNetworkReply::finished, this, [=, this] {
            reply->deleteLater();
            const auto fail = [&](const QString &why) {
                file->remove();
                *next = nullptr; // breaks the cycle
                finish({}, why);
            };
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401 || status == 403)
                return fail(tr("node %1 refused the monitor token: set the same Cluster monitor "
                               "token as on the nodes (Settings → Database)")
                                .arg(node));
            if (status == 404)
                return fail(tr("node %1 no longer has this recording (deleted by its retention "
                               "setting?)")
                                .arg(node));
            // 200 (the whole file) only for the first request; later ones must be ranges.
            if (status != 206 && !(status == 200 && from == 0))
                return fail(tr("node %1 did not send the recording: %2")
                                .arg(node, status ? QStringLiteral("HTTP %1").arg(status)
                                                  : reply->errorString().left(200)));
            const QByteArray body = reply->readAll();
            const monitor::ContentRange got =
                status == 206 ? monitor::parseContentRange(reply->rawHeader("Content-Range"))
                              : monitor::ContentRange{0, body.size() - 1, body.size(), true};
            if (!got.ok || got.first != from || got.last != from + body.size() - 1 ||
                got.total > kFetchMaxBytes || (total >= 0 && got.total != total) || body.isEmpty())
                return fail(tr("node %1 sent a range that does not fit (%2)")
                                .arg(node, QString::fromLatin1(
                                               reply->rawHeader("Content-Range").left(80))));
            if (file->write(body) != body.size())
                return fail(tr("cannot write %1: %2").arg(file->fileName(), file->errorString()));
            if (got.last + 1 < got.total) {
                (*next)(got.last + 1, got.total);
                return;
            }
            file->close();
            QFile::remove(local);
            if (!file->rename(local))
                return fail(tr("cannot write %1: %2").arg(local, file->errorString()));
            *next = nullptr;
            finish(local, {});
        });
    };
    (*next)(0, -1);
}

} // namespace patchline::cluster
