#include "TestUtil.h"
#include "bridge/Alarms.h"
#include "bridge/CallSession.h"
#include "server/MessageSocket.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace patchline;
using bridge::Alarm;
using bridge::AlarmMonitor;

namespace {
audio::LevelPair frame(float callerDb, float agentDb)
{
    audio::LevelPair l;
    l.caller.rmsDb = l.caller.peakDb = callerDb;
    l.agent.rmsDb = l.agent.peakDb = agentDb;
    return l;
}
const float kSilent = audio::kFloorDb; // μ-law idle
const float kNoise = -55.0f;           // line noise: not silence, not speech
const float kSpeech = -20.0f;

/// Feeds `frames` 20 ms frames starting at *t, advancing it.
void feed(AlarmMonitor &m, qint64 &t, int frames, float caller, float agent)
{
    for (int i = 0; i < frames; ++i) {
        t += 20;
        m.onFrame(t, frame(caller, agent));
    }
}

/// A Twilio-side socket whose peer never confirms our close: the first close() only
/// "sends the close frame"; a second one (the bridge dropping it) ends it with 1006.
class UnansweredSocket final : public server::MessageSocket
{
public:
    using MessageSocket::MessageSocket;
    void sendText(const QString &) override {}
    void close(int, const QString &) override
    {
        if (m_open) {
            m_open = false;
            return; // close frame sent; no answer ever comes
        }
        if (!m_ended) {
            m_ended = true;
            emit closed(1006, QStringLiteral("aborted"));
        }
    }
    bool isOpen() const override { return m_open; }
    void ping() override {}
    QByteArray handshakeHeader(const QByteArray &) const override { return {}; }
    QString peerName() const override { return QStringLiteral("unanswered"); }
    QUrl requestUrl() const override { return {}; }
    /// The peer answers the close (a healthy socket).
    void answer()
    {
        if (!m_ended) {
            m_ended = true;
            emit closed(1000, {});
        }
    }
    bool m_open = true;
    bool m_ended = false;
};

bool has(const QList<Alarm> &changes, Alarm::Kind k, bool active)
{
    for (const Alarm &a : changes)
        if (a.kind == k && a.active == active)
            return true;
    return false;
}
} // namespace

/// Each live alarm rule fires on a synthetic frame stream and clears again (issue 4 §3).
class TestAlarms : public QObject
{
    Q_OBJECT

    bridge::AlarmThresholds m_t{1000, 1000, 1000, 200, 1000};

private slots:
    void oneWayAudio()
    {
        AlarmMonitor m(m_t);
        qint64 t = 0;
        feed(m, t, 40, kSilent, kSpeech); // 0.8 s of a dead inbound leg: not yet
        QVERIFY(m.takeChanges().isEmpty());
        feed(m, t, 20, kSilent, kSpeech);
        auto c = m.takeChanges();
        QVERIFY(has(c, Alarm::Kind::OneWayAudio, true));
        QVERIFY(c.first().text.contains(QStringLiteral("no sound from the caller")));
        QCOMPARE(m.active(), QStringList{Alarm::name(Alarm::Kind::OneWayAudio)});
        feed(m, t, 1, kNoise, kSilent); // any real line noise clears it
        QVERIFY(has(m.takeChanges(), Alarm::Kind::OneWayAudio, false));
        QVERIFY(m.active().isEmpty());
        // Line noise alone never raises it.
        feed(m, t, 200, kNoise, kSilent);
        QVERIFY(!has(m.takeChanges(), Alarm::Kind::OneWayAudio, true));
    }

    void deadAir()
    {
        AlarmMonitor m(m_t);
        qint64 t = 0;
        feed(m, t, 50, kSpeech, kSilent);     // caller speaks 1 s
        feed(m, t, 35 + 45, kNoise, kSilent); // turn ends after 0.7 s, then 0.9 s of nothing
        QVERIFY(!has(m.takeChanges(), Alarm::Kind::DeadAir, true));
        feed(m, t, 10, kNoise, kSilent);
        QVERIFY(has(m.takeChanges(), Alarm::Kind::DeadAir, true));
        feed(m, t, 1, kNoise, kSpeech); // the agent finally answers
        QVERIFY(has(m.takeChanges(), Alarm::Kind::DeadAir, false));
        // An answer in time never raises it.
        feed(m, t, 50, kSpeech, kSilent);
        feed(m, t, 35 + 20, kNoise, kSilent);
        feed(m, t, 100, kNoise, kSpeech);
        QVERIFY(!has(m.takeChanges(), Alarm::Kind::DeadAir, true));
    }

    void agentSilentAfterConnect()
    {
        AlarmMonitor m(m_t);
        qint64 t = 0;
        m.onAgentReady(0);
        feed(m, t, 49, kNoise, kSilent);
        QVERIFY(m.takeChanges().isEmpty());
        feed(m, t, 2, kNoise, kSilent);
        QVERIFY(has(m.takeChanges(), Alarm::Kind::AgentSilent, true));
        m.onAgentAudioReceived(t);
        m.onAgentAudioForwarded(t);
        QVERIFY(has(m.takeChanges(), Alarm::Kind::AgentSilent, false));
    }

    void agentAudioNotForwarded()
    {
        AlarmMonitor m(m_t);
        qint64 t = 0;
        m.onAgentReady(0);
        m.onAgentAudioReceived(t);
        m.onAgentAudioForwarded(t); // forwarded at once: fine
        m.onAgentAudioReceived(t);  // this one is stuck
        feed(m, t, 9, kNoise, kSilent);
        QVERIFY(!has(m.takeChanges(), Alarm::Kind::NotForwarded, true));
        feed(m, t, 2, kNoise, kSilent);
        QVERIFY(has(m.takeChanges(), Alarm::Kind::NotForwarded, true));
        m.onAgentAudioForwarded(t);
        QVERIFY(has(m.takeChanges(), Alarm::Kind::NotForwarded, false));
    }

    void abnormalClose()
    {
        AlarmMonitor m(m_t);
        m.onClose(100, QStringLiteral("agent"), 1000, QString());
        QVERIFY(m.takeChanges().isEmpty()); // a normal close is not an alarm
        m.onClose(200, QStringLiteral("agent"), 1008, QStringLiteral("override not allowed"));
        const auto c = m.takeChanges();
        QCOMPARE(c.size(), 1);
        QVERIFY(c.first().text.contains(QStringLiteral("code 1008")));
        QVERIFY(c.first().text.contains(QStringLiteral("override not allowed")));
        m.onClose(300, QStringLiteral("Twilio"), 1006, QStringLiteral("connection lost"));
        QCOMPARE(m.takeChanges().size(), 1); // each abnormal close is reported
    }

    void unpairedEnd()
    {
        // Twilio sent `stop`; the bridge closed the agent socket, which never confirms.
        AlarmMonitor m(m_t);
        m.onCallEnded(5000, QStringLiteral("caller hung up (Twilio stop)"),
                      {QStringLiteral("agent")});
        QVERIFY(!m.onTick(5999));
        QVERIFY(m.takeChanges().isEmpty());
        QVERIFY(m.onTick(6000));
        const auto c = m.takeChanges();
        QVERIFY(has(c, Alarm::Kind::UnpairedClose, true));
        QVERIFY(c.first().text.contains(QStringLiteral("Twilio stop")));
        QVERIFY(c.first().text.contains(QStringLiteral("agent WebSocket")));
        QVERIFY(!m.onTick(7000)); // raised once; the caller drops the socket
        m.onSideClosed(QStringLiteral("agent"));
        QVERIFY(m.takeChanges().isEmpty()); // stays in the record: the call is over
        QCOMPARE(m.active(), QStringList{Alarm::name(Alarm::Kind::UnpairedClose)});

        // The reverse: the agent closed; Twilio confirms our close in time: no alarm.
        AlarmMonitor r(m_t);
        r.onCallEnded(100, QStringLiteral("agent ended the conversation"),
                      {QStringLiteral("Twilio")});
        r.onSideClosed(QStringLiteral("Twilio"));
        QVERIFY(!r.onTick(60000));
        QVERIFY(r.takeChanges().isEmpty());
        // Nothing was open at the end: nothing to wait for.
        AlarmMonitor n(m_t);
        n.onCallEnded(100, QStringLiteral("operator hung up"), {});
        QVERIFY(!n.onTick(60000));
    }

    void formatMismatch()
    {
        AlarmMonitor m(m_t);
        m.onFormatMismatch(300, QStringLiteral("the agent uses pcm_16000 in / pcm_44100 out"));
        const auto c = m.takeChanges();
        QVERIFY(has(c, Alarm::Kind::FormatMismatch, true));
        QVERIFY(c.first().text.contains(QStringLiteral("pcm_44100")));
        QCOMPARE(m.active(), QStringList{Alarm::name(Alarm::Kind::FormatMismatch)});
    }

    void mediaFloodIsRaisedOnce()
    {
        AlarmMonitor m(m_t);
        m.onMediaFlood(1000, 2000);
        m.onMediaFlood(1020, 2020); // still flooding: no second change
        const auto c = m.takeChanges();
        QCOMPARE(c.size(), 1);
        QVERIFY(has(c, Alarm::Kind::MediaFlood, true));
        QVERIFY(c.first().text.contains(QStringLiteral("2000 ms ahead")));
        QCOMPARE(m.active(), QStringList{Alarm::name(Alarm::Kind::MediaFlood)});
    }

    void aPeerNotReadingIsRaisedPerSideAndCleared()
    {
        AlarmMonitor m(m_t);
        m.onPeerNotReading(3000, true, 2000);
        m.onPeerNotReading(3150, true, 2150); // still lagging: no second change
        m.onPeerNotReading(3200, false, 2100);
        auto c = m.takeChanges();
        QCOMPARE(c.size(), 2);
        QVERIFY(has(c, Alarm::Kind::AgentNotReading, true));
        QVERIFY(has(c, Alarm::Kind::TwilioNotReading, true));
        QVERIFY(c.first().text.contains(QStringLiteral("for 2.0 s")));
        QVERIFY(c.last().text.startsWith(QStringLiteral("Twilio has not read")));
        m.onPeerReading(4000, true);
        c = m.takeChanges();
        QCOMPARE(c.size(), 1);
        QVERIFY(has(c, Alarm::Kind::AgentNotReading, false));
        QCOMPARE(m.active(), QStringList{Alarm::name(Alarm::Kind::TwilioNotReading)});
    }

    void mutingTheAgentIsNotDeadAir()
    {
        AlarmMonitor m(m_t);
        qint64 t = 0;
        feed(m, t, 50, kSpeech, kSilent);
        feed(m, t, 35 + 60, kNoise, kSilent); // 1.2 s unanswered
        QVERIFY(has(m.takeChanges(), Alarm::Kind::DeadAir, true));
        m.setAgentMuted(t, true); // the operator's choice clears it …
        QVERIFY(has(m.takeChanges(), Alarm::Kind::DeadAir, false));
        feed(m, t, 50, kSpeech, kSilent); // … and it is not raised while muted
        feed(m, t, 35 + 200, kNoise, kSilent);
        QVERIFY(m.takeChanges().isEmpty());
        m.setAgentMuted(t, false);
        feed(m, t, 50, kSpeech, kSilent); // unmuted: the rule is back
        feed(m, t, 35 + 60, kNoise, kSilent);
        QVERIFY(has(m.takeChanges(), Alarm::Kind::DeadAir, true));
    }

    void mutedGreetingIsNotAgentSilent()
    {
        // Muted before its greeting: the agent talks, the caller hears nothing; after
        // unmuting the agent is not "silent after connect".
        AlarmMonitor m(m_t);
        qint64 t = 0;
        m.onAgentReady(0);
        m.setAgentMuted(0, true);
        m.onAgentAudioWithheld();
        feed(m, t, 100, kNoise, kSilent); // 2 s, past the 1 s limit
        m.setAgentMuted(t, false);
        feed(m, t, 100, kNoise, kSilent);
        QVERIFY(!has(m.takeChanges(), Alarm::Kind::AgentSilent, true));
        // An agent that sent nothing while muted is silent: raised once unmuted.
        AlarmMonitor n(m_t);
        t = 0;
        n.onAgentReady(0);
        n.setAgentMuted(0, true);
        feed(n, t, 100, kNoise, kSilent);
        QVERIFY(!has(n.takeChanges(), Alarm::Kind::AgentSilent, true));
        n.setAgentMuted(t, false);
        feed(n, t, 1, kNoise, kSilent);
        QVERIFY(has(n.takeChanges(), Alarm::Kind::AgentSilent, true));
    }

    /// A whole session: after end() it waits for each socket it closed; one that never
    /// confirms raises "unpaired end" after the limit, is dropped, and the session finishes.
    void sessionWaitsForTheCloseThenDropsIt()
    {
        for (const bool answered : {true, false}) {
            bridge::SessionContext ctx;
            ctx.alarms = m_t; // unpaired after 1 s
            auto *socket = new UnansweredSocket;
            bridge::CallSession s(1, socket, ctx);
            QSignalSpy ended(&s, &bridge::CallSession::ended);
            QSignalSpy finished(&s, &bridge::CallSession::finished);
            s.end(QStringLiteral("operator hung up"));
            QCOMPARE(ended.size(), 1);
            QCOMPARE(s.state(), bridge::CallState::Ended);
            QCOMPARE(finished.size(), 0); // the Twilio socket has not confirmed yet
            // Twilio's final status arrives while the socket closes: it is kept.
            twilio::StatusCallback completed;
            completed.status = QStringLiteral("completed");
            completed.sequence = 3;
            completed.durationSecs = 7;
            s.statusCallback(completed);
            QCOMPARE(ended.size(), 1); // not ended twice
            if (answered)
                socket->answer();
            QElapsedTimer clock;
            clock.start();
            while (finished.isEmpty() && clock.elapsed() < 5000) {
                s.keepalive(bridge::monotonicNs(), 2000, 6000); // the bridge's ~1 s tick
                QTest::qWait(100);
            }
            QCOMPARE(finished.size(), 1);
            bridge::CallUpdate u;
            QVERIFY(s.takeUpdate(u));
            bool alarm = false;
            for (const bridge::CallEvent &e : u.events)
                alarm =
                    alarm || (e.kind == u"alarm" && e.text.contains(QStringLiteral("unpaired")));
            QCOMPARE(alarm, !answered);
            QCOMPARE(u.snapshot.twilioStatus, QStringLiteral("completed"));
            QCOMPARE(u.snapshot.twilioDurationSecs, 7);
            QVERIFY(!u.snapshot.failed);
            QCOMPARE(u.snapshot.alarms.contains(Alarm::name(Alarm::Kind::UnpairedClose)),
                     !answered);
            if (!answered)
                QVERIFY2(clock.elapsed() >= 900, "raised before the limit");
        }
    }
};

QTEST_GUILESS_MAIN(TestAlarms)
#include "tst_alarms.moc"
