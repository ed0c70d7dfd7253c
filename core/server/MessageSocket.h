#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace patchline::server {

/// A WebSocket that carries JSON text messages, as the bridge sees it: the Twilio side
/// (we are the server) and the ElevenLabs side (we are the client) look the same. This is
/// the seam that keeps Qt 6.4's QWebSocket specifics out of the protocol code
/// (reference/qt64.md §A2). Lives on, and must be used from, the thread that owns it.
class MessageSocket : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// A client socket for `url` with extra request headers, opening at once: our
    /// TcpWebSocket for ws:// (the lean path, docs/performance.md), QtWebSocketLink for
    /// wss:// (TLS). Emits opened() or closed(1006, why). Caller's thread.
    static MessageSocket *connectTo(const QUrl &url,
                                    const QList<QPair<QByteArray, QByteArray>> &headers,
                                    QObject *parent);

    /// The frame path's receiver of text messages: called directly, without a Qt signal,
    /// for every text message while set (docs/performance.md: signal emission was the
    /// largest user-space cost per frame). `utf8` is valid only during the call.
    struct TextSink
    {
        virtual ~TextSink() = default;
        virtual void onSocketText(QByteArrayView utf8) = 0;
    };
    /// Sends every text message to `sink` instead of textReceived()/utf8Received(); null
    /// restores the signals. The sink must outlive the socket or be unset first.
    void setTextSink(TextSink *sink) { m_sink = sink; }

    /// Sends one text frame. Silently dropped when the socket is not open.
    virtual void sendText(const QString &text) = 0;
    /// Sends one text frame given as UTF-8 (the frame path: no UTF-16 round trip on
    /// sockets that frame bytes themselves). Silently dropped when not open.
    virtual void sendTextUtf8(QByteArrayView utf8) { sendText(QString::fromUtf8(utf8)); }
    /// Closes with a WebSocket close code (1000 normal, 1008 policy, 1011 error). On a socket
    /// whose close handshake is already under way, drops the connection at once (abort).
    virtual void close(int code = 1000, const QString &reason = {}) = 0;
    virtual bool isOpen() const = 0;
    /// Sends a WebSocket ping (control frame); pong() reports the round trip.
    virtual void ping() = 0;
    /// A header of the HTTP upgrade request (server side), case-insensitive; empty if none.
    virtual QByteArray handshakeHeader(const QByteArray &name) const = 0;
    /// Largest message accepted from the peer, in bytes (bigger ones fail the connection).
    virtual void setMaxIncomingMessageSize(qint64 bytes) { Q_UNUSED(bytes) }
    /// Stops (true) or resumes reading from the peer; while stopped its messages wait in the
    /// kernel and our pings go unanswered. A fault for the sandbox (issue 16 §10: a peer that
    /// stops reading); only TcpWebSocket implements it, elsewhere a no-op.
    virtual void setReadingPaused(bool paused) { Q_UNUSED(paused) }
    /// Peer address and port for logs.
    virtual QString peerName() const = 0;
    /// The URL of the upgrade request (server side: path and raw query as received).
    virtual QUrl requestUrl() const = 0;

signals:
    void opened();
    void textReceived(const QString &text);
    /// The same text message as UTF-8 bytes (validated). Emitted instead of, or as well as,
    /// textReceived(): each is emitted only when something is connected to it, so the frame
    /// path connects to this one and skips the UTF-16 conversion.
    void utf8Received(const QByteArray &utf8);
    void binaryReceived(const QByteArray &data);
    void pong(quint64 elapsedMs);
    /// Emitted once when the socket is closed by either side or fails. `code` is the close
    /// code the peer sent (1006 when the connection dropped without one).
    void closed(int code, const QString &reason);

protected:
    /// Emits utf8Received() and/or textReceived() for one text message, whichever has
    /// receivers.
    void emitText(QByteArrayView utf8);
    void emitText(const QString &text);
    void connectNotify(const QMetaMethod &signal) override;

private:
    TextSink *m_sink = nullptr;
    bool m_wantsUtf8 = false; ///< something is connected to utf8Received (cached per message)
    bool m_wantsText = false; ///< … to textReceived
};

/// MessageSocket over QWebSocket (Qt 6.4.2). Server side: wrap an accepted socket.
/// Client side: construct empty and call open().
class QtWebSocketLink final : public MessageSocket
{
    Q_OBJECT
public:
    /// Wraps an accepted server-side socket (takes ownership).
    explicit QtWebSocketLink(std::unique_ptr<QWebSocket> socket, QObject *parent = nullptr);
    /// Creates an unopened client socket.
    explicit QtWebSocketLink(QObject *parent = nullptr);
    ~QtWebSocketLink() override;

    /// Opens a client connection to `url` (ws:// or wss://) with extra request headers.
    void open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});

    void sendText(const QString &text) override;
    void close(int code = 1000, const QString &reason = {}) override;
    bool isOpen() const override;
    void ping() override;
    QByteArray handshakeHeader(const QByteArray &name) const override;
    QString peerName() const override;
    QUrl requestUrl() const override;

    /// Largest message accepted from the peer, in bytes (default 1 MiB).
    void setMaxIncomingMessageSize(qint64 bytes) override;

private:
    void wire();
    void emitClosed(int code, const QString &reason);

    std::unique_ptr<QWebSocket> m_ws;
    bool m_closedEmitted = false;
    bool m_closeHandshake = false;
    bool m_opened = false;    ///< open() ran (server-side sockets count as opened)
    bool m_cancelled = false; ///< close() came before open()
};

} // namespace patchline::server
