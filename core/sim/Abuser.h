#pragma once

#include "server/Reactor.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace patchline::sim {

/// Hostile HTTP clients for the isolation benchmark (issue 15 "Isolation"): while sandbox
/// calls run, it opens against the bridge's port, over loopback only,
/// - a 20 MB POST to /twilio/voice with a well-formed (but wrong) X-Twilio-Signature,
/// - a request whose header never ends (up to 100 MB of one header line),
/// - `idle` TCP connections that never send a byte,
/// - `slowloris` connections that send one header byte per second.
/// It counts what the server answered (413, 431, 408) and when it closed each connection.
/// Raw non-blocking sockets on the calling thread's Reactor (the sandbox thread: its CPU is
/// measured apart from Patchline's). Bounded: stop() or destruction closes everything.
class Abuser : public QObject
{
    Q_OBJECT
public:
    struct Figures
    {
        int posts413 = 0;     ///< big POSTs answered 413
        int headers431 = 0;   ///< endless headers answered 431
        int idle408 = 0;      ///< idle connections answered 408
        int idleClosed = 0;   ///< idle connections the server closed (with or without 408)
        int idleOpen = 0;     ///< still open
        int slowloris408 = 0; ///< slowloris connections answered 408
        int slowlorisClosed = 0;
        int connectFailed = 0;
        qint64 bytesSent = 0; ///< attack bytes the kernel accepted
        QString toText() const;
    };

    explicit Abuser(quint16 port, QObject *parent = nullptr);
    ~Abuser() override;

    /// Starts every attack at once.
    void start(int idle = 2000, int slowloris = 50);
    void stop();
    Figures figures() const;

private:
    struct Conn;
    void open(int kind);
    void onTick();

    quint16 m_port;
    Figures m_figures; ///< counted as it happens (bytes, failed connects)
    std::vector<std::unique_ptr<Conn>> m_conns;
    QTimer m_tick; ///< slowloris drip and the re-send of big bodies
};

} // namespace patchline::sim
