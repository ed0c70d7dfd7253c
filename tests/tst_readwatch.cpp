#include "bridge/ReadWatch.h"

#include <QTest>

using patchline::bridge::ReadWatch;
using V = ReadWatch::Verdict;

/// The rule behind "agent/Twilio not reading" (issue 16 §10), without sockets.
class TestReadWatch : public QObject
{
    Q_OBJECT
private slots:
    void probesOneAtATime()
    {
        ReadWatch w({1000, 2000, 6000});
        QVERIFY(w.probeDue(0)); // nothing sent yet
        w.onProbeSent(0);
        QVERIFY(!w.probeDue(500)); // one outstanding
        QVERIFY(!w.probeDue(5000));
        w.onAnswer(40);
        QCOMPARE(w.lastRoundTripMs(), std::int64_t(40));
        QVERIFY(!w.probeDue(900)); // 860 ms after the answer
        QVERIFY(w.probeDue(1040));
    }

    void lagIsTheAgeOfTheUnansweredProbe()
    {
        ReadWatch w({1000, 2000, 6000});
        QCOMPARE(w.lagMs(100), std::int64_t(0));
        QCOMPARE(w.verdict(100), V::Reading);
        w.onProbeSent(100);
        w.onProbeSent(900); // a second send while one is outstanding keeps the first time
        QCOMPARE(w.lagMs(1999), std::int64_t(1899));
        QCOMPARE(w.verdict(2099), V::Reading);
        QCOMPARE(w.verdict(2100), V::Lagging);
        QCOMPARE(w.verdict(6099), V::Lagging);
        QCOMPARE(w.verdict(6100), V::Stalled);
        w.onAnswer(6500); // a late reader that catches up is reading again
        QCOMPARE(w.verdict(6500), V::Reading);
        QCOMPARE(w.lastRoundTripMs(), std::int64_t(6400));
        QCOMPARE(w.lagMs(7000), std::int64_t(0));
    }

    void unsolicitedPongChangesNothing()
    {
        ReadWatch w({1000, 2000, 6000});
        w.onAnswer(50); // RFC 6455 §5.5.3: a pong nobody asked for
        QCOMPARE(w.lastRoundTripMs(), std::int64_t(-1));
        QVERIFY(w.probeDue(60));
    }

    void limitsCanChange()
    {
        ReadWatch w;
        w.onProbeSent(0);
        QCOMPARE(w.verdict(1500), V::Reading);
        w.setLimits({100, 300, 1500});
        QCOMPARE(w.verdict(1500), V::Stalled);
    }
};

QTEST_APPLESS_MAIN(TestReadWatch)
#include "tst_readwatch.moc"
