#include "audio/WavFile.h"

#include "audio/Mulaw.h"

#include <QCoreApplication>

#include <QFile>

#include <sndfile.h>

#include <algorithm>
#include <cstring>

namespace patchline::audio {

WavWriter::~WavWriter()
{
    close();
}

bool WavWriter::open(const QString &path, int sampleRate, int channels)
{
    close();
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = channels;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    m_file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!m_file) {
        m_error = QCoreApplication::translate("Audio", "cannot create recording '%1': %2")
                      .arg(path, QString::fromUtf8(sf_strerror(nullptr)));
        return false;
    }
    sf_command(m_file, SFC_SET_UPDATE_HEADER_AUTO, nullptr, SF_TRUE);
    m_channels = channels;
    m_frames = 0;
    m_error.clear();
    return true;
}

bool WavWriter::write(std::span<const std::int16_t> samples)
{
    if (!m_file || samples.empty())
        return m_file != nullptr;
    const auto frames = static_cast<sf_count_t>(samples.size() / m_channels);
    const sf_count_t n = sf_writef_short(m_file, samples.data(), frames);
    m_frames += n;
    if (n != frames) {
        m_error = QString::fromUtf8(sf_strerror(m_file));
        return false;
    }
    return true;
}

void WavWriter::close()
{
    if (m_file) {
        sf_close(m_file);
        m_file = nullptr;
    }
}

namespace {

bool readAll(SNDFILE *f, const SF_INFO &info, PcmBuffer &out)
{
    out.sampleRate = info.samplerate;
    out.channels = info.channels;
    out.samples.resize(static_cast<std::size_t>(info.frames) * info.channels);
    const sf_count_t got = sf_readf_short(f, out.samples.data(), info.frames);
    out.samples.resize(static_cast<std::size_t>(got) * info.channels);
    sf_close(f);
    return true;
}

struct MemoryFile
{
    const QByteArray *bytes;
    sf_count_t pos = 0;
    QByteArray *writable = nullptr; ///< same buffer as `bytes` when encoding
};

sf_count_t memLength(void *user)
{
    return static_cast<MemoryFile *>(user)->bytes->size();
}

sf_count_t memSeek(sf_count_t offset, int whence, void *user)
{
    auto *m = static_cast<MemoryFile *>(user);
    sf_count_t base = 0;
    if (whence == SEEK_CUR)
        base = m->pos;
    else if (whence == SEEK_END)
        base = m->bytes->size();
    m->pos = std::clamp<sf_count_t>(base + offset, 0, m->bytes->size());
    return m->pos;
}

sf_count_t memRead(void *ptr, sf_count_t count, void *user)
{
    auto *m = static_cast<MemoryFile *>(user);
    const sf_count_t n = std::min<sf_count_t>(count, m->bytes->size() - m->pos);
    std::memcpy(ptr, m->bytes->constData() + m->pos, static_cast<std::size_t>(n));
    m->pos += n;
    return n;
}

sf_count_t memWrite(const void *ptr, sf_count_t count, void *user)
{
    auto *m = static_cast<MemoryFile *>(user);
    if (!m->writable)
        return 0;
    if (m->pos + count > m->writable->size())
        m->writable->resize(qsizetype(m->pos + count));
    std::memcpy(m->writable->data() + m->pos, ptr, static_cast<std::size_t>(count));
    m->pos += count;
    return count;
}

sf_count_t memTell(void *user)
{
    return static_cast<MemoryFile *>(user)->pos;
}

} // namespace

bool readAudioFile(const QString &path, PcmBuffer &out, QString *error)
{
    SF_INFO info{};
    SNDFILE *f = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
    if (!f) {
        if (error)
            *error = QCoreApplication::translate("Audio", "cannot read audio file '%1': %2")
                         .arg(path, QString::fromUtf8(sf_strerror(nullptr)));
        return false;
    }
    return readAll(f, info, out);
}

bool readAudioBytes(const QByteArray &bytes, PcmBuffer &out, QString *error)
{
    SF_VIRTUAL_IO io{memLength, memSeek, memRead, memWrite, memTell};
    MemoryFile mem{&bytes};
    SF_INFO info{};
    SNDFILE *f = sf_open_virtual(&io, SFM_READ, &info, &mem);
    if (!f) {
        if (error)
            *error = QCoreApplication::translate("Audio", "cannot decode audio data (%1 bytes): %2")
                         .arg(bytes.size())
                         .arg(QString::fromUtf8(sf_strerror(nullptr)));
        return false;
    }
    return readAll(f, info, out);
}

QByteArray encodeWav(std::span<const std::int16_t> samples, int sampleRate, int channels)
{
    QByteArray out;
    MemoryFile mem{&out, 0, &out};
    SF_VIRTUAL_IO io{memLength, memSeek, memRead, memWrite, memTell};
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = channels;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *f = sf_open_virtual(&io, SFM_WRITE, &info, &mem);
    if (!f)
        return {};
    sf_write_short(f, samples.data(), sf_count_t(samples.size()));
    sf_close(f);
    return out;
}

QByteArray wavFromMulaw(const QByteArray &mulaw)
{
    std::vector<std::int16_t> pcm(std::size_t(mulaw.size()));
    mulawDecode({reinterpret_cast<const std::uint8_t *>(mulaw.constData()), pcm.size()},
                pcm.data());
    return encodeWav(pcm, 8000, 1);
}

} // namespace patchline::audio
