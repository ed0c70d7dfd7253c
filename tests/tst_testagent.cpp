#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/AudioConverter.h"
#include "audio/AudioDevice.h"
#include "audio/Levels.h"
#include "audio/WavFile.h"
#include "server/LocalLink.h"
#include "sim/Scenario.h"
#include "sim/SimAudioDevice.h"
#include "store/Storage.h"

#include <QBuffer>
#include <QPointer>
#include <QSignalSpy>

using namespace patchline;

/// "Test agent" (issue 6 §9): the operator's microphone and speakers straight to the agent
/// through the real bridge, with a fake headset that says a sandbox clip.
class TestTestAgent : public QObject
{
    Q_OBJECT

    /// PCM16 16 kHz: `leadMs` of silence, then the caller clip, then 1 s of silence.
    static QByteArray micAudio(const QString &clipName, int leadMs)
    {
        audio::AudioConverter up(audio::AudioFormat::telephony(),
                                 {audio::AudioFormat::Encoding::Pcm16, 16000});
        QByteArray pcm;
        up.convert(sim::clip(clipName).mulaw, pcm);
        return QByteArray(leadMs * 32, '\0') + pcm + QByteArray(32000, '\0');
    }

    static float rmsDb(const QByteArray &pcm16)
    {
        std::vector<std::int16_t> s(size_t(pcm16.size() / 2));
        std::memcpy(s.data(), pcm16.constData(), s.size() * 2);
        return audio::measureLevel(s).rmsDb;
    }

private slots:
    void localLinkDeliversInOrderAndCloses()
    {
        QObject a, b;
        auto [x, y] = server::LocalLink::pair(&a, &b);
        QStringList got;
        QList<int> closedCodes;
        connect(y, &server::MessageSocket::textReceived, this, [&](const QString &t) { got << t; });
        connect(y, &server::MessageSocket::closed, this,
                [&](int code, const QString &) { closedCodes << code; });
        QSignalSpy opened(x, &server::MessageSocket::opened);
        QVERIFY(opened.wait(1000));
        x->sendText(QStringLiteral("one"));
        x->sendText(QStringLiteral("two"));
        QVERIFY(got.isEmpty()); // queued, like a socket
        x->close(1000, QStringLiteral("bye"));
        x->sendText(QStringLiteral("after close"));
        QVERIFY(test::waitFor([&] { return !closedCodes.isEmpty(); }, 2000));
        QCOMPARE(got, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(closedCodes, QList<int>{1000});
        QCOMPARE(opened.count(), 1);
        QVERIFY(!y->isOpen());
    }

    void noMicrophoneIsAClearErrorAndNoCall()
    {
        test::SandboxFixture box;
        const QString startError = box.start([](engine::Engine::Options &o) {
            o.audioDevice = [] {
                return new sim::SimAudioDevice({}, QStringLiteral("No microphone found. Connect "
                                                                  "a microphone or headset."));
            };
        });
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        QSignalSpy started(box.engine.get(), &engine::Engine::testAgentStarted);
        box.engine->startTestAgent({});
        QVERIFY(started.wait(5000));
        QCOMPARE(started.first().at(0).toULongLong(), quint64(0));
        QVERIFY(started.first().at(1).toString().contains(QStringLiteral("microphone")));
        QTest::qWait(300);
        QVERIFY(box.updates.isEmpty()); // no call row for a line that never started
    }

    void microphoneCallHasTranscriptRecordingAndAgentAudio()
    {
        test::SandboxFixture box;
        QPointer<sim::SimAudioDevice> headset;
        const QByteArray mic = micAudio(QStringLiteral("caller0"), 5000);
        const QString startError = box.start([&](engine::Engine::Options &o) {
            o.audioDevice = [&headset, mic] {
                auto *d = new sim::SimAudioDevice(mic);
                headset = d;
                return d;
            };
        });
        QVERIFY2(startError.isEmpty(), qPrintable(startError));
        QSignalSpy started(box.engine.get(), &engine::Engine::testAgentStarted);
        box.engine->startTestAgent(
            {QString(), {{QStringLiteral("customer"), QStringLiteral("Ada")}}});
        QVERIFY(started.wait(5000));
        const quint64 id = started.first().at(0).toULongLong();
        QVERIFY2(id != 0, qPrintable(started.first().at(1).toString()));

        // The agent greets, hears the operator's clip and answers.
        auto lines = [&] {
            QList<bridge::TranscriptLine> out;
            for (const auto &u : box.updates)
                if (u.snapshot.id == id)
                    out += u.lines;
            return out;
        };
        const auto hasCaller = [&] {
            for (const auto &l : lines())
                if (l.role == bridge::TranscriptLine::Role::Caller)
                    return true;
            return false;
        };
        QVERIFY2(test::waitFor(hasCaller, 20000), "the agent never transcribed the microphone");
        QVERIFY(test::waitFor([&] { return lines().size() >= 3; }, 15000));

        QByteArray heard;
        QMetaObject::invokeMethod(
            headset, [&] { heard = headset->heard(); }, Qt::BlockingQueuedConnection);
        QVERIFY(heard.size() > 32000 * 5);
        QVERIFY2(rmsDb(heard) > -45.0f, "the speaker got no agent speech");

        bridge::CallSnapshot snap;
        for (const auto &u : box.updates)
            if (u.snapshot.id == id)
                snap = u.snapshot;
        QCOMPARE(snap.direction, bridge::kTestDirection.toString());
        QCOMPARE(snap.from, QStringLiteral("microphone"));
        QVERIFY(snap.callerFrames > 5 * 50);
        QVERIFY(!snap.recordingPath.isEmpty());

        box.engine->hangup(id);
        const auto ended = [&] {
            for (const auto &u : box.updates)
                if (u.snapshot.id == id && u.snapshot.state == bridge::CallState::Ended)
                    return true;
            return false;
        };
        QVERIFY(test::waitFor(ended, 5000));
        QVERIFY(test::waitFor([&] { return headset.isNull(); }, 5000)); // line torn down
        box.engine->storage()->flush();
        audio::PcmBuffer wav;
        QVERIFY(audio::readAudioFile(snap.recordingPath, wav));
        QCOMPARE(wav.channels, 2);
        QVERIFY2(wav.seconds() > 7.0, qPrintable(QString::number(wav.seconds())));
    }
};

QTEST_GUILESS_MAIN(TestTestAgent)
#include "tst_testagent.moc"
