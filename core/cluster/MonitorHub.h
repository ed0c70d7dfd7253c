#pragma once

#include "call/CallTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <cstdint>
#include <functional>
#include <span>

namespace patchline::server {
class HttpServer;
class TcpWebSocket;
struct WebSocketHandoff;
} // namespace patchline::server

namespace patchline::cluster {

/// A node's side of the `/monitor` WebSocket (issue 20 §3, protocol in MonitorProtocol.h):
/// consoles attached to the cluster get this node's live calls as the local console gets
/// them, and may end a call, mute its agent or listen in. The upgrade was authenticated
/// before the 101 (WebhookFront, `Authorization: Bearer <monitor token>`).
///
/// Per console: calls it watches get their updates at ≤ 30 Hz with levels, the others every
/// 500 ms without levels, in messages of ~128 KiB; a console that stops reading (more than
/// 256 KiB queued) gets nothing new until it drains, and is dropped after 10 s of that (the
/// node's calls never wait for it). A console attaching mid-call gets every live call with
/// its transcript so far (≤ 500 lines), sent as its socket drains. Refused requests are
/// logged at most once per 10 s.
///
/// Lives on the front ("http") thread, next to the server that upgraded the sockets. The
/// Control functions it calls must be thread-safe (Engine wires them to the shards).
class MonitorHub : public QObject
{
    Q_OBJECT
public:
    /// A block of a call's audio: interleaved stereo PCM16, 8 kHz, caller L / agent R.
    using AudioSink = std::function<void(std::span<const std::int16_t> stereo)>;
    struct Control
    {
        std::function<void(quint64 id)> hangup;
        std::function<void(quint64 id, bool muted)> mute;
        /// Starts (sink set) or stops (sink null) feeding call `id`'s audio; the sink runs on
        /// the call's shard thread. Asked only for calls the hub knows to be live.
        std::function<void(quint64 id, AudioSink sink)> tap;
        /// Consoles watch ≥ 1 call (true) or none: a headless node keeps levels only then.
        std::function<void(bool on)> liveView;
    };

    MonitorHub(const QString &node, Control control, QObject *parent = nullptr);
    ~MonitorHub() override;

    /// Registers on `http` (front thread, before it listens; WebhookFront::setExtraRoutes):
    /// the `/monitor` WebSocket route, whose upgrade needs `Authorization: Bearer <token>`
    /// (else 403 before any 101), and `GET /recordings?file=YYYY-MM-DD/NAME.wav` (the same
    /// token, else 401): the recording under `dataDir` with Range requests (206, at most
    /// 1 MiB per answer; 200 with the whole file up to 16 MiB without Range), read on a
    /// worker thread. `token` must not be empty.
    void addRoutes(server::HttpServer &http, const QByteArray &token, const QString &dataDir);
    /// Takes an authenticated upgrade (front thread).
    void adopt(server::WebSocketHandoff &&handoff);
    /// The shards' updates (connected queued from each Bridge::updates).
    void onUpdates(const QList<patchline::bridge::CallUpdate> &batch);
    /// Consoles connected now.
    int clients() const { return int(m_clients.size()); }

signals:
    void log(const QString &line);

private:
    struct Client
    {
        QPointer<server::TcpWebSocket> socket;
        QSet<quint64> watched;
        QHash<quint64, bridge::CallUpdate> pending;
        qint64 lastSummaryMs = 0;
        qint64 stalledSinceMs = 0; ///< its socket's queue above the backlog limit since
        quint64 listening = 0;
    };
    void onCommand(server::TcpWebSocket *socket, QByteArrayView utf8);
    void flush();
    void noteRefusal(const QString &peer);
    void dropClient(server::TcpWebSocket *socket);
    void stopListening(Client &c);
    void updateLiveView();
    void sendAudio(quint64 id, const QByteArray &ulaw);
    static void merge(bridge::CallUpdate &into, const bridge::CallUpdate &u, bool levels);

    QString m_node;
    Control m_control;
    QHash<server::TcpWebSocket *, Client> m_clients;
    /// Every live call as a console attaching now should see it (snapshot, lines so far).
    QHash<quint64, bridge::CallUpdate> m_live;
    QTimer m_tick;
    bool m_liveView = false;
    qint64 m_lastRefusalLogMs = 0;
    int m_refused = 0; ///< refusals not logged yet
};

} // namespace patchline::cluster
