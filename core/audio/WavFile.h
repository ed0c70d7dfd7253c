#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

struct sf_private_tag;

namespace patchline::audio {

/// Writes a PCM16 WAV file through libsndfile. The header is rewritten after every write
/// (`SFC_SET_UPDATE_HEADER_AUTO`), so the file stays playable up to the last block written
/// even when the process dies. Not thread-safe: use from one thread (the recorder thread).
class WavWriter
{
public:
    WavWriter() = default;
    ~WavWriter();
    WavWriter(const WavWriter &) = delete;
    WavWriter &operator=(const WavWriter &) = delete;

    /// Creates (truncates) `path` for `channels` interleaved channels at `sampleRate` Hz.
    /// Returns false and fills errorString() on failure (the message names the path).
    bool open(const QString &path, int sampleRate, int channels);

    /// Appends interleaved frames; `samples.size()` must be a multiple of channels().
    bool write(std::span<const std::int16_t> samples);

    /// Closes the file (also done by the destructor). Safe to call twice.
    void close();

    bool isOpen() const { return m_file != nullptr; }
    int channels() const { return m_channels; }
    std::int64_t framesWritten() const { return m_frames; }
    QString errorString() const { return m_error; }

private:
    sf_private_tag *m_file = nullptr;
    int m_channels = 0;
    std::int64_t m_frames = 0;
    QString m_error;
};

/// Audio decoded from a file: interleaved PCM16 samples.
struct PcmBuffer
{
    int sampleRate = 0;
    int channels = 0;
    std::vector<std::int16_t> samples; ///< interleaved, `frames() * channels` values

    std::size_t frames() const { return channels ? samples.size() / channels : 0; }
    double seconds() const { return sampleRate ? double(frames()) / sampleRate : 0.0; }
};

/// Reads any libsndfile-supported file (WAV etc.) into PCM16. Returns false with a message
/// naming the file on failure. Any thread.
bool readAudioFile(const QString &path, PcmBuffer &out, QString *error = nullptr);

/// Same as readAudioFile() for bytes already in memory (e.g. a Qt resource).
bool readAudioBytes(const QByteArray &bytes, PcmBuffer &out, QString *error = nullptr);

/// A complete PCM16 WAV file in memory (libsndfile virtual I/O); empty on failure.
/// `samples` are interleaved when `channels` > 1.
QByteArray encodeWav(std::span<const std::int16_t> samples, int sampleRate, int channels);
/// μ-law 8 kHz mono (`ulaw_8000`) as a PCM16 WAV file in memory.
QByteArray wavFromMulaw(const QByteArray &mulaw);

} // namespace patchline::audio
