#include "TestUtil.h"
#include "server/HttpServer.h"
#include "server/MessageSocket.h"
#include "server/TcpWebSocket.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <optional>
#include <vector>

using namespace patchline;
using namespace patchline::server;

namespace {

/// A raw HTTP/1.1 client on loopback: writes exactly the bytes given, reads responses.
class RawClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray head;
        QByteArray body;
        QByteArray header(const QByteArray &name) const
        {
            for (const QByteArray &line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    return line.mid(colon + 1).trimmed();
            }
            return {};
        }
    };

    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_sock, &QTcpSocket::readyRead, &m_sock,
                         [this] { m_buf += m_sock.readAll(); });
        m_sock.connectToHost(QHostAddress::LocalHost, port);
    }
    bool waitConnected()
    {
        return test::waitFor([this] { return connected(); }, 5000);
    }
    bool connected() const { return m_sock.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes) { m_sock.write(bytes); }
    /// Waits for one complete response (status line, headers, Content-Length body).
    std::optional<Response> next(int timeoutMs = 5000)
    {
        std::optional<Response> r;
        test::waitFor(
            [&] {
                if (!r)
                    r = take();
                return r.has_value();
            },
            timeoutMs);
        return r;
    }
    /// Waits until the server closed the connection.
    bool waitClosed(int timeoutMs = 5000)
    {
        return test::waitFor([this] { return m_sock.state() == QAbstractSocket::UnconnectedState; },
                             timeoutMs);
    }
    QByteArray &buffer() { return m_buf; }
    QTcpSocket &socket() { return m_sock; }

private:
    std::optional<Response> take()
    {
        const qsizetype end = m_buf.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        Response r;
        r.head = m_buf.left(end);
        r.status = r.head.split(' ').value(1).toInt();
        const qsizetype length = r.status == 101 ? 0 : r.header("content-length").toLongLong();
        if (m_buf.size() < end + 4 + length)
            return std::nullopt;
        r.body = m_buf.mid(end + 4, length);
        m_buf.remove(0, end + 4 + length);
        return r;
    }

    QTcpSocket m_sock;
    QByteArray m_buf;
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body)
{
    return "POST " + path +
           " HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

QByteArray upgrade(const QByteArray &path, const QByteArray &extra = {})
{
    return get(path,
               "Upgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
                   extra);
}

/// Limits with short timeouts and a fast sweep, for the timing cases.
HttpLimits quick()
{
    HttpLimits l;
    l.headerTimeoutMs = 300;
    l.bodyStallTimeoutMs = 300;
    l.idleTimeoutMs = 300;
    l.sweepIntervalMs = 50;
    return l;
}

} // namespace

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

    void cleanup()
    {
        for (auto &t : m_threads)
            t->wait();
        m_threads.clear();
    }

    // --- limits ------------------------------------------------------------------------------

    void headersAbove16KiBGet431()
    {
        HttpServer s;
        s.route("GET", QStringLiteral("/x"),
                [](const HttpRequest &) { return HttpResponse::text(200, QStringLiteral("x")); });
        QList<int> refusals;
        connect(&s, &HttpServer::refused, this,
                [&refusals](const QString &, int status, const QString &) { refusals << status; });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        RawClient c(port);
        c.send(get("/x", "X-Big: " + QByteArray(20 * 1024, 'a') + "\r\n"));
        const auto r = c.next();
        QVERIFY(r);
        QCOMPARE(r->status, 431);
        QCOMPARE(r->header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        QCOMPARE(s.counters().refused431, quint64(1));
        QCOMPARE(refusals, QList<int>{431});

        // Just under the limit is fine.
        RawClient ok(port);
        ok.send(get("/x", "X-Big: " + QByteArray(15 * 1024, 'a') + "\r\n"));
        const auto r2 = ok.next();
        QVERIFY(r2);
        QCOMPARE(r2->status, 200);
    }

    void contentLengthAboveLimitGets413BeforeTheBody()
    {
        HttpServer s;
        int calls = 0;
        s.route("POST", QStringLiteral("/twilio/voice"), [&calls](const HttpRequest &) {
            ++calls;
            return HttpResponse::text(200, QString());
        });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        RawClient c(port);
        // Headers only: the answer must come without a single body byte sent.
        c.send("POST /twilio/voice HTTP/1.1\r\nHost: test\r\nContent-Length: 10485760\r\n"
               "Content-Type: application/x-www-form-urlencoded\r\n\r\n");
        const auto r = c.next();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY(c.waitClosed());
        QCOMPARE(calls, 0);
        QCOMPARE(s.counters().refused413, quint64(1));
    }

    void chunkedBodyAboveLimitGets413()
    {
        HttpServer s;
        int calls = 0;
        s.route("POST", QStringLiteral("/hook"), [&calls](const HttpRequest &) {
            ++calls;
            return HttpResponse::text(200, QString());
        });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);

        // Within the limit, chunked works and arrives de-chunked.
        {
            RawClient c(port);
            c.send("POST /hook HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                   "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
            const auto r = c.next();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QCOMPARE(calls, 1);
        }
        // 8 × 16 KiB chunks against the 64 KiB default: refused as they arrive.
        RawClient c(port);
        c.send("POST /hook HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 8; ++i)
            c.send("4000\r\n" + QByteArray(0x4000, 'b') + "\r\n");
        const auto r = c.next();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QVERIFY(c.waitClosed());
        QCOMPARE(calls, 1);
        QCOMPARE(s.counters().refused413, quint64(1));
    }

    void perPathBodyLimit()
    {
        HttpServer s;
        HttpLimits l;
        l.bodyLimitByPath.insert(QStringLiteral("/big"), 1 << 20);
        s.setLimits(l);
        qsizetype seen = -1;
        const auto handler = [&seen](const HttpRequest &r) {
            seen = r.body.size();
            return HttpResponse::text(200, QStringLiteral("ok"));
        };
        s.route("POST", QStringLiteral("/big"), handler);
        s.route("POST", QStringLiteral("/small"), handler);
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        const QByteArray body(200 * 1024, 'z');

        RawClient big(port);
        big.send(post("/big", body));
        auto r = big.next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(seen, body.size());

        // Expect: 100-continue (RFC 7231 §5.1.1) is answered before the body is sent.
        big.send(
            "POST /big HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        r = big.next();
        QVERIFY(r);
        QCOMPARE(r->status, 100);
        big.send("abc");
        r = big.next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(seen, 3);

        RawClient small(port);
        small.send(post("/small", body));
        r = small.next();
        QVERIFY(r);
        QCOMPARE(r->status, 413);
        QCOMPARE(seen, 3);
    }

    void slowClientsGet408()
    {
        HttpServer s;
        s.setLimits(quick());
        s.route("POST", QStringLiteral("/x"),
                [](const HttpRequest &) { return HttpResponse::text(200, QString()); });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);

        // Slowloris: a header line every 100 ms, headers never complete.
        RawClient loris(port);
        QVERIFY(loris.waitConnected());
        QElapsedTimer clock;
        clock.start();
        loris.send("POST /x HTTP/1.1\r\n");
        QTimer drip;
        connect(&drip, &QTimer::timeout, this, [&loris] {
            if (loris.connected())
                loris.send("X-Drip: 1\r\n");
        });
        drip.start(100);
        auto r = loris.next();
        drip.stop();
        QVERIFY(r);
        QCOMPARE(r->status, 408);
        QVERIFY(clock.elapsed() >= 300);
        QVERIFY(loris.waitClosed());

        // A body that stalls mid-way.
        RawClient stall(port);
        stall.send("POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n0123456789");
        r = stall.next();
        QVERIFY(r);
        QCOMPARE(r->status, 408);

        // A connection that never sends anything is closed without a 408: its client may be
        // writing a request at that moment and would take the 408 for its answer.
        RawClient mute(port);
        QVERIFY(mute.waitConnected());
        QVERIFY(mute.waitClosed());
        QVERIFY(mute.buffer().isEmpty());
        QCOMPARE(s.counters().timedOut408, quint64(2));
        QCOMPARE(s.counters().droppedIdle, quint64(1));
    }

    void idleKeepAliveClosedSilently()
    {
        HttpServer s;
        s.setLimits(quick());
        s.route("GET", QStringLiteral("/x"),
                [](const HttpRequest &) { return HttpResponse::text(200, QStringLiteral("x")); });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        RawClient c(port);
        c.send(get("/x"));
        const auto r = c.next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->header("connection"), QByteArray("keep-alive"));
        QVERIFY(c.waitClosed());
        QVERIFY(c.buffer().isEmpty()); // no 408 for an idle connection
        QCOMPARE(s.counters().droppedIdle, quint64(1));
        QCOMPARE(s.counters().timedOut408, quint64(0));
        QVERIFY(test::waitFor([&s] { return s.counters().open == 0; }, 5000));
    }

    void capDropsOldestIncompleteConnection()
    {
        HttpServer s;
        HttpLimits l;
        l.maxIncompleteConnections = 4;
        s.setLimits(l);
        s.route("GET", QStringLiteral("/x"),
                [](const HttpRequest &) { return HttpResponse::text(200, QStringLiteral("x")); });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 4; ++i) {
            clients.push_back(std::make_unique<RawClient>(port));
            QVERIFY(test::waitFor([&s, i] { return s.counters().open == i + 1; }, 5000));
        }
        clients.push_back(std::make_unique<RawClient>(port));
        QVERIFY(clients[0]->waitClosed());
        QCOMPARE(s.counters().droppedOverCap, quint64(1));
        QCOMPARE(s.counters().open, 4);
        for (int i = 1; i < 5; ++i)
            QVERIFY(clients[i]->connected());
        clients[1]->send(get("/x"));
        const auto r = clients[1]->next();
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }

    void malformedRequestsGet400()
    {
        HttpServer s;
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        for (const QByteArray &bad :
             {QByteArray("GARBAGE\r\n\r\n"), QByteArray("BREW /pot HTTP/1.1\r\n\r\n"),
              QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")}) {
            RawClient c(port);
            c.send(bad);
            const auto r = c.next();
            QVERIFY(r);
            QCOMPARE(r->status, 400);
            QVERIFY(c.waitClosed());
        }
        QCOMPARE(s.counters().badRequests, quint64(3));
    }

    // --- keep-alive, pipelining, async ------------------------------------------------------

    void keepAliveAndPipelining()
    {
        HttpServer s;
        s.route("GET", QStringLiteral("/a"),
                [](const HttpRequest &) { return HttpResponse::text(200, QStringLiteral("a")); });
        s.route("GET", QStringLiteral("/b"),
                [](const HttpRequest &) { return HttpResponse::text(200, QStringLiteral("b")); });
        s.routeAsync("GET", QStringLiteral("/slow"),
                     [this](const HttpRequest &, HttpServer::Responder respond) {
                         answerLater(respond, HttpResponse::text(200, QStringLiteral("slow")), 50);
                     });
        s.routeWithId(
            "GET", QStringLiteral("/v1/items"),
            [](const QString &id, const HttpRequest &) { return HttpResponse::text(200, id); },
            QStringLiteral("/audio"));
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);

        RawClient c(port);
        c.send(get("/a"));
        auto r = c.next();
        QVERIFY(r);
        QCOMPARE(r->body, QByteArray("a"));
        c.send(get("/b"));
        r = c.next();
        QVERIFY(r);
        QCOMPARE(r->body, QByteArray("b"));
        QVERIFY(c.connected());
        QCOMPARE(s.counters().open, 1);

        // Pipelined in one write, the async one first: answered strictly in order.
        c.send(get("/slow") + get("/a") + get("/v1/items/it%2D7/audio") + get("/b"));
        for (const QByteArray expected : {"slow", "a", "it-7", "b"}) {
            r = c.next();
            QVERIFY(r);
            QCOMPARE(r->status, 200);
            QCOMPARE(r->body, expected);
        }
        QVERIFY(c.connected());
        c.send(get("/v1/items//audio") + get("/v1/items/a/b/audio") +
               get("/a", "Connection: close\r\n"));
        for (const int expected : {404, 404, 200}) {
            r = c.next();
            QVERIFY(r);
            QCOMPARE(r->status, expected);
        }
        QCOMPARE(r->header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());

        // HTTP/1.0 without keep-alive: answered, then closed.
        RawClient old(port);
        old.send("GET /a HTTP/1.0\r\n\r\n");
        r = old.next();
        QVERIFY(r);
        QCOMPARE(r->body, QByteArray("a"));
        QVERIFY(old.waitClosed());
    }

    void asyncAnswerFromAnotherThread()
    {
        HttpServer s;
        QThread *answeredOn = nullptr;
        std::vector<HttpServer::Responder> kept;
        s.routeAsync("POST", QStringLiteral("/async"),
                     [&](const HttpRequest &req, HttpServer::Responder respond) {
                         kept.push_back(respond);
                         QThread *t = QThread::create([respond, body = req.body, &answeredOn] {
                             QThread::msleep(50);
                             answeredOn = QThread::currentThread();
                             respond(HttpResponse::text(201, QString::fromUtf8("got " + body)));
                             respond(HttpResponse::text(500, QStringLiteral("twice"))); // ignored
                         });
                         m_threads.emplace_back(t);
                         t->start();
                     });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        RawClient c(port);
        c.send(post("/async", "hello"));
        auto r = c.next();
        QVERIFY(r);
        QCOMPARE(r->status, 201);
        QCOMPARE(r->body, QByteArray("got hello"));
        QVERIFY(answeredOn && answeredOn != QThread::currentThread());
        QTest::qWait(100);
        QVERIFY(c.buffer().isEmpty()); // the second call wrote nothing
        kept.front()(HttpResponse::text(500, QStringLiteral("late"))); // ignored as well
        QTest::qWait(50);
        QVERIFY(c.buffer().isEmpty());
    }

    void responderAfterClientLeftOrServerGone()
    {
        auto s = std::make_unique<HttpServer>();
        std::vector<HttpServer::Responder> pending;
        s->routeAsync("GET", QStringLiteral("/wait"),
                      [&pending](const HttpRequest &, HttpServer::Responder respond) {
                          pending.push_back(respond);
                      });
        const quint16 port = s->listen(QHostAddress::LocalHost, 0);
        {
            RawClient c(port);
            c.send(get("/wait"));
            QVERIFY(test::waitFor([&] { return pending.size() == 1; }, 5000));
            c.socket().abort();
        }
        QTest::qWait(50);
        answerLater(pending[0], HttpResponse::text(200, QStringLiteral("too late")), 20);
        QVERIFY(test::waitFor([&] { return s->counters().open == 0; }, 5000));

        // Another request pending when the server is destroyed: the responder is a no-op.
        RawClient c2(port);
        c2.send(get("/wait"));
        QVERIFY(test::waitFor([&] { return pending.size() == 2; }, 5000));
        s.reset();
        answerLater(pending[1], HttpResponse::text(200, QStringLiteral("gone")), 0);
        cleanup();
        QTest::qWait(50);
        QVERIFY(c2.buffer().isEmpty());
    }

    // --- WebSocket --------------------------------------------------------------------------

    void webSocketHandshakeRefusals()
    {
        HttpServer s;
        s.webSocketRoute(QStringLiteral("/ws"), [](const HttpRequest &r) {
            return r.header("x-token") == "good" ? QString() : QStringLiteral("bad token");
        });
        int connected = 0;
        connect(&s, &HttpServer::webSocketConnected, this,
                [&connected](MessageSocket *m) { ++connected, m->deleteLater(); });
        QStringList refusals;
        connect(&s, &HttpServer::refused, this,
                [&refusals](const QString &path, int status, const QString &why) {
                    refusals << QStringLiteral("%1 %2 %3").arg(path).arg(status).arg(why);
                });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);

        RawClient bad(port);
        bad.send(upgrade("/ws", "X-Token: nope\r\n"));
        auto r = bad.next();
        QVERIFY(r);
        QCOMPARE(r->status, 403);
        QCOMPARE(r->body, QByteArray("forbidden")); // the reason stays in the local log
        QVERIFY(bad.waitClosed());
        QVERIFY(!bad.buffer().contains("101"));

        for (const QByteArray &broken :
             {get("/ws",
                  "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                  "X-Token: good\r\n"),
              get("/ws", "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 8\r\n"
                         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-Token: good\r\n")}) {
            RawClient c(port);
            c.send(broken);
            r = c.next();
            QVERIFY(r);
            QCOMPARE(r->status, 400);
            QCOMPARE(r->header("sec-websocket-version"), QByteArray("13"));
        }

        RawClient good(port);
        good.send(upgrade("/ws", "X-Token: good\r\n"));
        r = good.next();
        QVERIFY(r);
        QCOMPARE(r->status, 101);
        // RFC 6455 §1.3's own example key and accept value.
        QCOMPARE(r->header("sec-websocket-accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        QVERIFY(test::waitFor([&] { return connected == 1; }, 5000));
        QCOMPARE(refusals.first(), QStringLiteral("/ws 403 bad token"));
        QCOMPARE(refusals.size(), 3);
    }

    void qtClientTalksThroughTcpWebSocket()
    {
        HttpServer s;
        s.webSocketRoute(QStringLiteral("/ws"), [](const HttpRequest &) { return QString(); });
        QPointer<TcpWebSocket> server;
        connect(&s, &HttpServer::webSocketConnected, this,
                [&server](MessageSocket *m, const QString &path) {
                    QCOMPARE(path, QStringLiteral("/ws"));
                    server = qobject_cast<TcpWebSocket *>(m);
                    QVERIFY(server);
                    connect(m, &MessageSocket::textReceived, m,
                            [m](const QString &t) { m->sendText(QStringLiteral("echo:") + t); });
                });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        QWebSocket client;
        QString echoed;
        connect(&client, &QWebSocket::textMessageReceived, this,
                [&echoed](const QString &t) { echoed = t; });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?call=CA1").arg(port)));
        QVERIFY(
            test::waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));
        client.sendTextMessage(QStringLiteral("hi"));
        QVERIFY(test::waitFor([&] { return !echoed.isEmpty(); }, 5000));
        QCOMPARE(echoed, QStringLiteral("echo:hi"));
        QVERIFY(server);
        QCOMPARE(server->requestUrl().query(), QStringLiteral("call=CA1"));
        QCOMPARE(s.counters().open, 0); // handed over: no longer an HTTP connection
        delete server.data();
    }

    void handoffTargetReceivesTheConnection()
    {
        HttpServer s;
        s.webSocketRoute(QStringLiteral("/media"), [](const HttpRequest &) { return QString(); });
        int emitted = 0;
        connect(&s, &HttpServer::webSocketConnected, this, [&emitted] { ++emitted; });
        std::vector<WebSocketHandoff> got;
        s.setWebSocketHandoff([&got](WebSocketHandoff &&h) { got.push_back(std::move(h)); });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);

        // A raw client that sends a (masked) frame right behind its request: the leftover.
        const QByteArray frame = QByteArray::fromHex("818200000000") + "hi";
        RawClient raw(port);
        raw.send(upgrade("/media?x=1", "X-Twilio-Signature: sig\r\n") + frame);
        QVERIFY(test::waitFor([&] { return got.size() == 1; }, 5000));
        const WebSocketHandoff &h = got.front();
        QVERIFY(h.fd >= 0);
        QCOMPARE(h.path, QStringLiteral("/media"));
        QCOMPARE(h.query, QByteArray("x=1"));
        QCOMPARE(h.headers.value("x-twilio-signature"), QByteArray("sig"));
        QCOMPARE(h.headers.value("sec-websocket-version"), QByteArray("13"));
        QVERIFY(h.peer.startsWith(QStringLiteral("127.0.0.1:")));
        QCOMPARE(h.leftover, frame);
        QCOMPARE(emitted, 0);
        const auto r = raw.next();
        QVERIFY(r);
        QCOMPARE(r->status, 101);

        // The handoff is a working connection once adopted (here on the same thread).
        QWebSocket client;
        QString echoed;
        connect(&client, &QWebSocket::textMessageReceived, this,
                [&echoed](const QString &t) { echoed = t; });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/media").arg(port)));
        QVERIFY(test::waitFor([&] { return got.size() == 2; }, 5000));
        std::unique_ptr<TcpWebSocket> adopted(TcpWebSocket::adopt(std::move(got.back())));
        QVERIFY(adopted);
        connect(adopted.get(), &MessageSocket::textReceived, adopted.get(),
                [ws = adopted.get()](const QString &t) { ws->sendText(t + u'!'); });
        QVERIFY(
            test::waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));
        client.sendTextMessage(QStringLiteral("yo"));
        QVERIFY(test::waitFor([&] { return !echoed.isEmpty(); }, 5000));
        QCOMPARE(echoed, QStringLiteral("yo!"));
        QCOMPARE(emitted, 0);
    }

    void liveUpgradeUnaffectedByAbusivePost()
    {
        HttpServer s;
        int posts = 0;
        s.route("POST", QStringLiteral("/twilio/voice"), [&posts](const HttpRequest &) {
            ++posts;
            return HttpResponse::text(200, QString());
        });
        s.webSocketRoute(QStringLiteral("/ws"), [](const HttpRequest &) { return QString(); });
        connect(&s, &HttpServer::webSocketConnected, this, [](MessageSocket *m) {
            connect(m, &MessageSocket::textReceived, m,
                    [m](const QString &t) { m->sendText(QStringLiteral("echo:") + t); });
        });
        const quint16 port = s.listen(QHostAddress::LocalHost, 0);
        QWebSocket client;
        QStringList echoes;
        connect(&client, &QWebSocket::textMessageReceived, this,
                [&echoes](const QString &t) { echoes << t; });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
        QVERIFY(
            test::waitFor([&] { return client.state() == QAbstractSocket::ConnectedState; }, 5000));

        constexpr qint64 kAbuse = 20 * 1024 * 1024;
        RawClient abuser(port);
        qint64 unsentAt413 = -1;
        connect(&abuser.socket(), &QTcpSocket::readyRead, this, [&] {
            if (unsentAt413 < 0 && abuser.buffer().startsWith("HTTP/1.1 413"))
                unsentAt413 = abuser.socket().bytesToWrite();
        });
        abuser.send("POST /twilio/voice HTTP/1.1\r\nHost: t\r\nContent-Length: " +
                    QByteArray::number(kAbuse) + "\r\n\r\n" + QByteArray(kAbuse, 'x'));
        for (int i = 0; i < 20; ++i) {
            client.sendTextMessage(QString::number(i));
            QVERIFY(test::waitFor([&] { return echoes.size() == i + 1; }, 5000));
            QCOMPARE(echoes.last(), QStringLiteral("echo:%1").arg(i));
        }
        QVERIFY(test::waitFor([&] { return unsentAt413 >= 0; }, 5000));
        // The server answered at the headers and did not take the body: most of it was
        // still in the client's own buffer (kernel socket buffers hold a few MiB at most).
        QVERIFY2(unsentAt413 > 5 * 1024 * 1024, QByteArray::number(unsentAt413));
        QVERIFY(abuser.waitClosed());
        QCOMPARE(posts, 0);
        QCOMPARE(s.counters().refused413, quint64(1));
        client.sendTextMessage(QStringLiteral("after"));
        QVERIFY(test::waitFor([&] { return echoes.size() == 21; }, 5000));
    }

private:
    /// Calls `respond` from a fresh QThread after `ms` milliseconds.
    void answerLater(const HttpServer::Responder &respond, const HttpResponse &r, int ms)
    {
        QThread *t = QThread::create([respond, r, ms] {
            QThread::msleep(ms);
            respond(r);
        });
        m_threads.emplace_back(t);
        t->start();
    }

    std::vector<std::unique_ptr<QThread>> m_threads;
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
