#include "elevenlabs/AgentClient.h"

#include "call/Stats.h"
#include "server/MessageSocket.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace patchline::elevenlabs {

AgentClient::AgentClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{}

AgentClient::~AgentClient()
{
    if (m_reply)
        m_reply->abort();
}

QUrl AgentClient::publicConversationUrl(const QUrl &apiBase, const QString &agentId)
{
    QUrl u = apiBase;
    u.setScheme(apiBase.scheme() == u"http" ? QStringLiteral("ws") : QStringLiteral("wss"));
    u.setPath(QStringLiteral("/v1/convai/conversation"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("agent_id"), agentId);
    u.setQuery(q);
    return u;
}

void AgentClient::start(const AgentEndpoint &endpoint,
                        const QMap<QString, QVariant> &dynamicVariables,
                        const ConversationOverrides &overrides)
{
    m_endpoint = endpoint;
    m_dynamicVariables = dynamicVariables;
    m_overrides = overrides;
    if (endpoint.agentId.isEmpty()) {
        fail(tr("no ElevenLabs agent is selected; choose a default agent in settings or pass "
                "--agent AGENT_ID"));
        return;
    }
    if (endpoint.apiKey.isEmpty()) {
        connectTo(publicConversationUrl(endpoint.apiBase, endpoint.agentId));
        return;
    }
    // reference/elevenlabs.md §1.3: GET /v1/convai/conversation/get-signed-url?agent_id=…
    QUrl url = endpoint.apiBase;
    url.setPath(QStringLiteral("/v1/convai/conversation/get-signed-url"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("agent_id"), endpoint.agentId);
    url.setQuery(q);
    QNetworkRequest req(url);
    req.setRawHeader("xi-api-key", endpoint.apiKey);
    req.setTransferTimeout(10000);
    m_state = State::FetchingSignedUrl;
    m_reply = m_nam->get(req);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, r = m_reply.data()] { onSignedUrlReply(r); });
}

void AgentClient::onSignedUrlReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_state != State::FetchingSignedUrl)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        fail(tr("could not reach ElevenLabs at %1 for a signed URL: %2")
                 .arg(m_endpoint.apiBase.toString(), reply->errorString()));
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString signedUrl = o.value(u"signed_url").toString();
    if (status != 200 || signedUrl.isEmpty()) {
        QString detail = o.value(u"detail").toObject().value(u"message").toString();
        if (detail.isEmpty())
            detail = QString::fromUtf8(body.left(200));
        QString fix;
        if (status == 401)
            fix = tr("check the ElevenLabs API key in settings");
        else if (status == 404 || status == 422)
            fix = tr("check the agent id '%1'").arg(m_endpoint.agentId);
        else
            fix = tr("retry; if it persists, check ElevenLabs status");
        fail(tr("ElevenLabs refused a signed URL for agent '%1' (HTTP %2: %3); %4")
                 .arg(m_endpoint.agentId)
                 .arg(status)
                 .arg(detail, fix));
        return;
    }
    connectTo(QUrl(signedUrl)); // opaque: used verbatim (§1.3)
}

void AgentClient::tap(bool incoming, const QString &type, int bytes, qint64 eventId)
{
    if (m_wireTap)
        m_wireTap(incoming, type, bytes, eventId);
}

void AgentClient::connectTo(const QUrl &wsUrl)
{
    // ws:// (the sandbox) on our lean socket, wss:// on QWebSocket (TLS).
    server::MessageSocket *link = server::MessageSocket::connectTo(wsUrl, {}, this);
    link->setMaxIncomingMessageSize(16 << 20); // the Python SDK's limit (§1.1)
    m_socket = link;
    m_state = State::Connecting;
    connect(link, &server::MessageSocket::opened, this, [this] {
        m_state = State::AwaitingMetadata;
        m_lastRxNs = bridge::monotonicNs();
        const QString init = buildInitiation(m_dynamicVariables, m_overrides);
        m_socket->sendText(init);
        tap(false, QStringLiteral("conversation_initiation_client_data"), int(init.size()), -1);
    });
    connect(link, &server::MessageSocket::textReceived, this, &AgentClient::onText);
    connect(link, &server::MessageSocket::pong, this, [this](quint64) {
        m_lastRxNs = bridge::monotonicNs();
        emit pongReceived();
    });
    connect(link, &server::MessageSocket::closed, this, [this](int code, const QString &reason) {
        if (!m_socketClosed) { // once, even after abortSocket()
            m_socketClosed = true;
            emit socketClosed();
        }
        const State was = m_state;
        m_state = State::Closed;
        if (was == State::Connecting) {
            fail(tr("could not open the agent WebSocket (%1); check the agent id and API key")
                     .arg(reason.isEmpty() ? describeCloseCode(code) : reason));
            return;
        }
        if (was != State::Closed)
            emit closed(code, reason, m_errorType, m_errorMessage);
    });
}

void AgentClient::ping()
{
    if (m_socket && (m_state == State::AwaitingMetadata || m_state == State::Ready))
        m_socket->ping();
}

void AgentClient::onText(const QString &text)
{
    m_lastRxNs = bridge::monotonicNs();
    QString error;
    if (!parseAgentMessage(text, m_msg, &error)) {
        tap(true, QStringLiteral("invalid"), int(text.size()), -1);
        return;
    }
    tap(true, m_msg.rawType, int(text.size()), m_msg.eventId);
    using T = AgentMessage::Type;
    switch (m_msg.type) {
    case T::Metadata:
        m_conversationId = m_msg.conversationId;
        m_state = State::Ready;
        emit ready(m_conversationId, m_msg.userInputFormat, m_msg.agentOutputFormat);
        break;
    case T::Audio:
        emit audio(m_msg.audioBase64, m_msg.eventId);
        break;
    case T::Ping: {
        ++m_pings;
        m_lastPingMs = m_msg.pingMs;
        const QString pong = buildPong(m_msg.eventId);
        m_socket->sendText(pong);
        ++m_pongs;
        tap(false, QStringLiteral("pong"), int(pong.size()), m_msg.eventId);
        break;
    }
    case T::Interruption:
        emit interruption(m_msg.eventId);
        break;
    case T::UserTranscript:
        emit userTranscript(m_msg.text);
        break;
    case T::AgentResponse:
        emit agentResponse(m_msg.text, m_msg.eventId);
        break;
    case T::AgentResponseCorrection:
        emit agentCorrection(m_msg.originalText, m_msg.text);
        break;
    case T::Error:
        m_errorType = m_msg.errorType;
        m_errorMessage = m_msg.errorMessage;
        break;
    case T::Other:
        break;
    }
}

void AgentClient::sendAudio(QStringView base64)
{
    sendAudio(QByteArrayView(base64.toLatin1()));
}

void AgentClient::sendAudio(QByteArrayView base64)
{
    if (m_state != State::AwaitingMetadata && m_state != State::Ready)
        return;
    buildUserAudioChunk(m_outUtf8, base64);
    m_socket->sendTextUtf8(m_outUtf8);
    tap(false, QStringLiteral("user_audio_chunk"), int(m_outUtf8.size()), -1);
}

void AgentClient::close(int code, const QString &reason)
{
    const State was = m_state;
    m_state = State::Closed; // first: abort() below reports the reply at once, not a failure
    if (m_reply)
        m_reply->abort();
    if (was == State::Closed || was == State::Idle)
        return;
    if (m_socket) {
        m_socket->close(code, reason);
        if (was == State::Connecting && !m_socketClosed) {
            // Not open yet: aborted, no server session to wait for.
            m_socketClosed = true;
            emit socketClosed();
        }
        if (was != State::Connecting && was != State::FetchingSignedUrl)
            emit closed(code, reason, m_errorType, m_errorMessage);
    }
}

void AgentClient::abortSocket()
{
    if (!socketOpen())
        return;
    m_state = State::Closed;
    m_socket->close();     // a socket already closing is aborted (MessageSocket::close)
    if (!m_socketClosed) { // the link reports its end asynchronously or not at all
        m_socketClosed = true;
        emit socketClosed();
    }
}

void AgentClient::fail(const QString &reason)
{
    m_state = State::Closed;
    emit failed(reason);
}

} // namespace patchline::elevenlabs
