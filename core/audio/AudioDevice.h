#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QAudioDevice;
class QAudioSink;
class QAudioSource;
class QIODevice;

namespace patchline::audio {

/// One audio device as the operator picks it (Settings → Audio). `id` is stable across runs
/// (QAudioDevice::id()); an empty id means "the system default".
struct DeviceInfo
{
    QByteArray id;
    QString description;
    bool isDefault = false;
};

/// The microphones and the speakers/headsets the system offers now (PulseAudio on Linux).
/// Empty lists when there is no audio server (qt64.md §A3: no crash, 0 devices). Qt 6.4
/// never signals hot-plug on Pulse, so call these again instead of caching. Any thread.
QList<DeviceInfo> audioInputs();
QList<DeviceInfo> audioOutputs();
/// The device remembered as `id`, else the system default (null when there is none):
/// how Settings → Audio choices are applied.
QAudioDevice inputDevice(const QByteArray &id);
QAudioDevice outputDevice(const QByteArray &id);

/// The operator's microphone and speakers as one full-duplex stream of PCM16 mono at a fixed
/// rate: captured audio comes out of captured(), the speaker pulls what to play from a
/// QIODevice the caller supplies. The seam between Patchline and real sound hardware, so
/// tests run a fake (reference/qt64.md, summary item 16). Lives on, and is used from, one
/// thread with an event loop (the bridge thread).
class AudioDevice : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts capture and playback at `rateHz` (PCM16 mono little-endian). `playout` is read
    /// by the speaker in its own rhythm and must never run dry (pad with silence); it must
    /// outlive stop(). Returns false with `error` naming the device and the fix (no
    /// microphone, no speaker, the device refused the format).
    virtual bool start(int rateHz, QIODevice *playout, QString *error) = 0;
    /// Stops both directions (idempotent).
    virtual void stop() = 0;

signals:
    /// PCM16 mono captured from the microphone since the last emission (any length).
    void captured(const QByteArray &pcm16);
    /// The device failed while running (unplugged, server gone); the line ends.
    void failed(const QString &error);
    /// The capture side has nothing more to give (the end of a replayed recording, not a
    /// fault): the line hangs up. Live devices never emit it.
    void sourceEnded();
};

/// AudioDevice on QAudioSource/QAudioSink (PulseAudio; pull mode for the speaker, so a
/// Twilio `clear` can drop queued audio at once). Empty ids pick the system defaults.
class QtAudioDevice final : public AudioDevice
{
    Q_OBJECT
public:
    QtAudioDevice(const QByteArray &inputId, const QByteArray &outputId, QObject *parent = nullptr);
    ~QtAudioDevice() override;

    bool start(int rateHz, QIODevice *playout, QString *error) override;
    void stop() override;

private:
    class Capture;
    QByteArray m_inputId;
    QByteArray m_outputId;
    std::unique_ptr<QAudioSource> m_source;
    std::unique_ptr<QAudioSink> m_sink;
    Capture *m_capture = nullptr; ///< child; receives the microphone's writes
};

} // namespace patchline::audio
