#include "bridge/Alarms.h"

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

    bridge::AlarmThresholds m_t{1000, 1000, 1000, 200};

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
};

QTEST_GUILESS_MAIN(TestAlarms)
#include "tst_alarms.moc"
