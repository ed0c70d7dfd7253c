// Disk full while recording (issue 16 §10). Runs in its own user + mount namespace
// (`unshare -rm`, see CMakeLists.txt) so it may mount a 192 KiB tmpfs over the recordings
// folder without touching the machine's mounts.
#include "audio/WavFile.h"
#include "store/Storage.h"

#include "TestUtil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>

using namespace patchline;

class TestDiskFull : public QObject
{
    Q_OBJECT
private slots:
    void recordingOntoAFullDiskStopsCleanly()
    {
        QTemporaryDir dir;
        const QString recordings = dir.filePath(QStringLiteral("recordings"));
        QVERIFY(QDir().mkpath(recordings));
        QVERIFY2(::mount("tmpfs", QFile::encodeName(recordings).constData(), "tmpfs", 0,
                         "size=192k,mode=0700") == 0,
                 std::strerror(errno));
        {
            store::Storage storage(dir.path());
            QStringList notices;
            connect(&storage, &store::Storage::notice, this,
                    [&notices](const QString &n) { notices << n; });
            const QString sid = QStringLiteral("CA0123456789abcdef0123456789abcd01");
            const QString path = storage.recordingPathFor(sid, 1);
            storage.openRecording(1, path);
            // 1 s of stereo PCM16 at 8 kHz is 32,000 bytes; 10 s do not fit in 192 KiB.
            QByteArray second(32000, '\0');
            for (int i = 0; i < second.size() / 2; ++i)
                reinterpret_cast<qint16 *>(second.data())[i] = qint16((i % 40) * 400 - 8000);
            for (int s = 0; s < 10; ++s)
                storage.appendRecording(1, second);
            storage.appendWireLog(1, {}); // the wire log shares the full disk
            storage.flush();
            QVERIFY(test::waitFor([&] { return !notices.isEmpty(); }, 5000));
            const QString n = notices.join(u'\n');
            QVERIFY2(n.contains(QStringLiteral("recording of call 1 stopped")), qPrintable(n));
            QVERIFY2(n.contains(QStringLiteral("stays playable")), qPrintable(n));
            // Later blocks of the same call do not repeat the notice.
            const qsizetype before = notices.size();
            storage.appendRecording(1, second);
            storage.flush();
            QTest::qWait(50);
            QCOMPARE(notices.size(), before);
            storage.closeRecording(1);
            storage.flush();

            // What was written plays: a valid header naming whole seconds of the signal.
            audio::PcmBuffer pcm;
            QString error;
            QVERIFY2(audio::readAudioFile(path, pcm, &error), qPrintable(error));
            QCOMPARE(pcm.channels, 2);
            QVERIFY2(pcm.seconds() >= 2.0 && pcm.seconds() < 10.0,
                     qPrintable(QString::number(pcm.seconds())));
            QCOMPARE(pcm.samples.at(1), qint16(400 - 8000));
        }
        QVERIFY(::umount(QFile::encodeName(recordings).constData()) == 0);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
