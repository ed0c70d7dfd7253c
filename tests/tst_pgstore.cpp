#include "PgFixture.h"
#include "SandboxFixture.h"
#include "TestUtil.h"

#include "audio/WavFile.h"
#include "settings/Redact.h"
#include "settings/StoreLocation.h"
#include "store/CallStore.h"
#include "store/CampaignStore.h"
#include "store/SqlDialect.h"
#include "store/Storage.h"
#include "store/SuiteStore.h"

#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        m_pg.down();
        for (quint64 id = 6; id <= 10; ++id) // while the server is gone
            callWithLines(id);
        storage.flush();
        QTest::qWait(2500); // a few retries meet a closed port (backoff)
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
