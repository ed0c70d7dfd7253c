// Fuzz target (issue 16 §9): a stream token from a Media Streams `start` (issue 16 §1).
#include "twilio/StreamToken.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QString why;
    (void)patchline::twilio::verifyStreamToken(
        "fuzz-key", QStringLiteral("CA0123456789abcdef0123456789abcdef"),
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), 1000, &why);
    return 0;
}
