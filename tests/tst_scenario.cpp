#include "audio/Levels.h"
#include "audio/Mulaw.h"
#include "sim/Scenario.h"

#include <QTest>

#include <vector>

using namespace patchline::sim;

class TestScenario : public QObject
{
    Q_OBJECT
private slots:
    void shippedClipsLoad()
    {
        const QStringList names = clipNames();
        // 4 agent lines, 3 caller lines, and the "changed prompt" agent's 4 (issue 19 §3).
        QCOMPARE(names.size(), 11);
        for (const char *n : {"agent0", "agent1", "agent2", "agent3"}) {
            const QString changed = QString::fromLatin1(n) + u'c';
            QVERIFY2(names.contains(changed), qPrintable(changed));
            QVERIFY(clip(changed).text != clip(QString::fromLatin1(n)).text);
        }
        for (const QString &n : names) {
            const Clip &c = clip(n);
            QVERIFY2(!c.text.isEmpty(), qPrintable(n));
            QVERIFY2(c.durationMs() > 1500 && c.durationMs() < 15000, qPrintable(n));
            // Real speech: a good share of 20 ms frames are voiced.
            std::vector<std::int16_t> pcm(160);
            int voiced = 0, frames = 0;
            for (qsizetype off = 0; off + 160 <= c.mulaw.size(); off += 160, ++frames) {
                patchline::audio::mulawDecode(
                    {reinterpret_cast<const std::uint8_t *>(c.mulaw.constData() + off), 160},
                    pcm.data());
                voiced += patchline::audio::isVoiced(patchline::audio::measureLevel(pcm)) ? 1 : 0;
            }
            QVERIFY2(voiced > frames / 2, qPrintable(n));
        }
        QVERIFY(clip(QStringLiteral("no-such-clip")).mulaw.isEmpty());
    }

    void demoScript()
    {
        const Scenario s = Scenario::demo();
        QCOMPARE(s.callerClip(0), QStringLiteral("caller0"));
        QCOMPARE(s.callerClip(1), QStringLiteral("caller1"));
        QCOMPARE(s.callerClip(2), QStringLiteral("caller2"));
        QCOMPARE(s.callerClip(3), QString()); // the hangup step says nothing
        QCOMPARE(s.agentReply(0), QStringLiteral("agent1"));
        QCOMPARE(s.agentReply(2), QStringLiteral("agent3"));
        QCOMPARE(s.agentReply(3), QStringLiteral("agent1")); // cycles
    }

    void loadScriptCoversDuration()
    {
        const Scenario s = Scenario::load(30000);
        QCOMPARE(s.hangupAfterMs, 30000);
        QVERIFY(s.caller.size() >= 4);
        QCOMPARE(s.caller.last().kind, CallerStep::Kind::HangupAfterAgentQuiet);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
