#pragma once

#include "audio/AudioConverter.h"
#include "call/CallTypes.h"
#include "twilio/MediaStream.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <memory>

namespace patchline::audio {
class AudioDevice;
}
namespace patchline::server {
class MessageSocket;
}

namespace patchline::phone {

/// What the operator asks of a "Test agent" call (issue 6 §9).
struct TestLineRequest
{
    QString agentId; ///< empty = the default agent
    QList<QPair<QString, QString>>
        parameters; ///< dynamic variables / `override_*`, as <Parameter>s
    /// The call's direction (bridge::kTestDirection, or bridge::kReplayDirection for a
    /// replayed recording) and what the call list shows as its caller.
    QString direction = bridge::kTestDirection.toString();
    QString from = QStringLiteral("microphone");
};

/// The "Test agent" line: the operator's microphone and speakers as a phone caller. It
/// plays Twilio's part of a Media Streams connection (reference/twilio.md §1.2–1.3) over a
/// MessageSocket into the real bridge, so the call gets the same session, waveform,
/// transcript, alarms and recording as a phone call, with no Twilio account. The device
/// runs at 16 kHz PCM16 (`kRateHz`); speexdsp converts to and from μ-law 8 kHz (what the
/// bridge and the agent see of a phone line) — the desktop version of ElevenLabs' browser
/// test, but through the telephone audio path.
///
/// Caller side: captured audio → μ-law 8 kHz → one 160-byte `media` every 20 ms of audio.
/// Agent side: `media` → 16 kHz into a playout queue the speaker pulls; each `mark` is
/// echoed when the audio before it has been handed to the speaker, and at once on `clear`
/// (which also drops the queue), as Twilio does (§1.3).
///
/// With an audio::ReplayAudioDevice the caller is a recorded caller track instead of the
/// microphone (a replay call); the line hangs up when the device's source ends.
///
/// Lives on the bridge thread together with its socket and device.
class TestLine : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRateHz = 16000;

    /// Takes ownership of `socket` and `device` (reparents both).
    TestLine(server::MessageSocket *socket, audio::AudioDevice *device,
             const TestLineRequest &request, QObject *parent = nullptr);
    ~TestLine() override;

    /// Starts the device; the stream's `connected` and `start` go out when the socket opens.
    /// Returns false with `error` (no microphone, …); the socket is then closed.
    bool start(QString *error);
    /// Hangs up as the caller: `stop`, then close (idempotent).
    void hangup();

    QString callSid() const { return m_stream.callSid; }

signals:
    /// The line is over: empty `error` for a normal end (either side hung up).
    void finished(const QString &error);

private:
    class Playout;
    void onCaptured(const QByteArray &pcm16);
    void onText(const QString &text);
    void finish(const QString &error);
    void echoPlayedMarks();

    QPointer<server::MessageSocket> m_socket;
    audio::AudioDevice *m_device;
    Playout *m_playout;
    twilio::CarrierStream m_stream;
    audio::AudioConverter m_toLine;   ///< microphone PCM16 16 kHz → μ-law 8 kHz
    audio::AudioConverter m_fromLine; ///< μ-law 8 kHz → speaker PCM16 16 kHz
    QByteArray m_ulaw;                ///< captured μ-law not yet sent (< 160 bytes)
    QByteArray m_conv;
    QString m_out;
    QList<QPair<qint64, QString>> m_marks; ///< playout position (bytes) → mark name
    qint64 m_chunk = 0;
    bool m_streaming = false;
    bool m_done = false;
};

} // namespace patchline::phone
