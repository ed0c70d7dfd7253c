#include "TestUtil.h"
#include "server/HttpServer.h"
#include "server/MessageSocket.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

using namespace patchline;
using namespace patchline::server;

class TestHttpServer : public QObject
{
    Q_OBJECT

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };

    Reply request(const QByteArray &method, const QString &url, const QByteArray &body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req{QUrl(url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        QNetworkReply *r = method == "POST" ? nam.post(req, body) : nam.get(req);
        test::waitFor([r] { return r->isFinished(); }, 5000);
        Reply out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll(),
                  r->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
        delete r;
        return out;
    }

private slots:
    void routesAndMethods()
    {
        HttpServer s;
        HttpRequest seen;
        s.route("POST", QStringLiteral("/hook"), [&seen](const HttpRequest &r) {
            seen = r;
            return HttpResponse::xml(QStringLiteral("<Response/>"));
        });
        s.route("GET", QStringLiteral("/health"),
                [](const HttpRequest &) { return HttpResponse::json(R"J({"ok":true})J"); });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port > 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

        const Reply hook = request("POST", base + QStringLiteral("/hook?x=1"), "A=1&B=%2B2");
        QCOMPARE(hook.status, 200);
        QCOMPARE(hook.contentType, QByteArray("text/xml")); // explicit, never sniffed
        QCOMPARE(hook.body, QByteArray("<Response/>"));
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.path, QStringLiteral("/hook"));
        QCOMPARE(seen.query, QByteArray("x=1"));
        QCOMPARE(seen.body, QByteArray("A=1&B=%2B2"));
        QCOMPARE(seen.header("content-type"), QByteArray("application/x-www-form-urlencoded"));

        QCOMPARE(request("GET", base + QStringLiteral("/health")).status, 200);
        QCOMPARE(request("GET", base + QStringLiteral("/nope")).status, 404);
        QCOMPARE(request("GET", base + QStringLiteral("/hook")).status, 404); // wrong method
    }

    void webSocketAcceptedAndRefused()
    {
        HttpServer s;
        QString lastRefusal;
        s.webSocketRoute(QStringLiteral("/ws"), [](const HttpRequest &r) {
            return r.header("x-token") == "good" ? QString() : QStringLiteral("bad token");
        });
        QList<QPointer<MessageSocket>> accepted;
        connect(&s, &HttpServer::webSocketConnected, this,
                [&accepted](MessageSocket *m, const QString &path) {
                    QCOMPARE(path, QStringLiteral("/ws"));
                    accepted << m;
                    connect(m, &MessageSocket::textReceived, m,
                            [m](const QString &t) { m->sendText(QStringLiteral("echo:") + t); });
                });
        connect(&s, &HttpServer::refused, this,
                [&lastRefusal](const QString &, int status, const QString &why) {
                    lastRefusal = QString::number(status) + u' ' + why;
                });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port));

        QtWebSocketLink good;
        QString echoed;
        connect(&good, &MessageSocket::textReceived, this,
                [&echoed](const QString &t) { echoed = t; });
        good.open(url, {{"X-Token", "good"}});
        QVERIFY(test::waitFor([&] { return good.isOpen(); }, 5000));
        good.sendText(QStringLiteral("hi"));
        QVERIFY(test::waitFor([&] { return !echoed.isEmpty(); }, 5000));
        QCOMPARE(echoed, QStringLiteral("echo:hi"));
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first()->handshakeHeader("x-token"), QByteArray("good"));

        // Refused before any 101: the client never opens, the server says why.
        QtWebSocketLink bad;
        int closeCode = 0;
        connect(&bad, &MessageSocket::closed, this,
                [&closeCode](int c, const QString &) { closeCode = c; });
        bad.open(url, {{"X-Token", "bad"}});
        QVERIFY(test::waitFor([&] { return closeCode != 0; }, 5000));
        QVERIFY(!bad.isOpen());
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(lastRefusal, QStringLiteral("403 bad token"));

        // A plain GET on the WebSocket path is told to upgrade.
        QNetworkAccessManager nam;
        QNetworkReply *r =
            nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/ws").arg(port))));
        QVERIFY(test::waitFor([r] { return r->isFinished(); }, 5000));
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 426);
        delete r;

        // Close from the client reaches the server side with the code.
        int serverClose = 0;
        connect(accepted.first(), &MessageSocket::closed, this,
                [&serverClose](int c, const QString &) { serverClose = c; });
        good.close(1000, QStringLiteral("bye"));
        QVERIFY(test::waitFor([&] { return serverClose != 0; }, 5000));
        QCOMPARE(serverClose, 1000);
    }

    void listenFailureReturnsZero()
    {
        HttpServer a;
        const quint16 port = a.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        HttpServer b;
        QCOMPARE(b.listen(QHostAddress::LocalHost, port), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
