#include "server/Reactor.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThreadStorage>

#include <sys/epoll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace patchline::server {

Q_LOGGING_CATEGORY(lcReactor, "patchline.reactor")

namespace {
QThreadStorage<Reactor *> &storage()
{
    static QThreadStorage<Reactor *> s;
    return s;
}
} // namespace

Reactor *Reactor::current()
{
    auto &s = storage();
    if (!s.hasLocalData())
        s.setLocalData(new Reactor); // deleted by QThreadStorage when the thread ends
    return s.localData();
}

Reactor::Reactor()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        qCCritical(lcReactor) << "epoll_create1 failed:" << std::strerror(errno);
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_epoll, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &Reactor::dispatch);
    m_dirty.reserve(256);
    m_scratch.resize(64 * 1024);
}

Reactor::~Reactor()
{
    m_notifier.reset();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

quint64 Reactor::add(int fd, Handler *handler)
{
    if (m_epoll < 0)
        return 0;
    const quint64 id = m_nextId++;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.u64 = id;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0) {
        qCWarning(lcReactor) << "epoll_ctl ADD failed:" << std::strerror(errno);
        return 0;
    }
    m_entries.insert(id, Entry{fd, handler});
    return id;
}

void Reactor::remove(quint64 id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, it->fd, nullptr);
    m_entries.erase(it);
}

void Reactor::setWriteInterest(quint64 id, bool on)
{
    setInterest(id, &Entry::writeInterest, on);
}

void Reactor::setReadInterest(quint64 id, bool on)
{
    setInterest(id, &Entry::readInterest, on);
}

void Reactor::setInterest(quint64 id, bool Entry::*which, bool on)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || (*it).*which == on)
        return;
    (*it).*which = on;
    updateEvents(id, *it);
}

void Reactor::updateEvents(quint64 id, const Entry &e)
{
    epoll_event ev{};
    ev.events = (e.readInterest ? EPOLLIN | EPOLLRDHUP : 0u) | (e.writeInterest ? EPOLLOUT : 0u);
    ev.data.u64 = id;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, e.fd, &ev);
}

void Reactor::scheduleFlush(quint64 id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || it->flushPending)
        return;
    it->flushPending = true;
    m_dirty.push_back(id);
    if (!m_dispatching && !m_flushing && !m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &Reactor::flushAll, Qt::QueuedConnection);
    }
}

void Reactor::dispatch()
{
    epoll_event ev[256];
    const int n = epoll_wait(m_epoll, ev, 256, 0);
    if (n <= 0)
        return;
    m_dispatching = true;
    for (int i = 0; i < n; ++i) {
        const quint64 id = ev[i].data.u64;
        // A handler earlier in this batch may have removed (or deleted) this one.
        auto it = m_entries.constFind(id);
        if (it == m_entries.constEnd())
            continue;
        Handler *h = it->handler;
        if (ev[i].events & EPOLLOUT) {
            h->onWritable();
            if (!m_entries.contains(id))
                continue;
        }
        if (ev[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
            h->onReadable();
    }
    m_dispatching = false;
    flushAll();
}

void Reactor::flushAll()
{
    m_flushPosted = false;
    m_flushing = true;
    // A flush may queue more output (e.g. a close after a failed send): loop until quiet.
    while (!m_dirty.empty()) {
        m_batch.swap(m_dirty); // both keep their capacity: no allocation per batch
        for (const quint64 id : m_batch) {
            auto it = m_entries.find(id);
            if (it == m_entries.end())
                continue;
            it->flushPending = false;
            it->handler->onFlush();
        }
        m_batch.clear();
    }
    m_flushing = false;
}

} // namespace patchline::server
