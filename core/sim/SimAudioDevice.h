#pragma once

#include "audio/AudioDevice.h"

#include <QElapsedTimer>
#include <QTimer>

namespace patchline::sim {

/// A fake operator headset for tests and benchmarks: the "microphone" says `micPcm16` (PCM16
/// mono at the rate start() is given) in real time, 20 ms per tick, then silence; the
/// "speaker" pulls 20 ms per tick from the playout and keeps everything it got (heard()).
/// With `failWith` set, start() fails with that text, like a machine without audio.
/// Lives on the thread that uses it (the bridge thread in the app).
class SimAudioDevice final : public audio::AudioDevice
{
    Q_OBJECT
public:
    explicit SimAudioDevice(const QByteArray &micPcm16, const QString &failWith = {},
                            QObject *parent = nullptr);

    bool start(int rateHz, QIODevice *playout, QString *error) override;
    void stop() override;

    /// Everything the speaker pulled (agent audio and the silence between), PCM16.
    QByteArray heard() const { return m_heard; }

private:
    void tick();

    QByteArray m_mic;
    QString m_failWith;
    QIODevice *m_playout = nullptr;
    QByteArray m_heard;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_ticks = 0;
    qint64 m_micPos = 0;
    int m_frameBytes = 0;
};

} // namespace patchline::sim
