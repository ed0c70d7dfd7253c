// Fuzz target (issue 16 §9): the HTTP/1.1 front as a client on the internet reaches it. Each
// input is sent over a real loopback connection to one HttpServer (the webhook front's
// routes, limits and WebSocket upgrade), the write side is shut, and the event loop runs until
// the server closes the connection (or 2 s pass: a hang is a finding too).
#include "server/HttpServer.h"
#include "server/TcpWebSocket.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <memory>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace patchline::server;

namespace {
struct Front
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<HttpServer> http;
    quint16 port = 0;
};

Front &front()
{
    static Front f = [] {
        Front f;
        static int argc = 1;
        static char name[] = "fuzz_http_front";
        static char *argv[] = {name, nullptr};
        f.app = std::make_unique<QCoreApplication>(argc, argv);
        f.http = std::make_unique<HttpServer>();
        f.http->route("GET", QStringLiteral("/health"),
                      [](const HttpRequest &) { return HttpResponse::json("{\"ok\":true}"); });
        f.http->route("POST", QStringLiteral("/twilio/status"), [](const HttpRequest &r) {
            return HttpResponse::text(r.body.size() > 10 ? 200 : 400, QStringLiteral("ok"));
        });
        f.http->routeAsync("POST", QStringLiteral("/twilio/voice"),
                           [](const HttpRequest &, HttpServer::Responder respond) {
                               respond(HttpResponse::xml(QStringLiteral("<Response/>")));
                           });
        f.http->webSocketRoute(QStringLiteral("/twilio/media"), [](const HttpRequest &r) {
            return r.header("x-twilio-signature").isEmpty() ? QStringLiteral("no signature")
                                                            : QString();
        });
        f.http->setWebSocketHandoff([](WebSocketHandoff &&h) {
            WebSocketHandoff dropped = std::move(h); // closes the fd
        });
        HttpLimits limits;
        limits.headerTimeoutMs = 500; // a stalled request must not hold the fuzzer for 10 s
        limits.bodyStallTimeoutMs = 500;
        f.http->setLimits(limits);
        f.port = f.http->listen(QHostAddress::LocalHost, 0);
        return f;
    }();
    return f;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Front &f = front();
    if (f.port == 0)
        return 0;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(f.port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        if (fd >= 0)
            ::close(fd);
        return 0;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    std::size_t sent = 0;
    QElapsedTimer t;
    t.start();
    char sink[4096];
    bool closed = false;
    while (!closed && t.elapsed() < 2000) {
        if (sent < size) {
            const ssize_t n = ::send(fd, data + sent, size - sent, MSG_NOSIGNAL);
            if (n > 0)
                sent += std::size_t(n);
            else if (n < 0 && errno != EAGAIN)
                break;
            if (sent == size)
                ::shutdown(fd, SHUT_WR);
        } else if (size == 0) {
            ::shutdown(fd, SHUT_WR);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const ssize_t r = ::recv(fd, sink, sizeof sink, 0);
        closed = r == 0 || (r < 0 && errno != EAGAIN);
    }
    ::close(fd);
    QCoreApplication::processEvents(); // let the server see the close
    return 0;
}
