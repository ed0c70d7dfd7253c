// Fuzz target (issue 16 §9): a WAV file as `--replay` and the review pane read it
// (libsndfile through audio::readAudioBytes).
#include "audio/WavFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    patchline::audio::PcmBuffer pcm;
    QString error;
    (void)patchline::audio::readAudioBytes(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), pcm, &error);
    return 0;
}
