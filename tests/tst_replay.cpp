#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/AudioConverter.h"
#include "audio/Levels.h"
#include "audio/ReplayDevice.h"
#include "audio/WavFile.h"
#include "sim/Scenario.h"
#include "store/Storage.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstring>

using namespace patchline;

/// Replay calls (reference/operators.md §4 row 38): a recorded caller track played to an
/// agent through the real bridge, at real-time pace, with no phone.
class TestReplay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// PCM16 8 kHz of a shipped clip.
    static std::vector<std::int16_t> clipPcm(const QString &name)
    {
        audio::AudioConverter dec(audio::AudioFormat::telephony(),
                                  {audio::AudioFormat::Encoding::Pcm16, 8000});
        QByteArray pcm;
        dec.convert(sim::clip(name).mulaw, pcm);
        std::vector<std::int16_t> s(size_t(pcm.size() / 2));
        std::memcpy(s.data(), pcm.constData(), s.size() * 2);
        return s;
    }

    /// A recording as Patchline writes it (stereo 8 kHz, caller L / agent R): the caller
    /// says `clip` after `leadMs` of silence, then `tailMs` of silence; the agent channel
    /// holds a quiet tone so a replay that took the wrong channel is heard.
    QString makeRecording(const QString &clip, int leadMs, int tailMs, qint64 *clipAtMs)
    {
        const auto said = clipPcm(clip);
        const size_t lead = size_t(leadMs) * 8, total = lead + said.size() + size_t(tailMs) * 8;
        std::vector<std::int16_t> st(total * 2, 0);
        for (size_t i = 0; i < total; ++i) {
            if (i >= lead && i - lead < said.size())
                st[i * 2] = said[i - lead];
            st[i * 2 + 1] = std::int16_t(i % 16 < 8 ? 3000 : -3000); // 500 Hz square
        }
        *clipAtMs = leadMs;
        const QString path = m_dir.filePath(clip + QStringLiteral(".wav"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(audio::encodeWav(st, 8000, 2));
        return path;
    }

    static float rmsDb(const QByteArray &pcm16, qsizetype from, qsizetype to)
    {
        from = std::clamp<qsizetype>(from & ~1, 0, pcm16.size());
        to = std::clamp<qsizetype>(to & ~1, from, pcm16.size());
        std::vector<std::int16_t> s(size_t((to - from) / 2));
        std::memcpy(s.data(), pcm16.constData() + from, s.size() * 2);
        return audio::measureLevel(s).rmsDb;
    }

private slots:
    void callerTrackIsTheLeftChannelResampled()
    {
        qint64 at = 0;
        const QString path = makeRecording(QStringLiteral("caller0"), 1000, 500, &at);
        QByteArray pcm;
        QString error;
        QVERIFY2(audio::loadCallerTrack(path, 16000, &pcm, &error), qPrintable(error));
        const qint64 ms = pcm.size() / 32;
        const qint64 expected = 1000 + sim::clip(QStringLiteral("caller0")).durationMs() + 500;
        QVERIFY2(std::abs(ms - expected) <= 20, qPrintable(QString::number(ms)));
        // Silence where the caller was silent (the agent's tone is not in the track) …
        QVERIFY(rmsDb(pcm, 0, 900 * 32) < -80.0f);
        // … speech where they spoke.
        QVERIFY(rmsDb(pcm, 1100 * 32, 2000 * 32) > -35.0f);
    }

    void unreadableRecordingNamesTheFile()
    {
        QByteArray pcm;
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("gone.wav"));
        QVERIFY(!audio::loadCallerTrack(missing, 16000, &pcm, &error));
        QVERIFY2(error.contains(QStringLiteral("gone.wav")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Recording")), qPrintable(error)); // the fix

        test::SandboxFixture box;
        QVERIFY(box.start().isEmpty());
        QSignalSpy started(box.engine.get(), &engine::Engine::replayStarted);
        box.engine->startReplay(missing, QString(), QStringLiteral("CAgone"));
        QVERIFY(started.wait(5000));
        QCOMPARE(started.first().at(0).toULongLong(), quint64(0));
        QCOMPARE(started.first().at(1).toString(), QStringLiteral("CAgone"));
        QVERIFY(started.first().at(2).toString().contains(QStringLiteral("gone.wav")));
        QTest::qWait(200);
        QVERIFY(box.updates.isEmpty()); // no call row
    }

    void engineGoneWhileTheRecordingLoads()
    {
        // Quitting (or applying settings) right after asking for a replay: nothing runs on a
        // destroyed Engine.
        qint64 at = 0;
        const QString path = makeRecording(QStringLiteral("caller0"), 60000, 60000, &at);
        auto box = std::make_unique<test::SandboxFixture>();
        QVERIFY(box->start().isEmpty());
        box->engine->startReplay(path, QString(), QStringLiteral("CAlong"));
        box.reset();
        QTest::qWait(500); // the load finishes with nobody to tell
        QThreadPool::globalInstance()->waitForDone(5000);
        QTest::qWait(100);
    }

    void deviceDeliversAtRealTimePaceAndEnds()
    {
        // 600 ms of track: sourceEnded() after about that long, not at once.
        QByteArray track(600 * 32, '\x01');
        audio::ReplayAudioDevice d(track, 16000);
        QBuffer playout;
        QVERIFY(playout.open(QIODevice::ReadOnly));
        QByteArray got;
        connect(&d, &audio::AudioDevice::captured, this, [&](const QByteArray &b) { got += b; });
        QSignalSpy ended(&d, &audio::AudioDevice::sourceEnded);
        QString error;
        QVERIFY(!d.start(8000, &playout, &error)); // wrong rate: refused with a reason
        QVERIFY(error.contains(QStringLiteral("16000")));
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(d.start(16000, &playout, &error), qPrintable(error));
        QVERIFY(ended.wait(5000));
        QVERIFY2(clock.elapsed() >= 550, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(got, track);
        QTest::qWait(100);
        QCOMPARE(ended.size(), 1);
    }

    void replayReachesTheAgentAndHangsUpAtTheEnd()
    {
        // The caller waits out the sandbox agent's greeting, asks, then listens.
        qint64 clipAt = 0;
        const QString path = makeRecording(QStringLiteral("caller0"), 6000, 6000, &clipAt);
        const qint64 trackMs = 12000 + sim::clip(QStringLiteral("caller0")).durationMs();
        // A second, shorter replay asked for just after: it loads first and reports first;
        // each report names its own original.
        qint64 unused = 0;
        const QString shortPath = makeRecording(QStringLiteral("caller2"), 200, 200, &unused);
        test::SandboxFixture box;
        QVERIFY(box.start().isEmpty());
        QSignalSpy started(box.engine.get(), &engine::Engine::replayStarted);
        box.engine->startReplay(path, QString(), QStringLiteral("CAoriginal"));
        box.engine->startReplay(shortPath, QString(), QStringLiteral("CAshort"));
        QVERIFY(test::waitFor([&] { return started.size() == 2; }, 5000));
        QHash<QString, quint64> idOf;
        for (const QList<QVariant> &args : std::as_const(started)) {
            QVERIFY2(args.at(0).toULongLong() != 0, qPrintable(args.at(2).toString()));
            idOf.insert(args.at(1).toString(), args.at(0).toULongLong());
        }
        const quint64 id = idOf.value(QStringLiteral("CAoriginal"));
        QVERIFY(id != 0 && idOf.value(QStringLiteral("CAshort")) != 0);

        const auto snap = [&] {
            bridge::CallSnapshot s;
            for (const auto &u : box.updates)
                if (u.snapshot.id == id)
                    s = u.snapshot;
            return s;
        };
        // Nobody hangs up: the line does when the track ends.
        QVERIFY(test::waitFor([&] { return snap().state == bridge::CallState::Ended; },
                              trackMs + 15000));
        const bridge::CallSnapshot s = snap();
        QCOMPARE(s.direction, bridge::kReplayDirection.toString());
        QVERIFY2(s.from.contains(QStringLiteral("CAoriginal")), qPrintable(s.from));
        bridge::CallSnapshot shortCall;
        for (const auto &u : box.updates)
            if (u.snapshot.id == idOf.value(QStringLiteral("CAshort")))
                shortCall = u.snapshot;
        QVERIFY2(shortCall.from.contains(QStringLiteral("CAshort")), qPrintable(shortCall.from));
        QCOMPARE(shortCall.state, bridge::CallState::Ended);
        QVERIFY2(
            std::abs(s.durationMs - trackMs) < 2500,
            qPrintable(QStringLiteral("%1 ms for a %2 ms track").arg(s.durationMs).arg(trackMs)));
        QVERIFY2(!s.failed, qPrintable(s.endReason));

        // The agent heard the recorded caller and answered it.
        QList<bridge::TranscriptLine> lines;
        for (const auto &u : box.updates)
            if (u.snapshot.id == id)
                lines += u.lines;
        QStringList callerSaid;
        int agentAfter = 0;
        for (const auto &l : lines) {
            if (l.role == bridge::TranscriptLine::Role::Caller)
                callerSaid << l.text;
            else if (!callerSaid.isEmpty())
                ++agentAfter;
        }
        QCOMPARE(callerSaid, QStringList{sim::clip(sim::Scenario::demo().callerClip(0)).text});
        QVERIFY(agentAfter >= 1);
        QVERIFY(s.turns >= 1);
        QVERIFY(s.turnLatencyLastMs > 0);
        QCOMPARE(s.bargeIns, 0);

        // Its own recording has the replayed caller on the left, where the original had it.
        box.engine->storage()->flush();
        audio::PcmBuffer wav;
        QVERIFY(audio::readAudioFile(s.recordingPath, wav));
        QCOMPARE(wav.channels, 2);
        QByteArray left(qsizetype(wav.frames() * 2), Qt::Uninitialized);
        auto *l = reinterpret_cast<std::int16_t *>(left.data());
        for (size_t i = 0; i < wav.frames(); ++i)
            l[i] = wav.samples[i * 2];
        QVERIFY(rmsDb(left, 1000 * 16, 5000 * 16) < -60.0f);
        QVERIFY(rmsDb(left, (clipAt + 300) * 16, (clipAt + 1300) * 16) > -35.0f);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
