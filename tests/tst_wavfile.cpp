#include "audio/WavFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace patchline::audio;

class TestWavFile : public QObject
{
    Q_OBJECT
private slots:
    void stereoRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("call.wav"));
        std::vector<std::int16_t> block(2 * 800);
        for (size_t i = 0; i < 800; ++i) {
            block[2 * i] = std::int16_t(i);           // caller L
            block[2 * i + 1] = std::int16_t(-int(i)); // agent R
        }
        {
            WavWriter w;
            QVERIFY2(w.open(path, 8000, 2), qPrintable(w.errorString()));
            QVERIFY(w.write(block));
            QVERIFY(w.write(block));
            QCOMPARE(w.framesWritten(), std::int64_t(1600));
        }
        PcmBuffer pcm;
        QString error;
        QVERIFY2(readAudioFile(path, pcm, &error), qPrintable(error));
        QCOMPARE(pcm.sampleRate, 8000);
        QCOMPARE(pcm.channels, 2);
        QCOMPARE(pcm.frames(), size_t(1600));
        QCOMPARE(pcm.samples[2 * 10], std::int16_t(10));
        QCOMPARE(pcm.samples[2 * 10 + 1], std::int16_t(-10));
        QCOMPARE(pcm.samples[2 * 810 + 1], std::int16_t(-10));
    }

    void headerValidWhenProcessDies()
    {
        // A child writes 1 s and exits without closing the file (as a crash would).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.wav"));
        const pid_t pid = fork();
        if (pid == 0) {
            WavWriter w;
            if (!w.open(path, 8000, 2))
                _exit(3);
            std::vector<std::int16_t> block(2 * 1600, 1000);
            for (int i = 0; i < 5; ++i)
                w.write(block);
            _exit(0); // no destructors, no sf_close
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QCOMPARE(WEXITSTATUS(status), 0);
        PcmBuffer pcm;
        QString error;
        QVERIFY2(readAudioFile(path, pcm, &error), qPrintable(error));
        QCOMPARE(pcm.frames(), size_t(8000));
        QCOMPARE(pcm.seconds(), 1.0);
    }

    void errorsNameTheFile()
    {
        WavWriter w;
        QVERIFY(!w.open(QStringLiteral("/nonexistent-dir/x.wav"), 8000, 2));
        QVERIFY(w.errorString().contains(QStringLiteral("/nonexistent-dir/x.wav")));
        PcmBuffer pcm;
        QString error;
        QVERIFY(!readAudioFile(QStringLiteral("/nonexistent-dir/y.wav"), pcm, &error));
        QVERIFY(error.contains(QStringLiteral("y.wav")));
        QVERIFY(!readAudioBytes(QByteArray("not a wav file"), pcm, &error));
    }

    void readsClipFromMemory()
    {
        QFile f(qEnvironmentVariable("PATCHLINE_SOURCE_DIR") +
                QStringLiteral("/resources/clips/agent0.wav"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        PcmBuffer pcm;
        QVERIFY(readAudioBytes(f.readAll(), pcm));
        QCOMPARE(pcm.sampleRate, 8000);
        QCOMPARE(pcm.channels, 1);
        QVERIFY(pcm.seconds() > 2.0);
    }
};

QTEST_GUILESS_MAIN(TestWavFile)
#include "tst_wavfile.moc"
