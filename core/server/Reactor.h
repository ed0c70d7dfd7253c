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
/// and called on that thread only, and must be destroyed before its thread finishes (the
/// reactor is deleted with the thread).
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
    /// Turns read interest on (the default) or off for `id`: while off, the peer's bytes
    /// stay in the kernel (the sandbox's "peer stops reading" fault, issue 16 §10).
    void setReadInterest(quint64 id, bool on);
    /// Asks for `handler.onFlush()` once at the end of the current dispatch batch (or soon,
    /// in one posted call, when called outside a batch). Idempotent until the flush ran.
    void scheduleFlush(quint64 id);

    /// A 64 KiB read buffer shared by the thread's sockets: a handler reads into it and
    /// parses at once (never keeps it across calls), so no socket holds 64 KiB of its own.
    QByteArray &scratch() { return m_scratch; }

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
        bool readInterest = true;
        bool flushPending = false;
    };
    void setInterest(quint64 id, bool Entry::*which, bool on);
    void updateEvents(quint64 id, const Entry &e);
    int m_epoll = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QHash<quint64, Entry> m_entries;
    std::vector<quint64> m_dirty;
    std::vector<quint64> m_batch; ///< the flushes being run (swapped with m_dirty)
    quint64 m_nextId = 1;
    bool m_dispatching = false;
    bool m_flushPosted = false;
    bool m_flushing = false;
    QByteArray m_scratch;
};

} // namespace patchline::server
