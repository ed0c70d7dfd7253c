#include "audio/AudioDevice.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QAudioSource>
#include <QCoreApplication>
#include <QIODevice>
#include <QMediaDevices>

namespace patchline::audio {

namespace {
QList<DeviceInfo> describe(const QList<QAudioDevice> &devices)
{
    QList<DeviceInfo> out;
    for (const QAudioDevice &d : devices)
        out.append({d.id(), d.description(), d.isDefault()});
    return out;
}

/// The device with `id`, else the default (null when there is none).
QAudioDevice pick(const QList<QAudioDevice> &devices, const QAudioDevice &fallback,
                  const QByteArray &id)
{
    for (const QAudioDevice &d : devices)
        if (!id.isEmpty() && d.id() == id)
            return d;
    return fallback;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AudioDevice", text);
}
} // namespace

QList<DeviceInfo> audioInputs()
{
    return describe(QMediaDevices::audioInputs());
}

QList<DeviceInfo> audioOutputs()
{
    return describe(QMediaDevices::audioOutputs());
}

QAudioDevice inputDevice(const QByteArray &id)
{
    return pick(QMediaDevices::audioInputs(), QMediaDevices::defaultAudioInput(), id);
}

QAudioDevice outputDevice(const QByteArray &id)
{
    return pick(QMediaDevices::audioOutputs(), QMediaDevices::defaultAudioOutput(), id);
}

/// The microphone writes here (QAudioSource pull mode); each write becomes captured().
class QtAudioDevice::Capture final : public QIODevice
{
public:
    explicit Capture(QtAudioDevice *owner) : QIODevice(owner), m_owner(owner)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        emit m_owner->captured(QByteArray(data, len));
        return len;
    }

private:
    QtAudioDevice *m_owner;
};

QtAudioDevice::QtAudioDevice(const QByteArray &inputId, const QByteArray &outputId, QObject *parent)
    : AudioDevice(parent), m_inputId(inputId), m_outputId(outputId)
{}

QtAudioDevice::~QtAudioDevice()
{
    stop();
}

bool QtAudioDevice::start(int rateHz, QIODevice *playout, QString *error)
{
    const QAudioDevice in =
        pick(QMediaDevices::audioInputs(), QMediaDevices::defaultAudioInput(), m_inputId);
    const QAudioDevice out =
        pick(QMediaDevices::audioOutputs(), QMediaDevices::defaultAudioOutput(), m_outputId);
    if (in.isNull()) {
        *error = tr("No microphone found. Connect a microphone or headset (and check that the "
                    "sound server runs), or choose one in Settings → Audio.");
        return false;
    }
    if (out.isNull()) {
        *error = tr("No speaker or headset found. Connect one (and check that the sound "
                    "server runs), or choose one in Settings → Audio.");
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(rateHz);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    for (const QAudioDevice &d : {in, out})
        if (!d.isFormatSupported(format)) {
            *error = tr("The audio device '%1' cannot record or play %2 Hz mono 16-bit audio; "
                        "choose another device in Settings → Audio.")
                         .arg(d.description())
                         .arg(rateHz);
            return false;
        }

    m_capture = new Capture(this);
    m_source = std::make_unique<QAudioSource>(in, format);
    m_source->setBufferSize(format.bytesForDuration(40000)); // 40 ms: low latency, no xruns
    m_source->start(m_capture);
    m_sink = std::make_unique<QAudioSink>(out, format);
    m_sink->setBufferSize(format.bytesForDuration(80000));
    m_sink->start(playout);
    const bool sourceOk = m_source->error() == QAudio::NoError;
    const bool sinkOk = m_sink->error() == QAudio::NoError;
    if (!sourceOk || !sinkOk) {
        *error = tr("The audio device '%1' could not be opened (in use by another program, or "
                    "the sound server refused it); close other audio programs or choose another "
                    "device in Settings → Audio.")
                     .arg(sourceOk ? out.description() : in.description());
        stop();
        return false;
    }
    connect(m_source.get(), &QAudioSource::stateChanged, this, [this](QAudio::State s) {
        if (s == QAudio::StoppedState && m_source && m_source->error() != QAudio::NoError)
            emit failed(tr("The microphone stopped working (unplugged, or the sound server "
                           "went away)."));
    });
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State s) {
        if (s == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError &&
            m_sink->error() != QAudio::UnderrunError)
            emit failed(tr("The speaker stopped working (unplugged, or the sound server went "
                           "away)."));
    });
    return true;
}

void QtAudioDevice::stop()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
        m_source.reset();
    }
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.reset();
    }
    delete m_capture;
    m_capture = nullptr;
}

} // namespace patchline::audio
