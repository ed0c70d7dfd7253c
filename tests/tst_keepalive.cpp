#include "SandboxFixture.h"
#include "TestUtil.h"
#include "engine/Engine.h"
#include "server/MessageSocket.h"
#include "sim/Scenario.h"
#include "twilio/Signature.h"

#include <QSignalSpy>
#include <QTcpSocket>

using namespace patchline;

namespace {
/// A client-to-server WebSocket text frame (masked, RFC 6455 §5.2), built by hand so the
/// test can play a peer that then goes silent without answering pings.
QByteArray maskedTextFrame(const QByteArray &payload)
{
    QByteArray f;
    f.append(char(0x81));
    if (payload.size() < 126) {
        f.append(char(0x80 | payload.size()));
    } else {
        f.append(char(0x80 | 126));
        f.append(char((payload.size() >> 8) & 0xFF));
        f.append(char(payload.size() & 0xFF));
    }
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    f.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        f.append(char(payload[i] ^ mask[i % 4]));
    return f;
}
} // namespace

/// Issue 6 §7: dead peers are found within seconds by our own WebSocket pings.
class TestKeepalive : public QObject
{
    Q_OBJECT

    test::SandboxFixture m_box;

    bridge::CallSnapshot last(const QString &sid) const { return m_box.last(sid); }

    QString start(const QString &sid) const
    {
        return QStringLiteral(
                   R"J({"event":"start","sequenceNumber":"1","start":{"accountSid":"AC1","streamSid":"MZ0000000000000000000000000000006b","callSid":"%1","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1}},"streamSid":"MZ0000000000000000000000000000006b"})J")
            .arg(sid);
    }

    QString mediaUrl() const
    {
        return QStringLiteral("ws://127.0.0.1:%1/twilio/media").arg(m_box.engine->port());
    }

private slots:
    void initTestCase()
    {
        const QString error = m_box.start([](engine::Engine::Options &o) {
            o.config.record = false;
            o.config.allowUnsolicitedStreams = true; // raw streams, no webhook (issue 16 §1)
            o.config.keepaliveIdleMs = 300;
            o.config.deadPeerMs = 1500;
            o.config.alarmOneWayAudioMs = 1000;
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void quietPeerThatAnswersPingsStays()
    {
        const QString sid = QStringLiteral("CA00000000000000000000007175696574");
        server::QtWebSocketLink ws; // Qt answers pings with pongs by itself
        const QByteArray sig =
            twilio::computeSignature(m_box.engine->config().twilioAuthToken, mediaUrl()).toLatin1();
        ws.open(QUrl(mediaUrl()), {{"X-Twilio-Signature", sig}});
        QVERIFY(test::waitFor([&] { return ws.isOpen(); }, 5000));
        ws.sendText(start(sid));
        QVERIFY(test::waitFor([&] { return last(sid).state == bridge::CallState::Live; }, 5000));
        QTest::qWait(3000); // twice the dead-peer limit without a single media frame
        QCOMPARE(last(sid).state, bridge::CallState::Live);
        ws.close();
        QVERIFY(test::waitFor([&] { return last(sid).state == bridge::CallState::Ended; }, 5000));
    }

    void silentInboundLegRaisesOneWayAudio()
    {
        const QString sid = QStringLiteral("CA000000000000000000006f6e65776179");
        server::QtWebSocketLink ws;
        const QByteArray sig =
            twilio::computeSignature(m_box.engine->config().twilioAuthToken, mediaUrl()).toLatin1();
        ws.open(QUrl(mediaUrl()), {{"X-Twilio-Signature", sig}});
        QVERIFY(test::waitFor([&] { return ws.isOpen(); }, 5000));
        ws.sendText(start(sid));
        const QString silence = QString::fromLatin1(QByteArray(160, char(0xFF)).toBase64());
        for (int i = 1; i <= 100; ++i) // 2 s of digital silence from the caller
            ws.sendText(
                QStringLiteral(
                    R"J({"event":"media","sequenceNumber":"%1","media":{"track":"inbound","chunk":"%1","timestamp":"%2","payload":"%3"},"streamSid":"MZ0000000000000000000000000000006b"})J")
                    .arg(i + 1)
                    .arg(i * 20)
                    .arg(silence));
        QVERIFY(test::waitFor(
            [&] { return last(sid).alarms.contains(QStringLiteral("one-way audio")); }, 5000));
        bool event = false;
        for (const auto &u : m_box.updates)
            for (const auto &e : u.events)
                event |= u.snapshot.callSid == sid && e.kind == QStringLiteral("alarm") &&
                         e.text.startsWith(QStringLiteral("one-way audio"));
        QVERIFY(event);
        ws.close();
        QVERIFY(test::waitFor([&] { return last(sid).state == bridge::CallState::Ended; }, 5000));
    }

    void deadPeerEndsTheCall()
    {
        const QString sid = QStringLiteral("CA0000000000000000000000000000dead");
        QTcpSocket tcp;
        tcp.connectToHost(QHostAddress::LocalHost, m_box.engine->port());
        QVERIFY(tcp.waitForConnected(5000));
        const QByteArray sig =
            twilio::computeSignature(m_box.engine->config().twilioAuthToken, mediaUrl()).toLatin1();
        tcp.write("GET /twilio/media HTTP/1.1\r\nHost: 127.0.0.1:" +
                  QByteArray::number(m_box.engine->port()) +
                  "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                  "X-Twilio-Signature: " +
                  sig + "\r\n\r\n");
        QVERIFY(test::waitFor([&] { return tcp.bytesAvailable() > 0; }, 5000));
        QVERIFY(tcp.readAll().startsWith("HTTP/1.1 101"));
        tcp.write(maskedTextFrame(start(sid).toUtf8()));
        QVERIFY(test::waitFor([&] { return last(sid).state == bridge::CallState::Live; }, 5000));
        // From here on the peer neither sends nor answers pings.
        QVERIFY(test::waitFor([&] { return last(sid).state == bridge::CallState::Ended; }, 6000));
        QVERIFY2(last(sid).endReason.contains(QStringLiteral("dead")),
                 qPrintable(last(sid).endReason));
        QVERIFY(last(sid).endReason.contains(QStringLiteral("Twilio")));
    }

    /// Issue 16 §10: a peer that keeps sending but stopped reading. Its messages keep
    /// arriving (so "dead" never triggers) while ours pile up unread in the kernel.
    void stalledAgentRaisesAnAlarmThenEndsTheCall()
    {
        sim::Scenario s = talkingCaller();
        s.agentStopsReadingAfterMs = 1000;
        const QString sid = m_box.runToEnd(s);
        QVERIFY(!sid.isEmpty());
        checkStall(sid, QStringLiteral("agent not reading"), QStringLiteral("the agent"));
    }

    void stalledTwilioRaisesAnAlarmThenEndsTheCall()
    {
        sim::Scenario s = talkingCaller();
        s.carrierStopsReadingAfterMs = 1000;
        const QString sid = m_box.runToEnd(s);
        QVERIFY(!sid.isEmpty());
        checkStall(sid, QStringLiteral("Twilio not reading"), QStringLiteral("Twilio"));
    }

    void cleanupTestCase() { m_box.stop(); }

private:
    /// A caller who keeps talking for 20 s: audio keeps coming whatever the other side does.
    static sim::Scenario talkingCaller()
    {
        sim::Scenario s;
        s.name = QStringLiteral("stall");
        s.agentLines = {QStringLiteral("agent1"), QStringLiteral("agent2")};
        for (int i = 0; i < 8; ++i)
            s.caller << sim::CallerStep{sim::CallerStep::Kind::SayOverAgent, 0,
                                        QStringLiteral("caller1")};
        s.maxDurationMs = 20000;
        return s;
    }

    /// The operator sees the alarm first, then the call ends as failed, naming the side,
    /// long before the 20 s the caller would have talked.
    void checkStall(const QString &sid, const QString &alarm, const QString &side)
    {
        const bridge::CallSnapshot snap = last(sid);
        QVERIFY2(snap.endReason.startsWith(side + QStringLiteral(" stopped reading")),
                 qPrintable(snap.endReason));
        QVERIFY(snap.failed);
        QVERIFY2(snap.durationMs < 10000, qPrintable(QString::number(snap.durationMs)));
        const QStringList alarms = m_box.events(sid, QStringLiteral("alarm"));
        const QString text =
            (side == QStringLiteral("Twilio") ? side : QStringLiteral("the agent")) +
            QStringLiteral(" has not read what the bridge sent it");
        QVERIFY2(!alarms.filter(text).isEmpty(), qPrintable(alarms.join(u'\n')));
        QVERIFY2(snap.alarms.contains(alarm), qPrintable(snap.alarms.join(u',')));
        sim::CarrierCallResult carrier;
        sim::AgentConversationResult agent;
        m_box.results(sid, carrier, agent);
        QVERIFY(carrier.framesSent > 100); // the caller's audio kept coming (> 2 s)
    }
};

QTEST_GUILESS_MAIN(TestKeepalive)
#include "tst_keepalive.moc"
