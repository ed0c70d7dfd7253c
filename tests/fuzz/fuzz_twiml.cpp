// Fuzz target (issue 16 §9): TwiML as the sandbox carrier parses it (reference/twilio.md §2).
#include "twilio/TwiML.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    patchline::twilio::ParsedTwiml t;
    QString error;
    (void)patchline::twilio::parseTwiml(
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), t, &error);
    return 0;
}
