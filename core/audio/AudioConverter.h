#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

struct SpeexResamplerState_;

namespace patchline::audio {

/// An audio format as ElevenLabs names it: `ulaw_8000` or `pcm_<rate>` (raw signed 16-bit
/// little-endian mono), reference/elevenlabs.md §4.
struct AudioFormat
{
    enum class Encoding { Ulaw, Pcm16 };
    Encoding encoding = Encoding::Ulaw;
    int sampleRate = 8000;

    /// Parses "ulaw_8000", "pcm_16000", "pcm_22050", "pcm_24000", "pcm_44100", "pcm_48000",
    /// "pcm_8000". Returns nullopt for anything else.
    static std::optional<AudioFormat> parse(const QString &name);
    QString name() const;
    int bytesPerSample() const { return encoding == Encoding::Ulaw ? 1 : 2; }
    /// Bytes of this format per ms of audio (may be fractional: 44.1 kHz → 88.2).
    double bytesPerMs() const { return sampleRate * bytesPerSample() / 1000.0; }
    bool operator==(const AudioFormat &o) const
    {
        return encoding == o.encoding && sampleRate == o.sampleRate;
    }

    static AudioFormat telephony() { return {}; } ///< μ-law 8 kHz, Twilio's format
};

/// How one call's audio crosses between the phone line (μ-law 8 kHz, Twilio) and the formats
/// an agent announced in its conversation metadata (reference/elevenlabs.md §4): untouched
/// when both are `ulaw_8000`, converted when they differ and conversion is allowed, refused
/// otherwise (never send audio in a format the other side did not announce). Pure.
struct FormatPlan
{
    enum class Outcome {
        Passthrough,   ///< both formats are ulaw_8000: forward the bytes as they are
        Convert,       ///< at least one direction needs an AudioConverter
        Unsupported,   ///< a format name Patchline cannot convert (see AudioFormat::parse)
        ConversionOff, ///< formats differ and the operator switched conversion off
    };
    Outcome outcome = Outcome::Unsupported;
    AudioFormat agentIn;  ///< what the agent takes (user audio); valid unless Unsupported
    AudioFormat agentOut; ///< what the agent sends
    bool convertToAgent = false;
    bool convertToCaller = false;

    bool ok() const { return outcome == Outcome::Passthrough || outcome == Outcome::Convert; }
    /// Decides the plan for the agent's announced `in`/`out` format names.
    static FormatPlan negotiate(const QString &in, const QString &out, bool conversionAllowed);
};

/// Converts one direction of a call between two formats: G.711 decode/encode and, when the
/// rates differ, speexdsp's streaming resampler (one state per direction per call, quality 3
/// "VoIP", about 2-4 ms of filter delay). Chunks may have any length; the resampler keeps
/// its state between them so the output is continuous. Not thread-safe; one per session
/// direction, used on the bridge thread.
class AudioConverter
{
public:
    AudioConverter(AudioFormat from, AudioFormat to);
    ~AudioConverter();
    AudioConverter(const AudioConverter &) = delete;
    AudioConverter &operator=(const AudioConverter &) = delete;

    /// Converts `in` (bytes in `from()` format; an odd trailing PCM byte is ignored) and
    /// replaces `out` with the result in `to()` format.
    void convert(const QByteArray &in, QByteArray &out);
    /// Forgets filter history (after a Twilio `clear`, so cut audio does not bleed on).
    void reset();

    AudioFormat from() const { return m_from; }
    AudioFormat to() const { return m_to; }
    bool resamples() const { return m_resampler != nullptr; }

private:
    AudioFormat m_from;
    AudioFormat m_to;
    SpeexResamplerState_ *m_resampler = nullptr;
    std::vector<std::int16_t> m_pcmIn;
    std::vector<std::int16_t> m_pcmOut;
};

} // namespace patchline::audio
