#pragma once

#include "audio/AudioDevice.h"

#include <QElapsedTimer>
#include <QTimer>

namespace patchline::audio {

/// Reads the caller track of a call recording for a replay: channel 0 (caller, left) of the
/// stereo WAV Patchline records (design.md §Data), resampled with speexdsp to `rateHz` PCM16
/// mono. Returns false with `error` naming the file and the fix (missing, unreadable, empty).
/// Reads the whole file (19.2 MB per 10 min of stereo 8 kHz): call it off the event-loop
/// threads. Any thread.
bool loadCallerTrack(const QString &path, int rateHz, QByteArray *pcm16, QString *error);

/// A recorded caller track played as if it were the operator's microphone
/// (reference/operators.md §4 row 38, §5 idea 5: a regression call with no phone and no
/// Twilio cost). captured() delivers the track at real-time pace (every 20 ms, by the
/// monotonic clock, so timer jitter does not drift it); the agent audio the line plays is
/// pulled from `playout` at the same pace and dropped, so Twilio `mark` echoes come when a
/// caller would have heard the audio. At the end of the track: sourceEnded(), once.
/// Lives on the thread that uses it (the bridge thread).
class ReplayAudioDevice final : public AudioDevice
{
    Q_OBJECT
public:
    /// `pcm16`: mono PCM16 at `rateHz` (loadCallerTrack()).
    ReplayAudioDevice(QByteArray pcm16, int rateHz, QObject *parent = nullptr);

    /// Fails with an error when `rateHz` differs from the track's rate or the track is empty.
    bool start(int rateHz, QIODevice *playout, QString *error) override;
    void stop() override;

private:
    void tick();

    QByteArray m_pcm;
    int m_rateHz;
    QIODevice *m_playout = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qsizetype m_sent = 0; ///< bytes of m_pcm delivered
    qint64 m_pulled = 0;  ///< bytes pulled from the playout
    QByteArray m_sink;    ///< where pulled agent audio goes (reused)
    bool m_ended = false;
};

} // namespace patchline::audio
