#pragma once

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QSocketNotifier;

namespace patchline::server {

/// One epoll set per thread, seen by Qt's event loop as a single socket notifier.
///
/// Why (docs/performance.md): Qt 6.4's GLib and UNIX event dispatchers poll every
/// registered socket notifier on every wake-up, so with 400 call sockets on a thread each
/// wake-up costs O(400) in the kernel and in GLib's prepare/check. Our sockets register
/// here instead; a wake-up costs one `epoll_wait` that returns only the ready ones.
/// Writes are coalesced: a socket that queues output asks for a flush, and all pending
/// flushes run once at the end of the dispatch batch (or, for output queued outside a
/// batch — timers, queued calls — in one posted call), i.e. one `send(2)` per socket per
/// batch whatever the number of messages.
///
/// Thread affinity: each thread has its own reactor (current()); a handler is registered
/// and called on that thread only.
class Reactor final : public QObject
{
    Q_OBJECT
public:
    /// What a registered socket implements. Called on the reactor's thread only.
    struct Handler
    {
        virtual ~Handler() = default;
        /// Readable, or hung up / failed (a read then reports it).
        virtual void onReadable() = 0;
        /// Writable again after send() said EAGAIN (only while write interest is on).
        virtual void onWritable() = 0;
        /// Send what was queued (one send(2)); requested with scheduleFlush().
        virtual void onFlush() = 0;
    };

    /// The calling thread's reactor, created on first use and deleted when the thread ends.
    static Reactor *current();

    /// Watches `fd` for reading (level-triggered) on behalf of `handler`. Returns a
    /// registration id (never 0), or 0 when epoll refuses the fd.
    quint64 add(int fd, Handler *handler);
    /// Stops watching; pending flushes and events for `id` are dropped. Safe during dispatch.
    void remove(quint64 id);
    /// Turns write interest on or off for `id` (on after EAGAIN, off once drained).
    void setWriteInterest(quint64 id, bool on);
    /// Asks for `handler.onFlush()` once at the end of the current dispatch batch (or soon,
    /// in one posted call, when called outside a batch). Idempotent until the flush ran.
    void scheduleFlush(quint64 id);

    /// Sockets currently registered (for figures).
    int size() const { return int(m_entries.size()); }
    /// `epoll_wait` calls and events dispatched since start (for docs/performance.md).
    quint64 waits() const { return m_waits; }
    quint64 events() const { return m_events; }

    ~Reactor() override;

private:
    Reactor();
    void dispatch();
    void flushAll();

    struct Entry
    {
        int fd = -1;
        Handler *handler = nullptr;
        bool writeInterest = false;
        bool flushPending = false;
    };
    int m_epoll = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<quint64, Entry> m_entries;
    std::vector<quint64> m_dirty;
    quint64 m_nextId = 1;
    bool m_dispatching = false;
    bool m_flushPosted = false;
    quint64 m_waits = 0;
    quint64 m_events = 0;
};

} // namespace patchline::server
