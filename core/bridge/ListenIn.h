#pragma once

#include <QByteArray>
#include <QObject>

#include <QHash>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>

class QAudioSink;
class QIODevice;

namespace patchline::bridge {

/// Listen-in (issue 4 §4): plays one call's audio on the operator's speakers while it runs.
/// Fed the call's stereo blocks (caller L, agent R, 8 kHz PCM16, about 200 ms each) by its
/// CallSession; plays both mixed, or one side, through a QAudioSink in push mode. It never
/// blocks the bridge: what the device cannot take at once is dropped (a gap in what the
/// operator hears, never a delay on the call). Lives on the bridge thread.
class ListenIn : public QObject
{
    Q_OBJECT
public:
    enum class Mix { Both, Caller, Agent };

    explicit ListenIn(QObject *parent = nullptr);
    ~ListenIn() override;

    /// Starts listening to `callId` on the output device `deviceId` (empty = default) at
    /// `volume` (0–1). Returns false with `error` (no speaker, device refused the format).
    bool start(quint64 callId, Mix mix, const QByteArray &deviceId, double volume, QString *error);
    void stop();
    void setVolume(double volume);
    void setMix(Mix mix) { m_mix = mix; }
    quint64 callId() const { return m_callId; }
    /// Bytes handed to the device (tests).
    qint64 bytesPlayed() const { return m_played; }

    /// A block of the call's audio (interleaved stereo PCM16, 8 kHz).
    void feed(quint64 callId, std::span<const std::int16_t> stereo);
    /// True when the operator listens to `callId` here or a tap wants it.
    bool wants(quint64 callId) const { return callId == m_callId || m_taps.contains(callId); }

    /// A remote listener's tap (issue 20 §3: a console listening in through a node's
    /// monitor socket): `tap` gets every block of `callId` fed here; null removes it.
    using Tap = std::function<void(std::span<const std::int16_t> stereo)>;
    void setTap(quint64 callId, Tap tap);
    void clearTaps() { m_taps.clear(); }

private:
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_io = nullptr; ///< owned by m_sink
    quint64 m_callId = 0;
    Mix m_mix = Mix::Both;
    QByteArray m_mono;
    qint64 m_played = 0;
    QHash<quint64, Tap> m_taps;
};

} // namespace patchline::bridge
