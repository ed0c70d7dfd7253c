#pragma once

#include "server/MessageSocket.h"
#include "server/Reactor.h"
#include "server/WebSocketFrames.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTimer>

namespace patchline::server {

/// A WebSocket connection whose HTTP upgrade the server has already answered with 101,
/// ready to be adopted by a TcpWebSocket on any thread (HttpServer hands these to the
/// bridge). Owns `fd` until adopted: destroying an un-adopted handoff closes it.
struct WebSocketHandoff
{
    int fd = -1;
    QString path;                          ///< decoded request path, e.g. "/twilio/media"
    QByteArray query;                      ///< raw query string, without '?'
    QHash<QByteArray, QByteArray> headers; ///< handshake request headers, names lower-cased
    QString peer;                          ///< "address:port"
    QByteArray leftover;                   ///< bytes read after the request (early frames)

    WebSocketHandoff() = default;
    WebSocketHandoff(WebSocketHandoff &&other) noexcept;
    WebSocketHandoff &operator=(WebSocketHandoff &&other) noexcept;
    WebSocketHandoff(const WebSocketHandoff &) = delete;
    ~WebSocketHandoff();
    /// Gives up ownership of the fd (the adopter closes it).
    int takeFd() { return std::exchange(fd, -1); }
};

/// MessageSocket over a plain TCP socket with our own RFC 6455 framing (WebSocketFrames)
/// and the thread's Reactor: one `read(2)` per ready socket per wake-up and one `send(2)`
/// per socket per dispatch batch, however many messages (docs/performance.md). Used for
/// every ws:// connection: the Twilio side (server, behind HttpServer) and ws:// agents
/// (the sandbox); wss:// clients use QtWebSocketLink (TLS). See MessageSocket::connectTo().
///
/// Behaviour: answers pings with pongs; ping() measures the round trip with a pong;
/// messages above maxIncomingMessageSize() fail the connection with 1009; a peer that
/// stops reading while more than 1 MiB is queued is dropped (closed 1006). close() sends a
/// close frame and waits for the peer's (RFC 6455 §7.1.2); a second close() drops the
/// connection. Thread affinity: the thread that created or adopted it.
class TcpWebSocket final : public MessageSocket,
                           private Reactor::Handler,
                           private WsFrameParser::Sink
{
    Q_OBJECT
public:
    /// Server side: adopts a connection the HTTP server upgraded. Returns null (closing the
    /// fd) when the reactor refuses it.
    static TcpWebSocket *adopt(WebSocketHandoff &&handoff, QObject *parent = nullptr);
    /// Client side: an unopened socket; call open().
    explicit TcpWebSocket(QObject *parent = nullptr);
    ~TcpWebSocket() override;

    /// Connects to a ws:// `url` (IP literal, "localhost" or a host name resolved
    /// asynchronously), sends the upgrade request with `headers`, and emits opened() once the
    /// server's 101 checks out (Sec-WebSocket-Accept, RFC 6455 §4.1), or closed(1006, why).
    void open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    void sendText(const QString &text) override;
    void sendTextUtf8(QByteArrayView utf8) override;
    void close(int code = 1000, const QString &reason = {}) override;
    bool isOpen() const override { return m_state == State::Open; }
    void ping() override;
    QByteArray handshakeHeader(const QByteArray &name) const override;
    QString peerName() const override { return m_peer; }
    QUrl requestUrl() const override;

    /// Largest message accepted from the peer, in bytes (default 1 MiB).
    void setMaxIncomingMessageSize(qint64 bytes) override { m_parser.setMaxMessageBytes(bytes); }
    void setReadingPaused(bool paused) override;
    /// Bytes queued for sending (not yet accepted by the kernel).
    qint64 bytesQueued() const { return m_out.size() - m_outSent; }

    static constexpr qint64 kMaxQueuedBytes = 1 << 20;

private:
    enum class State { Idle, Connecting, Handshaking, Open, Closing, Closed };
    TcpWebSocket(int fd, bool client, QObject *parent);

    void attach(int fd);
    void connectToAddress(const QString &address);
    void sendHandshake();
    void readHandshake();
    void queue(WsOpcode op, QByteArrayView payload);
    /// Closes the fd and emits closed() once: at once, or on the next turn when `deferred`
    /// (from inside an API call such as sendText(), so the caller is not re-entered).
    void drop(int code, const QString &reason, bool deferred = false);
    /// Fails the connection politely: close frame out, half-close, discard input ≤ 1 s.
    void linger(int code, const QString &reason);
    void closeFd();
    /// Parses the frames that came with the upgrade request (adopt()).
    void parseEarly();

    // Reactor::Handler
    void onReadable() override;
    void onWritable() override;
    void onFlush() override;
    // WsFrameParser::Sink
    void onWsMessage(bool text, QByteArrayView payload) override;
    void onWsPing(QByteArrayView payload) override;
    void onWsPong(QByteArrayView payload) override;
    void onWsClose(int code, QByteArrayView reason) override;
    void onWsError(int code, const char *why) override;

    int m_fd = -1;
    quint64 m_rid = 0;
    Reactor *m_reactor = nullptr;
    bool m_client = false;
    State m_state = State::Idle;
    WsFrameParser m_parser;
    QByteArray m_in;    ///< client handshake answer
    QByteArray m_early; ///< frames that came with the upgrade request, not yet parsed
    bool m_lingering = false;
    QByteArray m_out;
    qsizetype m_outSent = 0;
    bool m_writeBlocked = false;
    bool m_closedEmitted = false;
    int m_sentCloseCode = 0;
    QString m_sentCloseReason;
    QString m_peer;
    QString m_path;
    QByteArray m_query;
    QHash<QByteArray, QByteArray> m_headers;
    // client handshake
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    QByteArray m_key;
    QTimer m_timer; ///< handshake timeout (client) and close-handshake timeout
    QElapsedTimer m_pingClock;
    QRandomGenerator m_maskKeys; ///< client frame masks (RFC 6455 §5.3)
};

} // namespace patchline::server
