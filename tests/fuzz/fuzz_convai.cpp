// Fuzz target (issue 16 §9): an ElevenLabs ConvAI server message (reference/elevenlabs.md §3).
#include "elevenlabs/ConvAi.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    patchline::elevenlabs::AgentMessage m;
    QString error;
    (void)patchline::elevenlabs::parseAgentMessage(
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), m, &error);
    return 0;
}
