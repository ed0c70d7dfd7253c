#include "settings/Redact.h"
#include "store/CallStore.h"
#include "store/Export.h"
#include "store/Storage.h"

#include "TestUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace patchline;

class TestCallStore : public QObject
{
    Q_OBJECT
    QStringList m_notices;

    /// The notices `storage` sends from now on, collected on this thread.
    QStringList &collectNotices(store::Storage &storage)
    {
        m_notices.clear();
        connect(&storage, &store::Storage::notice, this,
                [this](const QString &n) { m_notices << n; });
        return m_notices;
    }

private slots:
    void saveUpdateAndTranscript()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
        {
            store::CallStore s;
            QVERIFY2(s.open(path), qPrintable(s.errorString()));
            QCOMPARE(s.schemaVersion(), store::CallStore::kSchemaVersion);
            bridge::CallSnapshot snap;
            snap.id = 7;
            snap.callSid = QStringLiteral("CA1");
            snap.from = QStringLiteral("+15550100");
            snap.to = QStringLiteral("+15550199");
            snap.direction = QStringLiteral("outbound-api");
            snap.state = bridge::CallState::Live;
            snap.startedAt = QDateTime::currentDateTime();
            s.saveCall(snap);
            s.addTranscript(
                7, {bridge::TranscriptLine::Role::Agent, 20, QStringLiteral("Hello"), false});
            s.addTranscript(
                7, {bridge::TranscriptLine::Role::Caller, 4800, QStringLiteral("Hi"), false});
            s.markInterrupted(7, 20);
            snap.state = bridge::CallState::Ended;
            snap.durationMs = 12000;
            snap.endReason = QStringLiteral("caller hung up");
            s.saveCall(snap); // update, not a second row
            QCOMPARE(s.recentCalls().size(), 1);
        }
        // Reopen: everything is on disk.
        store::CallStore s;
        QVERIFY(s.open(path));
        const auto rows = s.recentCalls();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().callSid, QStringLiteral("CA1"));
        QCOMPARE(rows.first().state, QStringLiteral("ended"));
        QCOMPARE(rows.first().endReason, QStringLiteral("caller hung up"));
        QCOMPARE(rows.first().startedAt.msecsTo(rows.first().endedAt), 12000);
        const auto lines = s.transcript(rows.first().rowId);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).text, QStringLiteral("Hello"));
        QVERIFY(lines.at(0).interrupted);
        QCOMPARE(lines.at(1).offsetMs, 4800);
        QVERIFY(!lines.at(1).interrupted);
    }

    void retentionDeletesOldRecordingsOnly()
    {
        QTemporaryDir dir;
        store::CallStore s;
        QVERIFY(s.open(dir.filePath(QStringLiteral("calls.sqlite"))));
        const QDateTime now = QDateTime::currentDateTime();
        auto call = [&](quint64 id, int daysAgo) {
            bridge::CallSnapshot snap;
            snap.id = id;
            snap.callSid = QStringLiteral("CA%1").arg(id);
            snap.state = bridge::CallState::Ended;
            snap.startedAt = now.addDays(-daysAgo);
            snap.durationMs = 60000;
            snap.recordingPath = dir.filePath(QStringLiteral("%1.wav").arg(id));
            QFile f(snap.recordingPath);
            f.open(QIODevice::WriteOnly);
            f.write("RIFF");
            s.saveCall(snap);
            s.addTranscript(id,
                            {bridge::TranscriptLine::Role::Agent, 0, QStringLiteral("Hi"), false});
            return snap.recordingPath;
        };
        const QString old = call(1, 40);
        const QString recent = call(2, 3);
        QCOMPARE(s.pruneRecordings(0, now), 0); // 0 = keep forever
        QVERIFY(QFile::exists(old));
        QCOMPARE(s.pruneRecordings(30, now), 1);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(recent));
        const auto rows = s.recentCalls();
        QCOMPARE(rows.size(), 2); // the call and its transcript stay
        for (const auto &r : rows) {
            QCOMPARE(r.recordingPath.isEmpty(), r.callSid == u"CA1");
            QCOMPARE(s.transcript(r.rowId).size(), 1);
        }
        QCOMPARE(s.pruneRecordings(30, now), 0); // nothing left to prune
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        store::CallStore s;
        QVERIFY(!s.open(path));
        QVERIFY(s.errorString().contains(QStringLiteral("99")));
    }

    void upgradesAVersion3FileAndIndexesItsTranscripts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            // The schema as Patchline 0.3 left it (versions 1–3), with one call.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT, call_sid TEXT,"
                  " stream_sid TEXT, direction TEXT, from_number TEXT, to_number TEXT,"
                  " agent_id TEXT, conversation_id TEXT, state TEXT, started_at TEXT,"
                  " ended_at TEXT, end_reason TEXT, recording_path TEXT, price TEXT)",
                  "CREATE TABLE transcript (call_id INTEGER REFERENCES calls(id) ON DELETE"
                  " CASCADE, offset_ms INTEGER, role TEXT, text TEXT, interrupted INTEGER"
                  " DEFAULT 0, heard_ms INTEGER)",
                  "CREATE TABLE post_call (conversation_id TEXT PRIMARY KEY, type TEXT,"
                  " agent_id TEXT, status TEXT, termination_reason TEXT, call_successful TEXT,"
                  " summary TEXT, duration_secs INTEGER, cost REAL, payload TEXT,"
                  " received_at TEXT)",
                  "INSERT INTO calls (call_sid, direction, agent_id, state, started_at, ended_at,"
                  " end_reason) VALUES ('CAold', 'inbound', 'agent_a', 'ended',"
                  " '2026-10-01T10:00:00.000', '2026-10-01T10:01:00.000', 'caller hung up')",
                  "INSERT INTO transcript (call_id, offset_ms, role, text) VALUES (1, 500,"
                  " 'caller', 'I would like a refund for my order')",
                  "PRAGMA user_version=3"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3"));
        store::CallStore s;
        QVERIFY2(s.open(path), qPrintable(s.errorString()));
        QCOMPARE(s.schemaVersion(), store::CallStore::kSchemaVersion);
        store::HistoryFilter f;
        f.search = QStringLiteral("refund");
        const auto rows = s.history(f);
        QCOMPARE(rows.size(), 1); // the old line was indexed by the migration
        QCOMPARE(rows.first().callSid, QStringLiteral("CAold"));
        QCOMPARE(rows.first().match, QStringLiteral("I would like a refund for my order"));
        QCOMPARE(rows.first().alarmCount, 0);
        QVERIFY(!rows.first().failed);
    }

    void historyFiltersAndSearch()
    {
        QTemporaryDir dir;
        store::CallStore s;
        QVERIFY(s.open(dir.filePath(QStringLiteral("calls.sqlite"))));
        const QDateTime day = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
        auto call = [&](quint64 id, int dayOffset, const QString &agent, const QString &dir,
                        bool failed, const QString &line) {
            bridge::CallSnapshot snap;
            snap.id = id;
            snap.callSid = QStringLiteral("CA%1").arg(id);
            snap.agentId = agent;
            snap.direction = dir;
            snap.state = bridge::CallState::Ended;
            snap.failed = failed;
            snap.startedAt = day.addDays(dayOffset);
            snap.durationMs = 30000 + qint64(id);
            snap.turns = 3;
            snap.turnLatencyP50Ms = 700;
            s.saveCall(snap);
            s.addTranscript(id, {bridge::TranscriptLine::Role::Caller, 1000, line, false});
        };
        call(1, 0, QStringLiteral("agent_a"), QStringLiteral("inbound"), false,
             QStringLiteral("Where is my parcel?"));
        call(2, 1, QStringLiteral("agent_b"), QStringLiteral("outbound-api"), true,
             QStringLiteral("I want a refund, please."));
        call(3, 2, QStringLiteral("agent_a"), QStringLiteral("outbound-api"), false,
             QStringLiteral("Refunds take three days?"));
        s.addEvents(3, {{500, QStringLiteral("alarm"), QStringLiteral("dead air")},
                        {900, QStringLiteral("alarm-cleared"), QStringLiteral("dead air")}});
        const auto sids = [&](const store::HistoryFilter &f) {
            QStringList out;
            for (const auto &r : s.history(f))
                out << r.callSid;
            return out;
        };
        QCOMPARE(sids({}), (QStringList{"CA3", "CA2", "CA1"})); // newest first
        store::HistoryFilter f;
        f.search = QStringLiteral("refund");
        QCOMPARE(sids(f), (QStringList{"CA3", "CA2"}));   // prefix: "Refunds" too
        f.search = QStringLiteral("refund AND \"please"); // operators and quotes are words
        QCOMPARE(sids(f), QStringList{});
        f.search = QStringLiteral("refund please");
        QCOMPARE(sids(f), QStringList{"CA2"});
        f = {};
        f.agentId = QStringLiteral("agent_a");
        QCOMPARE(sids(f), (QStringList{"CA3", "CA1"}));
        f.direction = QStringLiteral("outbound-api");
        QCOMPARE(sids(f), QStringList{"CA3"});
        f = {};
        f.outcome = QStringLiteral("failed");
        QCOMPARE(sids(f), QStringList{"CA2"});
        f.outcome = QStringLiteral("ok");
        QCOMPARE(sids(f), (QStringList{"CA3", "CA1"}));
        f = {};
        f.alarmsOnly = true;
        QCOMPARE(sids(f), QStringList{"CA3"});
        f = {};
        f.callSids = {QStringLiteral("CA1"), QStringLiteral("CA3")}; // a replay and its original
        QCOMPARE(sids(f), (QStringList{"CA3", "CA1"}));
        f = {};
        f.from = QDate(2026, 11, 21);
        f.to = QDate(2026, 11, 21);
        QCOMPARE(sids(f), QStringList{"CA2"});

        const store::CallRecord rec = s.record(s.history({}).first().rowId);
        QVERIFY(rec.found);
        QCOMPARE(rec.events.size(), 2);
        QCOMPARE(rec.events.first().kind, QStringLiteral("alarm"));
        QCOMPARE(rec.row.latencyP50Ms, 700);
        QCOMPARE(rec.metrics.value(u"turns").toInt(), 3);
        QCOMPARE(rec.transcript.size(), 1);
    }

    /// issue 8 §3: 10,000 calls, the history query with and without search (figures noted,
    /// not asserted: timing belongs in benchmarks, the result sizes are asserted).
    void tenThousandCalls()
    {
        QTemporaryDir dir;
        store::CallStore s;
        QVERIFY(s.open(dir.filePath(QStringLiteral("calls.sqlite"))));
        const QStringList words{QStringLiteral("refund"), QStringLiteral("parcel"),
                                QStringLiteral("invoice"), QStringLiteral("delivery")};
        const QDateTime start = QDateTime::currentDateTime().addDays(-100);
        QElapsedTimer t;
        t.start();
        s.transaction();
        for (quint64 id = 1; id <= 10000; ++id) {
            bridge::CallSnapshot snap;
            snap.id = id;
            snap.callSid = QStringLiteral("CA%1").arg(id, 32, 10, QLatin1Char('0'));
            snap.agentId = id % 3 ? QStringLiteral("agent_a") : QStringLiteral("agent_b");
            snap.direction = QStringLiteral("inbound");
            snap.state = bridge::CallState::Ended;
            snap.startedAt = start.addSecs(qint64(id) * 600);
            snap.durationMs = 60000;
            s.saveCall(snap);
            for (int l = 0; l < 8; ++l)
                s.addTranscript(id, {l % 2 ? bridge::TranscriptLine::Role::Caller
                                           : bridge::TranscriptLine::Role::Agent,
                                     l * 4000,
                                     QStringLiteral("line %1 about the %2 of call %3")
                                         .arg(l)
                                         .arg(words.at(int((id + quint64(l)) % 4)))
                                         .arg(id),
                                     false});
        }
        QVERIFY(s.commit());
        const qint64 insertMs = t.elapsed();
        t.restart();
        QCOMPARE(s.history({}).size(), 10000);
        const qint64 allMs = t.elapsed();
        store::HistoryFilter f;
        f.search = QStringLiteral("refund");
        t.restart();
        QCOMPARE(s.history(f).size(), 10000); // every call mentions each word once in 4 lines
        const qint64 searchMs = t.elapsed();
        f.search = QStringLiteral("call 4242");
        t.restart();
        const auto one = s.history(f);
        const qint64 rareMs = t.elapsed();
        QVERIFY(!one.isEmpty());
        f = {};
        f.agentId = QStringLiteral("agent_b");
        t.restart();
        QCOMPARE(s.history(f).size(), 3333);
        const qint64 agentMs = t.elapsed();
        qInfo("10,000 calls × 8 lines: insert %lld ms; history all %lld ms, search 'refund' "
              "%lld ms, search 'call 4242' %lld ms, one agent %lld ms",
              insertMs, allMs, searchMs, rareMs, agentMs);
    }

    void wireLogLineIsJsonAndRedacted()
    {
        // The wire log is built by hand for speed: every line must still be valid JSON with
        // its fields, and free-form fields must lose registered secrets.
        settings::registerSecret("sk_wire_secret_123456");
        bridge::WireEntry e;
        e.atMs = 1234;
        e.agentSide = true;
        e.incoming = false;
        e.type = QStringLiteral("user_audio_chunk");
        e.bytes = 300;
        e.eventId = 7;
        e.detail = QStringLiteral("quote \" backslash \\ newline \n tab \t bell \x07 key "
                                  "sk_wire_secret_123456 é");
        const QByteArray line = store::wireJsonLine(e);
        QVERIFY(!line.contains('\n'));
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(line, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"t").toInteger(), 1234);
        QCOMPARE(o.value(u"side").toString(), QStringLiteral("agent"));
        QCOMPARE(o.value(u"dir").toString(), QStringLiteral("out"));
        QCOMPARE(o.value(u"type").toString(), QStringLiteral("user_audio_chunk"));
        QCOMPARE(o.value(u"bytes").toInt(), 300);
        QCOMPARE(o.value(u"event_id").toInt(), 7);
        QVERIFY(!o.contains(u"seq"));
        const QString detail = o.value(u"detail").toString();
        QVERIFY(detail.contains(u"quote \" backslash \\ newline \n tab \t bell \x07"));
        QVERIFY(detail.endsWith(u"é"));
        QVERIFY(!detail.contains(u"sk_wire_secret_123456"));
        QVERIFY(!line.contains("sk_wire_secret_123456"));
        // A remote event name that is not a plain name is redacted too.
        e.type = QStringLiteral("odd token=sk_wire_secret_123456");
        QVERIFY(!store::wireJsonLine(e).contains("sk_wire_secret_123456"));
        settings::clearRegisteredSecrets();
    }

    void databaseLockedByAnotherProcessLosesNothing()
    {
        // issue 16 §10: another process holds the write lock for longer than the busy
        // timeout. Calls keep being saved: the operator is told, the changes wait in memory
        // in order, and all of them are written once the lock is released.
        QTemporaryDir dir;
        store::Storage storage(dir.path());
        QStringList &notices = collectNotices(storage);
        const auto noticeWith = [&notices](const QString &part) {
            return test::waitFor(
                [&] {
                    for (const QString &n : notices)
                        if (n.contains(part))
                            return true;
                    return false;
                },
                10000);
        };
        bridge::CallSnapshot first;
        first.id = 1;
        first.callSid = QStringLiteral("CA0123456789abcdef0123456789abc001");
        first.state = bridge::CallState::Live;
        first.startedAt = QDateTime::currentDateTime();
        storage.saveCall(first);
        storage.flush();

        QProcess holder;
        holder.start(qEnvironmentVariable("PATCHLINE_HOLDLOCK"), {storage.databasePath()});
        QVERIFY2(holder.waitForStarted(5000), qPrintable(holder.errorString()));
        QVERIFY(test::waitFor([&] { return holder.canReadLine(); }, 10000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));

        bridge::CallSnapshot second = first;
        second.id = 2;
        second.callSid = QStringLiteral("CA0123456789abcdef0123456789abc002");
        storage.saveCall(second);
        storage.addTranscript(
            2, {bridge::TranscriptLine::Role::Agent, 40, QStringLiteral("Hello from 2"), false});
        storage.addEvents(2, {{40, QStringLiteral("alarm"), QStringLiteral("slow turn")}});
        first.state = bridge::CallState::Ended;
        first.durationMs = 5000;
        first.endReason = QStringLiteral("caller hung up");
        storage.saveCall(first);
        QVERIFY2(noticeWith(QStringLiteral("locked by another program")),
                 qPrintable(notices.join(u'\n')));

        holder.closeWriteChannel(); // the other process commits and exits
        QVERIFY(holder.waitForFinished(10000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY2(noticeWith(QStringLiteral("writable again")), qPrintable(notices.join(u'\n')));
        QVERIFY2(notices.last().contains(QStringLiteral("4 waiting")), qPrintable(notices.last()));
        storage.flush();

        QList<store::HistoryRow> rows;
        bool done = false;
        storage.queryHistory({}, this,
                             [&](const QList<store::HistoryRow> &r, qint64, const QString &) {
                                 rows = r;
                                 done = true;
                             });
        QVERIFY(test::waitFor([&] { return done; }, 5000));
        QCOMPARE(rows.size(), 2);
        for (const store::HistoryRow &r : rows) {
            if (r.callSid == first.callSid) {
                QCOMPARE(r.endReason, QStringLiteral("caller hung up"));
                continue;
            }
            QCOMPARE(r.callSid, second.callSid);
            QCOMPARE(r.alarmCount, 1);
            store::CallRecord rec;
            bool loaded = false;
            storage.loadRecord(r.rowId, this, [&](const store::CallRecord &c) {
                rec = c;
                loaded = true;
            });
            QVERIFY(test::waitFor([&] { return loaded; }, 5000));
            QCOMPARE(rec.transcript.size(), 1);
            QCOMPARE(rec.transcript.first().text, QStringLiteral("Hello from 2"));
        }
    }

    void slowDiskDropsWireLinesAndNeverBlocks()
    {
        // issue 16 §3: the storage thread is stuck (here: opening a FIFO nobody reads). The
        // queue to it stays bounded: beyond Storage::kMaxQueuedBytes the newest wire-log
        // lines are dropped and counted, appendWireLog() returns at once, and every line
        // accepted is written once the disk is back.
        QTemporaryDir dir;
        store::Storage storage(dir.path());
        QStringList &notices = collectNotices(storage);
        const QString stuck =
            storage.recordingPathFor(QStringLiteral("CA0123456789abcdef0123456789abcd11"), 1);
        QVERIFY(QDir().mkpath(QFileInfo(stuck).absolutePath()));
        QVERIFY(::mkfifo(QFile::encodeName(stuck).constData(), 0600) == 0);
        storage.openRecording(1, stuck); // blocks the storage thread until a reader comes
        const QString path =
            storage.recordingPathFor(QStringLiteral("CA0123456789abcdef0123456789abcd12"), 2);
        storage.openRecording(2, path);

        bridge::WireEntry e;
        e.type = QStringLiteral("mark");
        e.detail = QString(200, u'm');
        const QList<bridge::WireEntry> batch(1000, e);
        constexpr int kBatches = 200; // ≈ 100 MB of entries, three times the budget
        for (int i = 0; i < kBatches; ++i)
            storage.appendWireLog(2, batch);
        const qint64 dropped = storage.wireLinesDropped();
        QVERIFY2(dropped > 0 && dropped < qint64(kBatches) * batch.size(),
                 qPrintable(QString::number(dropped)));
        QCOMPARE(dropped % batch.size(), 0);
        QVERIFY(test::waitFor(
            [&] { return notices.join(u'\n').contains(QStringLiteral("not keeping up")); }, 5000));

        const int reader = ::open(QFile::encodeName(stuck).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        storage.flush();
        ::close(reader);
        QVERIFY2(
            test::waitFor([&] { return notices.join(u'\n').contains(QStringLiteral("caught up")); },
                          5000),
            qPrintable(notices.join(u'\n')));
        storage.closeRecording(2);
        storage.flush();
        QFile wire(store::wireLogPathFor(path));
        QVERIFY(wire.open(QIODevice::ReadOnly));
        qint64 lines = 0;
        while (!wire.readLine().isEmpty())
            ++lines;
        QCOMPARE(lines, qint64(kBatches) * batch.size() - dropped);
    }

    void namesAreOursNotTheNetworks()
    {
        // issue 16 §2: a CallSid names a file only when it is one.
        QVERIFY(bridge::isTwilioSid(u"CA0123456789abcdef0123456789abcdef", u"CA"));
        QVERIFY(bridge::isTwilioSid(u"MZ0123456789abcdef0123456789abcdef", u"MZ"));
        QVERIFY(!bridge::isTwilioSid(u"MZ0123456789abcdef0123456789abcdef", u"CA"));
        QVERIFY(!bridge::isTwilioSid(u"CA0123456789ABCDEF0123456789abcdef", u"CA"));
        QVERIFY(!bridge::isTwilioSid(u"CA0123456789abcdef0123456789abcde", u"CA"));
        QVERIFY(!bridge::isTwilioSid(u"CA../../../../../../../../../../tmp/x", u"CA"));
        QVERIFY(!bridge::isTwilioSid(u"", u"CA"));

        QTemporaryDir dir;
        store::Storage storage(dir.path());
        const QString good = QStringLiteral("CA0123456789abcdef0123456789abcdef");
        QVERIFY(storage.recordingPathFor(good, 3).endsWith(u'/' + good + QStringLiteral(".wav")));
        for (const QString &evil :
             {QStringLiteral("../../../../../../../../tmp/evil"), QStringLiteral("/etc/passwd"),
              QStringLiteral(""), QStringLiteral("CAtest..")}) {
            const QString p = storage.recordingPathFor(evil, 42);
            QVERIFY2(storage.isInsideDataDir(p), qPrintable(p));
            QVERIFY2(QFileInfo(p).fileName().startsWith(u"call-"), qPrintable(p));
            QVERIFY2(QFileInfo(p).fileName().endsWith(u"-42.wav"), qPrintable(p));
            QVERIFY(!p.contains(u".."));
        }
        QVERIFY(!storage.isInsideDataDir(dir.filePath(QStringLiteral("../x.wav"))));
        QVERIFY(!storage.isInsideDataDir(QStringLiteral("/tmp/x.wav")));
        QVERIFY(storage.isInsideDataDir(dir.filePath(QStringLiteral("recordings/d/x.wav"))));
        // A symbolic link inside the data folder that leads out of it does not count.
        QTemporaryDir outside;
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("link"))));
        QVERIFY(!storage.isInsideDataDir(dir.filePath(QStringLiteral("link/x.wav"))));
        // Recording there is refused with a notice naming the path, and nothing is created.
        QSignalSpy notices(&storage, &store::Storage::notice);
        storage.openRecording(9, dir.filePath(QStringLiteral("link/x.wav")));
        QVERIFY(notices.wait(5000));
        QVERIFY2(notices.first().first().toString().contains(QStringLiteral("outside")),
                 qPrintable(notices.first().first().toString()));
        QVERIFY(QDir(outside.path()).entryList(QDir::Files).isEmpty());
    }

    void filesAreOwnerOnly()
    {
        // issue 16 §4, without relying on the umask (tests do not set one).
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const auto mode = [](const QString &path) {
            struct stat st
            {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777)
                                                                         : -1;
        };
        {
            store::Storage storage(data);
            const QString wav = storage.recordingPathFor(QString(), 1);
            storage.openRecording(1, wav);
            storage.appendRecording(1, QByteArray(3200, '\0'));
            storage.closeRecording(1);
            QString error;
            bool written = false;
            storage.writeFile(dir.filePath(QStringLiteral("export.txt")), "x", this,
                              [&](const QString &e) {
                                  error = e;
                                  written = true;
                              });
            QTRY_VERIFY(written);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(mode(wav), 0600);
            QCOMPARE(mode(store::wireLogPathFor(wav)), 0600);
            QCOMPARE(mode(QFileInfo(wav).absolutePath()), 0700);
            QCOMPARE(mode(QDir(data).filePath(QStringLiteral("recordings"))), 0700);
        }
        QCOMPARE(mode(data), 0700);
        QCOMPARE(mode(QDir(data).filePath(QStringLiteral("patchline.sqlite"))), 0600);
        QCOMPARE(mode(dir.filePath(QStringLiteral("export.txt"))), 0600);
    }

    void bundleEntryNamesAreFixed()
    {
        QTemporaryDir dir;
        store::CallRecord r;
        r.row.callSid = QStringLiteral("../../../../../../tmp/evil");
        const QString zipPath = dir.filePath(QStringLiteral("b.zip"));
        QString error;
        QVERIFY2(!store::writeIncidentBundle(r, zipPath, &error).isEmpty(), qPrintable(error));
        QuaZip zip(zipPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QStringList names = zip.getFileNameList();
        QVERIFY(!names.isEmpty());
        for (const QString &n : names)
            QVERIFY2(n.startsWith(QStringLiteral("patchline-call/")) && !n.contains(u".."),
                     qPrintable(n));
    }

    void unopenableFileNamesPath()
    {
        store::CallStore s;
        QVERIFY(!s.open(QStringLiteral("/nonexistent-dir/calls.sqlite")));
        QVERIFY(s.errorString().contains(QStringLiteral("/nonexistent-dir/calls.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestCallStore)
#include "tst_callstore.moc"
