#include "sim/Abuser.h"

#include <QRandomGenerator>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace patchline::sim {

namespace {
enum Kind { BigPost, EndlessHeader, Idle, Slowloris };
constexpr qint64 kBigPostBytes = 20'000'000;
constexpr qint64 kEndlessHeaderBytes = 100'000'000;
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

struct Abuser::Conn : server::Reactor::Handler
{
    Abuser *owner = nullptr;
    server::Reactor *reactor = server::Reactor::current(); ///< of the thread that made it
    int kind = Idle;
    int fd = -1;
    quint64 id = 0;
    bool connected = false;
    bool closed = false;
    qint64 toSend = 0; ///< attack bytes still to send (BigPost, EndlessHeader)
    QByteArray head;   ///< request head still to send
    QByteArray reply;  ///< first bytes the server answered

    ~Conn() override { shut(); }
    void shut()
    {
        if (id)
            reactor->remove(id);
        id = 0;
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    int status() const
    {
        // "HTTP/1.1 413 …"
        return reply.startsWith("HTTP/1.") ? reply.mid(9, 3).toInt() : 0;
    }
    void pump()
    {
        static const QByteArray filler(kChunk, 'a');
        while (fd >= 0 && (!head.isEmpty() || toSend > 0)) {
            const QByteArray &src = head.isEmpty() ? filler : head;
            const qsizetype n = head.isEmpty() ? std::min<qint64>(toSend, kChunk) : head.size();
            const ssize_t w = ::send(fd, src.constData(), size_t(n), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (w <= 0) {
                if (w < 0 && errno == EAGAIN) {
                    reactor->setWriteInterest(id, true);
                    return;
                }
                finish();
                return;
            }
            owner->m_figures.bytesSent += w;
            if (!head.isEmpty())
                head.remove(0, w);
            else
                toSend -= w;
        }
        if (id)
            reactor->setWriteInterest(id, false);
    }
    void finish()
    {
        if (closed)
            return;
        closed = true;
        // A send that failed because the server refused the request: its answer may still
        // be waiting to be read.
        char buf[512];
        const ssize_t n = fd >= 0 ? ::recv(fd, buf, sizeof buf, MSG_DONTWAIT) : -1;
        if (n > 0 && reply.size() < 64)
            reply.append(buf, n);
        shut();
    }
    void onReadable() override
    {
        char buf[512];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            if (reply.size() < 64)
                reply.append(buf, n);
            return;
        }
        if (n < 0 && errno == EAGAIN)
            return;
        finish(); // the server closed it (or reset it)
    }
    void onWritable() override
    {
        if (!connected) {
            int err = 0;
            socklen_t len = sizeof err;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
            connected = true;
            if (err) {
                ++owner->m_figures.connectFailed;
                finish();
                return;
            }
        }
        pump();
    }
    void onFlush() override {}
};

QString Abuser::Figures::toText() const
{
    return QStringLiteral("abuse posts413=%1 headers431=%2 idle408=%3 idle_closed=%4 idle_open=%5 "
                          "slowloris408=%6 slowloris_closed=%7 connect_failed=%8 bytes_sent=%9")
        .arg(posts413)
        .arg(headers431)
        .arg(idle408)
        .arg(idleClosed)
        .arg(idleOpen)
        .arg(slowloris408)
        .arg(slowlorisClosed)
        .arg(connectFailed)
        .arg(bytesSent);
}

Abuser::Abuser(quint16 port, QObject *parent) : QObject(parent), m_port(port), m_tick(this)
{
    connect(&m_tick, &QTimer::timeout, this, &Abuser::onTick);
}

Abuser::~Abuser() = default;

void Abuser::open(int kind)
{
    auto c = std::make_unique<Conn>();
    c->owner = this;
    c->kind = kind;
    c->fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c->fd < 0) {
        ++m_figures.connectFailed;
        return;
    }
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(m_port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only, always
    if (::connect(c->fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 && errno != EINPROGRESS) {
        ++m_figures.connectFailed;
        return;
    }
    c->id = c->reactor->add(c->fd, c.get());
    QByteArray sig(20, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(sig.data()), 5);
    switch (kind) {
    case BigPost:
        c->head = "POST /twilio/voice HTTP/1.1\r\nHost: abuse\r\nContent-Type: "
                  "application/x-www-form-urlencoded\r\nX-Twilio-Signature: " +
                  sig.toBase64() + "\r\nContent-Length: " + QByteArray::number(kBigPostBytes) +
                  "\r\n\r\n";
        c->toSend = kBigPostBytes;
        break;
    case EndlessHeader:
        c->head = "POST /twilio/voice HTTP/1.1\r\nHost: abuse\r\nX-Junk: ";
        c->toSend = kEndlessHeaderBytes;
        break;
    case Slowloris:
        c->head = "POST /twilio/voice HTTP/1.1\r\n";
        break;
    default:
        break;
    }
    c->reactor->setWriteInterest(c->id, true); // connected once writable
    m_conns.push_back(std::move(c));
}

void Abuser::start(int idle, int slowloris)
{
    for (int i = 0; i < idle; ++i)
        open(Idle);
    for (int i = 0; i < slowloris; ++i)
        open(Slowloris);
    // The big ones after the flood: the server drops its oldest incomplete connections at
    // its cap, and these must be seen through to their 413/431.
    QTimer::singleShot(500, this, [this] {
        open(BigPost);
        open(EndlessHeader);
    });
    m_tick.start(1000);
}

void Abuser::onTick()
{
    for (auto &c : m_conns) {
        if (c->kind == Slowloris && !c->closed && c->connected && c->head.isEmpty()) {
            c->head = "X";
            c->pump();
        }
    }
}

void Abuser::stop()
{
    m_tick.stop();
    m_conns.clear();
}

Abuser::Figures Abuser::figures() const
{
    Figures f = m_figures;
    for (const auto &c : m_conns) {
        const int status = c->status();
        switch (c->kind) {
        case BigPost:
            f.posts413 += status == 413;
            break;
        case EndlessHeader:
            f.headers431 += status == 431;
            break;
        case Idle:
            f.idle408 += status == 408;
            f.idleClosed += c->closed;
            f.idleOpen += !c->closed;
            break;
        case Slowloris:
            f.slowloris408 += status == 408;
            f.slowlorisClosed += c->closed;
            break;
        }
    }
    return f;
}

} // namespace patchline::sim
