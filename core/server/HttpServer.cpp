#include "server/HttpServer.h"

#include "server/MessageSocket.h"
#include "server/Reactor.h"
#include "server/TcpWebSocket.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <http_parser.h>

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <map>
#include <set>
#include <vector>

namespace patchline::server {
namespace {

Q_LOGGING_CATEGORY(lcHttp, "patchline.http")

constexpr qsizetype kReadChunk = 64 * 1024;
/// Pipelined requests are not parsed while more than this is waiting to be sent.
constexpr qsizetype kOutHighWater = 256 * 1024;
/// Input buffered while the connection cannot parse (answer pending or output backed up).
constexpr qsizetype kMaxQueuedInput = 64 * 1024;
/// Input discarded after an error answer before the connection is closed regardless.
constexpr qint64 kLingerMaxBytes = 256 * 1024;
/// At most this many warnings per window; the rest are counted and summarised.
constexpr int kLogBudget = 20;
constexpr qint64 kLogWindowMs = 10000;

QByteArray webSocketAccept(const QByteArray &key)
{
    // RFC 6455 §4.2.2 item 5.4.
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &t : list.split(','))
        if (t.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

/// A path fit for a log line: printable ASCII only, bounded (the path is remote input).
QString loggable(const QString &path)
{
    QString out = path.left(120);
    for (QChar &c : out)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            c = u'?';
    return out;
}

/// Response header text: no CR/LF (no response splitting, RFC 7230 §3.2.4).
QByteArray headerText(QByteArray v)
{
    for (char &c : v)
        if (c == '\r' || c == '\n')
            c = ' ';
    return v;
}

QByteArray reasonPhrase(int status)
{
    const char *s = http_status_str(static_cast<enum http_status>(status));
    if (!s || *s == '<')
        return "Status";
    return s;
}

} // namespace

namespace http_detail {

class Connection;

/// The listening socket: hands us the accepted fd, no QTcpSocket per connection.
class Acceptor final : public QTcpServer
{
public:
    std::function<void(qintptr)> onAccept;

protected:
    void incomingConnection(qintptr fd) override { onAccept(fd); }
};

} // namespace http_detail

using http_detail::Connection;

struct HttpServer::Impl
{
    /// Lets a Responder on any thread post to the server while it exists.
    struct Anchor
    {
        QMutex mutex;
        HttpServer *server = nullptr;
    };
    struct Route
    {
        Handler sync;
        AsyncHandler async;
    };
    struct IdRoute
    {
        QByteArray method;
        QString prefix;
        QString suffix;
        std::function<HttpResponse(const QString &, const HttpRequest &)> handler;
    };

    explicit Impl(HttpServer *q);
    ~Impl();

    qint64 now() const { return clock.elapsed(); }
    void accept(qintptr fd);
    void handle(Connection &c, const HttpRequest &req, bool parserUpgrade);
    Responder makeResponder(quint64 connId, quint64 seq);
    void deliver(quint64 connId, quint64 seq, HttpResponse &&response);
    void handOff(WebSocketHandoff &&h);
    void connectionClosed(quint64 id);
    void reap();
    void sweepNow();
    void refuse(const QString &path, int status, const QString &reason);
    void warn(const QString &line);

    HttpServer *q;
    std::unique_ptr<http_detail::Acceptor> acceptor;
    QTimer sweep;
    QElapsedTimer clock;
    HttpLimits limits;
    HttpCounters counters;
    QHash<QString, QHash<QByteArray, Route>> routes;
    QList<IdRoute> idRoutes;
    QHash<QString, UpgradeCheck> wsRoutes;
    std::function<void(WebSocketHandoff &&)> handoffTarget;
    std::map<quint64, std::unique_ptr<Connection>> conns; ///< by id = accept order
    std::set<quint64> incomplete; ///< connections without a completed request, oldest first
    std::vector<quint64> dead;    ///< closed, deleted by reap() outside their callbacks
    quint64 nextConnId = 1;
    bool reapPosted = false;
    bool acceptPaused = false;
    std::shared_ptr<Anchor> anchor = std::make_shared<Anchor>();
    QByteArray scratch; ///< one read buffer for all connections (same thread)
    int logLeft = kLogBudget;
    qint64 logWindowStart = 0;
    quint64 logSuppressed = 0;
};

namespace http_detail {

/// One accepted HTTP connection on the reactor: parses with http_parser, answers in order,
/// enforces HttpLimits. Owned by HttpServer::Impl::conns; never deleted inside its callbacks
/// (closeNow() marks it dead, Impl::reap() deletes it later).
class Connection final : public Reactor::Handler
{
public:
    enum class Phase {
        Fresh,     ///< connected, no byte yet
        Head,      ///< request line / headers arriving
        Body,      ///< headers complete, body arriving
        Pending,   ///< request complete, answer not yet queued (async route)
        Idle,      ///< keep-alive, between requests
        Upgrading, ///< 101 queued; handed off once it is sent
        Closing,   ///< last answer queued; half-close once it is sent
        Lingering, ///< half-closed, discarding input until EOF or lingerMs
        Dead,
    };

    Connection(HttpServer::Impl &srv, quint64 id, int fd, QString addr, QString peer)
        : m_srv(srv), m_id(id), m_fd(fd), m_addr(std::move(addr)), m_peer(std::move(peer))
    {
        m_since = m_lastProgress = m_lastWrite = srv.now();
        http_parser_init(&m_parser, HTTP_REQUEST);
        m_parser.data = this;
        m_reactor = Reactor::current();
        m_rid = m_reactor->add(fd, this);
    }

    ~Connection() override
    {
        if (m_rid)
            m_reactor->remove(m_rid);
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool registered() const { return m_rid != 0; }
    bool dead() const { return m_phase == Phase::Dead; }
    const QString &peer() const { return m_peer; }

    /// Answers the current request and moves on (keep-alive) or closes after sending.
    void respond(const HttpResponse &r, bool close = false)
    {
        const bool keep = m_keepAlive && !close && !m_eof;
        const bool noBody = (r.status >= 100 && r.status < 200) || r.status == 204;
        QByteArray &o = m_out;
        o.reserve(o.size() + 160 + r.body.size());
        o += "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        if (!r.contentType.isEmpty() && !noBody)
            o += "Content-Type: " + headerText(r.contentType) + "\r\n";
        if (!noBody)
            o += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        for (const auto &[k, v] : r.headers)
            o += headerText(k) + ": " + headerText(v) + "\r\n";
        o += keep ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
        if (!noBody && r.status != 304 && m_method != "HEAD")
            o += r.body;
        m_pendingSeq = 0;
        setPhase(keep ? Phase::Idle : Phase::Closing);
        flushSoon();
    }

    /// Refuses with an error answer and closes (RFC 7230 §6.6: half-close, then linger).
    void fail(int status, const QString &reason)
    {
        HttpResponse r = HttpResponse::text(status, reason + u'\n');
        if (status == 431 || status == 413 || status == 408 || status == 400)
            m_srv.refuse(m_req.path, status, reason);
        m_in.clear();
        respond(r, true);
    }

    /// Queues the 101 and hands the fd over once it is on the wire (RFC 6455 §4.2.2).
    void upgrade(const HttpRequest &req)
    {
        m_out += "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                 webSocketAccept(req.header("sec-websocket-key")) + "\r\n\r\n";
        m_upgrade = req;
        setPhase(Phase::Upgrading);
        flushSoon();
    }

    void startAsync(const HttpServer::AsyncHandler &handler, const HttpRequest &req)
    {
        m_pendingSeq = ++m_seq;
        handler(req, m_srv.makeResponder(m_id, m_pendingSeq));
    }

    /// The answer of an async route arrived (server thread).
    void answer(quint64 seq, HttpResponse &&r)
    {
        if (m_phase != Phase::Pending || seq != m_pendingSeq)
            return;
        if (!m_rid && !m_eof && m_fd >= 0) {
            m_rid = m_reactor->add(m_fd, this); // reading was paused (input queue full)
            if (m_rid && m_writeBlocked)
                m_reactor->setWriteInterest(m_rid, true);
        }
        respond(r);
        drain();
    }

    /// Closes at once, silently. Idempotent.
    void closeNow()
    {
        if (m_phase == Phase::Dead)
            return;
        if (m_rid) {
            m_reactor->remove(m_rid);
            m_rid = 0;
        }
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        m_phase = Phase::Dead;
        m_srv.connectionClosed(m_id);
    }

    /// Enforces the timeouts (HttpLimits); called by the server's sweep timer.
    void sweep(qint64 now)
    {
        const HttpLimits &l = m_srv.limits;
        switch (m_phase) {
        case Phase::Fresh:
            // Not one byte yet: closed without a 408. A client that opened the connection
            // ahead of a request (QNetworkAccessManager does, up to 6 per host) may be
            // writing that request right now and would read a 408 as its answer; it retries
            // a closed connection instead (RFC 9112 §9.5; nginx does the same). Found by a
            // suite run whose signed-URL request got "408" from the sandbox agent.
            if (now - m_since > l.headerTimeoutMs) {
                ++m_srv.counters.droppedIdle;
                closeNow();
            }
            break;
        case Phase::Head:
            if (now - m_since > l.headerTimeoutMs)
                timeout("headers not complete");
            break;
        case Phase::Body:
            if (now - m_lastProgress > l.bodyStallTimeoutMs)
                timeout("body stalled");
            break;
        case Phase::Pending:
            if (now - m_since > l.responseTimeoutMs) {
                m_srv.warn(QStringLiteral("%1: no answer for %2 within %3 ms: 503")
                               .arg(m_peer, loggable(m_path))
                               .arg(l.responseTimeoutMs));
                fail(503, QStringLiteral("no answer in time"));
            }
            break;
        case Phase::Idle:
            if (now - std::max(m_since, m_lastWrite) > l.idleTimeoutMs) {
                ++m_srv.counters.droppedIdle;
                closeNow();
            }
            break;
        case Phase::Upgrading:
        case Phase::Closing:
            if (now - std::max(m_since, m_lastWrite) > l.headerTimeoutMs) { // peer not reading
                ++m_srv.counters.droppedIdle;
                closeNow();
            }
            break;
        case Phase::Lingering:
            if (now - m_since > l.lingerMs)
                closeNow();
            break;
        case Phase::Dead:
            break;
        }
    }

    // Reactor::Handler --------------------------------------------------------------------

    void onReadable() override
    {
        if (m_fd < 0)
            return;
        // Borrow the server's read buffer (a nested event loop in a handler gets its own).
        struct Lease
        {
            QByteArray &home;
            QByteArray buf = std::exchange(home, QByteArray());
            ~Lease() { home = std::move(buf); }
        } lease{m_srv.scratch};
        QByteArray &buf = lease.buf;
        if (buf.size() < kReadChunk)
            buf.resize(kReadChunk);
        const ssize_t n = ::read(m_fd, buf.data(), size_t(buf.size()));
        if (n < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                closeNow();
            return;
        }
        if (n == 0) {
            onEof();
            return;
        }
        const char *data = buf.constData();
        switch (m_phase) {
        case Phase::Closing:
        case Phase::Lingering:
            m_lingerBytes += n; // discarded, never buffered
            if (m_lingerBytes > kLingerMaxBytes)
                closeNow();
            return;
        case Phase::Upgrading:
            m_in.append(data, n); // early WebSocket frames: the handoff's leftover
            if (m_in.size() > kMaxQueuedInput)
                closeNow();
            return;
        case Phase::Pending:
            queueInput(data, n);
            return;
        case Phase::Dead:
            return;
        default:
            break;
        }
        if (m_in.isEmpty() && canParse()) { // the common case: parse straight from the read
            const qsizetype used = parse(data, n);
            if (used < n && keepsInput())
                queueInput(data + used, n - used);
            return;
        }
        m_in.append(data, n);
        drain();
        if (!dead() && keepsInput())
            queueInput(nullptr, 0); // only checks the cap
    }

    void onWritable() override
    {
        m_writeBlocked = false;
        if (m_rid)
            m_reactor->setWriteInterest(m_rid, false);
        onFlush();
    }

    void onFlush() override
    {
        if (m_fd < 0 || m_writeBlocked)
            return;
        while (m_outSent < m_out.size()) {
            const ssize_t n = ::send(m_fd, m_out.constData() + m_outSent,
                                     size_t(m_out.size() - m_outSent), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                m_outSent += n;
                m_lastWrite = m_srv.now();
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && m_rid) {
                m_writeBlocked = true;
                m_reactor->setWriteInterest(m_rid, true);
                if (unsent() < kOutHighWater)
                    drain();
                return;
            }
            closeNow(); // peer gone (or, unregistered after EOF, no way to wait)
            return;
        }
        if (m_out.capacity() > kReadChunk)
            m_out = QByteArray();
        else
            m_out.resize(0);
        m_outSent = 0;
        switch (m_phase) {
        case Phase::Closing:
            if (m_eof || !m_rid) {
                closeNow();
            } else {
                ::shutdown(m_fd, SHUT_WR);
                setPhase(Phase::Lingering);
            }
            return;
        case Phase::Upgrading:
            handOff(); // last: may end in user code
            return;
        case Phase::Idle:
            if (m_eof)
                closeNow();
            else
                drain();
            return;
        default:
            return;
        }
    }

    // http_parser callbacks -----------------------------------------------------------------

    static Connection *self(http_parser *p) { return static_cast<Connection *>(p->data); }

    static int onMessageBegin(http_parser *p)
    {
        Connection *c = self(p);
        c->m_req = HttpRequest();
        c->m_url.clear();
        c->m_field.clear();
        c->m_value.clear();
        c->m_lastWasValue = false;
        c->m_bodyBytes = 0;
        return 0;
    }

    static int onUrl(http_parser *p, const char *at, size_t len)
    {
        self(p)->m_url.append(at, qsizetype(len));
        return 0;
    }

    static int onHeaderField(http_parser *p, const char *at, size_t len)
    {
        Connection *c = self(p);
        if (c->m_lastWasValue)
            c->commitHeader();
        c->m_field.append(at, qsizetype(len));
        c->m_lastWasValue = false;
        return 0;
    }

    static int onHeaderValue(http_parser *p, const char *at, size_t len)
    {
        Connection *c = self(p);
        c->m_value.append(at, qsizetype(len));
        c->m_lastWasValue = true;
        return 0;
    }

    static int onHeadersComplete(http_parser *p) { return self(p)->headersComplete(); }

    static int onBody(http_parser *p, const char *at, size_t len)
    {
        Connection *c = self(p);
        c->m_bodyBytes += qint64(len);
        if (c->m_bodyBytes > c->m_bodyLimit)
            return c->refuseBody();
        c->m_req.body.append(at, qsizetype(len));
        return 0;
    }

    static int onChunkHeader(http_parser *p)
    {
        // RFC 7230 §4.1: the chunk announces its size; refuse before reading it.
        Connection *c = self(p);
        if (p->content_length > quint64(std::max<qint64>(0, c->m_bodyLimit - c->m_bodyBytes)))
            return c->refuseBody();
        return 0;
    }

    static int onMessageComplete(http_parser *p)
    {
        self(p)->m_complete = true;
        http_parser_pause(p, 1); // one request at a time: answered before the next is parsed
        return 0;
    }

private:
    void setPhase(Phase p)
    {
        m_phase = p;
        m_since = m_srv.now();
    }

    qsizetype unsent() const { return m_out.size() - m_outSent; }

    void flushSoon()
    {
        if (m_rid)
            m_reactor->scheduleFlush(m_rid);
        else
            onFlush(); // not watched (EOF while an answer was pending): one direct attempt
    }

    bool canParse() const
    {
        switch (m_phase) {
        case Phase::Head:
        case Phase::Body:
            return true;
        case Phase::Fresh:
        case Phase::Idle:
            return unsent() < kOutHighWater;
        default:
            return false;
        }
    }

    /// Whether unparsed input is worth keeping (pipelined requests, upgrade leftover).
    bool keepsInput() const
    {
        return m_phase == Phase::Pending || m_phase == Phase::Upgrading || m_phase == Phase::Idle ||
               m_phase == Phase::Fresh;
    }

    /// Keeps input that cannot be parsed yet, up to kMaxQueuedInput.
    void queueInput(const char *data, qsizetype n)
    {
        if (n > 0)
            m_in.append(data, n);
        if (m_in.size() <= kMaxQueuedInput)
            return;
        if (m_phase == Phase::Pending && unsent() == 0 && m_rid) {
            // Waiting for an async answer with a full queue: stop reading until it comes.
            m_reactor->remove(m_rid);
            m_rid = 0;
            return;
        }
        m_srv.warn(QStringLiteral("%1: more than %2 bytes pipelined without reading the answers; "
                                  "closed")
                       .arg(m_peer)
                       .arg(kMaxQueuedInput));
        closeNow();
    }

    /// Parses the queued input as far as the connection can go.
    void drain()
    {
        if (m_in.isEmpty() || !canParse())
            return;
        const qsizetype used = parse(m_in.constData(), m_in.size());
        if (dead())
            return;
        if (keepsInput())
            m_in.remove(0, used);
        else
            m_in.clear();
    }

    /// Feeds `data` to the parser, dispatching each complete request; returns bytes used.
    qsizetype parse(const char *data, qsizetype len)
    {
        static const http_parser_settings settings = [] {
            http_parser_settings s;
            http_parser_settings_init(&s);
            s.on_message_begin = &Connection::onMessageBegin;
            s.on_url = &Connection::onUrl;
            s.on_header_field = &Connection::onHeaderField;
            s.on_header_value = &Connection::onHeaderValue;
            s.on_headers_complete = &Connection::onHeadersComplete;
            s.on_body = &Connection::onBody;
            s.on_chunk_header = &Connection::onChunkHeader;
            s.on_message_complete = &Connection::onMessageComplete;
            return s;
        }();
        const qint64 maxHead = m_srv.limits.maxHeaderBytes;
        qsizetype used = 0;
        while (used < len && canParse()) {
            if (m_phase == Phase::Fresh || m_phase == Phase::Idle) {
                setPhase(Phase::Head); // the header timeout runs from the first byte
                m_headBytes = 0;
                m_method.clear();
            }
            qsizetype chunk = len - used;
            const bool inHead = m_phase == Phase::Head;
            if (inHead) // count the header bytes ourselves, never parse past the limit
                chunk = qsizetype(std::min<qint64>(chunk, maxHead - m_headBytes));
            const size_t n =
                chunk > 0 ? http_parser_execute(&m_parser, &settings, data + used, size_t(chunk))
                          : 0;
            used += qsizetype(n);
            if (n > 0)
                m_lastProgress = m_srv.now();
            if (inHead && m_phase == Phase::Head)
                m_headBytes += qint64(n);
            if (m_refuseStatus) {
                const int status = std::exchange(m_refuseStatus, 0);
                fail(status, m_refuseReason);
                return used;
            }
            const auto err = HTTP_PARSER_ERRNO(&m_parser);
            if (err == HPE_PAUSED && m_complete) {
                http_parser_pause(&m_parser, 0);
                m_complete = false;
                dispatch();
                continue;
            }
            if (err == HPE_HEADER_OVERFLOW || (m_phase == Phase::Head && m_headBytes >= maxHead)) {
                refuseHeaders();
                return used;
            }
            if (err != HPE_OK) {
                ++m_srv.counters.badRequests;
                m_srv.warn(QStringLiteral("%1: malformed request (%2): 400")
                               .arg(m_peer, QLatin1String(http_errno_name(err))));
                fail(400, QStringLiteral("bad request"));
                return used;
            }
        }
        return used;
    }

    void commitHeader()
    {
        if (m_field.isEmpty())
            return;
        const QByteArray name = m_field.toLower();
        auto it = m_req.headers.find(name);
        if (it == m_req.headers.end())
            m_req.headers.insert(name, m_value.trimmed());
        else
            *it += ", " + m_value.trimmed(); // RFC 7230 §3.2.2
        m_field.clear();
        m_value.clear();
    }

    int headersComplete()
    {
        commitHeader();
        m_method = http_method_str(static_cast<enum http_method>(m_parser.method));
        m_req.method = m_method;
        // Request target (RFC 7230 §5.3): origin-form, or absolute-form from a proxy.
        QByteArray target = m_url;
        if (!target.startsWith('/') && target != "*") {
            const QUrl u = QUrl::fromEncoded(target, QUrl::StrictMode);
            if (!u.isValid() || u.scheme().isEmpty()) {
                ++m_srv.counters.badRequests;
                return refuse(400, QStringLiteral("bad request target"));
            }
            target = u.path(QUrl::FullyEncoded).toUtf8();
            if (target.isEmpty())
                target = "/";
            if (u.hasQuery())
                target += '?' + u.query(QUrl::FullyEncoded).toUtf8();
        }
        const qsizetype hash = target.indexOf('#');
        if (hash >= 0)
            target.truncate(hash);
        const qsizetype q = target.indexOf('?');
        m_req.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
        m_req.query = q < 0 ? QByteArray() : target.mid(q + 1);
        m_req.remote = m_addr;
        m_keepAlive = http_should_keep_alive(&m_parser) != 0;
        m_parserUpgrade = m_parser.upgrade;
        if (m_parserUpgrade)
            m_keepAlive = false; // the parser takes what follows as another protocol
        setPhase(Phase::Body);
        m_lastProgress = m_since;

        const HttpLimits &l = m_srv.limits;
        m_bodyLimit = l.bodyLimitByPath.value(m_req.path, l.maxBodyBytes);
        const bool chunked = m_parser.flags & F_CHUNKED;
        const quint64 length = m_parser.content_length;
        const bool hasLength = length != ULLONG_MAX && length > 0;
        if (!chunked && hasLength && length > quint64(std::max<qint64>(0, m_bodyLimit)))
            return refuseBody(); // RFC 7231 §6.5.11, before reading any of it
        // RFC 7231 §5.1.1: a client waiting for "100 Continue" gets it once the size is fine.
        if ((chunked || hasLength) && m_parser.http_major == 1 && m_parser.http_minor >= 1 &&
            m_req.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
            m_out += "HTTP/1.1 100 Continue\r\n\r\n";
            flushSoon();
        }
        return 0;
    }

    int refuse(int status, const QString &reason)
    {
        m_refuseStatus = status;
        m_refuseReason = reason;
        return -1; // stops the parser; parse() answers
    }

    int refuseBody()
    {
        ++m_srv.counters.refused413;
        m_srv.warn(QStringLiteral("%1: body for %2 above its limit of %3 bytes: 413")
                       .arg(m_peer, loggable(m_req.path))
                       .arg(m_bodyLimit));
        return refuse(413, QStringLiteral("request body too large"));
    }

    void refuseHeaders()
    {
        ++m_srv.counters.refused431;
        m_srv.warn(QStringLiteral("%1: request headers above %2 bytes: 431")
                       .arg(m_peer)
                       .arg(m_srv.limits.maxHeaderBytes));
        fail(431, QStringLiteral("request header fields too large"));
    }

    void timeout(const char *what)
    {
        ++m_srv.counters.timedOut408;
        m_srv.warn(QStringLiteral("%1: %2 (header timeout %3 ms, body stall %4 ms): 408")
                       .arg(m_peer, QLatin1String(what))
                       .arg(m_srv.limits.headerTimeoutMs)
                       .arg(m_srv.limits.bodyStallTimeoutMs));
        fail(408, QStringLiteral("request timeout"));
    }

    void dispatch()
    {
        setPhase(Phase::Pending);
        if (!m_completedOne) {
            m_completedOne = true;
            m_srv.incomplete.erase(m_id);
        }
        const HttpRequest req = std::exchange(m_req, HttpRequest());
        m_path = req.path;
        m_srv.handle(*this, req, m_parserUpgrade);
    }

    void onEof()
    {
        m_eof = true;
        if (m_phase == Phase::Pending) {
            // Half-closed while an async answer is due: stop watching (EOF stays readable),
            // answer with one direct send when it comes.
            if (m_rid) {
                m_reactor->remove(m_rid);
                m_rid = 0;
            }
            return;
        }
        if (unsent() > 0 && !m_writeBlocked)
            onFlush(); // best effort; closes when done
        closeNow();
    }

    void handOff()
    {
        if (m_rid) {
            m_reactor->remove(m_rid);
            m_rid = 0;
        }
        WebSocketHandoff h;
        h.fd = std::exchange(m_fd, -1);
        h.path = m_upgrade.path;
        h.query = m_upgrade.query;
        h.headers = m_upgrade.headers;
        h.peer = m_peer;
        h.leftover = std::exchange(m_in, QByteArray());
        HttpServer::Impl &srv = m_srv;
        closeNow();
        srv.handOff(std::move(h)); // `this` may be gone after this
    }

    HttpServer::Impl &m_srv;
    const quint64 m_id;
    int m_fd = -1;
    quint64 m_rid = 0;
    Reactor *m_reactor = nullptr;
    QString m_addr;
    QString m_peer;
    Phase m_phase = Phase::Fresh;
    qint64 m_since = 0;
    qint64 m_lastProgress = 0;
    qint64 m_lastWrite = 0;
    bool m_completedOne = false;
    bool m_eof = false;
    bool m_writeBlocked = false;
    bool m_keepAlive = true;
    bool m_parserUpgrade = false;
    bool m_complete = false;
    bool m_lastWasValue = false;
    http_parser m_parser{};
    qint64 m_headBytes = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_bodyLimit = 0;
    qint64 m_lingerBytes = 0;
    int m_refuseStatus = 0;
    QString m_refuseReason;
    QByteArray m_url;
    QByteArray m_field;
    QByteArray m_value;
    QByteArray m_method;
    QString m_path; ///< of the request being answered
    HttpRequest m_req;
    HttpRequest m_upgrade;
    QByteArray m_in;
    QByteArray m_out;
    qsizetype m_outSent = 0;
    quint64 m_seq = 0;
    quint64 m_pendingSeq = 0;
};

} // namespace http_detail

// --- HttpResponse ----------------------------------------------------------------------------

HttpResponse HttpResponse::text(int status, const QString &text)
{
    return {status, "text/plain; charset=utf-8", text.toUtf8(), {}};
}

HttpResponse HttpResponse::xml(const QString &xml)
{
    return {200, "text/xml", xml.toUtf8(), {}};
}

HttpResponse HttpResponse::json(const QByteArray &json, int status)
{
    return {status, "application/json", json, {}};
}

// --- Impl ------------------------------------------------------------------------------------

HttpServer::Impl::Impl(HttpServer *server)
    : q(server), acceptor(std::make_unique<http_detail::Acceptor>()), sweep(server)
{
    acceptor->setParent(server); // follows the server to its thread; deleted first by us
    anchor->server = server;
    clock.start();
    scratch.resize(kReadChunk);
    acceptor->onAccept = [this](qintptr fd) { accept(fd); };
    QObject::connect(acceptor.get(), &QTcpServer::acceptError, q,
                     [this](QAbstractSocket::SocketError) {
                         // Qt pauses accepting on a non-temporary error (EMFILE…): resume
                         // on the next sweep rather than never.
                         acceptPaused = true;
                         warn(QStringLiteral("accept failed: %1").arg(acceptor->errorString()));
                         if (!sweep.isActive())
                             sweep.start();
                     });
    sweep.setInterval(limits.sweepIntervalMs);
    QObject::connect(&sweep, &QTimer::timeout, q, [this] { sweepNow(); });
}

HttpServer::Impl::~Impl()
{
    QMutexLocker lock(&anchor->mutex);
    anchor->server = nullptr;
}

void HttpServer::Impl::accept(qintptr descriptor)
{
    const int fd = int(descriptor);
    const int flags = fcntl(fd, F_GETFL);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // keep-alive answers, frames
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    QHostAddress address;
    quint16 port = 0;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&ss), &len) == 0) {
        address.setAddress(reinterpret_cast<const sockaddr *>(&ss));
        port = ntohs(ss.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&ss)->sin6_port
                                              : reinterpret_cast<sockaddr_in *>(&ss)->sin_port);
        bool v4 = false;
        const quint32 ip4 = address.toIPv4Address(&v4); // "::ffff:1.2.3.4" → "1.2.3.4"
        if (v4)
            address.setAddress(ip4);
    }
    const QString addr = address.toString();
    const QString peer = QStringLiteral("%1:%2").arg(addr).arg(port);

    const int cap = std::max(1, limits.maxIncompleteConnections);
    while (!incomplete.empty() && int(incomplete.size()) >= cap) {
        const quint64 oldest = *incomplete.begin();
        auto it = conns.find(oldest);
        ++counters.droppedOverCap;
        warn(QStringLiteral("%1 connections without a complete request; dropped the oldest (%2)")
                 .arg(cap)
                 .arg(it != conns.end() ? it->second->peer() : QString()));
        if (it != conns.end())
            it->second->closeNow();
        else
            incomplete.erase(incomplete.begin());
    }

    const quint64 id = nextConnId++;
    auto c = std::make_unique<Connection>(*this, id, fd, addr, peer);
    if (!c->registered()) {
        warn(QStringLiteral("%1: the reactor refused the connection").arg(peer));
        return; // the destructor closes the fd
    }
    conns.emplace(id, std::move(c));
    incomplete.insert(id);
    ++counters.open;
    if (!sweep.isActive())
        sweep.start();
}

void HttpServer::Impl::handle(Connection &c, const HttpRequest &req, bool parserUpgrade)
{
    // WebSocket routes (RFC 6455 §4.2.1).
    if (auto ws = wsRoutes.constFind(req.path); ws != wsRoutes.constEnd()) {
        if (!hasToken(req.header("upgrade"), "websocket")) {
            refuse(req.path, 426, QStringLiteral("upgrade required"));
            HttpResponse r = HttpResponse::text(426, QStringLiteral("upgrade required\n"));
            r.headers.append({QByteArray("Upgrade"), QByteArray("websocket")}); // RFC 7231 §6.5.15
            c.respond(r);
            return;
        }
        const QByteArray key = req.header("sec-websocket-key");
        const auto decoded =
            QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
        if (req.method != "GET" || !parserUpgrade || req.header("sec-websocket-version") != "13" ||
            !decoded || decoded.decoded.size() != 16) {
            ++counters.badRequests;
            warn(QStringLiteral("%1: bad WebSocket handshake for %2: 400")
                     .arg(c.peer(), loggable(req.path)));
            HttpResponse r = HttpResponse::text(400, QStringLiteral("bad WebSocket handshake\n"));
            r.headers.append(
                {QByteArray("Sec-WebSocket-Version"), QByteArray("13")}); // RFC 6455 §4.4
            refuse(req.path, 400, QStringLiteral("bad WebSocket handshake"));
            c.respond(r, true);
            return;
        }
        const QString why = (*ws)(req);
        if (!why.isEmpty()) {
            // The reason goes to the local log (refused()), not to the peer (issue 16 §7).
            refuse(req.path, 403, why);
            c.respond(HttpResponse::text(403, QStringLiteral("forbidden")), true);
            return;
        }
        c.upgrade(req);
        return;
    }
    if (auto r = routes.constFind(req.path); r != routes.constEnd()) {
        if (auto m = r->constFind(req.method); m != r->constEnd()) {
            if (m->sync)
                c.respond(m->sync(req));
            else
                c.startAsync(m->async, req);
            return;
        }
    }
    for (const IdRoute &ir : std::as_const(idRoutes)) {
        const qsizetype idLen = req.path.size() - ir.prefix.size() - 1 - ir.suffix.size();
        if (ir.method != req.method || idLen <= 0 || !req.path.startsWith(ir.prefix) ||
            req.path.at(ir.prefix.size()) != u'/' || !req.path.endsWith(ir.suffix))
            continue;
        const QString id = req.path.mid(ir.prefix.size() + 1, idLen);
        if (id.contains(u'/'))
            continue;
        c.respond(ir.handler(id, req));
        return;
    }
    refuse(req.path, 404, QStringLiteral("no route"));
    c.respond(HttpResponse::text(404, QStringLiteral("not found\n")));
}

HttpServer::Responder HttpServer::Impl::makeResponder(quint64 connId, quint64 seq)
{
    auto fired = std::make_shared<std::atomic_bool>(false);
    return [anchor = anchor, connId, seq, fired](HttpResponse r) {
        if (fired->exchange(true))
            return;
        QMutexLocker lock(&anchor->mutex); // the server cannot be destroyed meanwhile
        HttpServer *s = anchor->server;
        if (!s)
            return;
        QMetaObject::invokeMethod(
            s,
            [s, connId, seq, r = std::move(r)]() mutable {
                s->d->deliver(connId, seq, std::move(r));
            },
            Qt::QueuedConnection);
    };
}

void HttpServer::Impl::deliver(quint64 connId, quint64 seq, HttpResponse &&response)
{
    auto it = conns.find(connId);
    if (it == conns.end() || it->second->dead())
        return;
    it->second->answer(seq, std::move(response));
}

void HttpServer::Impl::handOff(WebSocketHandoff &&h)
{
    if (handoffTarget) {
        handoffTarget(std::move(h));
        return;
    }
    const QString path = h.path;
    const QString peer = h.peer;
    TcpWebSocket *ws = TcpWebSocket::adopt(std::move(h), q);
    if (!ws) {
        warn(QStringLiteral("%1: could not adopt the WebSocket").arg(peer));
        return;
    }
    emit q->webSocketConnected(ws, path);
}

void HttpServer::Impl::connectionClosed(quint64 id)
{
    incomplete.erase(id);
    --counters.open;
    dead.push_back(id);
    if (!reapPosted) {
        reapPosted = true;
        QMetaObject::invokeMethod(
            q, [this] { reap(); }, Qt::QueuedConnection);
    }
}

void HttpServer::Impl::reap()
{
    reapPosted = false;
    for (const quint64 id : std::exchange(dead, {}))
        conns.erase(id);
}

void HttpServer::Impl::sweepNow()
{
    const qint64 t = now();
    for (auto &[id, c] : conns)
        if (!c->dead())
            c->sweep(t);
    if (acceptPaused) {
        acceptPaused = false;
        acceptor->resumeAccepting();
    }
    if (t - logWindowStart > kLogWindowMs) {
        if (logSuppressed)
            qCWarning(lcHttp).nospace() << logSuppressed << " more warnings suppressed";
        logSuppressed = 0;
        logLeft = kLogBudget;
        logWindowStart = t;
    }
    if (conns.empty() && dead.empty())
        sweep.stop();
}

void HttpServer::Impl::refuse(const QString &path, int status, const QString &reason)
{
    emit q->refused(path, status, reason);
}

void HttpServer::Impl::warn(const QString &line)
{
    if (logLeft > 0) {
        --logLeft;
        qCWarning(lcHttp).noquote() << line;
    } else {
        ++logSuppressed;
    }
}

// --- HttpServer ------------------------------------------------------------------------------

HttpServer::HttpServer(QObject *parent) : QObject(parent), d(std::make_unique<Impl>(this)) {}

HttpServer::~HttpServer() = default;

void HttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    d->routes[path][method] = Impl::Route{std::move(handler), {}};
}

void HttpServer::routeAsync(const QByteArray &method, const QString &path, AsyncHandler handler)
{
    d->routes[path][method] = Impl::Route{{}, std::move(handler)};
}

void HttpServer::routeWithId(
    const QByteArray &method, const QString &prefix,
    std::function<HttpResponse(const QString &id, const HttpRequest &)> handler,
    const QString &suffix)
{
    d->idRoutes.append(Impl::IdRoute{method, prefix, suffix, std::move(handler)});
}

void HttpServer::webSocketRoute(const QString &path, UpgradeCheck check)
{
    d->wsRoutes.insert(path, std::move(check));
}

void HttpServer::setWebSocketHandoff(std::function<void(WebSocketHandoff &&)> target)
{
    d->handoffTarget = std::move(target);
}

void HttpServer::setLimits(const HttpLimits &limits)
{
    d->limits = limits;
    d->sweep.setInterval(std::max(10, limits.sweepIntervalMs));
}

const HttpLimits &HttpServer::limits() const
{
    return d->limits;
}

HttpCounters HttpServer::counters() const
{
    return d->counters;
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (d->acceptor->isListening())
        d->acceptor->close();
    if (!d->acceptor->listen(address, port)) {
        qCWarning(lcHttp).noquote() << QStringLiteral("cannot listen on %1:%2: %3")
                                           .arg(address.toString())
                                           .arg(port)
                                           .arg(d->acceptor->errorString());
        m_port = 0;
        return 0;
    }
    m_port = d->acceptor->serverPort();
    return m_port;
}

} // namespace patchline::server
