// bench_frame — issue 15 §3 "Per-message cost": what each stage of one relayed frame of the
// bridge's hot path costs, in nanoseconds per message, measured on the project's own
// functions (patchline_core), so the ~15 µs kernel floor per relayed message
// (../shared/bench/relay-floor) can be set against the user-space work around it.
//
// Caller -> agent (one Twilio `media` message, 20 ms = 160 B μ-law, 216 base64 chars,
// reference/twilio.md §1.2): WebSocket receive (unmask + UTF-8 check), parseMediaFast, the
// in-place base64 decode of CallSession::onMedia, CallTimeline::pushCaller (μ-law decode and
// levels) plus its 200 ms takeStereo flush, buildUserAudioChunk, client (masked) framing;
// the server (unmasked) framing and a bare isValidUtf8 for comparison.
// Agent -> caller (one ElevenLabs `audio` event, 100 ms = 800 B μ-law, reference/
// elevenlabs.md §3): client receive, the UTF-8 -> UTF-16 conversion of MessageSocket::emitText
// (AgentClient listens to textReceived), parseAgentMessage, the base64 decode and pushAgent
// of CallSession::onAgentAudio, buildMedia and buildMark, UTF-16 -> UTF-8 in
// TcpWebSocket::sendText, server framing of the two messages.
// Stages 1-6 run each function in a loop (default 5 repetitions of 200,000 iterations) and
// report the thread's CPU time per call (median and min of the repetitions).
//
// Socket layer (stage 7): a TcpWebSocket client and a server-side TcpWebSocket (upgraded by
// server::HttpServer) over 127.0.0.1 on this thread's Reactor, playing ping-pong (each side
// sends the next message from inside its receive callback, as the bridge forwards a frame),
// one message per event-loop iteration or in bursts of 10. Each message is counted once (one
// send, one receive: what the relay floor counts per relayed message); the process's CPU time
// per message, against blocking write+read of the same bytes on a socketpair and on TCP
// loopback in one thread (no wake-up of another process, unlike relay-floor).
// Stage 8: system calls per message, from `strace -f -c` of `bench_frame --relay-only N`
// (run automatically when strace is on PATH, setup subtracted with a run of N = 0).
//
// Run:  build/tests/bench_frame [--repetitions R] [--iterations N] [--relay-messages N]
//                               [--syscall-messages N] [--no-strace]
//       build/tests/bench_frame --relay-only N [--burst B]   (stage 7 only, for strace)
//       build/tests/bench_frame --strace-report FILE N [--strace-base FILE]
// e.g.  strace -f -c -o /tmp/relay.strace build/tests/bench_frame --relay-only 20000
//       build/tests/bench_frame --strace-report /tmp/relay.strace 20000
// Prints one table and a last `figures k=v …` line (ns per message, medians) for scripts.
// Not a test: it always exits 0 unless its own setup fails (exit 1).

#include "audio/CallTimeline.h"
#include "audio/Mulaw.h"
#include "bridge/PlayoutTracker.h"
#include "elevenlabs/ConvAi.h"
#include "server/HttpServer.h"
#include "server/TcpWebSocket.h"
#include "server/WebSocketFrames.h"
#include "twilio/MediaStream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using namespace patchline;

namespace {

/// Keeps results alive so no loop body is optimised away.
volatile std::uint64_t g_keep = 0;

std::int64_t clockNs(clockid_t id)
{
    timespec t{};
    clock_gettime(id, &t);
    return std::int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

/// Median and minimum of the repetitions, in ns per message.
struct Figure
{
    double median = 0;
    double min = 0;
};

Figure summarize(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return {n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, v.front()};
}

struct Options
{
    int repetitions = 5;
    qint64 iterations = 200000;
    qint64 relayMessages = 40000;
    qint64 syscallMessages = 20000;
    bool strace = true;
};

/// Runs `body(n)` (n iterations of one stage) once to warm up, then `reps` times; the
/// thread's CPU time per iteration (CPU time: other processes on the 2 cores do not count).
template <typename Body> Figure measure(const Options &o, Body &&body)
{
    body(std::max<qint64>(1, o.iterations / 10));
    std::vector<double> per;
    for (int r = 0; r < o.repetitions; ++r) {
        const std::int64_t t0 = clockNs(CLOCK_THREAD_CPUTIME_ID);
        body(o.iterations);
        per.push_back(double(clockNs(CLOCK_THREAD_CPUTIME_ID) - t0) / double(o.iterations));
    }
    return summarize(per);
}

/// Counts what a WsFrameParser reports.
struct CountSink : server::WsFrameParser::Sink
{
    void onWsMessage(bool, QByteArrayView payload) override
    {
        ++m_messages;
        m_bytes += payload.size();
    }
    void onWsPing(QByteArrayView) override {}
    void onWsPong(QByteArrayView) override {}
    void onWsClose(int, QByteArrayView) override {}
    void onWsError(int code, const char *why) override
    {
        std::fprintf(stderr, "bench_frame: frame parser failed (%d): %s\n", code, why);
        std::exit(1);
    }
    qint64 m_messages = 0;
    qint64 m_bytes = 0;
};

/// The base64 decode of CallSession::onMedia: in place, two buffers that swap roles, so
/// after the first frames neither allocates.
struct InPlaceDecoder
{
    void decode(QByteArrayView payload)
    {
        m_b64.resize(payload.size());
        std::memcpy(m_b64.data(), payload.data(), size_t(payload.size()));
        auto decoded = QByteArray::fromBase64Encoding(
            std::move(m_b64), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        std::swap(m_frame, decoded.decoded);
        m_b64 = std::move(decoded.decoded);
    }
    QByteArray m_b64;
    QByteArray m_frame;
};

/// `samples` of speech-like μ-law (two tones and a little noise), deterministic.
QByteArray mulawSignal(int samples)
{
    QByteArray out(samples, Qt::Uninitialized);
    std::uint32_t noise = 12345;
    for (int i = 0; i < samples; ++i) {
        noise = noise * 1664525u + 1013904223u;
        const double t = double(i) / 8000.0;
        const double v = 6000 * std::sin(2 * M_PI * 220 * t) +
                         2500 * std::sin(2 * M_PI * 1370 * t) + double(noise >> 24) - 128;
        out[i] = char(audio::mulawEncode(std::int16_t(v)));
    }
    return out;
}

// --- stage 7: the socket layer ----------------------------------------------------------

/// CPU time of the whole process (all threads), split as getrusage reports it.
struct CpuSample
{
    std::int64_t totalNs = 0;
    std::int64_t userNs = 0;
    std::int64_t sysNs = 0;

    static CpuSample now()
    {
        rusage ru{};
        getrusage(RUSAGE_SELF, &ru);
        auto ns = [](const timeval &tv) {
            return std::int64_t(tv.tv_sec) * 1000000000 + std::int64_t(tv.tv_usec) * 1000;
        };
        return {clockNs(CLOCK_PROCESS_CPUTIME_ID), ns(ru.ru_utime), ns(ru.ru_stime)};
    }
};

struct RelayFigure
{
    Figure total;
    /// Over all repetitions: getrusage splits the CPU time by tick samples, so short runs
    /// give a rough split only.
    double userNs = 0;
    double sysNs = 0;
};

/// A TcpWebSocket client and a server-side TcpWebSocket (handed over by HttpServer's
/// upgrade) on this thread's Reactor over 127.0.0.1, playing ping-pong: the server echoes
/// each message from its receive callback, the client sends the next round once a round's
/// echoes are back. Both ends use MessageSocket::TextSink, the frame path's receiver.
class WsPair
{
public:
    explicit WsPair(QByteArray message) : m_message(std::move(message)) {}
    ~WsPair() { delete m_client; } // the server side is a child of m_http

    bool open()
    {
        m_http.webSocketRoute(QStringLiteral("/relay"),
                              [](const server::HttpRequest &) { return QString(); });
        QObject::connect(&m_http, &server::HttpServer::webSocketConnected, &m_http,
                         [this](server::MessageSocket *s, const QString &) {
                             m_server = s;
                             s->setTextSink(&m_serverEnd);
                         });
        const quint16 port = m_http.listen(QHostAddress::LocalHost, 0);
        if (!port)
            return false;
        m_client = new server::TcpWebSocket;
        m_client->setTextSink(&m_clientEnd);
        m_client->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/relay").arg(port)));
        QElapsedTimer t;
        t.start();
        while (!(m_server && m_client->isOpen()) && t.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        return m_server && m_client->isOpen();
    }

    /// Carries `messages` messages (both directions counted) in rounds of `burst`.
    void run(qint64 messages, int burst)
    {
        if (messages <= 0)
            return;
        m_target = messages;
        m_received = 0;
        m_burst = burst;
        m_echoes = 0;
        QEventLoop loop;
        m_loop = &loop;
        sendRound();
        loop.exec();
        m_loop = nullptr;
    }

    /// One measured run: process CPU per message.
    CpuSample measuredRun(qint64 messages, int burst)
    {
        const CpuSample a = CpuSample::now();
        run(messages, burst);
        const CpuSample b = CpuSample::now();
        return {b.totalNs - a.totalNs, b.userNs - a.userNs, b.sysNs - a.sysNs};
    }

private:
    struct End : server::MessageSocket::TextSink
    {
        End(WsPair *pair, bool atServer) : m_pair(pair), m_isServer(atServer) {}
        void onSocketText(QByteArrayView utf8) override { m_pair->onText(m_isServer, utf8); }
        WsPair *m_pair;
        bool m_isServer;
    };

    void sendRound()
    {
        for (int i = 0; i < m_burst; ++i)
            m_client->sendTextUtf8(m_message);
    }

    void onText(bool atServer, QByteArrayView utf8)
    {
        ++m_received;
        if (atServer) {
            m_server->sendTextUtf8(utf8); // forwarded from inside the dispatch, as the bridge does
            return;
        }
        if (++m_echoes < m_burst)
            return;
        m_echoes = 0;
        if (m_received >= m_target)
            m_loop->quit();
        else
            sendRound();
    }

    QByteArray m_message;
    server::HttpServer m_http;
    server::TcpWebSocket *m_client = nullptr;
    server::MessageSocket *m_server = nullptr;
    End m_clientEnd{this, false};
    End m_serverEnd{this, true};
    QEventLoop *m_loop = nullptr;
    qint64 m_target = 0;
    qint64 m_received = 0;
    int m_burst = 1;
    int m_echoes = 0;
};

RelayFigure relayFigure(WsPair &pair, const Options &o, int burst)
{
    const qint64 n = o.relayMessages / (2 * burst) * (2 * burst);
    pair.run(std::max<qint64>(2 * burst, n / 10), burst); // warm-up
    std::vector<double> total;
    double user = 0, sys = 0;
    for (int r = 0; r < o.repetitions; ++r) {
        const CpuSample s = pair.measuredRun(n, burst);
        total.push_back(double(s.totalNs) / double(n));
        user += double(s.userNs);
        sys += double(s.sysNs);
    }
    const double all = double(n) * o.repetitions;
    return {summarize(total), user / all, sys / all};
}

/// Two connected blocking stream sockets: AF_UNIX socketpair, or TCP over 127.0.0.1 with
/// TCP_NODELAY (like the relay floor's pairs). Returns false on failure.
bool blockingPair(bool tcp, int sv[2])
{
    if (!tcp)
        return ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0;
    const int ls = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sa;
    if (ls < 0 || ::bind(ls, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0 ||
        ::listen(ls, 1) != 0 || ::getsockname(ls, reinterpret_cast<sockaddr *>(&sa), &len) != 0)
        return false;
    sv[0] = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (::connect(sv[0], reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0)
        return false;
    sv[1] = ::accept4(ls, nullptr, nullptr, SOCK_CLOEXEC);
    ::close(ls);
    const int one = 1;
    ::setsockopt(sv[0], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(sv[1], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return sv[1] >= 0;
}

/// The in-process floor: one blocking write(2) and one read(2) of `bytes` per message.
Figure floorFigure(bool tcp, const QByteArray &bytes, const Options &o)
{
    int sv[2];
    if (!blockingPair(tcp, sv)) {
        std::fprintf(stderr, "bench_frame: cannot create a %s pair\n", tcp ? "TCP" : "unix");
        std::exit(1);
    }
    std::vector<char> buf(size_t(bytes.size()));
    auto run = [&](qint64 n) {
        for (qint64 i = 0; i < n; ++i) {
            if (::write(sv[0], bytes.constData(), size_t(bytes.size())) != bytes.size())
                std::exit(1);
            for (qsizetype got = 0; got < bytes.size();) {
                const ssize_t r = ::read(sv[1], buf.data() + got, size_t(bytes.size() - got));
                if (r <= 0)
                    std::exit(1);
                got += r;
            }
        }
    };
    run(o.relayMessages / 10);
    std::vector<double> per;
    for (int r = 0; r < o.repetitions; ++r) {
        const CpuSample a = CpuSample::now();
        run(o.relayMessages);
        per.push_back(double(CpuSample::now().totalNs - a.totalNs) / double(o.relayMessages));
    }
    ::close(sv[0]);
    ::close(sv[1]);
    return summarize(per);
}

// --- stage 8: system calls per message ----------------------------------------------------

/// Calls per syscall name from a `strace -c` summary ("total" included).
std::map<QByteArray, qint64> readStraceSummary(const QString &path)
{
    std::map<QByteArray, qint64> calls;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return calls;
    while (!f.atEnd()) {
        const QList<QByteArray> w = f.readLine().simplified().split(' ');
        // "% time  seconds  usecs/call  calls  [errors]  syscall"; rows of dashes, header.
        if (w.size() < 5 || w[0].startsWith('-') || w[0] == "%")
            continue;
        bool ok = false;
        const qint64 n = w[3].toLongLong(&ok);
        if (ok)
            calls[w.last()] += n;
    }
    return calls;
}

struct SyscallFigure
{
    double perMessage = -1; ///< total; -1 when not measured
    QByteArray breakdown;   ///< "send 1.00, read 1.00, …"
};

SyscallFigure syscallFigure(const std::map<QByteArray, qint64> &run,
                            const std::map<QByteArray, qint64> &base, qint64 messages)
{
    SyscallFigure out;
    if (run.find("total") == run.end() || messages <= 0)
        return out;
    std::vector<std::pair<double, QByteArray>> rows;
    for (const auto &[name, n] : run) {
        const auto b = base.find(name);
        const double per = double(n - (b == base.end() ? 0 : b->second)) / double(messages);
        if (name == "total")
            out.perMessage = per;
        else if (per >= 0.005)
            rows.emplace_back(per, name);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a > b; });
    for (std::size_t i = 0; i < rows.size() && i < 8; ++i)
        out.breakdown +=
            (i ? ", " : "") + rows[i].second + ' ' + QByteArray::number(rows[i].first, 'f', 2);
    return out;
}

/// Runs this binary's --relay-only under strace; the summary's calls per syscall.
std::map<QByteArray, qint64> straceRelay(const QString &strace, const QString &dir, qint64 messages,
                                         int burst)
{
    const QString out = dir + QStringLiteral("/relay-%1-%2.strace").arg(messages).arg(burst);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(strace, {QStringLiteral("-f"), QStringLiteral("-c"), QStringLiteral("-o"), out,
                     QCoreApplication::applicationFilePath(), QStringLiteral("--relay-only"),
                     QString::number(messages), QStringLiteral("--burst"), QString::number(burst)});
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        return {};
    return readStraceSummary(out);
}

void printRow(const char *stage, const char *what, const Figure &f)
{
    std::printf("%-3s %-62s %9.0f %9.0f\n", stage, what, f.median, f.min);
}

/// The sample messages: what Twilio and ElevenLabs send for one frame / one chunk.
struct Samples
{
    QByteArray callerMulaw;     ///< 160 B, 20 ms
    QByteArray twilioMedia;     ///< Twilio's `media` (reference/twilio.md §1.2), UTF-8
    QString streamSid;          ///< "MZ…"
    QByteArray agentMulaw;      ///< 800 B, 100 ms of ulaw_8000
    QByteArray elevenLabsAudio; ///< ElevenLabs' `audio` event (reference/elevenlabs.md §3)

    Samples()
        : callerMulaw(mulawSignal(160)),
          streamSid(QStringLiteral("MZ18ad3ab5a668481ce02b83e7395059f0")),
          agentMulaw(mulawSignal(800))
    {
        twilioMedia = "{\"event\":\"media\",\"sequenceNumber\":\"123\",\"media\":{\"track\":"
                      "\"inbound\",\"chunk\":\"122\",\"timestamp\":\"2440\",\"payload\":\"" +
                      callerMulaw.toBase64() + "\"},\"streamSid\":\"" + streamSid.toLatin1() +
                      "\"}";
        elevenLabsAudio = "{\"type\":\"audio\",\"audio_event\":{\"audio_base_64\":\"" +
                          agentMulaw.toBase64() + "\",\"event_id\":7}}";
    }
};

int relayOnly(qint64 messages, int burst)
{
    WsPair pair(Samples().twilioMedia);
    if (!pair.open()) {
        std::fprintf(stderr, "bench_frame: the WebSocket pair did not open\n");
        return 1;
    }
    const qint64 n = messages / (2 * burst) * (2 * burst);
    const CpuSample s = pair.measuredRun(n, burst);
    std::printf("relay-only: %lld messages in rounds of %d, process CPU %.0f ns per message "
                "(user %.0f, sys %.0f; inflated when run under strace)\n",
                static_cast<long long>(n), burst, n ? double(s.totalNs) / double(n) : 0.0,
                n ? double(s.userNs) / double(n) : 0.0, n ? double(s.sysNs) / double(n) : 0.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Options o;
    qint64 relayOnlyMessages = -1;
    int burst = 1;
    QString straceReport, straceBase;
    qint64 straceMessages = 0;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (a == u"--repetitions")
            o.repetitions = std::max(1, next.toInt()), ++i;
        else if (a == u"--iterations")
            o.iterations = std::max<qint64>(1, next.toLongLong()), ++i;
        else if (a == u"--relay-messages")
            o.relayMessages = std::max<qint64>(20, next.toLongLong()), ++i;
        else if (a == u"--syscall-messages")
            o.syscallMessages = std::max<qint64>(20, next.toLongLong()), ++i;
        else if (a == u"--no-strace")
            o.strace = false;
        else if (a == u"--relay-only")
            relayOnlyMessages = std::max<qint64>(0, next.toLongLong()), ++i;
        else if (a == u"--burst")
            burst = std::max(1, next.toInt()), ++i;
        else if (a == u"--strace-report" && i + 2 < args.size())
            straceReport = next, straceMessages = args[i + 2].toLongLong(), i += 2;
        else if (a == u"--strace-base")
            straceBase = next, ++i;
        else {
            std::fprintf(stderr, "usage: see the comment at the top of tests/bench_frame.cpp\n");
            return 1;
        }
    }
    if (relayOnlyMessages >= 0)
        return relayOnly(relayOnlyMessages, burst);
    if (!straceReport.isEmpty()) {
        const SyscallFigure f = syscallFigure(readStraceSummary(straceReport),
                                              straceBase.isEmpty() ? std::map<QByteArray, qint64>{}
                                                                   : readStraceSummary(straceBase),
                                              straceMessages);
        std::printf("syscalls per message: %.2f (%s)\n", f.perMessage, f.breakdown.constData());
        return f.perMessage < 0 ? 1 : 0;
    }

    const Samples x;
    // The samples must take the paths they are meant to measure.
    twilio::MediaFrame frame;
    elevenlabs::AgentMessage agentMsg;
    if (!twilio::parseMediaFast(x.twilioMedia, frame) || frame.payload.size() != 216 ||
        !elevenlabs::parseAgentMessage(QString::fromUtf8(x.elevenLabsAudio), agentMsg, nullptr) ||
        agentMsg.type != elevenlabs::AgentMessage::Type::Audio) {
        std::fprintf(stderr, "bench_frame: the sample messages do not parse as expected\n");
        return 1;
    }
    const QByteArrayView payload = frame.payload; // views x.twilioMedia
    const QString agentBase64 = agentMsg.audioBase64;

    std::printf("bench_frame: per-message cost of one relayed frame (issue 15 §3); %d "
                "repetitions of %lld iterations, CPU time per message\n",
                o.repetitions, static_cast<long long>(o.iterations));
    std::printf("%-3s %-62s %9s %9s\n", "#", "stage", "median ns", "min ns");
    std::map<std::string, double> fig; // figure name → median ns

    // --- caller → agent --------------------------------------------------------------------
    std::printf("caller -> agent: Twilio media %lld B (160 B mu-law, 216 base64) -> "
                "user_audio_chunk\n",
                static_cast<long long>(x.twilioMedia.size()));
    auto row = [&](const char *key, const char *stage, const char *what, const Figure &f) {
        printRow(stage, what, f);
        fig[key] = f.median;
        return f.median;
    };
    double callerSum = 0;
    {
        QByteArray wire;
        server::appendWsFrame(wire, server::WsOpcode::Text, x.twilioMedia, true, 0x5a17c3e1);
        QByteArray scratch(64 * 1024, Qt::Uninitialized);
        server::WsFrameParser parser(true, 1 << 20);
        CountSink sink;
        callerSum += row("c_recv_ns", "0", "receive: WsFrameParser::parseInPlace, unmask + UTF-8",
                         measure(o, [&](qint64 n) {
                             for (qint64 i = 0; i < n; ++i) {
                                 std::memcpy(scratch.data(), wire.constData(), size_t(wire.size()));
                                 parser.parseInPlace(scratch.data(), wire.size(), sink);
                             }
                         }));
        g_keep = g_keep + std::uint64_t(sink.m_bytes);
    }
    callerSum += row("c_parse_ns", "1", "parse: twilio::parseMediaFast", measure(o, [&](qint64 n) {
                         twilio::MediaFrame f;
                         for (qint64 i = 0; i < n; ++i) {
                             twilio::parseMediaFast(x.twilioMedia, f);
                             g_keep = g_keep + std::uint64_t(f.chunk);
                         }
                     }));
    InPlaceDecoder decoder;
    callerSum += row("c_b64_ns", "2", "base64 decode 216 -> 160 B, in place (onMedia)",
                     measure(o, [&](qint64 n) {
                         for (qint64 i = 0; i < n; ++i)
                             decoder.decode(payload);
                         g_keep = g_keep + std::uint64_t(decoder.m_frame.size());
                     }));
    const std::span<const std::uint8_t> callerSpan(
        reinterpret_cast<const std::uint8_t *>(x.callerMulaw.constData()), 160);
    {
        // pushCaller alone: a fresh timeline every 40 frames (within its reserved second, so
        // no reallocation), its construction measured apart and subtracted.
        std::optional<audio::CallTimeline> tl;
        const Figure ctor = measure(o, [&](qint64 n) {
            for (qint64 i = 0; i < n; i += 40)
                tl.emplace();
        });
        const Figure fresh = measure(o, [&](qint64 n) {
            for (qint64 i = 0; i < n; ++i) {
                if (i % 40 == 0)
                    tl.emplace();
                g_keep = g_keep + (tl->pushCaller(callerSpan).caller.rmsDb > -50.0f);
            }
        });
        row("c_push_ns", "3", "timeline: CallTimeline::pushCaller (decode, levels)",
            {fresh.median - ctor.median, fresh.min - ctor.min});
        // The session's steady state: takeStereo every 10 frames (its 200 ms flush).
        audio::CallTimeline steady;
        std::vector<std::int16_t> stereo;
        const Figure withFlush = measure(o, [&](qint64 n) {
            for (qint64 i = 0; i < n; ++i) {
                g_keep = g_keep + (steady.pushCaller(callerSpan).caller.rmsDb > -50.0f);
                if (i % 10 == 9)
                    steady.takeStereo(stereo);
            }
        });
        row("c_flush_ns", "3b", "  + takeStereo every 10th frame, per frame (derived)",
            {withFlush.median - fig["c_push_ns"], withFlush.min - (fresh.min - ctor.min)});
        callerSum += withFlush.median;
    }
    QByteArray json;
    callerSum +=
        row("c_json_ns", "4", "JSON: elevenlabs::buildUserAudioChunk", measure(o, [&](qint64 n) {
                for (qint64 i = 0; i < n; ++i)
                    elevenlabs::buildUserAudioChunk(json, payload);
            }));
    {
        QByteArray out;
        QRandomGenerator keys(42); // TcpWebSocket draws a mask key per frame like this
        callerSum += row("c_frame_mask_ns", "5", "framing, client: appendWsFrame masked + key",
                         measure(o, [&](qint64 n) {
                             for (qint64 i = 0; i < n; ++i) {
                                 out.resize(0);
                                 server::appendWsFrame(out, server::WsOpcode::Text, json, true,
                                                       keys.generate());
                             }
                         }));
        row("c_frame_plain_ns", "5b", "framing, server: appendWsFrame unmasked (not in sum)",
            measure(o, [&](qint64 n) {
                for (qint64 i = 0; i < n; ++i) {
                    out.resize(0);
                    server::appendWsFrame(out, server::WsOpcode::Text, json);
                }
            }));
    }
    row("c_utf8_ns", "6", "server::isValidUtf8 of the Twilio message (inside 0)",
        measure(o, [&](qint64 n) {
            for (qint64 i = 0; i < n; ++i)
                g_keep = g_keep + server::isValidUtf8(x.twilioMedia);
        }));
    fig["c_sum_ns"] = callerSum;
    printRow("", "sum caller -> agent (0, 1, 2, 3+3b, 4, 5)", {callerSum, callerSum});

    // --- agent → caller --------------------------------------------------------------------
    std::printf("agent -> caller: ElevenLabs audio %lld B (800 B mu-law, %lld base64) -> Twilio "
                "media + mark\n",
                static_cast<long long>(x.elevenLabsAudio.size()),
                static_cast<long long>(agentBase64.size()));
    double agentSum = 0;
    {
        QByteArray wire;
        server::appendWsFrame(wire, server::WsOpcode::Text, x.elevenLabsAudio);
        QByteArray scratch(64 * 1024, Qt::Uninitialized);
        server::WsFrameParser parser(false, 1 << 20);
        CountSink sink;
        agentSum += row("a_recv_ns", "0", "receive: WsFrameParser::parseInPlace, UTF-8 check",
                        measure(o, [&](qint64 n) {
                            for (qint64 i = 0; i < n; ++i) {
                                std::memcpy(scratch.data(), wire.constData(), size_t(wire.size()));
                                parser.parseInPlace(scratch.data(), wire.size(), sink);
                            }
                        }));
        g_keep = g_keep + std::uint64_t(sink.m_bytes);
    }
    QString text;
    agentSum += row("a_utf16_ns", "1", "UTF-8 -> UTF-16: QString::fromUtf8 (emitText)",
                    measure(o, [&](qint64 n) {
                        for (qint64 i = 0; i < n; ++i)
                            text = QString::fromUtf8(x.elevenLabsAudio);
                    }));
    agentSum += row("a_parse_ns", "1b", "parse: elevenlabs::parseAgentMessage (QJsonDocument)",
                    measure(o, [&](qint64 n) {
                        elevenlabs::AgentMessage m;
                        for (qint64 i = 0; i < n; ++i) {
                            elevenlabs::parseAgentMessage(text, m, nullptr);
                            g_keep = g_keep + std::uint64_t(m.eventId);
                        }
                    }));
    QByteArray agentMulaw;
    agentSum += row("a_b64_ns", "2", "base64 decode 1068 -> 800 B: fromBase64(toLatin1())",
                    measure(o, [&](qint64 n) {
                        for (qint64 i = 0; i < n; ++i)
                            agentMulaw = QByteArray::fromBase64(agentBase64.toLatin1());
                    }));
    {
        audio::CallTimeline tl;
        const std::span<const std::uint8_t> agentSpan(
            reinterpret_cast<const std::uint8_t *>(agentMulaw.constData()), 800);
        agentSum += row("a_push_ns", "3", "timeline: CallTimeline::pushAgent 800 B (+ clearAgent)",
                        measure(o, [&](qint64 n) {
                            for (qint64 i = 0; i < n; ++i) {
                                g_keep = g_keep + std::uint64_t(tl.pushAgent(agentSpan));
                                tl.clearAgent();
                            }
                        }));
    }
    QString media, mark;
    agentSum +=
        row("a_media_ns", "4", "JSON: twilio::buildMedia (QString)", measure(o, [&](qint64 n) {
                for (qint64 i = 0; i < n; ++i)
                    twilio::buildMedia(media, x.streamSid, agentBase64);
            }));
    QString markName;
    bridge::PlayoutTracker playout; // the session's own mark bookkeeping (no echoes here)
    agentSum += row("a_mark_name_ns", "4b", "mark name + pending mark: PlayoutTracker::onSent",
                    measure(o, [&](qint64 n) {
                        for (qint64 i = 0; i < n; ++i)
                            markName = playout.onSent(7, 800);
                    }));
    agentSum += row("a_mark_ns", "4c", "JSON: twilio::buildMark (escapes via QJsonDocument)",
                    measure(o, [&](qint64 n) {
                        for (qint64 i = 0; i < n; ++i)
                            twilio::buildMark(mark, x.streamSid, markName);
                    }));
    QByteArray mediaUtf8, markUtf8;
    agentSum += row("a_utf8_ns", "5", "UTF-16 -> UTF-8: toUtf8 of media + mark (sendText)",
                    measure(o, [&](qint64 n) {
                        for (qint64 i = 0; i < n; ++i) {
                            mediaUtf8 = media.toUtf8();
                            markUtf8 = mark.toUtf8();
                        }
                    }));
    {
        QByteArray out;
        agentSum += row("a_frame_ns", "5b", "framing, server: appendWsFrame media + mark",
                        measure(o, [&](qint64 n) {
                            for (qint64 i = 0; i < n; ++i) {
                                out.resize(0);
                                server::appendWsFrame(out, server::WsOpcode::Text, mediaUtf8);
                                server::appendWsFrame(out, server::WsOpcode::Text, markUtf8);
                            }
                        }));
    }
    fig["a_sum_ns"] = agentSum;
    printRow("", "sum agent -> caller, per chunk (0-5b)", {agentSum, agentSum});

    // --- socket layer ------------------------------------------------------------------------
    WsPair pair(x.twilioMedia);
    if (!pair.open()) {
        std::fprintf(stderr, "bench_frame: the WebSocket pair did not open\n");
        return 1;
    }
    QByteArray framed;
    server::appendWsFrame(framed, server::WsOpcode::Text, x.twilioMedia, true, 0x5a17c3e1);
    std::printf("socket layer: %lld messages of %lld B (%lld B framed) per repetition, process "
                "CPU per message\n",
                static_cast<long long>(o.relayMessages),
                static_cast<long long>(x.twilioMedia.size()),
                static_cast<long long>(framed.size()));
    const RelayFigure paced = relayFigure(pair, o, 1);
    row("relay_ns", "7", "TcpWebSocket pair, 127.0.0.1, one message per loop turn", paced.total);
    const RelayFigure bursts = relayFigure(pair, o, 10);
    row("relay_burst_ns", "7b", "TcpWebSocket pair, 127.0.0.1, bursts of 10", bursts.total);
    fig["relay_user_ns"] = paced.userNs;
    fig["relay_sys_ns"] = paced.sysNs;
    std::printf("    getrusage split (tick-sampled): one per turn user %.0f + sys %.0f, bursts "
                "user %.0f + sys %.0f\n",
                paced.userNs, paced.sysNs, bursts.userNs, bursts.sysNs);
    row("floor_unix_ns", "7f", "floor: blocking socketpair(AF_UNIX) write + read",
        floorFigure(false, framed, o));
    row("floor_tcp_ns", "7g", "floor: blocking TCP 127.0.0.1 write + read",
        floorFigure(true, framed, o));

    // --- system calls per message -----------------------------------------------------------
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    fig["syscalls_per_msg"] = -1;
    fig["syscalls_per_msg_burst"] = -1;
    if (!o.strace) {
        std::printf("8   syscalls per message: skipped (--no-strace)\n");
    } else if (strace.isEmpty()) {
        std::printf("8   syscalls per message: strace not found (apt-get install -y strace)\n");
    } else {
        QTemporaryDir dir;
        const auto base = straceRelay(strace, dir.path(), 0, 1);
        const qint64 n = o.syscallMessages / 20 * 20;
        const SyscallFigure s1 = syscallFigure(straceRelay(strace, dir.path(), n, 1), base, n);
        const SyscallFigure s10 = syscallFigure(straceRelay(strace, dir.path(), n, 10), base, n);
        std::printf("8   syscalls per message (strace -f -c of --relay-only %lld, setup "
                    "subtracted):\n",
                    static_cast<long long>(n));
        if (s1.perMessage < 0 || s10.perMessage < 0)
            std::printf("      strace failed (ptrace not permitted?): figures -1\n");
        std::printf("      one per loop turn: %.2f  (%s)\n", s1.perMessage,
                    s1.breakdown.constData());
        std::printf("      bursts of 10:      %.2f  (%s)\n", s10.perMessage,
                    s10.breakdown.constData());
        fig["syscalls_per_msg"] = s1.perMessage;
        fig["syscalls_per_msg_burst"] = s10.perMessage;
    }

    // One machine-readable line, like the load benchmark's.
    QByteArray line = "figures reps=" + QByteArray::number(o.repetitions) +
                      " iterations=" + QByteArray::number(o.iterations);
    const char *order[] = {"c_recv_ns",
                           "c_parse_ns",
                           "c_b64_ns",
                           "c_push_ns",
                           "c_flush_ns",
                           "c_json_ns",
                           "c_frame_mask_ns",
                           "c_frame_plain_ns",
                           "c_utf8_ns",
                           "c_sum_ns",
                           "a_recv_ns",
                           "a_utf16_ns",
                           "a_parse_ns",
                           "a_b64_ns",
                           "a_push_ns",
                           "a_media_ns",
                           "a_mark_name_ns",
                           "a_mark_ns",
                           "a_utf8_ns",
                           "a_frame_ns",
                           "a_sum_ns",
                           "relay_ns",
                           "relay_burst_ns",
                           "relay_user_ns",
                           "relay_sys_ns",
                           "floor_unix_ns",
                           "floor_tcp_ns",
                           "syscalls_per_msg",
                           "syscalls_per_msg_burst"};
    for (const char *k : order) {
        const double v = fig[k];
        line += ' ' + QByteArray(k) + '=' +
                QByteArray::number(v, 'f', QByteArray(k).startsWith("syscalls") ? 2 : 0);
    }
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
    return g_keep == 42 ? 0 : 0; // g_keep read once so the loops stay
}
