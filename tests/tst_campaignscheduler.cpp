// Issue 19 §1: the campaign's dialling rules (pure) and its store (claim before dial, take
// back, resume), with the clock passed in.
#include "campaign/CampaignExport.h"
#include "campaign/CampaignScheduler.h"
#include "store/CallStore.h"
#include "store/CampaignStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace patchline;
using namespace patchline::campaign;

class TestCampaignScheduler : public QObject
{
    Q_OBJECT

    static QList<CampaignRow> rows(int n)
    {
        QList<CampaignRow> out;
        for (int i = 0; i < n; ++i) {
            CampaignRow r;
            r.row = i + 2;
            r.phone = QStringLiteral("+1415555%1").arg(2000 + i);
            out.append(r);
        }
        return out;
    }
    /// 2026-12-03 12:00:00 UTC.
    static constexpr qint64 kNoon = 1796299200000LL;

private slots:
    void concurrencyAndCpsLimitDials()
    {
        CampaignSettings s;
        s.concurrency = 2;
        s.cps = 2; // one create per 500 ms
        CampaignScheduler sched(s);
        QList<CampaignRow> list = rows(4);
        qint64 now = kNoon;
        auto pick = sched.next(list, now);
        QCOMPARE(pick.index, 0);
        list[0].status = RowStatus::Dialling;
        sched.noteCreateSent(now);
        // The next create waits 500 ms (CPS), not for a free slot.
        pick = sched.next(list, now + 100);
        QCOMPARE(pick.index, -1);
        QCOMPARE(pick.wakeAtMs, now + 500);
        pick = sched.next(list, now + 500);
        QCOMPARE(pick.index, 1);
        list[1].status = RowStatus::Live;
        sched.noteCreateSent(now + 500);
        // Two in flight: full; no timer (a row change wakes the runner).
        pick = sched.next(list, now + 5000);
        QCOMPARE(pick.index, -1);
        QCOMPARE(pick.wakeAtMs, -1);
        list[0].status = RowStatus::Done;
        pick = sched.next(list, now + 5000);
        QCOMPARE(pick.index, 2);
    }

    void throttleHoldsEveryCreate()
    {
        CampaignSettings s;
        s.concurrency = 5;
        s.cps = 10;
        CampaignScheduler sched(s);
        const QList<CampaignRow> list = rows(3);
        sched.noteThrottled(kNoon + 3000); // 429 with Retry-After: 3
        auto pick = sched.next(list, kNoon);
        QCOMPARE(pick.index, -1);
        QCOMPARE(pick.wakeAtMs, kNoon + 3000);
        QCOMPARE(sched.next(list, kNoon + 3000).index, 0);
    }

    void retryPolicySettlesOutcomes_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("expected");
        QTest::newRow("completed") << int(Outcome::Completed) << 1 << int(RowStatus::Done);
        QTest::newRow("busy, attempts left") << int(Outcome::Busy) << 1 << int(RowStatus::Retrying);
        QTest::newRow("busy, none left") << int(Outcome::Busy) << 3 << int(RowStatus::Failed);
        QTest::newRow("no-answer") << int(Outcome::NoAnswer) << 2 << int(RowStatus::Retrying);
        QTest::newRow("failed: off by default")
            << int(Outcome::Failed) << 1 << int(RowStatus::Failed);
        QTest::newRow("not placed") << int(Outcome::NotPlaced) << 1 << int(RowStatus::Failed);
        QTest::newRow("canceled") << int(Outcome::Canceled) << 1 << int(RowStatus::Failed);
    }
    void retryPolicySettlesOutcomes()
    {
        QFETCH(int, outcome);
        QFETCH(int, attempts);
        QFETCH(int, expected);
        RetryPolicy p; // 3 attempts, 300 s apart, busy and no-answer retried
        CampaignRow r;
        r.status = RowStatus::Live;
        r.attempts = attempts;
        QCOMPARE(int(CampaignScheduler::settle(r, Outcome(outcome), p, kNoon)), expected);
        QCOMPARE(r.outcome, outcomeName(Outcome(outcome)));
        if (expected == int(RowStatus::Retrying))
            QCOMPARE(r.nextAtMs, kNoon + 300000);
    }

    void retryingRowWaitsForItsTime()
    {
        CampaignSettings s;
        s.cps = 100;
        CampaignScheduler sched(s);
        QList<CampaignRow> list = rows(1);
        list[0].status = RowStatus::Retrying;
        list[0].nextAtMs = kNoon + 60000;
        const auto pick = sched.next(list, kNoon);
        QCOMPARE(pick.index, -1);
        QCOMPARE(pick.wakeAtMs, kNoon + 60000);
        QCOMPARE(sched.next(list, kNoon + 60000).index, 0);
    }

    void notBeforeAndOrder()
    {
        CampaignSettings s;
        s.concurrency = 5;
        s.cps = 100;
        CampaignScheduler sched(s);
        QList<CampaignRow> list = rows(2);
        list[0].notBefore = QDateTime::fromMSecsSinceEpoch(kNoon + 10000, Qt::UTC);
        // Row 0 waits; row 1 goes first.
        QCOMPARE(sched.next(list, kNoon).index, 1);
        list[1].status = RowStatus::Done;
        const auto pick = sched.next(list, kNoon);
        QCOMPARE(pick.index, -1);
        QCOMPARE(pick.wakeAtMs, kNoon + 10000);
    }

    void callingWindowInTheCalleesZone()
    {
        CallingWindow w{true, QTime(9, 0), QTime(20, 0)};
        qint64 opens = 0;
        // 12:00 UTC is 13:00 in Berlin (inside) and 04:00 in Los Angeles (outside).
        QVERIFY(CampaignScheduler::inWindow(w, QStringLiteral("Europe/Berlin"), kNoon));
        QVERIFY(
            !CampaignScheduler::inWindow(w, QStringLiteral("America/Los_Angeles"), kNoon, &opens));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(opens, QTimeZone("America/Los_Angeles")).time(),
                 QTime(9, 0));
        QCOMPARE(opens - kNoon, qint64(5) * 3600 * 1000);
        // A window over midnight.
        CallingWindow night{true, QTime(22, 0), QTime(6, 0)};
        QVERIFY(!CampaignScheduler::inWindow(night, QStringLiteral("Europe/Berlin"), kNoon));
        QVERIFY(
            CampaignScheduler::inWindow(night, QStringLiteral("Pacific/Auckland"), kNoon)); // 01:00
    }

    void rowsOutsideTheWindowWaitForIt()
    {
        CampaignSettings s;
        s.window = {true, QTime(9, 0), QTime(20, 0)};
        CampaignScheduler sched(s);
        QList<CampaignRow> list = rows(2);
        list[0].timeZone = QStringLiteral("America/Los_Angeles"); // 04:00
        list[1].timeZone = QStringLiteral("Europe/Berlin");       // 13:00
        QCOMPARE(sched.next(list, kNoon).index, 1);
        list[1].status = RowStatus::Done;
        const auto pick = sched.next(list, kNoon);
        QCOMPARE(pick.index, -1);
        QCOMPARE(pick.wakeAtMs, kNoon + qint64(5) * 3600 * 1000);
        // No zone and no campaign zone: the row cannot be placed by itself.
        list[0].timeZone.clear();
        QCOMPARE(sched.next(list, kNoon).wakeAtMs, -1);
    }

    void zonesOfACountry()
    {
        QVERIFY(timeZonesForRegion(QStringLiteral("DE")).contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(timeZonesForRegion(QStringLiteral("US")).size() > 3);
        QVERIFY(timeZonesForRegion(QStringLiteral("ZZ")).isEmpty());
        // One clock for Germany (Berlin and Busingen agree); none for the US or Spain.
        QCOMPARE(uniqueTimeZoneForRegion(QStringLiteral("DE")), QStringLiteral("Europe/Berlin"));
        QCOMPARE(uniqueTimeZoneForRegion(QStringLiteral("GB")), QStringLiteral("Europe/London"));
        QVERIFY(uniqueTimeZoneForRegion(QStringLiteral("US")).isEmpty());
        QVERIFY(uniqueTimeZoneForRegion(QStringLiteral("ES")).isEmpty());
    }

    void settingsRoundTrip()
    {
        CampaignSettings s;
        s.name = QStringLiteral("Renewals");
        s.concurrency = 7;
        s.cps = 2.5;
        s.window = {true, QTime(8, 30), QTime(19, 45)};
        s.timeZone = QStringLiteral("America/Chicago");
        s.retry = {4, 90, false, true, true};
        s.machineDetection = true;
        const CampaignSettings t = settingsFromJson(settingsToJson(s));
        QCOMPARE(settingsToJson(t), settingsToJson(s));
        // Hostile numbers are clamped, not trusted.
        const CampaignSettings bad = settingsFromJson(R"({"concurrency":5000,"cps":-3})");
        QCOMPARE(bad.concurrency, 50);
        QCOMPARE(bad.cps, 0.1);
    }

    void resultsCsvDefusesAndQuotes()
    {
        QList<CampaignRow> list = rows(2);
        list[0].variables = {
            {QStringLiteral("customer_name"), QStringLiteral("=HYPERLINK(\"x\")")}};
        list[0].status = RowStatus::Done;
        list[0].attempts = 1;
        list[0].callSid = QStringLiteral("CA00000000000000000000000000000001");
        list[0].durationSecs = 42;
        list[0].outcome = QStringLiteral("completed");
        list[0].conversationId = QStringLiteral("conv_1");
        list[1].variables = {{QStringLiteral("customer_name"), QStringLiteral("Lovelace, Ada")}};
        list[1].status = RowStatus::Failed;
        list[1].attempts = 3;
        list[1].outcome = QStringLiteral("busy");
        list[1].error = QStringLiteral("line\nbreak");

        elevenlabs::PostCallData post;
        post.conversationId = QStringLiteral("conv_1");
        post.raw = QJsonDocument::fromJson(
                       "{\"analysis\":{\"call_successful\":\"success\","
                       "\"evaluation_criteria_results\":{\"greeted\":{\"result\":\"success\"}},"
                       "\"data_collection_results\":{\"plan\":{\"value\":\"@SUM(A1)\"},"
                       "\"seats\":{\"value\":3}}}}")
                       .object();
        const CallAnalysis a = analysisOf(post);
        QCOMPARE(a.callSuccessful, QStringLiteral("success"));
        const QByteArray csv = resultsCsv(list, {{QStringLiteral("conv_1"), a}});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0),
                 QStringLiteral("row,phone_number,customer_name,status,attempts,call_sid,"
                                "duration_secs,outcome,call_successful,"
                                "criterion:greeted,data:plan,data:seats,error"));
        // Formulas from a CSV or from the network never run in a spreadsheet.
        QCOMPARE(lines.at(1), QStringLiteral("2,+14155552000,\"'=HYPERLINK(\"\"x\"\")\",done,1,"
                                             "CA00000000000000000000000000000001,42,completed,"
                                             "success,success,'@SUM(A1),3,"));
        // A line break stays inside its quoted field (the record ends with CRLF only).
        QCOMPARE(lines.at(2), QStringLiteral("3,+14155552001,\"Lovelace, Ada\",failed,3,,,busy,,,,,"
                                             "\"line\nbreak\""));
    }

    void storeClaimsOnceAndResumes()
    {
        QTemporaryDir dir;
        store::CallStore db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("c.sqlite"))), qPrintable(db.errorString()));
        store::CampaignStore cs(db.connectionName());
        CampaignSettings s;
        s.name = QStringLiteral("t");
        QList<CampaignRow> list = rows(3);
        list[1].variables = {{QStringLiteral("customer_name"), QStringLiteral("Ada, \"A\"")}};
        const QByteArray hash("h1");
        const qint64 id = cs.create(s, hash, list);
        QVERIFY2(id > 0, qPrintable(cs.errorString()));
        QCOMPARE(cs.findUnfinished(hash), id);
        QCOMPARE(cs.findUnfinished("other"), 0);

        // A claim succeeds once for a given attempt count; a stale copy cannot claim again.
        QVERIFY(cs.claim(id, 3, 0));
        QVERIFY(!cs.claim(id, 3, 0));
        QVERIFY(cs.errorString().isEmpty());
        QList<CampaignRow> loaded;
        QString state;
        QVERIFY(cs.load(id, nullptr, &loaded, &state));
        QCOMPARE(state, QStringLiteral("running"));
        QCOMPARE(loaded.at(1).status, RowStatus::Dialling);
        QCOMPARE(loaded.at(1).attempts, 1);
        QCOMPARE(loaded.at(1).variables, list[1].variables);

        // The create answered: CallSid and outcome go to the row and its attempt.
        CampaignRow r = loaded.at(1);
        r.callSid = QStringLiteral("CA00000000000000000000000000000001");
        r.status = RowStatus::Live;
        QVERIFY(cs.saveRow(id, r));
        CampaignScheduler::settle(r, Outcome::Busy, RetryPolicy{}, kNoon);
        QVERIFY(cs.saveRow(id, r));
        // Attempt 2 is claimed, then Twilio says 429: taken back.
        QVERIFY(cs.claim(id, 3, 1));
        QVERIFY(cs.unclaim(id, 3, 2, RowStatus::Retrying));
        const QList<store::CampaignAttempt> attempts = cs.attempts(id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).row, 3);
        QCOMPARE(attempts.at(0).callSid, r.callSid);
        QCOMPARE(attempts.at(0).outcome, QStringLiteral("busy"));
        QVERIFY(cs.load(id, nullptr, &loaded, nullptr));
        QCOMPARE(loaded.at(1).status, RowStatus::Retrying);
        QCOMPARE(loaded.at(1).attempts, 1);
        QCOMPARE(loaded.at(1).nextAtMs, kNoon + 300000);

        QVERIFY(cs.setState(id, QStringLiteral("finished")));
        QCOMPARE(cs.findUnfinished(hash), 0);
        QCOMPARE(cs.list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaignScheduler)
#include "tst_campaignscheduler.moc"
