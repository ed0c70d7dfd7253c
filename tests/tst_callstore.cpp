#include "store/CallStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace patchline;

class TestCallStore : public QObject
{
    Q_OBJECT
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

    void unopenableFileNamesPath()
    {
        store::CallStore s;
        QVERIFY(!s.open(QStringLiteral("/nonexistent-dir/calls.sqlite")));
        QVERIFY(s.errorString().contains(QStringLiteral("/nonexistent-dir/calls.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestCallStore)
#include "tst_callstore.moc"
