// bridge::CallRecorder: recording, wire log and listen-in cadence of one call, with a fake
// sink and a real CallTimeline (no sockets, no storage thread).
#include "bridge/CallRecorder.h"

#include <QTest>

#include <vector>

using namespace patchline;

namespace {
struct FakeSink : bridge::RecordingSink
{
    QList<QList<bridge::WireEntry>> logs;
    QList<QByteArray> recordings;
    int blocks = 0;
    qsizetype blockSamples = 0;
    bool listen_ = false;
    void appendWireLog(const QList<bridge::WireEntry> &e) override { logs.append(e); }
    void appendRecording(const QByteArray &pcm) override { recordings.append(pcm); }
    bool listening() const override { return listen_; }
    void listen(std::span<const std::int16_t> stereo) override
    {
        ++blocks;
        blockSamples = qsizetype(stereo.size());
    }
};

bridge::WireEntry row(const QString &type)
{
    bridge::WireEntry e;
    e.type = type;
    e.bytes = 300;
    return e;
}

/// One 20 ms caller frame of a 1 kHz-ish tone, pushed to the timeline, noted and counted.
void frame(audio::CallTimeline &t, bridge::CallRecorder &r)
{
    std::vector<std::uint8_t> mulaw(audio::CallTimeline::kFrameSamples);
    for (size_t i = 0; i < mulaw.size(); ++i)
        mulaw[i] = (i % 8) < 4 ? 0x20 : 0xA0;
    t.pushCaller(mulaw);
    r.note(row(QStringLiteral("media")));
    r.onCallerFrame(t);
}
} // namespace

class TestCallRecorder : public QObject
{
    Q_OBJECT
private slots:
    void oneWritePerSecond()
    {
        FakeSink sink;
        audio::CallTimeline t;
        bridge::CallRecorder r(true, false);
        r.setSink(&sink);
        r.setRecording(true);
        for (int i = 0; i < 49; ++i)
            frame(t, r);
        QVERIFY(sink.recordings.isEmpty()); // < 1 s: nothing written yet
        QVERIFY(sink.logs.isEmpty());
        frame(t, r); // the 50th frame completes the first second
        QCOMPARE(sink.recordings.size(), 1);
        QCOMPARE(sink.logs.size(), 1);
        QCOMPARE(sink.logs[0].size(), 50);
        // 1 s of stereo PCM16 at 8 kHz (the timeline may hold back a little): 32,000 bytes
        QVERIFY2(sink.recordings[0].size() > 28000 && sink.recordings[0].size() <= 32000,
                 QByteArray::number(sink.recordings[0].size()));
        QCOMPARE(sink.recordings[0].size() % 4, 0); // whole stereo samples
        QCOMPARE(sink.blocks, 0);                   // nobody listens
        QVERIFY(r.takeUiRows().isEmpty());          // no console
    }

    void forcedFlushWritesTheRest()
    {
        FakeSink sink;
        audio::CallTimeline t;
        bridge::CallRecorder r(true, true);
        r.setSink(&sink);
        r.setRecording(true);
        for (int i = 0; i < 60; ++i)
            frame(t, r);
        r.note(row(QStringLiteral("stop")));
        r.flush(t, true); // the end of the call
        QCOMPARE(sink.logs.size(), 2);
        QCOMPARE(sink.logs[1].size(), 11); // 10 media after the first second, then stop
        QCOMPARE(sink.logs[1].last().type, QStringLiteral("stop"));
        qsizetype bytes = 0;
        for (const QByteArray &b : sink.recordings)
            bytes += b.size();
        QVERIFY2(bytes > 32000 && bytes <= 38400, QByteArray::number(bytes)); // ≈ 1.2 s
        QCOMPARE(r.takeUiRows().size(), 61); // the console sees every row
        QVERIFY(r.takeUiRows().isEmpty());
    }

    void listenInGetsEveryBlock()
    {
        FakeSink sink;
        sink.listen_ = true;
        audio::CallTimeline t;
        bridge::CallRecorder r(false, false);
        r.setSink(&sink);
        for (int i = 0; i < 100; ++i) // 2 s, not recording
            frame(t, r);
        QVERIFY(sink.blocks >= 9); // 200 ms blocks (the first may wait for the timeline)
        QVERIFY(sink.blockSamples > 0);
        QVERIFY(sink.recordings.isEmpty()); // not recording: nothing written
        QVERIFY(sink.logs.isEmpty());
    }

    void rowsBeforeRecordingAreKeptAndBounded()
    {
        FakeSink sink;
        audio::CallTimeline t;
        bridge::CallRecorder r(true, true);
        r.setSink(&sink);
        // A stream floods before `start` (nothing is recording yet): rows stay bounded.
        for (int i = 0; i < bridge::CallRecorder::kMaxRows + 500; ++i)
            r.note(row(QStringLiteral("media")));
        QCOMPARE(r.droppedRows(), qint64(500));
        QCOMPARE(r.takeUiRows().size(), bridge::CallRecorder::kMaxRows);
        // Once recording, the kept rows are written with the first second.
        r.setRecording(true);
        r.flush(t, true);
        QCOMPARE(sink.logs.size(), 1);
        QCOMPARE(sink.logs[0].size(), bridge::CallRecorder::kMaxRows);
    }

    void takeOverMovesRows()
    {
        bridge::CallRecorder stream(true, true), call(true, true);
        stream.note(row(QStringLiteral("connected")));
        stream.note(row(QStringLiteral("start")));
        call.note(row(QStringLiteral("webhook")));
        call.takeOver(stream);
        const auto ui = call.takeUiRows();
        QCOMPARE(ui.size(), 3);
        QCOMPARE(ui[2].type, QStringLiteral("start"));
        QVERIFY(stream.takeUiRows().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCallRecorder)
#include "tst_callrecorder.moc"
