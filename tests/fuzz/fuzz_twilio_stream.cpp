// Fuzz target (issue 16 §9): a Twilio Media Streams message as the bridge reads it — the fast
// `media` path and the general parser (reference/twilio.md §1.2).
#include "twilio/MediaStream.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    patchline::twilio::MediaFrame f;
    if (patchline::twilio::parseMediaFast(bytes, f)) {
        // What the bridge does next with a fast-path frame: base64 decode of the payload.
        (void)QByteArray::fromBase64Encoding(f.payload.toByteArray(),
                                             QByteArray::AbortOnBase64DecodingErrors);
    }
    patchline::twilio::StreamMessage m;
    QString error;
    (void)patchline::twilio::parseStreamMessage(QString::fromUtf8(bytes), m, &error);
    return 0;
}
