// Fuzz target (issue 16 §9): the ElevenLabs post-call webhook — signature header (first line)
// and JSON body (reference/elevenlabs.md §8).
#include "elevenlabs/PostCall.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = in.indexOf('\n');
    const QByteArray header = nl < 0 ? QByteArray() : in.left(nl);
    const QByteArray body = nl < 0 ? in : in.mid(nl + 1);
    (void)patchline::elevenlabs::verifyPostCallSignature("fuzz-secret", header, body, 1739537297);
    patchline::elevenlabs::PostCallData d;
    QString error;
    if (patchline::elevenlabs::parsePostCall(body, d, &error))
        (void)patchline::elevenlabs::postCallKind(d.type);
    return 0;
}
