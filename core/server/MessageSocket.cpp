#include "server/MessageSocket.h"

#include "server/TcpWebSocket.h"

#include <QMetaMethod>
#include <QNetworkRequest>
#include <QWebSocket>

namespace patchline::server {

MessageSocket *MessageSocket::connectTo(const QUrl &url,
                                        const QList<QPair<QByteArray, QByteArray>> &headers,
                                        QObject *parent)
{
    if (url.scheme() == u"ws") {
        auto *s = new TcpWebSocket(parent);
        s->open(url, headers);
        return s;
    }
    auto *s = new QtWebSocketLink(parent);
    // QWebSocket may report a bad URL from inside open(): open after the caller has
    // connected its signals, as TcpWebSocket does.
    QMetaObject::invokeMethod(
        s, [s, url, headers] { s->open(url, headers); }, Qt::QueuedConnection);
    return s;
}

void MessageSocket::connectNotify(const QMetaMethod &signal)
{
    // Only the signal given: Qt may hold its connection lock here, so isSignalConnected()
    // must not be called (it deadlocks from disconnectNotify during destruction). A flag is
    // never cleared: emitting to nobody after a disconnect only costs a conversion.
    static const QMetaMethod bytes = QMetaMethod::fromSignal(&MessageSocket::utf8Received);
    static const QMetaMethod text = QMetaMethod::fromSignal(&MessageSocket::textReceived);
    if (signal == bytes)
        m_wantsUtf8 = true;
    else if (signal == text)
        m_wantsText = true;
}

void MessageSocket::emitText(QByteArrayView utf8)
{
    if (m_sink) {
        m_sink->onSocketText(utf8);
        return;
    }
    if (m_wantsUtf8)
        emit utf8Received(utf8.toByteArray());
    if (m_wantsText)
        emit textReceived(QString::fromUtf8(utf8));
}

void MessageSocket::emitText(const QString &s)
{
    if (m_sink) {
        const QByteArray utf8 = s.toUtf8();
        m_sink->onSocketText(utf8);
        return;
    }
    if (m_wantsUtf8)
        emit utf8Received(s.toUtf8());
    if (m_wantsText)
        emit textReceived(s);
}

QtWebSocketLink::QtWebSocketLink(std::unique_ptr<QWebSocket> socket, QObject *parent)
    : MessageSocket(parent), m_ws(std::move(socket)), m_opened(true)
{
    m_ws->setParent(nullptr);
    wire();
}

QtWebSocketLink::QtWebSocketLink(QObject *parent)
    : MessageSocket(parent), m_ws(std::make_unique<QWebSocket>())
{
    wire();
}

QtWebSocketLink::~QtWebSocketLink()
{
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->abort();
    }
}

void QtWebSocketLink::wire()
{
    setMaxIncomingMessageSize(1 << 20);
    connect(m_ws.get(), &QWebSocket::connected, this, &MessageSocket::opened);
    connect(m_ws.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &t) { emitText(t); });
    connect(m_ws.get(), &QWebSocket::binaryMessageReceived, this, &MessageSocket::binaryReceived);
    connect(m_ws.get(), &QWebSocket::pong, this,
            [this](quint64 elapsed, const QByteArray &) { emit pong(elapsed); });
    // Qt reports closeCode() 1000 even when the peer vanished without a close frame; only a
    // close handshake (ours or the peer's) goes through aboutToClose, so use that to tell.
    connect(m_ws.get(), &QWebSocket::aboutToClose, this, [this] { m_closeHandshake = true; });
    connect(m_ws.get(), &QWebSocket::disconnected, this, [this] {
        const int code = m_ws->closeCode();
        if (!m_closeHandshake || code == 0)
            emitClosed(1006, m_ws->closeReason().isEmpty()
                                 ? QStringLiteral("connection lost without a close frame")
                                 : m_ws->closeReason());
        else
            emitClosed(code, m_ws->closeReason());
    });
    // Qt 6.4: the error signal is overloaded with the getter (reference/qt64.md §A2).
    connect(m_ws.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError) {
                if (m_ws->state() == QAbstractSocket::UnconnectedState)
                    emitClosed(1006, m_ws->errorString());
            });
}

void QtWebSocketLink::emitClosed(int code, const QString &reason)
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    emit closed(code, reason);
}

void QtWebSocketLink::open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (m_cancelled)
        return; // closed before connectTo()'s queued open ran
    m_opened = true;
    QNetworkRequest req(url);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    m_ws->open(req);
}

void QtWebSocketLink::sendText(const QString &text)
{
    if (m_ws->state() == QAbstractSocket::ConnectedState)
        m_ws->sendTextMessage(text);
}

void QtWebSocketLink::close(int code, const QString &reason)
{
    if (!m_opened) { // connectTo() has not opened it yet: never open, report the end
        m_cancelled = true;
        QMetaObject::invokeMethod(
            this, [this, code, reason] { emitClosed(code, reason); }, Qt::QueuedConnection);
        return;
    }
    if (m_ws->state() == QAbstractSocket::ConnectedState)
        m_ws->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    else if (m_ws->state() != QAbstractSocket::UnconnectedState)
        m_ws->abort();
}

bool QtWebSocketLink::isOpen() const
{
    return m_ws->state() == QAbstractSocket::ConnectedState;
}

void QtWebSocketLink::ping()
{
    if (isOpen())
        m_ws->ping();
}

QByteArray QtWebSocketLink::handshakeHeader(const QByteArray &name) const
{
    return m_ws->request().rawHeader(name);
}

QString QtWebSocketLink::peerName() const
{
    return QStringLiteral("%1:%2").arg(m_ws->peerAddress().toString()).arg(m_ws->peerPort());
}

QUrl QtWebSocketLink::requestUrl() const
{
    return m_ws->requestUrl();
}

void QtWebSocketLink::setMaxIncomingMessageSize(qint64 bytes)
{
    m_ws->setMaxAllowedIncomingMessageSize(static_cast<quint64>(bytes));
    m_ws->setMaxAllowedIncomingFrameSize(static_cast<quint64>(bytes));
}

} // namespace patchline::server
