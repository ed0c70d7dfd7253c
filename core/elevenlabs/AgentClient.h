#pragma once

#include "elevenlabs/ConvAi.h"

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace patchline::server {
class MessageSocket;
}

namespace patchline::elevenlabs {

/// Where and as whom to reach an ElevenLabs agent.
struct AgentEndpoint
{
    QUrl apiBase{QStringLiteral("https://api.elevenlabs.io")}; ///< REST base; WS uses ws(s)
    QByteArray apiKey; ///< empty → connect to a public agent without a signed URL (§1.2)
    QString agentId;
};

/// One ConvAI conversation over WebSocket (reference/elevenlabs.md §1.4): fetches a signed
/// URL with the API key (§1.3; the key never leaves this process), connects, sends
/// `conversation_initiation_client_data`, waits for `conversation_initiation_metadata`,
/// answers every `ping` with a `pong` at once (§2.3), and reports audio, interruptions and
/// transcripts. Lives on the bridge thread; all methods must be called there.
class AgentClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, FetchingSignedUrl, Connecting, AwaitingMetadata, Ready, Closed };

    /// `nam` is shared by all sessions of the thread and must outlive this object.
    AgentClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AgentClient() override;

    /// Starts the conversation. Emits ready() or failed()/closed().
    void start(const AgentEndpoint &endpoint, const QMap<QString, QVariant> &dynamicVariables,
               const ConversationOverrides &overrides = {});

    /// Sends caller audio (base64 in the agent's user_input_audio_format). Ignored unless
    /// the state is AwaitingMetadata or Ready.
    void sendAudio(QStringView base64);
    /// The same with the base64 as bytes (the frame path: no UTF-16 round trip).
    void sendAudio(QByteArrayView base64);

    /// Closes the conversation (1000 = normal). Idempotent; emits closed() once.
    void close(int code = 1000, const QString &reason = {});

    State state() const { return m_state; }
    /// True while the WebSocket exists and has not reported its end: after close(), the
    /// server still has to answer our close frame (RFC 6455 §5.5.1) before this turns false
    /// and socketClosed() is emitted. False before connecting.
    bool socketOpen() const { return m_socket && !m_socketClosed; }
    /// Drops the WebSocket at once (no close handshake): for a server that did not answer
    /// our close frame. Emits socketClosed().
    void abortSocket();
    /// When the agent last sent anything (message or pong), monotonic ns; 0 before open.
    qint64 lastReceivedNs() const { return m_lastRxNs; }
    /// Sends a WebSocket ping (keepalive); the pong refreshes lastReceivedNs().
    void ping();
    QString conversationId() const { return m_conversationId; }
    int pingsAnswered() const { return m_pongs; }
    int pingsReceived() const { return m_pings; }
    int lastPingMs() const { return m_lastPingMs; }

    /// Told of every message in (true) or out (false), for counters and the wire log:
    /// `type` is the message type, `bytes` its size. A direct call, not a signal (it runs
    /// for every caller frame). Set before start().
    using WireTap =
        std::function<void(bool incoming, const QString &type, int bytes, qint64 eventId)>;
    void setWireTap(WireTap tap) { m_wireTap = std::move(tap); }

    /// The WebSocket URL for a public agent at `apiBase` (https→wss, http→ws).
    static QUrl publicConversationUrl(const QUrl &apiBase, const QString &agentId);

signals:
    void ready(const QString &conversationId, const QString &userInputFormat,
               const QString &agentOutputFormat);
    void audio(const QString &base64, qint64 eventId);
    void interruption(qint64 eventId);
    void userTranscript(const QString &text);
    void agentResponse(const QString &text, qint64 eventId);
    void agentCorrection(const QString &original, const QString &corrected);
    /// The conversation could not start (signed URL, connect); `reason` names the fix.
    void failed(const QString &reason);
    /// The socket closed after it had opened. `errorType`/`errorMessage` come from an
    /// `error` event the server sent just before (§6.1), when it sent one.
    void closed(int code, const QString &reason, const QString &errorType,
                const QString &errorMessage);
    /// The WebSocket itself is gone (closed by either side, failed or aborted), whether or
    /// not closed() was emitted before (close() emits it at once, not at the socket's end).
    void socketClosed();
    /// A pong answered our WebSocket ping (the agent has read everything sent before it;
    /// bridge::ReadWatch).
    void pongReceived();

private:
    void connectTo(const QUrl &wsUrl);
    void onText(const QString &text);
    void onSignedUrlReply(QNetworkReply *reply);
    void fail(const QString &reason);
    void tap(bool incoming, const QString &type, int bytes, qint64 eventId);

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    server::MessageSocket *m_socket = nullptr;
    State m_state = State::Idle;
    bool m_socketClosed = false;
    AgentEndpoint m_endpoint;
    QMap<QString, QVariant> m_dynamicVariables;
    ConversationOverrides m_overrides;
    QString m_conversationId;
    QByteArray m_outUtf8; ///< reused user_audio_chunk buffer
    WireTap m_wireTap;
    AgentMessage m_msg;
    QString m_errorType;
    QString m_errorMessage;
    int m_pings = 0;
    int m_pongs = 0;
    int m_lastPingMs = -1;
    qint64 m_lastRxNs = 0;
};

} // namespace patchline::elevenlabs
