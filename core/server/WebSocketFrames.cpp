#include "server/WebSocketFrames.h"

#include <cstring>

namespace patchline::server {
namespace {

/// XORs `n` bytes at `p` with the 4-byte mask `key` (RFC 6455 §5.3), 8 bytes at a time.
void applyMask(char *p, qsizetype n, const unsigned char key[4])
{
    std::uint64_t k8;
    unsigned char k[8] = {key[0], key[1], key[2], key[3], key[0], key[1], key[2], key[3]};
    std::memcpy(&k8, k, 8);
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t v;
        std::memcpy(&v, p + i, 8);
        v ^= k8;
        std::memcpy(p + i, &v, 8);
    }
    for (; i < n; ++i)
        p[i] = char(p[i] ^ key[i & 3]);
}

bool isValidCloseCode(int code)
{
    // RFC 6455 §7.4.1/§7.4.2 and the IANA registry: 1004–1006 and 1015 never go on the
    // wire; 3000–4999 belong to libraries and applications.
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
           (code >= 3000 && code <= 4999);
}

} // namespace

bool isValidUtf8(QByteArrayView data)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path, 8 bytes at a time.
        if (i + 8 <= n) {
            std::uint64_t v;
            std::memcpy(&v, s + i, 8);
            if ((v & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false; // continuation byte, overlong lead (C0/C1) or > U+10FFFF (F5…)
        }
        if (i + len > n)
            return false;
        for (int j = 1; j < len; ++j) {
            if ((s[i + j] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

void appendWsFrame(QByteArray &out, WsOpcode op, QByteArrayView payload, bool mask,
                   std::uint32_t maskKey)
{
    const auto n = static_cast<std::uint64_t>(payload.size());
    unsigned char head[14];
    int h = 0;
    head[h++] = static_cast<unsigned char>(0x80 | static_cast<unsigned>(op));
    const unsigned char maskBit = mask ? 0x80 : 0x00;
    if (n < 126) {
        head[h++] = static_cast<unsigned char>(maskBit | n);
    } else if (n <= 0xFFFF) {
        head[h++] = maskBit | 126;
        head[h++] = static_cast<unsigned char>(n >> 8);
        head[h++] = static_cast<unsigned char>(n);
    } else {
        head[h++] = maskBit | 127;
        for (int s = 56; s >= 0; s -= 8)
            head[h++] = static_cast<unsigned char>(n >> s);
    }
    unsigned char key[4] = {};
    if (mask) {
        std::memcpy(key, &maskKey, 4);
        std::memcpy(head + h, key, 4);
        h += 4;
    }
    const qsizetype at = out.size();
    out.resize(at + h + qsizetype(n));
    char *dst = out.data() + at;
    std::memcpy(dst, head, size_t(h));
    if (n)
        std::memcpy(dst + h, payload.data(), size_t(n));
    if (mask)
        applyMask(dst + h, qsizetype(n), key);
}

void appendWsClose(QByteArray &out, int code, QByteArrayView reason, bool mask,
                   std::uint32_t maskKey)
{
    char buf[125];
    buf[0] = char((code >> 8) & 0xFF);
    buf[1] = char(code & 0xFF);
    // Cut the reason at a character boundary so the frame stays valid UTF-8 (§5.5.1).
    qsizetype len = std::min<qsizetype>(reason.size(), 123);
    while (len > 0 && len < reason.size() &&
           (static_cast<unsigned char>(reason[len]) & 0xC0) == 0x80)
        --len;
    if (len)
        std::memcpy(buf + 2, reason.data(), size_t(len));
    appendWsFrame(out, WsOpcode::Close, QByteArrayView(buf, 2 + len), mask, maskKey);
}

WsFrameParser::WsFrameParser(bool expectMasked, qint64 maxMessageBytes)
    : m_expectMasked(expectMasked), m_max(maxMessageBytes)
{}

void WsFrameParser::fail(Sink &sink, int code, const char *why)
{
    m_failed = true;
    m_pending.clear();
    m_message.clear();
    sink.onWsError(code, why);
}

bool WsFrameParser::parse(QByteArrayView data, Sink &sink)
{
    if (m_failed || m_closed)
        return !m_failed;
    m_pending.append(data.data(), data.size());
    const qsizetype used = consume(m_pending.data(), m_pending.size(), sink);
    if (!m_failed)
        m_pending.remove(0, used);
    return !m_failed;
}

bool WsFrameParser::parseInPlace(char *data, qsizetype size, Sink &sink)
{
    if (!m_pending.isEmpty())
        return parse(QByteArrayView(data, size), sink);
    if (m_failed || m_closed)
        return !m_failed;
    const qsizetype used = consume(data, size, sink);
    if (!m_failed && used < size && !m_closed)
        m_pending.append(data + used, size - used);
    return !m_failed;
}

qsizetype WsFrameParser::consume(char *p, qsizetype n, Sink &sink)
{
    qsizetype off = 0;
    while (!m_failed && !m_closed) {
        const qsizetype avail = n - off;
        if (avail < 2)
            break;
        const auto *u = reinterpret_cast<const unsigned char *>(p + off);
        const bool fin = u[0] & 0x80;
        const int op = u[0] & 0x0F;
        const bool masked = u[1] & 0x80;
        std::uint64_t len = u[1] & 0x7F;
        qsizetype head = 2;
        if (len == 126) {
            if (avail < 4)
                break;
            len = (std::uint64_t(u[2]) << 8) | u[3];
            head = 4;
        } else if (len == 127) {
            if (avail < 10)
                break;
            len = 0;
            for (int i = 2; i < 10; ++i)
                len = (len << 8) | u[i];
            head = 10;
            if (len >> 63) {
                fail(sink, wsclose::ProtocolError, "frame length with the top bit set");
                break;
            }
        }
        // Everything that can be judged from the header is judged before the payload is
        // waited for, so an oversized frame is refused at its first bytes.
        if (u[0] & 0x70) {
            fail(sink, wsclose::ProtocolError, "reserved bits set without an extension");
            break;
        }
        const bool control = op >= 0x8;
        if (!(op <= 0x2 || (op >= 0x8 && op <= 0xA))) {
            fail(sink, wsclose::ProtocolError, "reserved opcode");
            break;
        }
        if (masked != m_expectMasked) {
            fail(sink, wsclose::ProtocolError,
                 m_expectMasked ? "unmasked frame from a client" : "masked frame from a server");
            break;
        }
        if (control) {
            if (!fin || len > 125) {
                fail(sink, wsclose::ProtocolError, "fragmented or oversized control frame");
                break;
            }
        } else {
            if (op == 0 && m_messageOp < 0) {
                fail(sink, wsclose::ProtocolError, "continuation frame without a message");
                break;
            }
            if (op != 0 && m_messageOp >= 0) {
                fail(sink, wsclose::ProtocolError, "new message inside a fragmented one");
                break;
            }
            const std::uint64_t total = len + (op == 0 ? std::uint64_t(m_message.size()) : 0);
            if (total > std::uint64_t(m_max)) {
                fail(sink, wsclose::TooBig, "message larger than allowed");
                break;
            }
        }
        if (masked)
            head += 4;
        if (avail < head || std::uint64_t(avail - head) < len)
            break; // wait for the rest of the frame
        char *payload = p + off + head;
        if (masked)
            applyMask(payload, qsizetype(len), u + head - 4);
        const QByteArrayView body(payload, qsizetype(len));
        off += head + qsizetype(len);

        switch (op) {
        case 0x1:
        case 0x2:
            if (fin) {
                if (op == 0x1 && !isValidUtf8(body)) {
                    fail(sink, wsclose::InvalidPayload, "text message is not valid UTF-8");
                    break;
                }
                sink.onWsMessage(op == 0x1, body);
            } else {
                m_messageOp = op;
                m_message = body.toByteArray();
            }
            break;
        case 0x0:
            m_message.append(body.data(), body.size());
            if (fin) {
                const bool text = m_messageOp == 0x1;
                m_messageOp = -1;
                if (text && !isValidUtf8(m_message)) {
                    fail(sink, wsclose::InvalidPayload, "text message is not valid UTF-8");
                    break;
                }
                sink.onWsMessage(text, m_message);
                m_message.clear();
            }
            break;
        case 0x8: {
            if (len == 1) {
                fail(sink, wsclose::ProtocolError, "close frame with a one-byte payload");
                break;
            }
            int code = wsclose::NoStatus;
            QByteArrayView reason;
            if (len >= 2) {
                code = (static_cast<unsigned char>(payload[0]) << 8) |
                       static_cast<unsigned char>(payload[1]);
                reason = body.sliced(2);
                if (!isValidCloseCode(code)) {
                    fail(sink, wsclose::ProtocolError, "invalid close code");
                    break;
                }
                if (!isValidUtf8(reason)) {
                    fail(sink, wsclose::InvalidPayload, "close reason is not valid UTF-8");
                    break;
                }
            }
            m_closed = true;
            sink.onWsClose(code, reason);
            break;
        }
        case 0x9:
            sink.onWsPing(body);
            break;
        case 0xA:
            sink.onWsPong(body);
            break;
        }
    }
    return off;
}

} // namespace patchline::server
