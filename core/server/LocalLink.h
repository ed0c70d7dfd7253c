#pragma once

#include "server/MessageSocket.h"

#include <QPointer>

#include <utility>

namespace patchline::server {

/// An in-process MessageSocket pair: what one end sends, the other receives, with no
/// network in between. Used where a protocol peer lives inside Patchline (the "Test agent"
/// line speaks Twilio's Media Streams protocol to the bridge over one). Delivery is queued
/// (the receiver sees each text in a later event-loop turn, in order), as on a real socket,
/// so neither side re-enters the other. Both ends must live on the same thread.
class LocalLink final : public MessageSocket
{
    Q_OBJECT
public:
    /// Creates a connected pair; both are open at once and each emits opened() on the next
    /// event-loop turn. Each end is owned by its parent.
    static std::pair<LocalLink *, LocalLink *> pair(QObject *parentA, QObject *parentB,
                                                    const QString &nameA = QStringLiteral("local"),
                                                    const QString &nameB = QStringLiteral("local"));
    ~LocalLink() override; ///< the peer sees closed(1006) if this end was still open

    void sendText(const QString &text) override;
    /// Closes both ends: the peer receives closed(code, reason), this end closed(code, reason).
    void close(int code = 1000, const QString &reason = {}) override;
    bool isOpen() const override { return m_open; }
    /// Answered with pong(0) on the next turn while open.
    void ping() override;
    QByteArray handshakeHeader(const QByteArray &) const override { return {}; }
    QString peerName() const override { return m_name; }
    QUrl requestUrl() const override { return {}; }

private:
    explicit LocalLink(const QString &name, QObject *parent);
    void shut(int code, const QString &reason);

    QPointer<LocalLink> m_peer;
    QString m_name;
    bool m_open = true;
};

} // namespace patchline::server
