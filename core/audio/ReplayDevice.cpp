#include "audio/ReplayDevice.h"

#include "audio/AudioConverter.h"
#include "audio/WavFile.h"

#include <QCoreApplication>
#include <QIODevice>

namespace patchline::audio {

namespace {
constexpr int kTickMs = 20; // Twilio's frame (reference/twilio.md §1.2)
} // namespace

bool loadCallerTrack(const QString &path, int rateHz, QByteArray *pcm16, QString *error)
{
    PcmBuffer wav;
    QString why;
    if (!readAudioFile(path, wav, &why)) {
        if (error)
            *error = QCoreApplication::translate(
                         "patchline::audio::ReplayAudioDevice",
                         "The recording cannot be replayed: %1. Pick a call whose recording "
                         "is still on disk (Settings → Recording keeps them for a set number "
                         "of days).")
                         .arg(why);
        return false;
    }
    if (wav.frames() == 0 || wav.sampleRate <= 0) {
        if (error)
            *error =
                QCoreApplication::translate("patchline::audio::ReplayAudioDevice",
                                            "The recording '%1' holds no audio; pick another call.")
                    .arg(path);
        return false;
    }
    // Channel 0 is the caller (Patchline records caller left, agent right).
    QByteArray mono(qsizetype(wav.frames() * 2), Qt::Uninitialized);
    auto *out = reinterpret_cast<std::int16_t *>(mono.data());
    for (std::size_t i = 0; i < wav.frames(); ++i)
        out[i] = wav.samples[i * std::size_t(wav.channels)];
    if (wav.sampleRate == rateHz) {
        *pcm16 = std::move(mono);
        return true;
    }
    AudioConverter conv({AudioFormat::Encoding::Pcm16, wav.sampleRate},
                        {AudioFormat::Encoding::Pcm16, rateHz});
    conv.convert(mono, *pcm16);
    return true;
}

ReplayAudioDevice::ReplayAudioDevice(QByteArray pcm16, int rateHz, QObject *parent)
    : AudioDevice(parent), m_pcm(std::move(pcm16)), m_rateHz(rateHz), m_timer(this)
{
    m_pcm.truncate(m_pcm.size() & ~qsizetype(1));
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplayAudioDevice::tick);
}

bool ReplayAudioDevice::start(int rateHz, QIODevice *playout, QString *error)
{
    if (rateHz != m_rateHz || m_pcm.isEmpty()) {
        if (error)
            *error = m_pcm.isEmpty() ? tr("The recording to replay holds no caller audio.")
                                     : tr("The replay track is at %1 Hz, the line wants %2 Hz.")
                                           .arg(m_rateHz)
                                           .arg(rateHz);
        return false;
    }
    m_playout = playout;
    m_sent = 0;
    m_pulled = 0;
    m_ended = false;
    m_clock.start();
    m_timer.start();
    return true;
}

void ReplayAudioDevice::stop()
{
    m_timer.stop();
    m_playout = nullptr;
}

void ReplayAudioDevice::tick()
{
    const qint64 dueBytes = m_clock.elapsed() * m_rateHz / 1000 * 2;
    // The agent's audio, at the pace a caller's phone would play it.
    if (m_playout && dueBytes > m_pulled) {
        m_sink.resize(qsizetype(dueBytes - m_pulled));
        m_playout->read(m_sink.data(), m_sink.size());
        m_pulled = dueBytes; // what the ear would have had by now, played or not
    }
    const qsizetype until = qsizetype(std::min<qint64>(dueBytes, m_pcm.size()));
    if (until > m_sent) {
        emit captured(QByteArray(m_pcm.constData() + m_sent, until - m_sent));
        m_sent = until;
    }
    if (m_sent >= m_pcm.size() && !m_ended) {
        m_ended = true;
        m_timer.stop();
        emit sourceEnded();
    }
}

} // namespace patchline::audio
