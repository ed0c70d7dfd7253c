#include "server/HttpServer.h"

#include "server/MessageSocket.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QHttpServerRouterRule>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QWebSocket>

namespace patchline::server {
namespace {

HttpRequest toRequest(const QHttpServerRequest &r)
{
    HttpRequest out;
    switch (r.method()) {
    case QHttpServerRequest::Method::Get:
        out.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        out.method = "POST";
        break;
    case QHttpServerRequest::Method::Head:
        out.method = "HEAD";
        break;
    default:
        out.method = "OTHER";
        break;
    }
    out.path = r.url().path();
    out.query = r.url().query(QUrl::FullyEncoded).toUtf8();
    out.body = r.body();
    for (const auto &[k, v] : r.headers())
        out.headers.insert(k.toLower(), v);
    out.remote = r.remoteAddress().toString();
    return out;
}

bool isUpgrade(const QHttpServerRequest &r)
{
    return r.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

void writeResponse(const HttpResponse &r, QHttpServerResponder &&responder)
{
    QHttpServerResponse out(r.contentType, r.body,
                            static_cast<QHttpServerResponse::StatusCode>(r.status));
    for (const auto &[k, v] : r.headers)
        out.addHeader(k, v);
    out.write(std::move(responder));
}

/// Route rule that refuses an upgrade before the 101 when the check fails
/// (reference/qt64.md §A1, "reject before the 101 with a proper 403, using a custom rule").
class UpgradeRule : public QHttpServerRouterRule
{
public:
    UpgradeRule(const QString &path, HttpServer::UpgradeCheck check, QString *lastRefusal,
                RouterHandler handler)
        : QHttpServerRouterRule(path, std::move(handler)), m_check(std::move(check)),
          m_lastRefusal(lastRefusal)
    {}

protected:
    bool matches(const QHttpServerRequest &request, QRegularExpressionMatch *match) const override
    {
        if (!QHttpServerRouterRule::matches(request, match))
            return false;
        if (!isUpgrade(request))
            return true; // answered 426 by the handler
        const QString why = m_check(toRequest(request));
        if (!why.isEmpty()) {
            *m_lastRefusal = why;
            return false;
        }
        return true;
    }

private:
    HttpServer::UpgradeCheck m_check;
    QString *m_lastRefusal;
};

} // namespace

HttpResponse HttpResponse::text(int status, const QString &text)
{
    return {status, "text/plain; charset=utf-8", text.toUtf8()};
}

HttpResponse HttpResponse::xml(const QString &xml)
{
    return {200, "text/xml", xml.toUtf8()};
}

HttpResponse HttpResponse::json(const QByteArray &json, int status)
{
    return {status, "application/json", json};
}

struct HttpServer::Impl
{
    QHttpServer server;
    QString lastRefusal;
};

HttpServer::HttpServer(QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
    // One warning per refused upgrade is expected; our own log names the reason.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver.warning=false"));
    d->server.setMissingHandler(
        [this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
            const QString path = req.url().path();
            if (isUpgrade(req) && !d->lastRefusal.isEmpty()) {
                const QString why = std::exchange(d->lastRefusal, QString());
                emit refused(path, 403, why);
                responder.write(why.toUtf8(), "text/plain; charset=utf-8",
                                QHttpServerResponder::StatusCode::Forbidden);
                return;
            }
            emit refused(path, 404, QStringLiteral("no route"));
            responder.write(QByteArray("not found\n"), "text/plain; charset=utf-8",
                            QHttpServerResponder::StatusCode::NotFound);
        });
    connect(&d->server, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (d->server.hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> ws = d->server.nextPendingWebSocketConnection();
            if (!ws)
                continue;
            const QString path = ws->requestUrl().path();
            auto *link = new QtWebSocketLink(std::move(ws), this);
            emit webSocketConnected(link, path);
        }
    });
}

HttpServer::~HttpServer() = default;

void HttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    const auto m =
        method == "POST" ? QHttpServerRequest::Method::Post : QHttpServerRequest::Method::Get;
    d->server.route(path, m,
                    [handler = std::move(handler)](const QHttpServerRequest &req,
                                                   QHttpServerResponder &&responder) {
                        const HttpResponse r = handler(toRequest(req));
                        writeResponse(r, std::move(responder));
                    });
}

void HttpServer::routeWithId(
    const QByteArray &method, const QString &prefix,
    std::function<HttpResponse(const QString &id, const HttpRequest &)> handler,
    const QString &suffix)
{
    const auto m =
        method == "POST" ? QHttpServerRequest::Method::Post : QHttpServerRequest::Method::Get;
    d->server.route(prefix + QStringLiteral("/<arg>") + suffix, m,
                    [handler = std::move(handler)](const QString &id, const QHttpServerRequest &req,
                                                   QHttpServerResponder &&responder) {
                        const HttpResponse r = handler(id, toRequest(req));
                        writeResponse(r, std::move(responder));
                    });
}

void HttpServer::webSocketRoute(const QString &path, UpgradeCheck check)
{
    d->server.route<UpgradeRule>(
        path, std::move(check), &d->lastRefusal,
        [](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
            // An accepted upgrade must write nothing here: the 101 comes from Qt's internal
            // QWebSocketServer (reference/qt64.md §A1).
            if (!isUpgrade(req))
                responder.write(QByteArray("WebSocket endpoint: upgrade required\n"),
                                "text/plain; charset=utf-8",
                                QHttpServerResponder::StatusCode::UpgradeRequired);
        });
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_port = d->server.listen(address, port);
    return m_port;
}

} // namespace patchline::server
