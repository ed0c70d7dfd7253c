#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace patchline::server {

/// RFC 6455 framing, with no I/O: the pure half of our WebSocket transport
/// (TcpWebSocket). Any thread; no Qt event loop needed.

/// Frame opcodes (RFC 6455 §5.2).
enum class WsOpcode : std::uint8_t {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

/// Close codes we send (RFC 6455 §7.4.1).
namespace wsclose {
constexpr int Normal = 1000;
constexpr int GoingAway = 1001;
constexpr int ProtocolError = 1002;
constexpr int NoStatus = 1005; ///< never on the wire: a close frame without a code
constexpr int Abnormal = 1006; ///< never on the wire: the TCP connection dropped
constexpr int InvalidPayload = 1007;
constexpr int PolicyViolation = 1008;
constexpr int TooBig = 1009;
constexpr int InternalError = 1011;
} // namespace wsclose

/// True when `data` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF):
/// RFC 6455 §8.1 requires it of every text message and close reason.
bool isValidUtf8(QByteArrayView data);

/// Appends one complete (FIN) frame to `out`. `mask` is true on the client side, where
/// every frame must be masked with `maskKey` (RFC 6455 §5.3); servers never mask. Control
/// frames (close, ping, pong) must carry ≤ 125 bytes (the caller truncates).
void appendWsFrame(QByteArray &out, WsOpcode op, QByteArrayView payload, bool mask = false,
                   std::uint32_t maskKey = 0);

/// Appends a close frame with `code` and a UTF-8 `reason` cut to fit the 125-byte limit.
void appendWsClose(QByteArray &out, int code, QByteArrayView reason, bool mask = false,
                   std::uint32_t maskKey = 0);

/// Incremental frame parser for one direction of one connection. Feed it what the socket
/// read; it reassembles fragmented messages and reports whole messages and control frames
/// in arrival order. Enforces RFC 6455 §5: masking by role (1002), reserved bits and
/// opcodes (1002), control frames FIN and ≤ 125 bytes (1002), continuation order (1002),
/// UTF-8 text (1007), close payload shape and code (1002/1007), and the size limit of a
/// message (1009). After the first error it consumes nothing more.
class WsFrameParser
{
public:
    /// What parse() found. `payload` views the parser's buffer (or the reassembled
    /// message) and is valid only until the next parse() call.
    struct Sink
    {
        virtual ~Sink() = default;
        /// A whole text (validated UTF-8) or binary message.
        virtual void onWsMessage(bool text, QByteArrayView payload) = 0;
        virtual void onWsPing(QByteArrayView payload) = 0;
        virtual void onWsPong(QByteArrayView payload) = 0;
        /// The peer's close frame: `code` is 1005 when it carried none.
        virtual void onWsClose(int code, QByteArrayView reason) = 0;
        /// A protocol violation: fail the connection with `code` (close frame, then drop).
        virtual void onWsError(int code, const char *why) = 0;
    };

    /// `expectMasked`: true on the server side (client frames are masked), false on the
    /// client side. `maxMessageBytes` bounds one message, fragments included (1009 above).
    WsFrameParser(bool expectMasked, qint64 maxMessageBytes);

    /// Parses `data` (appended to what an earlier call left incomplete) and reports each
    /// complete frame to `sink`. Stops after an error or a close frame. Returns false once
    /// the connection has failed.
    bool parse(QByteArrayView data, Sink &sink);
    /// The same for bytes the caller already holds in a buffer it lends to the parser:
    /// unmasking happens in place and no copy is made for complete frames.
    bool parseInPlace(char *data, qsizetype size, Sink &sink);

    bool failed() const { return m_failed; }
    void setMaxMessageBytes(qint64 bytes) { m_max = bytes; }

private:
    /// Parses frames from `p`…`p + n`; returns the bytes consumed (whole frames only).
    qsizetype consume(char *p, qsizetype n, Sink &sink);
    void fail(Sink &sink, int code, const char *why);

    bool m_expectMasked;
    qint64 m_max;
    bool m_failed = false;
    bool m_closed = false;
    QByteArray m_pending; ///< an incomplete frame carried over between calls
    QByteArray m_message; ///< fragments of a message being reassembled
    int m_messageOp = -1; ///< opcode of the message being reassembled, -1 none
};

} // namespace patchline::server
