// RFC 6455 framing (server/WebSocketFrames) and our TcpWebSocket over real loopback sockets,
// against Qt's QWebSocketServer/QWebSocket as the independent peer.
#include "server/TcpWebSocket.h"
#include "server/WebSocketFrames.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/socket.h>

using namespace patchline::server;

namespace {

struct Collect : WsFrameParser::Sink
{
    QList<QByteArray> texts, binaries, pings, pongs;
    int closeCode = 0;
    QByteArray closeReason;
    int error = 0;
    QByteArray order; ///< one letter per event: T B i o c e
    void onWsMessage(bool text, QByteArrayView p) override
    {
        (text ? texts : binaries).append(p.toByteArray());
        order += text ? 'T' : 'B';
    }
    void onWsPing(QByteArrayView p) override
    {
        pings.append(p.toByteArray());
        order += 'i';
    }
    void onWsPong(QByteArrayView p) override
    {
        pongs.append(p.toByteArray());
        order += 'o';
    }
    void onWsClose(int code, QByteArrayView r) override
    {
        closeCode = code;
        closeReason = r.toByteArray();
        order += 'c';
    }
    void onWsError(int code, const char *) override
    {
        error = code;
        order += 'e';
    }
};

/// A raw frame with any header bits, for the violations appendWsFrame would never build.
QByteArray rawFrame(quint8 b0, QByteArray payload, bool mask, quint32 key = 0x12345678)
{
    QByteArray out;
    out += char(b0);
    const quint8 m = mask ? 0x80 : 0;
    if (payload.size() < 126) {
        out += char(m | payload.size());
    } else {
        out += char(m | 126);
        out += char(payload.size() >> 8);
        out += char(payload.size() & 0xFF);
    }
    if (mask) {
        const char k[4] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
        out.append(k, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload[i] ^ k[i % 4]);
    }
    return out + payload;
}

QByteArray frame(WsOpcode op, QByteArrayView payload, bool mask)
{
    QByteArray out;
    appendWsFrame(out, op, payload, mask, 0xA1B2C3D4);
    return out;
}

} // namespace

class TestWebSocket : public QObject
{
    Q_OBJECT
private slots:
    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("{\"event\":\"media\"}") << true;
        QTest::newRow("umlaut") << QByteArray("Gr\xc3\xbc\xc3\x9f"
                                              "e")
                                << true;
        QTest::newRow("euro") << QByteArray("\xe2\x82\xac") << true;
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x93\x9e") << true;
        QTest::newRow("max") << QByteArray("\xf4\x8f\xbf\xbf") << true;
        QTest::newRow("overlong-2") << QByteArray("\xc0\xaf") << false;
        QTest::newRow("overlong-3") << QByteArray("\xe0\x80\xaf") << false;
        QTest::newRow("overlong-4") << QByteArray("\xf0\x80\x80\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
        QTest::newRow("above-10ffff") << QByteArray("\xf4\x90\x80\x80") << false;
        QTest::newRow("f5") << QByteArray("\xf5\x80\x80\x80") << false;
        QTest::newRow("lone-continuation") << QByteArray("abc\x80") << false;
        QTest::newRow("truncated") << QByteArray("abcdefgh\xe2\x82") << false;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(bytes), valid);
    }

    void roundTripSizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("masked");
        for (int size : {0, 1, 125, 126, 300, 65535, 65536, 200000})
            for (bool masked : {false, true})
                QTest::addRow("%d%s", size, masked ? "-masked" : "") << size << masked;
    }
    void roundTripSizes()
    {
        QFETCH(int, size);
        QFETCH(bool, masked);
        QByteArray payload(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            payload[i] = char('a' + i % 26);
        const QByteArray wire = frame(WsOpcode::Text, payload, masked);
        if (masked && size > 8)
            QVERIFY(!wire.contains(payload.left(8))); // the payload really is masked
        WsFrameParser p(masked, 1 << 20);
        Collect c;
        QVERIFY(p.parse(wire, c));
        QCOMPARE(c.texts.size(), 1);
        QCOMPARE(c.texts[0], payload);
        // Byte by byte: the same message, once.
        WsFrameParser q(masked, 1 << 20);
        Collect d;
        for (char b : wire)
            QVERIFY(q.parse(QByteArrayView(&b, 1), d));
        QCOMPARE(d.texts, c.texts);
    }

    void fragmentsWithInterleavedPing()
    {
        // "héllo" split inside the two-byte é: each fragment alone is invalid UTF-8, the
        // message is valid (RFC 6455 §5.4, §8.1).
        const QByteArray text("h\xc3\xa9llo");
        QByteArray wire = rawFrame(0x01, text.left(2), true);    // text, not FIN
        wire += rawFrame(0x89, "p1", true);                      // ping between fragments
        wire += rawFrame(0x80, text.mid(2), true);               // continuation, FIN
        wire += rawFrame(0x82, QByteArray("\x00\x01", 2), true); // binary
        WsFrameParser p(true, 1 << 20);
        Collect c;
        QVERIFY(p.parse(wire, c));
        QCOMPARE(c.order, QByteArray("iTB"));
        QCOMPARE(c.texts.value(0), text);
        QCOMPARE(c.pings.value(0), QByteArray("p1"));
    }

    void violations_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("server"); // parser expects masked frames
        QTest::addColumn<int>("code");
        QTest::newRow("unmasked-from-client") << rawFrame(0x81, "x", false) << true << 1002;
        QTest::newRow("masked-from-server") << rawFrame(0x81, "x", true) << false << 1002;
        QTest::newRow("rsv1") << rawFrame(0xC1, "x", true) << true << 1002;
        QTest::newRow("opcode-3") << rawFrame(0x83, "x", true) << true << 1002;
        QTest::newRow("opcode-b") << rawFrame(0x8B, "x", true) << true << 1002;
        QTest::newRow("ping-126") << rawFrame(0x89, QByteArray(126, 'p'), true) << true << 1002;
        QTest::newRow("ping-not-fin") << rawFrame(0x09, "p", true) << true << 1002;
        QTest::newRow("continuation-first") << rawFrame(0x80, "x", true) << true << 1002;
        QTest::newRow("text-inside-fragmented")
            << rawFrame(0x01, "a", true) + rawFrame(0x81, "b", true) << true << 1002;
        QTest::newRow("invalid-utf8") << rawFrame(0x81, "\xc0\xaf", true) << true << 1007;
        QTest::newRow("close-1-byte") << rawFrame(0x88, "\x03", true) << true << 1002;
        QTest::newRow("close-1005") << rawFrame(0x88, "\x03\xed", true) << true << 1002;
        QTest::newRow("close-999") << rawFrame(0x88, "\x03\xe7", true) << true << 1002;
        QTest::newRow("close-bad-reason")
            << rawFrame(0x88, QByteArray("\x03\xe8\xc0\xaf", 4), true) << true << 1007;
    }
    void violations()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, server);
        QFETCH(int, code);
        WsFrameParser p(server, 1 << 20);
        Collect c;
        QVERIFY(!p.parse(wire, c));
        QCOMPARE(c.error, code);
        QVERIFY(c.texts.isEmpty());
        // Nothing after the failure is reported.
        QVERIFY(!p.parse(rawFrame(0x81, "after", server), c));
        QVERIFY(c.texts.isEmpty());
    }

    void oversizedFrameRefusedAtItsHeader()
    {
        // A 100 MB frame is refused from its first 10 bytes, without waiting for (or
        // buffering) the payload.
        QByteArray head("\x81\xff", 2);
        const quint64 len = 100'000'000;
        for (int s = 56; s >= 0; s -= 8)
            head += char((len >> s) & 0xFF);
        head += QByteArray("\x01\x02\x03\x04", 4);
        WsFrameParser p(true, 16 * 1024);
        Collect c;
        QVERIFY(!p.parse(head, c));
        QCOMPARE(c.error, 1009);
        // Fragments add up: 3 × 8 KiB against a 16 KiB limit.
        WsFrameParser q(true, 16 * 1024);
        Collect d;
        const QByteArray part(8 * 1024, 'a');
        QVERIFY(q.parse(rawFrame(0x01, part, true) + rawFrame(0x00, part, true), d));
        QVERIFY(!q.parse(rawFrame(0x80, part, true), d));
        QCOMPARE(d.error, 1009);
    }

    void closeFrame()
    {
        QByteArray wire;
        appendWsClose(wire, 1008, QByteArray(200, 'r'), true, 7);
        WsFrameParser p(true, 1 << 20);
        Collect c;
        QVERIFY(p.parse(wire, c));
        QCOMPARE(c.closeCode, 1008);
        QCOMPARE(c.closeReason.size(), 123); // cut to the 125-byte control frame limit
        // A reason cut inside a multi-byte character stays valid UTF-8.
        QByteArray euros;
        for (int i = 0; i < 60; ++i)
            euros += "\xe2\x82\xac";
        QByteArray w2;
        appendWsClose(w2, 1000, euros);
        WsFrameParser q(false, 1 << 20);
        Collect d;
        QVERIFY(q.parse(w2, d));
        QVERIFY(isValidUtf8(d.closeReason));
        QCOMPARE(d.closeReason.size() % 3, 0);
    }

    // --- TcpWebSocket on real sockets -----------------------------------------------------

    void clientAgainstQtServer()
    {
        QWebSocketServer server(QStringLiteral("peer"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QWebSocket *peer = nullptr;
        QByteArray seenHeader;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            peer->setParent(&server); // not owned by the server otherwise
            seenHeader = peer->request().rawHeader("X-Test");
            connect(peer, &QWebSocket::textMessageReceived, peer,
                    [peer](const QString &t) { peer->sendTextMessage(t + QStringLiteral("!")); });
        });
        TcpWebSocket client;
        QSignalSpy opened(&client, &MessageSocket::opened);
        QSignalSpy texts(&client, &MessageSocket::textReceived);
        QSignalSpy pongs(&client, &MessageSocket::pong);
        QSignalSpy closed(&client, &MessageSocket::closed);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/path?a=b").arg(server.serverPort())),
                    {{"X-Test", "yes"}});
        QVERIFY(opened.wait(5000));
        QVERIFY(client.isOpen());
        QCOMPARE(seenHeader, QByteArray("yes"));
        QCOMPARE(peer->requestUrl().path(), QStringLiteral("/path"));

        // Many messages queued in one turn go out coalesced and arrive in order, whole.
        const QString big(70000, u'x');
        client.sendText(QStringLiteral("héllo"));
        client.sendText(big);
        for (int i = 0; i < 50; ++i)
            client.sendTextUtf8(QByteArray::number(i));
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 52, 5000);
        QCOMPARE(texts[0][0].toString(), QStringLiteral("héllo!"));
        QCOMPARE(texts[1][0].toString(), big + u'!');
        QCOMPARE(texts[51][0].toString(), QStringLiteral("49!"));

        client.ping();
        QVERIFY(pongs.wait(5000));

        // The server closes with 1008: we see its code and reason.
        peer->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("go away"));
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed[0][0].toInt(), 1008);
        QCOMPARE(closed[0][1].toString(), QStringLiteral("go away"));
        QVERIFY(!client.isOpen());
    }

    void clientCloseHandshake()
    {
        QWebSocketServer server(QStringLiteral("peer"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QWebSocket *peer = nullptr;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            peer->setParent(&server);
        });
        TcpWebSocket client;
        QSignalSpy opened(&client, &MessageSocket::opened);
        QSignalSpy closed(&client, &MessageSocket::closed);
        client.open(QUrl(QStringLiteral("ws://localhost:%1/").arg(server.serverPort())));
        QVERIFY(opened.wait(5000));
        QTRY_VERIFY(peer);
        QSignalSpy peerGone(peer, &QWebSocket::disconnected);
        client.close(1000, QStringLiteral("bye"));
        QVERIFY(peerGone.wait(5000));
        QCOMPARE(int(peer->closeCode()), 1000);
        QCOMPARE(peer->closeReason(), QStringLiteral("bye"));
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 6000);
        QCOMPARE(closed[0][0].toInt(), 1000);
    }

    void clientRefusedAndUnreachable()
    {
        // A plain HTTP server answering 403: the handshake fails with the status named.
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        connect(&http, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = http.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            });
        });
        TcpWebSocket a;
        QSignalSpy closedA(&a, &MessageSocket::closed);
        a.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/x").arg(http.serverPort())));
        QVERIFY(closedA.wait(5000));
        QCOMPARE(closedA[0][0].toInt(), 1006);
        QVERIFY2(closedA[0][1].toString().contains(u"403"), qPrintable(closedA[0][1].toString()));

        const quint16 port = http.serverPort();
        http.close(); // nothing listens there now
        TcpWebSocket b;
        QSignalSpy closedB(&b, &MessageSocket::closed);
        b.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/x").arg(port)));
        QVERIFY(closedB.wait(5000));
        QCOMPARE(closedB[0][0].toInt(), 1006);
        QVERIFY(!closedB[0][1].toString().isEmpty());
    }

    void serverRoleAdoptsAndEnforces()
    {
        // A connected pair: our socket plays the server (expects masked frames).
        int sv[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
        WebSocketHandoff h;
        h.fd = sv[0];
        h.path = QStringLiteral("/twilio/media");
        h.headers.insert("x-twilio-signature", "sig");
        // A masked text frame that arrived with the upgrade request.
        h.leftover = rawFrame(0x81, "early", true);
        auto *ws = TcpWebSocket::adopt(std::move(h));
        QVERIFY(ws);
        QCOMPARE(ws->handshakeHeader("X-Twilio-Signature"), QByteArray("sig"));
        QSignalSpy texts(ws, &MessageSocket::utf8Received);
        QSignalSpy closed(ws, &MessageSocket::closed);
        // The early frame reaches a receiver connected after adopt(), before later frames.
        const QByteArray msg = rawFrame(0x81, "{\"event\":\"media\"}", true);
        QCOMPARE(::write(sv[1], msg.constData(), size_t(msg.size())), ssize_t(msg.size()));
        QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 2, 5000);
        QCOMPARE(texts[0][0].toByteArray(), QByteArray("early"));
        QCOMPARE(texts[1][0].toByteArray(), QByteArray("{\"event\":\"media\"}"));

        // Our reply is unmasked and well-formed.
        ws->sendTextUtf8("pong-ish");
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                char buf[256];
                const ssize_t n = ::read(sv[1], buf, sizeof buf);
                if (n > 0)
                    got.append(buf, n);
                return got.size() >= 10;
            }(),
            5000);
        WsFrameParser client(false, 1 << 20);
        Collect c;
        QVERIFY(client.parse(got, c));
        QCOMPARE(c.texts.value(0), QByteArray("pong-ish"));

        // A message above the limit fails the connection with 1009.
        ws->setMaxIncomingMessageSize(1024);
        const QByteArray big = rawFrame(0x81, QByteArray(4000, 'a'), true);
        QCOMPARE(::write(sv[1], big.constData(), size_t(big.size())), ssize_t(big.size()));
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed[0][0].toInt(), 1009);
        QVERIFY(!ws->isOpen());
        delete ws;
        ::close(sv[1]);
    }

    void peerThatStopsReadingIsDropped()
    {
        int sv[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
        WebSocketHandoff h;
        h.fd = sv[0];
        std::unique_ptr<TcpWebSocket> ws(TcpWebSocket::adopt(std::move(h)));
        QSignalSpy closed(ws.get(), &MessageSocket::closed);
        const QByteArray chunk(16 * 1024, 'x');
        // The peer never reads: the kernel buffer fills, then our queue passes 1 MiB.
        for (int i = 0; i < 200 && closed.isEmpty(); ++i) {
            ws->sendTextUtf8(chunk);
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QCOMPARE(closed[0][0].toInt(), 1006);
        QVERIFY(closed[0][1].toString().contains(u"stopped reading"));
        ::close(sv[1]);
    }
};

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
