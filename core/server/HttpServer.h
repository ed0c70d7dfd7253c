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

/// An HTTP request as our routes see it (the Qt 6.4 QHttpServerRequest stays inside
/// HttpServer.cpp; reference/qt64.md §A1 explains why its url() is not used for signing).
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path;      ///< decoded path, e.g. "/twilio/voice"
    QByteArray query;  ///< raw query string without '?', as received
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
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

/// A small HTTP server with WebSocket upgrade routes on the same port. Implemented on
/// Qt 6.4.2's QHttpServer (a technical preview whose API changes in 6.8, hence this seam).
/// Handlers run on the thread that owns the server and must answer synchronously and fast.
/// Not thread-safe: create, use and destroy on one thread.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    /// Decides whether an upgrade may proceed; returns an empty string to accept, or the
    /// reason to refuse (answered with 403 before any 101).
    using UpgradeCheck = std::function<QString(const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    /// Adds a route for `method` ("GET"/"POST") on exact `path`.
    void route(const QByteArray &method, const QString &path, Handler handler);
    /// Adds a route with one parameter segment: `prefix` + "/<id>" + `suffix`, e.g.
    /// "/v1/convai/agents" answers "/v1/convai/agents/agent_123" with id "agent_123"; with
    /// suffix "/audio" it answers ".../<id>/audio".
    void routeWithId(const QByteArray &method, const QString &prefix,
                     std::function<HttpResponse(const QString &id, const HttpRequest &)> handler,
                     const QString &suffix = {});
    /// Adds a WebSocket route; accepted sockets arrive through webSocketConnected().
    void webSocketRoute(const QString &path, UpgradeCheck check);

    /// Listens on `address`:`port` (0 = any free port). Returns the port or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

signals:
    /// A WebSocket passed its UpgradeCheck and completed the handshake. The receiver takes
    /// ownership of `socket` (reparent or delete it).
    void webSocketConnected(patchline::server::MessageSocket *socket, const QString &path);
    /// A request or upgrade was refused; for the log and the console.
    void refused(const QString &path, int status, const QString &reason);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    quint16 m_port = 0;
};

} // namespace patchline::server
