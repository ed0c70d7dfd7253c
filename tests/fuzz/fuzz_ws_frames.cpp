// Fuzz target (issue 16 §9): RFC 6455 frames as our WebSocket layer reads them, on the server
// side (masked) and the client side (unmasked), fed in two pieces to exercise reassembly.
#include "server/WebSocketFrames.h"

#include <cstddef>
#include <cstdint>

namespace {
struct NullSink : patchline::server::WsFrameParser::Sink
{
    void onWsMessage(bool, QByteArrayView) override {}
    void onWsPing(QByteArrayView) override {}
    void onWsPong(QByteArrayView) override {}
    void onWsClose(int, QByteArrayView) override {}
    void onWsError(int, const char *) override {}
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    NullSink sink;
    for (const bool masked : {true, false}) {
        patchline::server::WsFrameParser p(masked, 64 * 1024);
        const qsizetype half = bytes.size() / 2;
        if (p.parse(bytes.first(half), sink))
            p.parse(bytes.sliced(half), sink);
        QByteArray copy = bytes.toByteArray(); // the in-place path unmasks in the buffer
        patchline::server::WsFrameParser q(masked, 64 * 1024);
        q.parseInPlace(copy.data(), copy.size(), sink);
    }
    (void)patchline::server::isValidUtf8(bytes);
    return 0;
}
