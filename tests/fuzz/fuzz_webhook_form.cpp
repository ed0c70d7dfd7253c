// Fuzz target (issue 16 §9): a webhook form body and its X-Twilio-Signature, as WebhookFront
// reads them (reference/twilio.md §3.7, §3.8, §4). Input: signature line, then the body.
#include "twilio/Signature.h"
#include "twilio/StatusCallback.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = in.indexOf('\n');
    const QByteArray signature = nl < 0 ? QByteArray() : in.left(nl);
    const QByteArray body = nl < 0 ? in : in.mid(nl + 1);
    bool tooMany = false;
    const auto params =
        patchline::twilio::parseForm(body, patchline::twilio::kMaxFormParams, &tooMany);
    (void)patchline::twilio::StatusCallback::fromForm(params);
    (void)patchline::twilio::validateSignature(
        "fuzz-token", QStringLiteral("https://example.com/twilio/voice?agent_id=a"), params,
        signature);
    return 0;
}
