#include "server/TcpWebSocket.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QRandomGenerator>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace patchline::server {
namespace {

constexpr qsizetype kReadChunk = 64 * 1024;
constexpr int kHandshakeTimeoutMs = 10000;
constexpr int kCloseTimeoutMs = 5000;
constexpr qsizetype kMaxHandshakeBytes = 16 * 1024;

QByteArray acceptKey(const QByteArray &key)
{
    // RFC 6455 §4.2.2 item 5.4.
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}

void setNoDelay(int fd)
{
    // 20 ms frames must not wait for Nagle's algorithm.
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

} // namespace

WebSocketHandoff::WebSocketHandoff(WebSocketHandoff &&o) noexcept
    : fd(std::exchange(o.fd, -1)), path(std::move(o.path)), query(std::move(o.query)),
      headers(std::move(o.headers)), peer(std::move(o.peer)), leftover(std::move(o.leftover))
{}

WebSocketHandoff &WebSocketHandoff::operator=(WebSocketHandoff &&o) noexcept
{
    if (this != &o) {
        if (fd >= 0)
            ::close(fd);
        fd = std::exchange(o.fd, -1);
        path = std::move(o.path);
        query = std::move(o.query);
        headers = std::move(o.headers);
        peer = std::move(o.peer);
        leftover = std::move(o.leftover);
    }
    return *this;
}

WebSocketHandoff::~WebSocketHandoff()
{
    if (fd >= 0)
        ::close(fd);
}

TcpWebSocket::TcpWebSocket(QObject *parent) : TcpWebSocket(-1, true, parent) {}

TcpWebSocket::TcpWebSocket(int fd, bool client, QObject *parent)
    : MessageSocket(parent), m_client(client), m_parser(!client, 1 << 20), m_timer(this)
{
    m_timer.setSingleShot(true);
    // RFC 6455 §5.3: masking keys must not be predictable from earlier frames. A generator of
    // our own, seeded from the system's, avoids a lock or a system call per frame.
    m_maskKeys.seed(QRandomGenerator::system()->generate());
    if (fd >= 0)
        attach(fd);
}

TcpWebSocket::~TcpWebSocket()
{
    if (m_reactor && m_rid)
        m_reactor->remove(m_rid);
    if (m_fd >= 0)
        ::close(m_fd);
}

TcpWebSocket *TcpWebSocket::adopt(WebSocketHandoff &&h, QObject *parent)
{
    auto *ws = new TcpWebSocket(-1, false, parent);
    ws->m_path = h.path;
    ws->m_query = h.query;
    ws->m_headers = std::move(h.headers);
    ws->m_peer = h.peer;
    ws->attach(h.takeFd());
    if (!ws->m_rid) {
        delete ws;
        return nullptr;
    }
    ws->m_state = State::Open;
    if (!h.leftover.isEmpty()) {
        // Frames that came with the upgrade request: parsed once the adopter has connected
        // its signals (next event-loop turn, or the first read, whichever comes first),
        // ahead of anything read later.
        ws->m_early = std::move(h.leftover);
        QMetaObject::invokeMethod(ws, &TcpWebSocket::parseEarly, Qt::QueuedConnection);
    }
    return ws;
}

void TcpWebSocket::parseEarly()
{
    QByteArray early = std::exchange(m_early, QByteArray());
    if (!early.isEmpty() && m_state == State::Open)
        m_parser.parseInPlace(early.data(), early.size(), *this);
}

void TcpWebSocket::attach(int fd)
{
    m_fd = fd;
    setNoDelay(fd);
    m_reactor = Reactor::current();
    m_rid = m_reactor->add(fd, this);
}

QByteArray TcpWebSocket::handshakeHeader(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

QUrl TcpWebSocket::requestUrl() const
{
    if (m_client)
        return m_url;
    QUrl u;
    u.setScheme(QStringLiteral("ws"));
    const QByteArray host = m_headers.value("host");
    u.setAuthority(QString::fromLatin1(host));
    u.setPath(m_path);
    if (!m_query.isEmpty())
        u.setQuery(QString::fromUtf8(m_query), QUrl::TolerantMode);
    return u;
}

// --- client connect and handshake ------------------------------------------------------------

void TcpWebSocket::open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (m_state != State::Idle)
        return;
    m_url = url;
    m_extraHeaders = headers;
    m_state = State::Connecting;
    m_peer = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(80));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting || m_state == State::Handshaking)
            drop(wsclose::Abnormal, tr("WebSocket handshake with %1 timed out").arg(m_peer));
        else if (m_state == State::Closing)
            drop(wsclose::Abnormal, tr("the peer did not answer our close frame"));
    });
    m_timer.start(kHandshakeTimeoutMs);
    const QString host = url.host();
    if (url.scheme() != u"ws") {
        QMetaObject::invokeMethod(
            this, [this] { drop(wsclose::Abnormal, tr("only ws:// URLs are handled here")); },
            Qt::QueuedConnection);
        return;
    }
    if (QHostAddress(host).isNull() && host != u"localhost") {
        QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
            if (m_state != State::Connecting)
                return;
            if (info.addresses().isEmpty()) {
                drop(wsclose::Abnormal,
                     tr("cannot resolve %1: %2").arg(m_url.host(), info.errorString()));
                return;
            }
            connectToAddress(info.addresses().constFirst().toString());
        });
        return;
    }
    // Connect after the caller has wired its signals, as QWebSocket does.
    QMetaObject::invokeMethod(
        this,
        [this, host] {
            connectToAddress(host == u"localhost" ? QStringLiteral("127.0.0.1") : host);
        },
        Qt::QueuedConnection);
}

void TcpWebSocket::connectToAddress(const QString &address)
{
    if (m_state != State::Connecting)
        return;
    const QHostAddress a(address);
    sockaddr_storage ss{};
    socklen_t len = 0;
    const quint16 port = quint16(m_url.port(80));
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *s6 = reinterpret_cast<sockaddr_in6 *>(&ss);
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons(port);
        const Q_IPV6ADDR ip = a.toIPv6Address();
        std::memcpy(&s6->sin6_addr, &ip, 16);
        len = sizeof(sockaddr_in6);
    } else {
        auto *s4 = reinterpret_cast<sockaddr_in *>(&ss);
        s4->sin_family = AF_INET;
        s4->sin_port = htons(port);
        s4->sin_addr.s_addr = htonl(a.toIPv4Address());
        len = sizeof(sockaddr_in);
    }
    const int fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        drop(wsclose::Abnormal, tr("cannot create a socket: %1").arg(errnoText(errno)));
        return;
    }
    attach(fd);
    if (!m_rid) {
        drop(wsclose::Abnormal, tr("cannot watch the socket"));
        return;
    }
    m_peer = QStringLiteral("%1:%2").arg(address).arg(port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&ss), len) != 0 && errno != EINPROGRESS) {
        const int e = errno;
        QMetaObject::invokeMethod(
            this,
            [this, e] {
                drop(wsclose::Abnormal, tr("cannot connect to %1: %2").arg(m_peer, errnoText(e)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_writeBlocked = true; // connected once writable
    m_reactor->setWriteInterest(m_rid, true);
}

void TcpWebSocket::sendHandshake()
{
    QByteArray key(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
    m_key = key.toBase64();
    QByteArray target = m_url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray req;
    req.reserve(512);
    const QByteArray host = m_url.host().contains(u':') ? '[' + m_url.host().toUtf8() + ']'
                                                        : m_url.host().toUtf8(); // IPv6 literal
    req += "GET " + target + " HTTP/1.1\r\nHost: " + host;
    if (m_url.port() > 0)
        req += ':' + QByteArray::number(m_url.port());
    req += "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key +
           "\r\nSec-WebSocket-Version: 13\r\n";
    for (const auto &[k, v] : std::as_const(m_extraHeaders))
        req += k + ": " + v + "\r\n";
    req += "\r\n";
    m_out += req;
    m_state = State::Handshaking;
    onFlush();
}

void TcpWebSocket::readHandshake()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_in.size() > kMaxHandshakeBytes)
            drop(wsclose::Abnormal, tr("the WebSocket handshake answer is too large"));
        return;
    }
    const QByteArray head = m_in.left(end);
    QByteArray rest = m_in.mid(end + 4);
    m_in.clear();
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray status = lines.value(0).trimmed();
    // "HTTP/1.1 101 Switching Protocols"
    const QList<QByteArray> parts = status.split(' ');
    const int code = parts.value(1).toInt();
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            headers.insert(lines[i].left(colon).trimmed().toLower(),
                           lines[i].mid(colon + 1).trimmed());
    }
    if (code != 101 || !parts.value(0).startsWith("HTTP/1.1")) {
        drop(wsclose::Abnormal,
             tr("the server refused the WebSocket upgrade with HTTP %1").arg(code));
        return;
    }
    // RFC 6455 §4.1 (client requirements 2–6): Upgrade, Connection, the accept key, and no
    // extension or subprotocol we did not ask for.
    if (headers.value("upgrade").compare("websocket", Qt::CaseInsensitive) != 0 ||
        !headers.value("connection").toLower().contains("upgrade") ||
        headers.value("sec-websocket-accept") != acceptKey(m_key) ||
        headers.contains("sec-websocket-extensions") ||
        headers.contains("sec-websocket-protocol")) {
        drop(wsclose::Abnormal, tr("the server's WebSocket handshake is invalid"));
        return;
    }
    m_headers = std::move(headers);
    m_state = State::Open;
    m_timer.stop();
    emit opened();
    if (!rest.isEmpty() && m_state == State::Open)
        m_parser.parseInPlace(rest.data(), rest.size(), *this);
}

// --- I/O -------------------------------------------------------------------------------------

void TcpWebSocket::onReadable()
{
    if (m_fd < 0)
        return;
    if (m_state == State::Connecting)
        return;        // wait for writability (connect result)
    if (m_lingering) { // discard until the peer closes (linger())
        QByteArray &buf = m_reactor->scratch();
        const ssize_t n = ::read(m_fd, buf.data(), size_t(buf.size()));
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            closeFd();
        return;
    }
    for (int round = 0; round < 4; ++round) {
        if (m_state == State::Handshaking) {
            const qsizetype at = m_in.size();
            m_in.resize(at + 4096);
            const ssize_t n = ::read(m_fd, m_in.data() + at, 4096);
            m_in.resize(at + std::max<ssize_t>(n, 0));
            if (n > 0) {
                readHandshake();
                if (n == 4096 && m_state == State::Handshaking)
                    continue;
                return;
            }
            if (n == 0) {
                drop(wsclose::Abnormal,
                     tr("the server closed the connection during the handshake"));
                return;
            }
            if (errno != EAGAIN && errno != EINTR)
                drop(wsclose::Abnormal, errnoText(errno));
            return;
        }
        if (!m_early.isEmpty()) {
            parseEarly();
            if (m_fd < 0)
                return;
        }
        // One scratch buffer per thread (the parser keeps what a read leaves incomplete):
        // no 64 KiB per socket.
        QByteArray &buf = m_reactor->scratch();
        const ssize_t n = ::read(m_fd, buf.data(), size_t(buf.size()));
        if (n > 0) {
            m_parser.parseInPlace(buf.data(), n, *this);
            if (n < buf.size() || m_fd < 0)
                return;
            continue; // the buffer was full: there may be more
        }
        if (n == 0) {
            drop(m_sentCloseCode ? m_sentCloseCode : wsclose::Abnormal,
                 m_sentCloseCode ? m_sentCloseReason : tr("connection lost without a close frame"));
            return;
        }
        if (errno == EAGAIN || errno == EINTR)
            return;
        drop(wsclose::Abnormal, errnoText(errno));
        return;
    }
}

void TcpWebSocket::onWritable()
{
    if (m_state == State::Connecting) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &err, &len);
        m_writeBlocked = false;
        m_reactor->setWriteInterest(m_rid, false);
        if (err != 0) {
            drop(wsclose::Abnormal, tr("cannot connect to %1: %2").arg(m_peer, errnoText(err)));
            return;
        }
        sendHandshake();
        return;
    }
    m_writeBlocked = false;
    m_reactor->setWriteInterest(m_rid, false);
    onFlush();
}

void TcpWebSocket::onFlush()
{
    if (m_fd < 0 || m_writeBlocked || m_state == State::Connecting)
        return;
    if (m_lingering && m_outSent >= m_out.size())
        return; // already half-closed
    while (m_outSent < m_out.size()) {
        const ssize_t n = ::send(m_fd, m_out.constData() + m_outSent,
                                 size_t(m_out.size() - m_outSent), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            m_outSent += n;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            if (errno == EINTR)
                continue;
            m_writeBlocked = true;
            m_reactor->setWriteInterest(m_rid, true);
            return;
        }
        drop(wsclose::Abnormal, errnoText(errno));
        return;
    }
    m_out.resize(0); // keeps the capacity: no allocation on the next message
    m_outSent = 0;
    if (m_out.capacity() > 256 * 1024)
        m_out.squeeze(); // after a burst, give the memory back
    if (m_lingering)
        ::shutdown(m_fd, SHUT_WR); // our close frame is out: half-close, read until EOF
}

void TcpWebSocket::queue(WsOpcode op, QByteArrayView payload)
{
    if (m_fd < 0)
        return;
    // A peer that reads only part of what we send: drop what the kernel took once it is
    // the larger half, so the buffer holds only unsent bytes (bounded by kMaxQueuedBytes).
    if (m_outSent >= 64 * 1024 && 2 * m_outSent >= m_out.size()) {
        m_out.remove(0, m_outSent);
        m_outSent = 0;
    }
    appendWsFrame(m_out, op, payload, m_client, m_client ? m_maskKeys.generate() : 0);
    if (bytesQueued() > kMaxQueuedBytes) {
        // Called from sendText() & co.: closed() is reported on the next turn, not from
        // inside the caller's send.
        drop(
            wsclose::Abnormal,
            tr("the peer stopped reading (%1 bytes queued); connection dropped").arg(bytesQueued()),
            true);
        return;
    }
    m_reactor->scheduleFlush(m_rid);
}

void TcpWebSocket::sendText(const QString &text)
{
    if (m_state == State::Open)
        queue(WsOpcode::Text, text.toUtf8());
}

void TcpWebSocket::sendTextUtf8(QByteArrayView utf8)
{
    if (m_state == State::Open)
        queue(WsOpcode::Text, utf8);
}

void TcpWebSocket::setReadingPaused(bool paused)
{
    if (m_fd >= 0 && m_reactor)
        m_reactor->setReadInterest(m_rid, !paused);
}

void TcpWebSocket::ping()
{
    if (m_state != State::Open)
        return;
    if (!m_pingClock.isValid())
        m_pingClock.start();
    const qint64 t = m_pingClock.elapsed();
    queue(WsOpcode::Ping, QByteArrayView(reinterpret_cast<const char *>(&t), sizeof t));
}

void TcpWebSocket::close(int code, const QString &reason)
{
    if (m_state == State::Open) {
        m_sentCloseCode = code;
        m_sentCloseReason = reason;
        QByteArray out;
        appendWsClose(out, code, reason.toUtf8());
        // The close frame's payload goes through queue() for masking like any frame.
        queue(WsOpcode::Close, QByteArrayView(out).sliced(2));
        if (m_fd < 0)
            return; // the queue overflowed: already dropped
        m_state = State::Closing;
        // Wait for the peer's close frame (RFC 6455 §7.1.2), bounded.
        disconnect(&m_timer, nullptr, this, nullptr);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { drop(m_sentCloseCode, m_sentCloseReason); });
        m_timer.start(kCloseTimeoutMs);
        return;
    }
    if (m_state == State::Closed)
        return;
    // Handshake still under way, or our close frame unanswered: drop at once.
    drop(m_sentCloseCode ? m_sentCloseCode : wsclose::Abnormal,
         m_sentCloseCode ? m_sentCloseReason : reason, true);
}

void TcpWebSocket::closeFd()
{
    if (m_reactor && m_rid) {
        m_reactor->remove(m_rid);
        m_rid = 0;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_lingering = false;
}

void TcpWebSocket::drop(int code, const QString &reason, bool deferred)
{
    closeFd();
    m_timer.stop();
    m_state = State::Closed;
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    if (deferred)
        QMetaObject::invokeMethod(
            this, [this, code, reason] { emit closed(code, reason); }, Qt::QueuedConnection);
    else
        emit closed(code, reason);
}

void TcpWebSocket::linger(int code, const QString &reason)
{
    // Failing the connection (RFC 6455 §7.1.7): our close frame goes out, then a half-close,
    // and input is read and discarded until the peer closes or 1 s passes. Closing a socket
    // with unread input would send a reset, which can destroy the close frame in flight
    // (RFC 7230 §6.6 says the same of HTTP).
    m_lingering = true;
    m_state = State::Closed;
    onFlush(); // half-closes once the frame is out
    disconnect(&m_timer, nullptr, this, nullptr);
    connect(&m_timer, &QTimer::timeout, this, &TcpWebSocket::closeFd);
    m_timer.start(1000);
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        emit closed(code, reason);
    }
}

// --- frames ----------------------------------------------------------------------------------

void TcpWebSocket::onWsMessage(bool text, QByteArrayView payload)
{
    if (m_state != State::Open && m_state != State::Closing)
        return;
    if (text)
        emitText(payload);
    else
        emit binaryReceived(payload.toByteArray());
}

void TcpWebSocket::onWsPing(QByteArrayView payload)
{
    if (m_state == State::Open)
        queue(WsOpcode::Pong, payload);
}

void TcpWebSocket::onWsPong(QByteArrayView payload)
{
    qint64 sent = -1;
    if (payload.size() == sizeof(qint64) && m_pingClock.isValid())
        std::memcpy(&sent, payload.data(), sizeof sent);
    emit pong(sent >= 0 ? quint64(m_pingClock.elapsed() - sent) : 0);
}

void TcpWebSocket::onWsClose(int code, QByteArrayView reason)
{
    const QString why = QString::fromUtf8(reason);
    if (m_state == State::Open) {
        // The peer closes first: echo its code (§5.5.1), send it, then drop.
        m_sentCloseCode = code == wsclose::NoStatus ? wsclose::Normal : code;
        QByteArray out;
        appendWsClose(out, m_sentCloseCode, {});
        queue(WsOpcode::Close, QByteArrayView(out).sliced(2));
        onFlush();
    }
    drop(code, why);
}

void TcpWebSocket::onWsError(int code, const char *why)
{
    // Fail the connection (RFC 6455 §7.1.7): a close frame with the code, then linger.
    const QString reason = QString::fromLatin1(why);
    if (m_state == State::Open || m_state == State::Closing) {
        m_sentCloseCode = code;
        m_sentCloseReason = reason;
        QByteArray out;
        appendWsClose(out, code, why);
        queue(WsOpcode::Close, QByteArrayView(out).sliced(2));
        if (m_fd >= 0) {
            linger(code, reason);
            return;
        }
    }
    drop(code, reason);
}

} // namespace patchline::server
