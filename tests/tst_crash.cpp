#include "TestUtil.h"
#include "audio/WavFile.h"
#include "store/CallStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>

using namespace patchline;

/// Issue 8 §1 crash safety: a headless sandbox call killed with SIGKILL mid-call leaves a
/// playable WAV and its transcript, and the next start marks the call interrupted.
class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedMidCall()
    {
        QTemporaryDir dir;
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(qEnvironmentVariable("PATCHLINE_BINARY"),
                    {QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                     QStringLiteral("--demo-call"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

        // Wait until the call is live and two transcript lines were printed.
        QString out;
        QElapsedTimer sinceLive;
        QStringList printed;
        static const QRegularExpression line(
            QStringLiteral(R"(^\[\d\d:\d\d\.\d\] (agent |caller): (.*)$)"),
            QRegularExpression::MultilineOption);
        QVERIFY(test::waitFor(
            [&] {
                out += QString::fromUtf8(child.readAll());
                if (!sinceLive.isValid() && out.contains(QStringLiteral(" live")))
                    sinceLive.start();
                printed.clear();
                for (auto it = line.globalMatch(out); it.hasNext();)
                    printed << it.next().captured(2);
                return printed.size() >= 2;
            },
            30000));
        QTest::qWait(1000); // let the storage thread write what was printed
        const qint64 ranMs = sinceLive.elapsed();
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // Next start: the open call is closed as interrupted, nothing already written is lost.
        store::CallStore log;
        QVERIFY2(log.open(dir.filePath(QStringLiteral("patchline.sqlite"))),
                 qPrintable(log.errorString()));
        QCOMPARE(log.recoveredCalls(), 1);
        const auto rows = log.recentCalls();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().state, QStringLiteral("interrupted"));
        QVERIFY(rows.first().endReason.contains(QStringLiteral("stopped during the call")));
        QVERIFY(rows.first().endedAt.isValid());

        audio::PcmBuffer wav;
        QString error;
        QVERIFY2(audio::readAudioFile(rows.first().recordingPath, wav, &error), qPrintable(error));
        QCOMPARE(wav.channels, 2);
        QVERIFY2(std::abs(wav.seconds() * 1000.0 - double(ranMs)) < 1000.0,
                 qPrintable(QStringLiteral("WAV %1 s, ran %2 ms").arg(wav.seconds()).arg(ranMs)));
        QCOMPARE(rows.first().startedAt.msecsTo(rows.first().endedAt) / 1000,
                 qint64(wav.seconds() * 1000.0) / 1000);

        QStringList stored;
        for (const auto &l : log.transcript(rows.first().rowId))
            stored << l.text;
        for (const QString &p : std::as_const(printed))
            QVERIFY2(stored.contains(p), qPrintable(p));

        // A second open finds nothing left to recover.
        store::CallStore again;
        QVERIFY(again.open(dir.filePath(QStringLiteral("patchline.sqlite"))));
        QCOMPARE(again.recoveredCalls(), 0);
    }

    void killedDuringTwentyCalls()
    {
        // issue 16 §10: SIGKILL while 20 sandbox calls are live. On the next start every call
        // is there, marked interrupted, and every WAV plays up to about a second before the kill.
        QTemporaryDir dir;
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(qEnvironmentVariable("PATCHLINE_BINARY"),
                    {QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                     QStringLiteral("--calls"), QStringLiteral("20"), QStringLiteral("--duration"),
                     QStringLiteral("60"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Count the calls the child has stored, read-only (opening a CallStore here would
        // recover them while they are live).
        const QString dbPath = dir.filePath(QStringLiteral("patchline.sqlite"));
        const auto storedCalls = [&] {
            int n = 0;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
                db.setDatabaseName(dbPath);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                if (db.open()) {
                    QSqlQuery q(QStringLiteral("SELECT count(*) FROM calls WHERE recording_path "
                                               "IS NOT NULL AND recording_path != ''"),
                                db);
                    if (q.next())
                        n = q.value(0).toInt();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("peek"));
            return n;
        };
        QVERIFY(test::waitFor([&] { return QFile::exists(dbPath) && storedCalls() >= 20; }, 30000));
        QTest::qWait(3000); // every call has recorded a few seconds
        const QDateTime killedAt = QDateTime::currentDateTime();
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));

        store::CallStore log;
        QVERIFY2(log.open(dbPath), qPrintable(log.errorString()));
        QCOMPARE(log.recoveredCalls(), 20);
        const auto rows = log.recentCalls();
        QCOMPARE(rows.size(), 20);
        for (const auto &row : rows) {
            QCOMPARE(row.state, QStringLiteral("interrupted"));
            audio::PcmBuffer wav;
            QString error;
            QVERIFY2(audio::readAudioFile(row.recordingPath, wav, &error), qPrintable(error));
            QCOMPARE(wav.channels, 2);
            // The stream starts a little after the row; the recorder writes once a second.
            const double lived = double(row.startedAt.msecsTo(killedAt)) / 1000.0;
            QVERIFY2(wav.seconds() >= lived - 2.0 && wav.seconds() <= lived + 0.5,
                     qPrintable(QStringLiteral("%1: WAV %2 s, call lived %3 s")
                                    .arg(row.callSid)
                                    .arg(wav.seconds())
                                    .arg(lived)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
