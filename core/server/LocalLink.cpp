#include "server/LocalLink.h"

#include <QMetaObject>

namespace patchline::server {

LocalLink::LocalLink(const QString &name, QObject *parent) : MessageSocket(parent), m_name(name) {}

std::pair<LocalLink *, LocalLink *> LocalLink::pair(QObject *parentA, QObject *parentB,
                                                    const QString &nameA, const QString &nameB)
{
    auto *a = new LocalLink(nameB, parentA); // peerName() names the other end
    auto *b = new LocalLink(nameA, parentB);
    a->m_peer = b;
    b->m_peer = a;
    for (LocalLink *end : {a, b})
        QMetaObject::invokeMethod(
            end,
            [end] {
                if (end->m_open)
                    emit end->opened();
            },
            Qt::QueuedConnection);
    return {a, b};
}

LocalLink::~LocalLink()
{
    if (m_open && m_peer) {
        LocalLink *peer = m_peer;
        peer->m_peer = nullptr;
        QMetaObject::invokeMethod(
            peer, [peer] { peer->shut(1006, QStringLiteral("the local peer went away")); },
            Qt::QueuedConnection);
    }
}

void LocalLink::sendText(const QString &text)
{
    if (!m_open || !m_peer)
        return;
    QPointer<LocalLink> peer = m_peer;
    QMetaObject::invokeMethod(
        peer,
        [peer, text] {
            if (peer && peer->m_open)
                peer->emitText(text);
        },
        Qt::QueuedConnection);
}

void LocalLink::close(int code, const QString &reason)
{
    if (!m_open)
        return;
    if (m_peer) {
        QPointer<LocalLink> peer = m_peer;
        QMetaObject::invokeMethod(
            peer,
            [peer, code, reason] {
                if (peer)
                    peer->shut(code, reason);
            },
            Qt::QueuedConnection);
    }
    m_open = false;
    QMetaObject::invokeMethod(
        this, [this, code, reason] { emit closed(code, reason); }, Qt::QueuedConnection);
}

void LocalLink::shut(int code, const QString &reason)
{
    if (!m_open)
        return;
    m_open = false;
    emit closed(code, reason);
}

void LocalLink::ping()
{
    if (m_open)
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_open)
                    emit pong(0);
            },
            Qt::QueuedConnection);
}

} // namespace patchline::server
