#include "PgFixture.h"
#include "SandboxFixture.h"
#include "TestUtil.h"

#include "audio/WavFile.h"
#include "elevenlabs/PostCall.h"
#include "settings/Redact.h"
#include "settings/StoreLocation.h"
#include "store/CallStore.h"
#include "store/CampaignStore.h"
#include "store/NodeStore.h"
#include "store/SqlDialect.h"
#include "store/Storage.h"
#include "store/SuiteStore.h"
#include "twilio/Signature.h"
#include "twilio/StatusCallback.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <future>

using namespace patchline;
using settings::StoreLocation;
using store::CallStore;

/// Issue 20 §1: the call log on PostgreSQL. A real PostgreSQL server (PgFixture) in a
/// temporary folder; every test gets its own database. The same store code runs against
/// SQLite and PostgreSQL and must give the same answers.
class TestPgStore : public QObject
{
    Q_OBJECT

    test::PgFixture m_pg;
    int m_databases = 0;

    /// A fresh, empty PostgreSQL database for one test.
    StoreLocation freshPostgres()
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        const QString error = m_pg.createDatabase(name);
        if (!error.isEmpty())
            qWarning("CREATE DATABASE %s: %s", qPrintable(name), qPrintable(error));
        QString why;
        StoreLocation l = StoreLocation::parse(m_pg.url(name), &why);
        if (!why.isEmpty())
            qWarning("%s", qPrintable(why));
        return l;
    }

    StoreLocation location(const QString &backend, const QTemporaryDir &dir)
    {
        return backend == u"postgresql"
                   ? freshPostgres()
                   : StoreLocation::file(dir.filePath(QStringLiteral("calls.sqlite")));
    }

    static bridge::CallSnapshot snapshot(quint64 id, const QString &sid, const QDateTime &started)
    {
        bridge::CallSnapshot s;
        s.id = id;
        s.callSid = sid;
        s.from = QStringLiteral("+15550100");
        s.to = QStringLiteral("+15550199");
        s.direction = QStringLiteral("outbound-api");
        s.state = bridge::CallState::Live;
        s.startedAt = started;
        return s;
    }

    /// The calls of a varied day's work (agents, directions, outcomes, alarms, words with
    /// apostrophes, accents, digits, operators), the same on every backend.
    static void seed(CallStore &s)
    {
        const QStringList lines{
            QStringLiteral("Where is my parcel?"),
            QStringLiteral("I want a refund, please."),
            QStringLiteral("Refunds take three days?"),
            QStringLiteral("Don't worry, I'll check that for you."),
            QStringLiteral("Le café est fermé le dimanche."),
            QStringLiteral("Your invoice number is 4242, due Friday."),
            QStringLiteral("AND OR NOT \"quoted\" words * are just words"),
            QStringLiteral("Die Straße ist gesperrt, Ünïcödé bleibt."),
            QStringLiteral("Can I speak to a human agent?"),
            QStringLiteral("The delivery was late again; I'm upset."),
        };
        const QDateTime day(QDate(2026, 11, 20), QTime(9, 0));
        for (quint64 id = 1; id <= 40; ++id) {
            bridge::CallSnapshot c =
                snapshot(id, QStringLiteral("CA%1").arg(id, 32, 10, QLatin1Char('0')),
                         day.addSecs(qint64(id) * 3 * 3600));
            c.agentId = id % 3 ? QStringLiteral("agent_a") : QStringLiteral("agent_b");
            c.direction = id % 2 ? QStringLiteral("inbound") : QStringLiteral("outbound-api");
            c.state = id == 40 ? bridge::CallState::Live : bridge::CallState::Ended;
            c.failed = id % 7 == 0;
            c.durationMs = 20000 + qint64(id) * 100;
            c.turns = int(id % 5);
            c.turnLatencyP50Ms = 600 + qint64(id);
            s.saveCall(c);
            for (int l = 0; l < 3; ++l)
                s.addTranscript(id, {l % 2 ? bridge::TranscriptLine::Role::Caller
                                           : bridge::TranscriptLine::Role::Agent,
                                     l * 3000, lines.at(int((id * 3 + quint64(l)) % 10)), false});
            if (id % 5 == 0)
                s.addEvents(id, {{500, QStringLiteral("alarm"), QStringLiteral("dead air")}});
        }
    }

    static QStringList sids(const CallStore &s, const store::HistoryFilter &f)
    {
        QStringList out;
        QString error;
        for (const auto &r : s.history(f, &error))
            out << r.callSid.right(2) + u':' + r.match;
        if (!error.isEmpty())
            out << QStringLiteral("error: ") + error;
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString error = m_pg.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void locationsAreCheckedAndPasswordsNeverShown()
    {
        QString why;
        StoreLocation l = StoreLocation::parse(
            QStringLiteral("postgresql://alice:s3cretpw@db.example.com:6543/calls?sslmode=require"),
            &why);
        QCOMPARE(why, QString());
        QVERIFY(l.isPostgres());
        QCOMPARE(l.host, QStringLiteral("db.example.com"));
        QCOMPARE(l.port, 6543);
        QCOMPARE(l.user, QStringLiteral("alice"));
        QCOMPARE(l.password, QStringLiteral("s3cretpw"));
        QCOMPARE(l.database, QStringLiteral("calls"));
        QVERIFY(l.connectOptions.contains(QStringLiteral("sslmode=require")));
        QVERIFY(l.connectOptions.contains(QStringLiteral("connect_timeout=5")));
        QVERIFY(!l.display().contains(QStringLiteral("s3cretpw")));
        QCOMPARE(l.display(), QStringLiteral("postgresql://alice@db.example.com:6543/calls"));

        l = StoreLocation::parse(QStringLiteral("/var/lib/patchline/calls.sqlite"), &why);
        QVERIFY(!l.isPostgres());
        QCOMPARE(l.path, QStringLiteral("/var/lib/patchline/calls.sqlite"));

        const QList<QPair<QString, QString>> bad{
            {QStringLiteral("mysql://alice:s3cretpw@h/db"), QStringLiteral("only PostgreSQL")},
            {QStringLiteral("postgresql://alice:s3cretpw@h/db?options=-cx"),
             QStringLiteral("“options”")},
            {QStringLiteral("postgresql://h/db"), QStringLiteral("no user")},
            {QStringLiteral("postgresql://alice:s3cretpw@h/"), QStringLiteral("database name")},
            {QStringLiteral("postgresql://alice:s3cretpw@h/db;drop"),
             QStringLiteral("database name")},
            {QStringLiteral("postgresql://alice:s3cretpw@h/db?sslmode=a%20b"),
             QStringLiteral("sslmode=“a b”")},
        };
        for (const auto &[text, mentions] : bad) {
            l = StoreLocation::parse(text, &why);
            QVERIFY2(why.contains(mentions), qPrintable(text + QStringLiteral(" → ") + why));
            QVERIFY2(!why.contains(QStringLiteral("s3cretpw")), qPrintable(why));
            QVERIFY(!l.isPostgres());
        }
    }

    void dialectSaysEachDifferenceOnce()
    {
        const store::SqlDialect pg(store::SqlDialect::Backend::PostgreSQL);
        const store::SqlDialect lite;
        QCOMPARE(pg.ddl(QStringLiteral("CREATE TABLE x ({rowid} id2 INTEGER PRIMARY KEY "
                                       "AUTOINCREMENT, n INTEGER DEFAULT 0, c REAL)")),
                 QStringLiteral("CREATE TABLE x (id BIGSERIAL PRIMARY KEY, id2 BIGSERIAL PRIMARY "
                                "KEY, n BIGINT DEFAULT 0, c DOUBLE PRECISION)"));
        QCOMPARE(lite.ddl(QStringLiteral("CREATE TABLE x ({rowid} n INTEGER)")),
                 QStringLiteral("CREATE TABLE x ( n INTEGER)"));
        QCOMPARE(pg.searchValue(QStringLiteral("Don't refund!")),
                 QStringLiteral("('Don' <-> 't':*) & ('refund':*)"));
        QCOMPARE(pg.searchValue(QStringLiteral("' \" * & |")), QString());
        QCOMPARE(lite.searchValue(QStringLiteral("refund please")),
                 QStringLiteral("\"refund\"* \"please\"*"));
    }

    /// What one node hands another: a status callback as form fields, and back.
    void statusCallbackFormRoundTrips()
    {
        twilio::StatusCallback cb;
        cb.callSid = QStringLiteral("CA0123456789abcdef0123456789abcdef");
        cb.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        cb.status = QStringLiteral("completed");
        cb.sequence = 7;
        cb.durationSecs = 61;
        cb.timestamp = QStringLiteral("Thu, 03 Dec 2026 19:20:00 +0000");
        cb.from = QStringLiteral("+15550100");
        cb.to = QStringLiteral("+4930 123&=%");
        cb.answeredBy = QStringLiteral("human");
        const QByteArray body = twilio::encodeForm(cb.toForm());
        QVERIFY(!body.contains(' ') && !body.contains('+'));
        const auto back = twilio::StatusCallback::fromForm(twilio::parseForm(body));
        QCOMPARE(back.callSid, cb.callSid);
        QCOMPARE(back.accountSid, cb.accountSid);
        QCOMPARE(back.status, cb.status);
        QCOMPARE(back.sequence, 7);
        QCOMPARE(back.durationSecs, 61);
        QCOMPARE(back.timestamp, cb.timestamp);
        QCOMPARE(back.from, cb.from);
        QCOMPARE(back.to, cb.to);
        QCOMPARE(back.answeredBy, cb.answeredBy);
        QCOMPARE(back.direction, QString());
    }

    void sameCallLogOnBoth_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    /// Writes, upserts, order, reopen and crash recovery of one node's calls only.
    void sameCallLogOnBoth()
    {
        QFETCH(QString, backend);
        QTemporaryDir dir;
        const StoreLocation where = location(backend, dir);
        const QDateTime t0 = QDateTime::currentDateTime().addSecs(-60);
        {
            CallStore s;
            s.setNode(QStringLiteral("node-a"));
            QVERIFY2(s.open(where), qPrintable(s.errorString()));
            QCOMPARE(s.schemaVersion(), CallStore::kSchemaVersion);
            QCOMPARE(s.dialect().isPostgres(), backend == u"postgresql");
            bridge::CallSnapshot c = snapshot(7, QStringLiteral("CA7"), t0);
            c.conversationId = QStringLiteral("conv_7");
            QVERIFY2(s.saveCall(c), qPrintable(s.errorString()));
            QVERIFY(s.addTranscript(
                7, {bridge::TranscriptLine::Role::Agent, 20, QStringLiteral("Hello"), false}));
            QVERIFY(s.addTranscript(
                7, {bridge::TranscriptLine::Role::Caller, 20, QStringLiteral("Hi"), false}));
            QVERIFY(s.markInterrupted(7, 20, 640));
            QVERIFY(s.addEvents(7, {{100, QStringLiteral("alarm"), QStringLiteral("dead air")},
                                    {100, QStringLiteral("state"), QStringLiteral("live")}}));
            elevenlabs::PostCallData d;
            d.conversationId = QStringLiteral("conv_7");
            d.callSuccessful = QStringLiteral("failure");
            d.cost = 12.5;
            QVERIFY2(s.savePostCall(d), qPrintable(s.errorString()));
            d.callSuccessful = QStringLiteral("success"); // the same conversation again: replaced
            QVERIFY2(s.savePostCall(d), qPrintable(s.errorString()));
            c.state = bridge::CallState::Ended;
            c.durationMs = 12000;
            QVERIFY(s.saveCall(c));
            // A live call of this node and one of another node sharing the database.
            QVERIFY(s.saveCall(snapshot(8, QStringLiteral("CA8"), t0.addSecs(10))));
            CallStore other;
            other.setNode(QStringLiteral("node-b"));
            QVERIFY2(other.open(where), qPrintable(other.errorString()));
            QVERIFY(other.saveCall(snapshot(9, QStringLiteral("CA9"), t0.addSecs(20))));
        }
        CallStore s;
        s.setNode(QStringLiteral("node-a"));
        QVERIFY2(s.open(where), qPrintable(s.errorString()));
        QCOMPARE(s.recoveredCalls(), 1); // CA8, not node-b's CA9
        QStringList states;
        for (const auto &r : s.recentCalls())
            states << r.callSid + u'=' + r.state;
        QCOMPARE(states, (QStringList{"CA9=live", "CA8=interrupted", "CA7=ended"}));
        const qint64 row = s.recentCalls().last().rowId;
        const store::CallRecord rec = s.record(row);
        QVERIFY(rec.found);
        QCOMPARE(rec.row.durationMs, 12000);
        QCOMPARE(rec.row.alarmCount, 1);
        QCOMPARE(rec.row.cost, 12.5);
        QCOMPARE(rec.postCall.callSuccessful, QStringLiteral("success"));
        QCOMPARE(rec.transcript.size(), 2);
        QCOMPARE(rec.transcript.at(0).text, QStringLiteral("Hello")); // insertion order at a tie
        QVERIFY(rec.transcript.at(0).interrupted);
        QCOMPARE(rec.transcript.at(0).heardMs, 640);
        QCOMPARE(rec.events.size(), 2);
        QCOMPARE(rec.events.at(0).kind, QStringLiteral("alarm"));
        QCOMPARE(rec.events.at(1).kind, QStringLiteral("state"));
    }

    /// "History search returns the same calls on SQLite and PostgreSQL for the same data."
    void historyIsTheSameOnBoth()
    {
        QTemporaryDir dir;
        CallStore lite, pg;
        QVERIFY2(lite.open(location(QStringLiteral("sqlite"), dir)),
                 qPrintable(lite.errorString()));
        QVERIFY2(pg.open(freshPostgres()), qPrintable(pg.errorString()));
        seed(lite);
        seed(pg);
        QList<store::HistoryFilter> filters;
        for (const char *words : {"",
                                  "refund",
                                  "Refund please",
                                  "refund AND \"please",
                                  "don't",
                                  "don",
                                  "worry i'll",
                                  "cafe",
                                  "café",
                                  "FERMÉ",
                                  "caf",
                                  "4242",
                                  "42",
                                  "invoice 4242",
                                  "straße",
                                  "Ünïcödé",
                                  "unicode",
                                  "AND",
                                  "OR NOT",
                                  "\"quoted\"",
                                  "*",
                                  "'",
                                  "nothing-matches",
                                  "human agent",
                                  "i'm upset",
                                  "late; again"}) {
            store::HistoryFilter f;
            f.search = QString::fromUtf8(words);
            filters << f;
        }
        store::HistoryFilter f;
        f.agentId = QStringLiteral("agent_b");
        filters << f;
        f.direction = QStringLiteral("inbound");
        filters << f;
        f = {};
        f.outcome = QStringLiteral("failed");
        filters << f;
        f.outcome = QStringLiteral("ok");
        f.search = QStringLiteral("parcel");
        filters << f;
        f = {};
        f.outcome = QStringLiteral("live");
        filters << f;
        f = {};
        f.alarmsOnly = true;
        filters << f;
        f = {};
        f.from = QDate(2026, 11, 21);
        f.to = QDate(2026, 11, 22);
        filters << f;
        f = {};
        f.callSids = {QStringLiteral("CA%1").arg(3, 32, 10, QLatin1Char('0')),
                      QStringLiteral("CA%1").arg(30, 32, 10, QLatin1Char('0'))};
        filters << f;
        f = {};
        f.limit = 5;
        filters << f;
        int nonEmpty = 0;
        for (const store::HistoryFilter &h : std::as_const(filters)) {
            const QStringList a = sids(lite, h), b = sids(pg, h);
            QVERIFY2(a == b, qPrintable(QStringLiteral("search “%1” agent %2: SQLite %3 / "
                                                       "PostgreSQL %4")
                                            .arg(h.search, h.agentId, a.join(u' '), b.join(u' '))));
            nonEmpty += a.isEmpty() ? 0 : 1;
        }
        QVERIFY(nonEmpty >= int(filters.size()) - 3); // not two empty answers agreeing
        // A few answers spelled out, so that both being wrong the same way also fails.
        f = {};
        f.search = QStringLiteral("refund");
        QCOMPARE(sids(pg, f).size(), 16);
        f.search = QStringLiteral("cafe");
        QCOMPARE(sids(pg, f).size(), 12);
        f = {};
        QCOMPARE(sids(pg, f).size(), 40);
    }

    void campaignsAndSuitesOnPostgres()
    {
        QTemporaryDir dir;
        CallStore s;
        QVERIFY2(s.open(freshPostgres()), qPrintable(s.errorString()));
        store::CampaignStore campaigns(s.connectionName());
        campaign::CampaignSettings settings;
        settings.name = QStringLiteral("spring");
        campaign::CampaignRow r1, r2;
        r1.row = 2;
        r1.phone = QStringLiteral("+15550101");
        r2.row = 3;
        r2.phone = QStringLiteral("+15550102");
        r2.nextAtMs = QDateTime::currentMSecsSinceEpoch(); // > 32 bits
        const qint64 id = campaigns.create(settings, "hash", {r1, r2});
        QVERIFY2(id > 0, qPrintable(campaigns.errorString()));
        QVERIFY2(campaigns.claim(id, 2, 0), qPrintable(campaigns.errorString()));
        QVERIFY(!campaigns.claim(id, 2, 0)); // a second claimer is refused
        QCOMPARE(campaigns.errorString(), QString());
        QVERIFY(campaigns.unclaim(id, 2, 1, campaign::RowStatus::Queued));
        QVERIFY(campaigns.claim(id, 2, 0));
        QCOMPARE(campaigns.list().size(), 1);
        QCOMPARE(campaigns.list().first().name, QStringLiteral("spring"));

        // A suite case needs a recorded call.
        const QString wav = dir.filePath(QStringLiteral("CA1.wav"));
        {
            audio::WavWriter w;
            QVERIFY(w.open(wav, 8000, 2));
            const std::vector<std::int16_t> silence(1600, 0);
            QVERIFY(w.write(silence));
        }
        bridge::CallSnapshot c = snapshot(1, QStringLiteral("CA1"), QDateTime::currentDateTime());
        c.recordingPath = wav;
        QVERIFY(s.saveCall(c));
        store::SuiteStore suites(s.connectionName(), dir.path());
        const qint64 suite = suites.ensureSuite(QStringLiteral("smoke"), {});
        QVERIFY2(suite > 0, qPrintable(suites.errorString()));
        QCOMPARE(suites.ensureSuite(QStringLiteral("smoke"), {}), suite);
        QStringList skipped;
        QCOMPARE(suites.addCases(suite, {s.rowIdOf(1)}, &skipped), 1);
        QCOMPARE(suites.cases(suite).size(), 1);
        QVERIFY(suites.saveRun(suite, QJsonObject{{QStringLiteral("agentId"), "a"}}, 1, 0) > 0);
        QCOMPARE(suites.runs(suite).size(), 1);
    }

    /// Nodes starting together on an empty database: one migrates, the other waits and
    /// finds it done (advisory lock).
    void nodesMigrateTogether()
    {
        const StoreLocation where = freshPostgres();
        auto openOne = [where](const QString &node) {
            CallStore s;
            s.setNode(node);
            return s.open(where) ? QString() : s.errorString();
        };
        auto a = std::async(std::launch::async, openOne, QStringLiteral("a"));
        auto b = std::async(std::launch::async, openOne, QStringLiteral("b"));
        QCOMPARE(a.get(), QString());
        QCOMPARE(b.get(), QString());
    }

    void unreachableOrRefusingDatabase()
    {
        // No such database: the operator must act; not retried.
        CallStore s;
        QString why;
        QVERIFY(!s.open(StoreLocation::parse(m_pg.url(QStringLiteral("nope")), &why)));
        QVERIFY2(s.errorString().contains(QStringLiteral("postgresql://patchline@127.0.0.1")),
                 qPrintable(s.errorString()));
        QVERIFY(!s.lastErrorTransient());
        // Nobody listening: tried again later.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closed = probe.serverPort();
        probe.close();
        CallStore t;
        QVERIFY(!t.open(StoreLocation::parse(
            QStringLiteral("postgresql://patchline@127.0.0.1:%1/x").arg(closed), &why)));
        QVERIFY2(t.lastErrorTransient(), qPrintable(t.errorString()));
    }

    /// "A lost connection is retried with backoff, calls keep running and rows are queued
    /// (bounded) and written when the database returns."
    void storageWaitsForTheServer()
    {
        QTemporaryDir dir;
        const StoreLocation where = freshPostgres();
        store::Storage storage(dir.path(), where, QStringLiteral("n1"));
        QStringList notices;
        connect(&storage, &store::Storage::notice, this,
                [&notices](const QString &n) { notices << n; });
        QCOMPARE(storage.waitOpened(nullptr), store::Storage::OpenState::Open);
        const QDateTime t0 = QDateTime::currentDateTime();
        auto callWithLines = [&](quint64 id) {
            storage.saveCall(snapshot(id, QStringLiteral("CA%1").arg(id), t0.addSecs(qint64(id))));
            for (int l = 0; l < 5; ++l)
                storage.addTranscript(id, {bridge::TranscriptLine::Role::Caller, l * 1000,
                                           QStringLiteral("line %1 of %2").arg(l).arg(id), false});
        };
        for (quint64 id = 1; id <= 5; ++id)
            callWithLines(id);
        storage.flush();
        QVERIFY(storage.reachable());
        m_pg.down();
        for (quint64 id = 6; id <= 10; ++id) // while the server is gone
            callWithLines(id);
        storage.flush();
        QVERIFY(!storage.reachable()); // Settings → Database says it waits
        QTest::qWait(2500);            // a few retries meet a closed port (backoff)
        QCOMPARE(m_pg.up(), QString());
        for (quint64 id = 11; id <= 15; ++id)
            callWithLines(id);
        int calls = 0, lines = 0;
        QVERIFY(test::waitFor(
            [&] {
                storage.query<QPair<int, int>>(
                    this,
                    [](store::CallStore &s) {
                        int n = 0;
                        for (const auto &r : s.recentCalls())
                            n += s.transcript(r.rowId).size();
                        return qMakePair(int(s.recentCalls().size()), n);
                    },
                    [&](const QPair<int, int> &r) {
                        calls = r.first;
                        lines = r.second;
                    });
                QTest::qWait(200);
                return calls == 15 && lines == 75;
            },
            30000));
        QVERIFY(storage.reachable());
        QVERIFY(storage.reconnects() >= 1);
        QVERIFY2(notices.join(u'\n').contains(QStringLiteral("cannot be reached")),
                 qPrintable(notices.join(u'\n')));
        QVERIFY2(notices.join(u'\n').contains(QStringLiteral("waiting change(s) written")),
                 qPrintable(notices.join(u'\n')));
    }

    /// "PostgreSQL restarted during 10 live calls → no call record or transcript line lost."
    void restartDuringTenLiveCalls()
    {
        const StoreLocation where = freshPostgres();
        test::SandboxFixture box;
        QVERIFY(box.start([&](engine::Engine::Options &o) {
                       o.config.storeUrl = m_pg.url(where.database);
                       o.config.nodeName = QStringLiteral("node-a");
                   })
                    .isEmpty());
        QSignalSpy finished(box.engine.get(), &engine::Engine::sandboxCallFinished);
        for (int i = 0; i < 10; ++i)
            box.engine->placeSandboxCall(sim::Scenario::load(9000));
        // Mid-call: every call live and talking.
        QVERIFY(test::waitFor(
            [&] {
                int live = 0;
                QSet<quint64> seen;
                for (const auto &u : box.updates)
                    seen.insert(u.snapshot.id);
                for (quint64 id : seen)
                    for (auto it = box.updates.crbegin(); it != box.updates.crend(); ++it)
                        if (it->snapshot.id == id) {
                            live += it->snapshot.state == bridge::CallState::Live ? 1 : 0;
                            break;
                        }
                return live == 10;
            },
            20000));
        QTest::qWait(2000);
        QString error;
        QVERIFY2(m_pg.restart(&error), qPrintable(error));
        QVERIFY(test::waitFor([&] { return finished.size() == 10; }, 60000));
        QVERIFY(test::waitFor(
            [&] {
                QSet<quint64> ended;
                for (const auto &u : box.updates)
                    if (u.snapshot.state == bridge::CallState::Ended)
                        ended.insert(u.snapshot.id);
                return ended.size() == 10;
            },
            10000));
        // What the bridge published: each call's transcript lines.
        QHash<QString, int> published;
        for (const auto &u : box.updates)
            published[u.snapshot.callSid] += int(u.lines.size());
        QCOMPARE(published.size(), 10);
        // What the database holds, once the waiting writes are in.
        QHash<QString, int> stored;
        QHash<QString, QString> states;
        QVERIFY(test::waitFor(
            [&] {
                box.engine->storage()->query<QList<std::tuple<QString, QString, int>>>(
                    this,
                    [](store::CallStore &s) {
                        QList<std::tuple<QString, QString, int>> out;
                        for (const auto &r : s.recentCalls())
                            out.append({r.callSid, r.state, int(s.transcript(r.rowId).size())});
                        return out;
                    },
                    [&](const QList<std::tuple<QString, QString, int>> &rows) {
                        stored.clear();
                        states.clear();
                        for (const auto &[sid, state, n] : rows) {
                            stored.insert(sid, n);
                            states.insert(sid, state);
                        }
                    });
                QTest::qWait(300);
                return stored == published;
            },
            30000));
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            QCOMPARE(it.value(), QStringLiteral("ended"));
        int lines = 0;
        for (int n : std::as_const(published))
            lines += n;
        QVERIFY2(lines >= 20, qPrintable(QString::number(lines)));
        QVERIFY(box.engine->storage()->reconnects() >= 1);
        qInfo("10 calls, PostgreSQL restarted mid-call: %d transcript lines, all stored; %d "
              "reconnect(s)",
              lines, box.engine->storage()->reconnects());
    }

    /// `patchline --headless --store postgresql://… --node NAME`: the demo call lands in
    /// PostgreSQL, owned by the node; a bad URL is refused before anything starts.
    void headlessWritesToPostgres()
    {
        const StoreLocation where = freshPostgres();
        QTemporaryDir dir;
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATCHLINE_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), dir.path());
        child.setProcessEnvironment(env);
        child.start(qEnvironmentVariable("PATCHLINE_BINARY"),
                    {QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                     QStringLiteral("--demo-call"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--store"),
                     m_pg.url(where.database), QStringLiteral("--node"), QStringLiteral("alpha")});
        QVERIFY2(child.waitForFinished(90000), qPrintable(child.errorString()));
        const QString out = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(out));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("patchline.sqlite"))));
        QSqlDatabase db = m_pg.connect(where.database);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT c.state, c.node, COUNT(t.id) FROM calls c JOIN "
                                      "transcript t ON t.call_id = c.id GROUP BY c.id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ended"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("alpha"));
        QVERIFY(q.value(2).toInt() >= 4);
        QVERIFY(!q.next()); // one call

        QProcess bad;
        bad.setProcessChannelMode(QProcess::MergedChannels);
        bad.setProcessEnvironment(env);
        bad.start(qEnvironmentVariable("PATCHLINE_BINARY"),
                  {QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                   QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--store"),
                   QStringLiteral("postgresql://u:hunter2pw@h/db?options=x")});
        QVERIFY(bad.waitForFinished(30000));
        const QString said = QString::fromUtf8(bad.readAll());
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY2(said.contains(QStringLiteral("--store")) && said.contains(u"options"),
                 qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("hunter2pw")));
    }

    void nodesHeartbeatAndLeaseJanitor_data() { sameCallLogOnBoth_data(); }

    /// Issue 20 §2, the rules: heartbeats on the server's clock, a node silent longer than the
    /// lease has its unfinished calls closed by another node, once; it comes back "up".
    void nodesHeartbeatAndLeaseJanitor()
    {
        QFETCH(QString, backend);
        QTemporaryDir dir;
        const StoreLocation where = location(backend, dir);
        CallStore a, b;
        a.setNode(QStringLiteral("a"));
        b.setNode(QStringLiteral("b"));
        QVERIFY2(a.open(where), qPrintable(a.errorString()));
        QVERIFY2(b.open(where), qPrintable(b.errorString()));
        store::NodeStore na(a.connectionName()), nb(b.connectionName());
        store::NodeInfo me;
        me.name = QStringLiteral("a");
        me.state = QStringLiteral("up");
        me.publicUrl = QStringLiteral("https://n1.voice.example.com");
        me.load = 1;
        QVERIFY2(na.heartbeat(me), qPrintable(na.errorString()));
        const QDateTime t0 = QDateTime::currentDateTime();
        QVERIFY(a.saveCall(snapshot(1, QStringLiteral("CA1"), t0))); // live on a
        bridge::CallSnapshot done = snapshot(2, QStringLiteral("CA2"), t0);
        done.state = bridge::CallState::Ended;
        QVERIFY(a.saveCall(done));
        QVERIFY(b.saveCall(snapshot(3, QStringLiteral("CA3"), t0))); // live on b
        store::NodeInfo other = me;
        other.name = QStringLiteral("b");
        QVERIFY(nb.heartbeat(other));
        // Node c runs with --lease 60: silent as long as a, it is not lost (its own lease).
        store::NodeInfo patient = me;
        patient.name = QStringLiteral("c");
        patient.leaseMs = 60000;
        QVERIFY2(nb.heartbeat(patient), qPrintable(nb.errorString()));
        QStringList lost;
        QCOMPARE(nb.reapLost(QStringLiteral("b"), 60000, &lost), 0); // a is fresh
        QCOMPARE(lost, QStringList());
        QTest::qWait(600);
        QVERIFY(nb.heartbeat(other));
        QCOMPARE(nb.reapLost(QStringLiteral("b"), 400, &lost), 1);
        QCOMPARE(lost, QStringList{QStringLiteral("a")});
        QCOMPARE(nb.reapLost(QStringLiteral("b"), 400, &lost), 0); // once
        QStringList states;
        for (const auto &r : b.recentCalls())
            states << r.callSid + u'=' + r.state;
        QCOMPARE(states, (QStringList{"CA3=live", "CA2=ended", "CA1=interrupted"}));
        const auto calls = b.recentCalls();
        QVERIFY2(calls.last().endReason.contains(QStringLiteral("node a stopped heartbeating")),
                 qPrintable(calls.last().endReason));
        QVERIFY(calls.last().endedAt.isValid());
        auto nodes = nb.nodes();
        QCOMPARE(nodes.size(), 3);
        QCOMPARE(nodes.at(2).state, QStringLiteral("up")); // c: its own 60 s lease
        QCOMPARE(nodes.at(2).leaseMs, 60000);
        QCOMPARE(nodes.at(0).leaseMs, 0);
        QCOMPARE(nodes.at(0).state, QStringLiteral("lost"));
        QCOMPARE(nodes.at(0).publicUrl, QStringLiteral("https://n1.voice.example.com"));
        QVERIFY(nodes.at(0).ageMs >= 400);
        QCOMPARE(nodes.at(1).state, QStringLiteral("up"));
        QVERIFY2(nodes.at(1).ageMs >= 0 && nodes.at(1).ageMs < 5000,
                 qPrintable(QString::number(nodes.at(1).ageMs)));
        // A lost node takes no hand-overs (nobody would read them).
        bool running = true;
        QCOMPARE(nb.ownerOf(QStringLiteral("CA1"), &running), QStringLiteral("a"));
        QVERIFY(!running);
        QCOMPARE(nb.ownerOf(QStringLiteral("CA3"), &running), QStringLiteral("b"));
        QVERIFY(running);
        QCOMPARE(nb.ownerOf(QStringLiteral("CAnone"), &running), QString());
        QVERIFY(!running);
        QVERIFY(na.heartbeat(me)); // a comes back
        QCOMPARE(nb.nodes().at(0).state, QStringLiteral("up"));
        QCOMPARE(nb.ownerOf(QStringLiteral("CA1"), &running), QStringLiteral("a"));
        QVERIFY(running);
    }

    /// "Node A killed (SIGKILL) mid-call → B marks the call interrupted after the lease."
    void killedNodesCallsAreClosedByAnother()
    {
        const StoreLocation where = freshPostgres();
        QTemporaryDir dirA, dirB;
        const auto node = [&](QProcess &p, const QString &name, const QString &data,
                              const QStringList &extra) {
            test::startHeadlessNode(p, data, dirA.path(),
                                    QStringList{QStringLiteral("--store"), m_pg.url(where.database),
                                                QStringLiteral("--node"), name,
                                                QStringLiteral("--lease"), QStringLiteral("3")} +
                                        extra);
        };
        QProcess b;
        node(b, QStringLiteral("b"), dirB.path(), {});
        QProcess a;
        node(a, QStringLiteral("a"), dirA.path(), {QStringLiteral("--demo-call")});
        QString out;
        QVERIFY(test::waitFor(
            [&] {
                out += QString::fromUtf8(a.readAll());
                return out.count(QStringLiteral("] agent : ")) >= 2;
            },
            40000));
        QTest::qWait(500); // the storage thread writes what was printed
        ::kill(pid_t(a.processId()), SIGKILL);
        QVERIFY(a.waitForFinished(5000));
        QElapsedTimer sinceKill;
        sinceKill.start();
        QSqlDatabase db = m_pg.connect(where.database);
        QString state, reason;
        QVERIFY(test::waitFor(
            [&] {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT state, end_reason FROM calls WHERE node = 'a'"));
                if (q.next()) {
                    state = q.value(0).toString();
                    reason = q.value(1).toString();
                }
                return state == u"interrupted";
            },
            20000));
        const qint64 tookMs = sinceKill.elapsed();
        QVERIFY2(reason.contains(QStringLiteral("node a stopped heartbeating for more than 3.0 s")),
                 qPrintable(reason));
        QVERIFY2(tookMs >= 1500, qPrintable(QString::number(tookMs))); // not before the lease
        QSqlQuery n(db);
        QVERIFY(n.exec(QStringLiteral("SELECT state FROM nodes WHERE name = 'a'")) && n.next());
        QCOMPARE(n.value(0).toString(), QStringLiteral("lost"));
        // B leaves in order: "stopped".
        ::kill(pid_t(b.processId()), SIGTERM);
        QVERIFY(b.waitForFinished(20000));
        const QString bOut = QString::fromUtf8(b.readAll());
        QVERIFY2(bOut.contains(QStringLiteral("node a stopped heartbeating")), qPrintable(bOut));
        QVERIFY(n.exec(QStringLiteral("SELECT state FROM nodes WHERE name = 'b'")) && n.next());
        QCOMPARE(n.value(0).toString(), QStringLiteral("stopped"));
        qInfo("node a SIGKILLed mid-call: its call marked interrupted by node b after %lld ms "
              "(lease 3 s)",
              tookMs);
    }

    /// "A post-call webhook delivered to B lands on the right call": node B stores it in the
    /// shared database; it joins node A's call by conversation id.
    void postCallOnAnotherNodeLandsOnTheCall()
    {
        const StoreLocation where = freshPostgres();
        CallStore a;
        a.setNode(QStringLiteral("a"));
        QVERIFY2(a.open(where), qPrintable(a.errorString()));
        bridge::CallSnapshot c = snapshot(1, QStringLiteral("CA1"), QDateTime::currentDateTime());
        c.conversationId = QStringLiteral("conv_on_a");
        c.state = bridge::CallState::Ended;
        QVERIFY(a.saveCall(c));
        test::SandboxFixture b;
        QVERIFY(b.start([&](engine::Engine::Options &o) {
                     o.config.storeUrl = m_pg.url(where.database);
                     o.config.nodeName = QStringLiteral("b");
                 }).isEmpty());
        const QByteArray body =
            R"({"type":"post_call_transcription","event_timestamp":1,"data":{"agent_id":"x",)"
            R"("conversation_id":"conv_on_a","status":"done","transcript":[],)"
            R"("analysis":{"call_successful":"success","transcript_summary":"via node b"}}})";
        QNetworkAccessManager nam;
        QNetworkRequest rq(
            QUrl(QStringLiteral("http://127.0.0.1:%1/elevenlabs/post-call").arg(b.engine->port())));
        rq.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        rq.setRawHeader("ElevenLabs-Signature",
                        elevenlabs::signPostCall(b.engine->config().elevenLabsWebhookSecret, body,
                                                 QDateTime::currentSecsSinceEpoch()));
        QNetworkReply *reply = nam.post(rq, body);
        QVERIFY(test::waitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        b.engine->storage()->flush();
        const store::CallRecord rec = a.record(a.rowIdOf(1));
        QVERIFY(rec.found);
        QCOMPARE(rec.postCall.summary, QStringLiteral("via node b"));
        QCOMPARE(a.recentCalls().size(), 1); // B made no call of its own from it
    }

    /// "Its completed status callback delivered to node B updates the call on A": B does not
    /// hold the call, finds its owner in the shared database and hands the callback over
    /// (a row and NOTIFY); A applies it to its call.
    void statusCallbackOnAnotherNodeReachesTheOwner()
    {
        const StoreLocation where = freshPostgres();
        const auto onNode = [&](const QString &name) {
            return [&, name](engine::Engine::Options &o) {
                o.config.storeUrl = m_pg.url(where.database);
                o.config.nodeName = name;
                o.config.nodeLeaseMs = 3000; // a heartbeat (and a database round) every second
                o.sandboxOutboundScenario = sim::Scenario::load(3000);
            };
        };
        test::SandboxFixture a, b;
        QVERIFY(a.start(onNode(QStringLiteral("a"))).isEmpty());
        QVERIFY(b.start(onNode(QStringLiteral("b"))).isEmpty());
        const QString sid = a.runToEnd(sim::Scenario::load(3000), 40000);
        QVERIFY(!sid.isEmpty());
        a.engine->storage()->flush();
        QSignalSpy handedLog(b.engine.get(), &engine::Engine::log);

        const QString url =
            QStringLiteral("http://127.0.0.1:%1/twilio/status").arg(b.engine->port());
        QNetworkAccessManager nam;
        // A signed `completed` callback for A's call, posted to B.
        const auto postToB = [&](int sequence) {
            twilio::StatusCallback cb;
            cb.callSid = sid;
            cb.accountSid = b.engine->config().twilioAccountSid;
            cb.status = QStringLiteral("completed");
            cb.sequence = sequence;
            cb.durationSecs = 4242;
            const twilio::FormParams form = cb.toForm();
            QNetworkRequest rq{QUrl(url)};
            rq.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            rq.setRawHeader(
                "X-Twilio-Signature",
                twilio::computeSignature(b.engine->config().twilioAuthToken, url, form).toLatin1());
            QNetworkReply *reply = nam.post(rq, twilio::encodeForm(form));
            test::waitFor([reply] { return reply->isFinished(); }, 10000);
            const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
            return code;
        };
        // A shows it on its call, as if Twilio had called A.
        const auto shownOnA = [&](int sequence) {
            const QString mark = QStringLiteral("(#%1)").arg(sequence);
            return test::waitFor(
                [&] {
                    for (const auto &u : a.updates)
                        for (const auto &e : u.events)
                            if (u.snapshot.callSid == sid && e.text.contains(mark))
                                return true;
                    return false;
                },
                10000);
        };
        QCOMPARE(postToB(99), 200);
        QVERIFY2(shownOnA(99), qPrintable(a.last(sid).twilioStatus));
        QCOMPARE(a.last(sid).twilioDurationSecs, 4242);
        // B said where it went, and made no call of its own from it.
        QVERIFY(test::waitFor(
            [&] {
                for (const auto &l : handedLog)
                    if (l.first().toString().contains(QStringLiteral("handed to node a")))
                        return true;
                return false;
            },
            5000));
        QVERIFY(b.last(sid).callSid.isEmpty());

        // After a restart of PostgreSQL, A listens again (and takes what waited meanwhile).
        QString error;
        QVERIFY2(m_pg.restart(&error), qPrintable(error));
        QCOMPARE(postToB(100), 200);
        QVERIFY(shownOnA(100));
    }

    void engineRefusesABadDatabase()
    {
        test::SandboxFixture box;
        const QString error = box.start([&](engine::Engine::Options &o) {
            o.config.storeUrl = m_pg.url(QStringLiteral("missing_db"));
        });
        QVERIFY2(error.contains(QStringLiteral("missing_db")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
