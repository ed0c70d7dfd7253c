#pragma once

#include "call/CallTypes.h"
#include "store/NodeStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace patchline::server {
class MessageSocket;
}
namespace patchline::bridge {
class ListenIn;
}

namespace patchline::cluster {

/// A console's view of the other nodes' live calls (issue 20 §3): one authenticated
/// `/monitor` WebSocket per node that is up or draining (ws:// for an http public URL,
/// wss:// with TLS for https), merged into one stream of CallUpdates as if the calls were
/// local, at ≤ 30 Hz. Remote calls get console ids with the node's number in the high bits
/// (isRemote()); CallSnapshot::node names the node. End call, mute agent and listen-in are
/// sent to the owning node; listen-in audio plays on this machine's speakers.
///
/// A node that refuses the token (403) is retried every 30 s and said once in the log; a
/// dropped connection every 2 s. When a node's connection drops, its calls are shown ended
/// ("lost contact with node N"); they come back if the node still holds them.
///
/// Lives on its own thread (Engine's "cluster"); every slot is called there (queued).
class ClusterWatch : public QObject
{
    Q_OBJECT
public:
    /// `token`: the cluster's monitor token (Bearer). `self`: this process's node name (its
    /// own row is skipped). `outputDevice`: speakers for listen-in ("" = default).
    ClusterWatch(const QByteArray &token, const QString &self, const QByteArray &outputDevice,
                 QObject *parent = nullptr);
    ~ClusterWatch() override;

    static constexpr int kNodeShift = 40; ///< console id = node number << 40 | the node's id
    /// True for a console id of a call on another node.
    static bool isRemote(quint64 id) { return (id >> kNodeShift) != 0; }

    /// The nodes as the database lists them: opens links to new ones that are up or
    /// draining, closes links to those gone, stopped or lost.
    void setNodes(const QList<patchline::store::NodeInfo> &nodes);
    /// Calls the console shows in full (selected, on the wall): ≤ 30 Hz with levels.
    void watch(const QSet<quint64> &ids);
    void hangup(quint64 id);
    void setAgentMuted(quint64 id, bool muted);
    /// Listen-in to a remote call (0 stops): `mix` 0 both, 1 caller, 2 agent.
    void listenIn(quint64 id, int mix, double volume);
    /// Nodes with an open, authenticated monitor socket now (their hello named the node
    /// expected). Any thread.
    int connectedNodes() const { return m_connected.load(std::memory_order_relaxed); }
    /// Copies the recording at `path` on node `node`'s disk into `cacheDir` (same
    /// "YYYY-MM-DD/NAME.wav" below it) over the node's authenticated `/recordings` route, in
    /// 1 MiB Range requests; a copy fetched before is reused. `done(localPath,
    /// error)` runs on this thread; the error names the node and the fix.
    void fetchRecording(const QString &node, const QString &path, const QString &cacheDir,
                        std::function<void(const QString &local, const QString &error)> done);

signals:
    void updates(const QList<patchline::bridge::CallUpdate> &batch);
    void log(const QString &line);
    void listenInChanged(quint64 id, const QString &error);

private:
    struct Link
    {
        int index = 0; ///< the node's number in console ids
        QString name;
        QUrl url;  ///< ws(s)://…/monitor
        QUrl base; ///< the node's public URL (http/https)
        QPointer<server::MessageSocket> socket;
        bool open = false;
        bool refused = false;   ///< said once
        bool confirmed = false; ///< its hello named the node we expected
        QSet<quint64> live;     ///< the node's ids of its live calls
        QTimer *retry = nullptr;
    };
    void connectLink(Link &link);
    void countConnected();
    void onMessage(Link &link, const QByteArray &utf8);
    void onClosed(Link &link, int code, const QString &reason);
    void endAll(Link &link, const QString &why);
    void queue(bridge::CallUpdate u);
    void flush();
    Link *linkOf(quint64 id, quint64 *remoteId);
    void sendWatch(Link &link);

    QByteArray m_token;
    QString m_self;
    QByteArray m_outputDevice;
    QHash<QString, std::shared_ptr<Link>> m_links; ///< by node name
    QHash<QString, int> m_indexes;                 ///< node name → number (stable)
    QSet<quint64> m_watched;                       ///< console ids
    QHash<quint64, bridge::CallUpdate> m_pending;  ///< by console id, flushed at ≤ 30 Hz
    QHash<quint64, bridge::CallSnapshot> m_known;  ///< newest snapshot of each live remote call
    QList<quint64> m_order;                        ///< m_pending's ids in arrival order
    QTimer *m_flush;                               ///< child
    std::atomic<int> m_connected{0};
    std::unique_ptr<bridge::ListenIn> m_listen;
    QNetworkAccessManager *m_nam = nullptr; ///< child, made on first fetch
    /// Downloads under way, by local path: who waits for each.
    QHash<QString, QList<std::function<void(const QString &, const QString &)>>> m_fetching;
    quint64 m_listening = 0; ///< console id
    int m_mix = 0;
    double m_volume = 0.8;
};

} // namespace patchline::cluster
