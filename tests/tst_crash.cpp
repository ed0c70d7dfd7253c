#include "TestUtil.h"
#include "audio/WavFile.h"
#include "store/CallStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

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
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
