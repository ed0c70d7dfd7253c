#include "bridge/ListenIn.h"

#include "audio/AudioDevice.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QCoreApplication>

#include <algorithm>

namespace patchline::bridge {

ListenIn::ListenIn(QObject *parent) : QObject(parent) {}

ListenIn::~ListenIn()
{
    stop();
}

bool ListenIn::start(quint64 callId, Mix mix, const QByteArray &deviceId, double volume,
                     QString *error)
{
    stop();
    const QAudioDevice device = audio::outputDevice(deviceId);
    if (device.isNull()) {
        *error = QCoreApplication::translate(
            "ListenIn", "No speaker or headset found to listen in on. Connect one (and check "
                        "that the sound server runs), or choose one in Settings → Audio.");
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(8000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(format.bytesForDuration(600000)); // 600 ms: room for 200 ms blocks
    m_sink->setVolume(volume);
    m_io = m_sink->start();
    if (!m_io || m_sink->error() != QAudio::NoError) {
        *error = QCoreApplication::translate("ListenIn",
                                             "The speaker '%1' could not be opened for listen-in; "
                                             "choose another in Settings → Audio.")
                     .arg(device.description());
        m_sink.reset();
        m_io = nullptr;
        return false;
    }
    m_callId = callId;
    m_mix = mix;
    m_played = 0;
    return true;
}

void ListenIn::stop()
{
    if (m_sink) {
        m_sink->stop();
        m_sink.reset();
    }
    m_io = nullptr;
    m_callId = 0;
}

void ListenIn::setVolume(double volume)
{
    if (m_sink)
        m_sink->setVolume(volume);
}

void ListenIn::setTap(quint64 callId, Tap tap)
{
    if (tap)
        m_taps.insert(callId, std::move(tap));
    else
        m_taps.remove(callId);
}

void ListenIn::feed(quint64 callId, std::span<const std::int16_t> stereo)
{
    if (const auto tap = m_taps.constFind(callId); tap != m_taps.constEnd())
        (*tap)(stereo);
    if (!m_io || callId != m_callId)
        return;
    const std::size_t frames = stereo.size() / 2;
    m_mono.resize(qsizetype(frames * 2));
    auto *out = reinterpret_cast<std::int16_t *>(m_mono.data());
    for (std::size_t f = 0; f < frames; ++f) {
        const int caller = stereo[2 * f], agent = stereo[2 * f + 1];
        out[f] = std::int16_t(m_mix == Mix::Caller  ? caller
                              : m_mix == Mix::Agent ? agent
                                                    : std::clamp(caller + agent, -32768, 32767));
    }
    // Push mode never blocks: the device takes what fits; the rest is dropped (a gap in
    // what the operator hears, never a delay on the call).
    const qint64 taken = std::max<qint64>(0, m_io->write(m_mono));
    m_played += taken;
}

} // namespace patchline::bridge
