#include "audio/AudioConverter.h"

#include "audio/Mulaw.h"

#include <speex/speex_resampler.h>

#include <cstring>

namespace patchline::audio {

FormatPlan FormatPlan::negotiate(const QString &in, const QString &out, bool conversionAllowed)
{
    FormatPlan plan;
    const auto inFmt = AudioFormat::parse(in);
    const auto outFmt = AudioFormat::parse(out);
    if (!inFmt || !outFmt)
        return plan; // Unsupported
    const AudioFormat line = AudioFormat::telephony();
    plan.agentIn = *inFmt;
    plan.agentOut = *outFmt;
    plan.convertToAgent = !(*inFmt == line);
    plan.convertToCaller = !(*outFmt == line);
    if (!plan.convertToAgent && !plan.convertToCaller)
        plan.outcome = Outcome::Passthrough;
    else
        plan.outcome = conversionAllowed ? Outcome::Convert : Outcome::ConversionOff;
    return plan;
}

std::optional<AudioFormat> AudioFormat::parse(const QString &name)
{
    static const int kRates[] = {8000, 16000, 22050, 24000, 44100, 48000};
    if (name == u"ulaw_8000")
        return AudioFormat{Encoding::Ulaw, 8000};
    if (!name.startsWith(u"pcm_"))
        return std::nullopt;
    bool ok = false;
    const int rate = QStringView(name).mid(4).toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (const int r : kRates)
        if (r == rate)
            return AudioFormat{Encoding::Pcm16, rate};
    return std::nullopt;
}

QString AudioFormat::name() const
{
    return (encoding == Encoding::Ulaw ? QStringLiteral("ulaw_%1") : QStringLiteral("pcm_%1"))
        .arg(sampleRate);
}

AudioConverter::AudioConverter(AudioFormat from, AudioFormat to) : m_from(from), m_to(to)
{
    if (from.sampleRate != to.sampleRate) {
        int err = 0;
        m_resampler =
            speex_resampler_init(1, spx_uint32_t(from.sampleRate), spx_uint32_t(to.sampleRate),
                                 SPEEX_RESAMPLER_QUALITY_VOIP, &err);
        // Start without the initial zero padding so output length tracks input length.
        if (m_resampler)
            speex_resampler_skip_zeros(m_resampler);
    }
}

AudioConverter::~AudioConverter()
{
    if (m_resampler)
        speex_resampler_destroy(m_resampler);
}

void AudioConverter::reset()
{
    if (m_resampler) {
        speex_resampler_reset_mem(m_resampler);
        speex_resampler_skip_zeros(m_resampler);
    }
}

void AudioConverter::convert(const QByteArray &in, QByteArray &out)
{
    // 1. Decode to PCM16 at the source rate.
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(in.constData());
    std::size_t samples = 0;
    if (m_from.encoding == AudioFormat::Encoding::Ulaw) {
        samples = std::size_t(in.size());
        m_pcmIn.resize(samples);
        mulawDecode({bytes, samples}, m_pcmIn.data());
    } else {
        samples = std::size_t(in.size()) / 2;
        m_pcmIn.resize(samples);
        std::memcpy(m_pcmIn.data(), bytes, samples * 2); // little-endian host (x86/ARM)
    }

    // 2. Resample.
    const std::vector<std::int16_t> *pcm = &m_pcmIn;
    if (m_resampler && samples > 0) {
        m_pcmOut.resize(samples * std::size_t(m_to.sampleRate) / std::size_t(m_from.sampleRate) +
                        64);
        spx_uint32_t inLen = spx_uint32_t(samples);
        spx_uint32_t outLen = spx_uint32_t(m_pcmOut.size());
        speex_resampler_process_int(m_resampler, 0, m_pcmIn.data(), &inLen, m_pcmOut.data(),
                                    &outLen);
        m_pcmOut.resize(outLen);
        pcm = &m_pcmOut;
    }

    // 3. Encode to the target format.
    if (m_to.encoding == AudioFormat::Encoding::Ulaw) {
        out.resize(qsizetype(pcm->size()));
        mulawEncode(*pcm, reinterpret_cast<std::uint8_t *>(out.data()));
    } else {
        out.resize(qsizetype(pcm->size() * 2));
        std::memcpy(out.data(), pcm->data(), pcm->size() * 2);
    }
}

} // namespace patchline::audio
