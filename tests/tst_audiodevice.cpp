// The real audio device layer (QAudioSource/QAudioSink on PulseAudio, reference/qt64.md §A3).
// ctest runs this twice: without a sound server (every path must say what is missing, never
// crash) and under tests/with-pulse.sh with a null sink and a null source
// (PATCHLINE_EXPECT_AUDIO=1), where a full-duplex stream and a whole Test agent call run on
// real devices.
#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/AudioDevice.h"

#include <QSignalSpy>

#include <cmath>

using namespace patchline;

namespace {
/// A speaker feed that never runs dry: a 440 Hz tone, counting what was pulled.
class ToneFeed final : public QIODevice
{
public:
    ToneFeed() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 1 << 16; }
    qint64 pulled = 0;

protected:
    qint64 readData(char *data, qint64 max) override
    {
        auto *s = reinterpret_cast<std::int16_t *>(data);
        for (qint64 i = 0; i < max / 2; ++i, ++m_n)
            s[i] = std::int16_t(8000 * std::sin(2 * M_PI * 440 * double(m_n) / 16000));
        pulled += max / 2 * 2;
        return max / 2 * 2;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_n = 0;
};

bool expectAudio()
{
    return qEnvironmentVariableIntValue("PATCHLINE_EXPECT_AUDIO") == 1;
}
} // namespace

class TestAudioDevice : public QObject
{
    Q_OBJECT
private slots:
    void devicesAreListedOrClearlyAbsent()
    {
        const auto in = audio::audioInputs();
        const auto out = audio::audioOutputs();
        if (expectAudio()) {
            QVERIFY(!in.isEmpty());
            QVERIFY(!out.isEmpty());
            QVERIFY(!in.first().id.isEmpty());
            return;
        }
        if (!in.isEmpty() && !out.isEmpty())
            QSKIP("this machine has a sound server; the no-device path is not reachable");
        audio::QtAudioDevice device({}, {});
        ToneFeed feed;
        QString error;
        QVERIFY(!device.start(16000, &feed, &error));
        QVERIFY2(error.contains(QStringLiteral("microphone")) ||
                     error.contains(QStringLiteral("speaker")),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Settings → Audio")));
        device.stop(); // idempotent after a failed start
    }

    void fullDuplexOnRealDevices()
    {
        if (!expectAudio())
            QSKIP("needs the PulseAudio null sink/source of tests/with-pulse.sh");
        // An id that is not connected falls back to the default device.
        audio::QtAudioDevice device(QByteArrayLiteral("not-plugged-in"), {});
        ToneFeed feed;
        qint64 captured = 0;
        connect(&device, &audio::AudioDevice::captured, this,
                [&](const QByteArray &pcm) { captured += pcm.size(); });
        QString error;
        QVERIFY2(device.start(16000, &feed, &error), qPrintable(error));
        // 16 kHz PCM16 = 32000 B/s each way; after a second both have moved well along.
        QVERIFY2(test::waitFor([&] { return captured > 16000 && feed.pulled > 16000; }, 5000),
                 qPrintable(
                     QStringLiteral("captured %1 B, played %2 B").arg(captured).arg(feed.pulled)));
        device.stop();
        const qint64 after = captured;
        QTest::qWait(300);
        QCOMPARE(captured, after); // stopped means stopped
    }

    void testAgentCallOnRealDevices()
    {
        if (!expectAudio())
            QSKIP("needs the PulseAudio null sink/source of tests/with-pulse.sh");
        test::SandboxFixture box;
        QVERIFY(box.start().isEmpty()); // no device factory: the configured Qt devices
        QSignalSpy started(box.engine.get(), &engine::Engine::testAgentStarted);
        box.engine->startTestAgent({});
        QVERIFY(started.wait(5000));
        const quint64 id = started.first().at(0).toULongLong();
        QVERIFY2(id != 0, qPrintable(started.first().at(1).toString()));
        const auto snapshot = [&] {
            bridge::CallSnapshot s;
            for (const auto &u : box.updates)
                if (u.snapshot.id == id)
                    s = u.snapshot;
            return s;
        };
        // The greeting reaches the (null) speakers and the silent microphone streams frames.
        QVERIFY(test::waitFor([&] { return snapshot().agentChunks > 0; }, 10000));
        QVERIFY(test::waitFor([&] { return snapshot().callerFrames > 50; }, 10000));
        box.engine->hangup(id);
        QVERIFY(test::waitFor([&] { return snapshot().state == bridge::CallState::Ended; }, 5000));
    }

    /// Listen-in (issue 4 §4): a live call on the speakers; without a speaker, a clear error
    /// and the call goes on.
    void listenInToALiveCall()
    {
        test::SandboxFixture box;
        QVERIFY(box.start().isEmpty());
        QSignalSpy placed(box.engine.get(), &engine::Engine::sandboxCallPlaced);
        box.engine->placeSandboxCall();
        QVERIFY(placed.wait(5000));
        const QString sid = placed.first().first().toString();
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Live; }, 10000));
        const quint64 id = box.last(sid).id;
        QSignalSpy changed(box.engine.get(), &engine::Engine::listenInChanged);
        box.engine->listenIn(id, 0, 0.5);
        QVERIFY(changed.wait(5000));
        if (!expectAudio()) {
            QCOMPARE(changed.first().at(0).toULongLong(), quint64(0));
            QVERIFY2(changed.first().at(1).toString().contains(QStringLiteral("speaker")),
                     qPrintable(changed.first().at(1).toString()));
            const qint64 frames = box.last(sid).callerFrames;
            QVERIFY(test::waitFor([&] { return box.last(sid).callerFrames > frames + 25; }, 5000));
            return;
        }
        QCOMPARE(changed.first().at(0).toULongLong(), id);
        QCOMPARE(changed.first().at(1).toString(), QString());
        // 8 kHz mono PCM16: 16,000 bytes a second reach the device.
        QVERIFY(test::waitFor([&] { return box.engine->listenInBytes() > 16000; }, 5000));
        box.engine->listenIn(id, 2, 0.5); // agent only, same device
        QVERIFY(changed.wait(5000));
        box.engine->listenIn(0);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(0).toULongLong(), quint64(0));
        const qint64 stopped = box.engine->listenInBytes();
        QTest::qWait(500);
        QCOMPARE(box.engine->listenInBytes(), stopped);
    }
};

QTEST_GUILESS_MAIN(TestAudioDevice)
#include "tst_audiodevice.moc"
