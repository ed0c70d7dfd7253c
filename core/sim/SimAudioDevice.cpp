#include "sim/SimAudioDevice.h"

#include <QIODevice>

namespace patchline::sim {

SimAudioDevice::SimAudioDevice(const QByteArray &micPcm16, const QString &failWith, QObject *parent)
    : audio::AudioDevice(parent), m_mic(micPcm16), m_failWith(failWith), m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimAudioDevice::tick);
}

bool SimAudioDevice::start(int rateHz, QIODevice *playout, QString *error)
{
    if (!m_failWith.isEmpty()) {
        *error = m_failWith;
        return false;
    }
    m_playout = playout;
    m_frameBytes = rateHz / 50 * 2; // 20 ms of PCM16 mono
    m_clock.start();
    m_ticks = 0;
    m_timer.start(20);
    return true;
}

void SimAudioDevice::stop()
{
    m_timer.stop();
}

void SimAudioDevice::tick()
{
    // Real-time pace: catch up when the timer was late, like a sound card's clock.
    while (m_timer.isActive() && (m_ticks + 1) * 20 <= m_clock.elapsed()) {
        ++m_ticks;
        QByteArray mic = m_mic.mid(m_micPos, m_frameBytes);
        m_micPos += mic.size();
        mic.append(m_frameBytes - mic.size(), '\0');
        emit captured(mic);
        if (m_playout)
            m_heard += m_playout->read(m_frameBytes);
    }
}

} // namespace patchline::sim
