#include "audio/Overview.h"

#include "audio/WavFile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace patchline::audio {

namespace {
std::uint8_t scale(int peak)
{
    if (peak <= 32)
        return 0; // below −60 dBFS
    const double db = 20.0 * std::log10(double(peak) / 32768.0);
    return std::uint8_t(std::clamp((db + 60.0) / 60.0 * 255.0, 0.0, 255.0));
}

constexpr quint32 kMagic = 0x504c4f56; // "PLOV"
} // namespace

Overview computeOverview(const PcmBuffer &pcm)
{
    Overview o;
    if (pcm.sampleRate <= 0 || pcm.channels <= 0)
        return o;
    const std::size_t frames = pcm.frames();
    const std::size_t block = std::size_t(pcm.sampleRate) * Overview::kBlockMs / 1000;
    const int ch = pcm.channels;
    for (std::size_t start = 0; start < frames; start += block) {
        int a = 0, b = 0;
        const std::size_t end = std::min(frames, start + block);
        for (std::size_t f = start; f < end; ++f) {
            a = std::max(a, std::abs(int(pcm.samples[f * ch])));
            b = std::max(b, std::abs(int(pcm.samples[f * ch + (ch > 1 ? 1 : 0)])));
        }
        o.caller.push_back(scale(a));
        o.agent.push_back(scale(b));
    }
    o.durationMs = qint64(frames) * 1000 / pcm.sampleRate;
    return o;
}

bool loadOverview(const QString &wavPath, const QString &cacheDir, Overview &out, QString *error)
{
    const QFileInfo info(wavPath);
    if (!info.exists()) {
        if (error)
            *error =
                QStringLiteral("recording %1 does not exist (deleted by retention?)").arg(wavPath);
        return false;
    }
    const QByteArray key =
        QCryptographicHash::hash((info.absoluteFilePath() + u'|' + QString::number(info.size()) +
                                  u'|' + QString::number(info.lastModified().toMSecsSinceEpoch()))
                                     .toUtf8(),
                                 QCryptographicHash::Sha1);
    const QString cachePath =
        QDir(cacheDir).filePath(QString::fromLatin1(key.toHex()) + QStringLiteral(".overview"));
    QFile cached(cachePath);
    if (cached.open(QIODevice::ReadOnly)) {
        QDataStream in(&cached);
        quint32 magic = 0;
        qint64 duration = 0;
        QByteArray a, b;
        in >> magic >> duration >> a >> b;
        if (in.status() == QDataStream::Ok && magic == kMagic && a.size() == b.size()) {
            out.durationMs = duration;
            out.caller.assign(a.begin(), a.end());
            out.agent.assign(b.begin(), b.end());
            return true;
        }
    }
    PcmBuffer pcm;
    if (!readAudioFile(wavPath, pcm, error))
        return false;
    out = computeOverview(pcm);
    QDir().mkpath(cacheDir);
    QSaveFile save(cachePath);
    if (save.open(QIODevice::WriteOnly)) {
        QDataStream s(&save);
        s << kMagic << out.durationMs
          << QByteArray(reinterpret_cast<const char *>(out.caller.data()),
                        qsizetype(out.caller.size()))
          << QByteArray(reinterpret_cast<const char *>(out.agent.data()),
                        qsizetype(out.agent.size()));
        save.commit(); // a cache: failing to write it only costs a recompute next time
    }
    return true;
}

} // namespace patchline::audio
