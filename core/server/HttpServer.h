#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace patchline::server {

class MessageSocket;
struct WebSocketHandoff;
namespace http_detail {
class Connection;
}

/// An HTTP request as our routes see it.
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path;      ///< decoded path, e.g. "/twilio/voice"
    QByteArray query;  ///< raw query string without '?', as received
    QByteArray body;   ///< de-chunked body, at most the path's body limit (HttpLimits)
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased; repeats joined with ", "
    QString remote;                        ///< peer address

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra response headers

    static HttpResponse text(int status, const QString &text);
    static HttpResponse xml(const QString &xml);
    static HttpResponse json(const QByteArray &json, int status = 200);
};

/// What a remote peer may cost us. Times in milliseconds, sizes in bytes.
struct HttpLimits
{
    /// Request line + header fields of one request (RFC 7230 §3.2.5); above it: 431, close.
    qint64 maxHeaderBytes = 16 * 1024;
    /// Body of one request after de-chunking; above it: 413, close (RFC 7231 §6.5.11).
    qint64 maxBodyBytes = 64 * 1024;
    /// Per exact decoded path, replaces maxBodyBytes (e.g. "/elevenlabs/post-call" → 1 MiB).
    QHash<QString, qint64> bodyLimitByPath;
    /// From the first byte of a request (or from connecting, if nothing comes) until its
    /// headers are complete; then 408 and close.
    int headerTimeoutMs = 10000;
    /// A body that makes no progress this long: 408 and close.
    int bodyStallTimeoutMs = 10000;
    /// A kept-alive connection with no new request this long is closed silently.
    int idleTimeoutMs = 60000;
    /// An async route (routeAsync) that has not answered this long: 503 and close.
    int responseTimeoutMs = 30000;
    /// After an error answer the server half-closes and discards input this long at most
    /// (so the client can read the answer before the reset, RFC 7230 §6.6).
    int lingerMs = 2000;
    /// Connections that have not completed a request yet; the oldest is dropped beyond it.
    int maxIncompleteConnections = 256;
    /// Period of the single sweep timer that enforces the timeouts above.
    int sweepIntervalMs = 500;
};

/// Totals since the server was created (open: connections now), for tests and benchmarks.
struct HttpCounters
{
    quint64 refused431 = 0;
    quint64 refused413 = 0;
    quint64 timedOut408 = 0;
    quint64 droppedIdle = 0;    ///< idle keep-alive (and stalled-writer) connections closed
    quint64 droppedOverCap = 0; ///< oldest incomplete connections dropped at the cap
    quint64 badRequests = 0;    ///< 400: malformed HTTP, unknown method, bad upgrade
    int open = 0;
};

/// A small HTTP/1.1 server (RFC 7230) with WebSocket upgrade routes (RFC 6455 §4.2) on the
/// same port, made for a port that faces the internet: every request is bounded in size and
/// time (HttpLimits), remote bytes are never logged. Connections are raw non-blocking fds on
/// the thread's Reactor, parsed by http_parser 2.9; keep-alive and pipelining are supported,
/// requests on one connection are answered strictly in order.
///
/// Thread affinity: configure, use and destroy on one thread (the reactor's; it may be moved
/// there before listen()); route handlers run on it. Only a Responder (routeAsync) may be
/// called from any thread.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /// Answers an async request. Copyable, callable from any thread; only the first call
    /// counts. The answer is written on the server's thread if the connection still waits
    /// for exactly that request, and dropped otherwise (client gone, timed out, server gone).
    using Responder = std::function<void(HttpResponse)>;
    using AsyncHandler = std::function<void(const HttpRequest &, Responder)>;
    /// Decides whether an upgrade may proceed; returns an empty string to accept, or the
    /// reason to refuse (answered with 403 before any 101).
    using UpgradeCheck = std::function<QString(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    /// Adds a route for `method` ("GET"/"POST") on exact `path`. Another method on a routed
    /// path is answered 404, as an unknown path.
    void route(const QByteArray &method, const QString &path, Handler handler);
    /// Like route(), but the handler answers later through the Responder, from any thread.
    /// Later requests on the same connection wait for it (at most responseTimeoutMs → 503).
    void routeAsync(const QByteArray &method, const QString &path, AsyncHandler handler);
    /// Adds a route with one parameter segment: `prefix` + "/<id>" + `suffix`, e.g.
    /// "/v1/convai/agents" answers "/v1/convai/agents/agent_123" with id "agent_123"; with
    /// suffix "/audio" it answers ".../<id>/audio". Exact routes are tried first.
    void routeWithId(const QByteArray &method, const QString &prefix,
                     std::function<HttpResponse(const QString &id, const HttpRequest &)> handler,
                     const QString &suffix = {});
    /// Adds a WebSocket route: an upgrade passing `check` is answered 101 and handed over
    /// (webSocketConnected(), or the setWebSocketHandoff() target); a plain request gets 426.
    void webSocketRoute(const QString &path, UpgradeCheck check);
    /// Sends accepted upgrades to `target` (which may move them to another thread) instead
    /// of adopting them here; webSocketConnected() is then not emitted. Empty: the default.
    void setWebSocketHandoff(std::function<void(WebSocketHandoff &&)> target);

    /// Replaces the limits; applies to the checks from now on (the sweep period at once).
    void setLimits(const HttpLimits &limits);
    const HttpLimits &limits() const;
    HttpCounters counters() const;

    /// Listens on `address`:`port` (0 = any free port). Returns the port or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

signals:
    /// A WebSocket passed its UpgradeCheck and completed the handshake. The receiver takes
    /// ownership of `socket` (a TcpWebSocket, child of the server until reparented).
    void webSocketConnected(patchline::server::MessageSocket *socket, const QString &path);
    /// A request or upgrade was refused (4xx/5xx from the server itself); for the log and the
    /// console. `path` is empty when the request line was not complete.
    void refused(const QString &path, int status, const QString &reason);

private:
    struct Impl;
    friend class http_detail::Connection;
    std::unique_ptr<Impl> d;
    quint16 m_port = 0;
};

} // namespace patchline::server
