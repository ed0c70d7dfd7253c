// Fuzz target (issue 16 §9): a phone number as an operator types it or a CSV carries it
// (E.164 normalisation with libphonenumber).
#include "twilio/E164.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 256)
        return 0; // a phone number field; libphonenumber bounds its own input too
    QString error;
    const QString e164 = patchline::twilio::normalizeE164(
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!e164.isEmpty())
        (void)patchline::twilio::describeNumber(e164);
    return 0;
}
