#pragma once

#include "audio/AudioConverter.h"
#include "sim/Scenario.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace patchline::server {
class HttpServer;
class MessageSocket;
struct HttpResponse;
} // namespace patchline::server

namespace patchline::sim {

/// What the sandbox agent saw of one conversation (for tests and the load figures).
struct AgentConversationResult
{
    QString conversationId;
    QString callSid;
    QString agentId;
    QVariantMap dynamicVariables;
    QVariantMap overrides; ///< conversation_config_override as received
    bool initiationReceived = false;
    qint64 audioChunksReceived = 0;
    qint64 audioBytesReceived = 0;
    QByteArray audioReceived; ///< caller μ-law as received (only with keepAudio)
    QByteArray audioSent;     ///< agent μ-law sent, stale chunks excluded (keepAudio)
    QByteArray audioHash;     ///< SHA-1 of all received caller audio, in order
    int pingsSent = 0;
    int pongsReceived = 0;
    int pongsWithWrongId = 0;
    qint64 chunksSent = 0;      ///< agent `audio` events sent
    qint64 staleChunksSent = 0; ///< sent after an interruption with the interrupted id
    int interruptions = 0;
    QStringList userTranscripts;
    QStringList agentResponses;
    std::vector<qint64> receivedNs; ///< monotonic receive time of each caller chunk
    std::vector<qint64> sentNs;     ///< monotonic send time of each non-stale agent chunk
    QString terminationReason;      ///< what GET /v1/convai/conversations/{id} reports
    qint64 startedUnixSecs = 0;     ///< wall clock at the WebSocket connect
    int durationSecs = 0;           ///< connect to close
    int postCallStatus = 0;         ///< HTTP status the post-call webhook got (0 = not sent)
    int closeCode = 0;              ///< as seen by the agent (1000 when the bridge closed normally)
    bool finished = false;
};

/// The sandbox agent: speaks the ElevenLabs ConvAI protocol (reference/elevenlabs.md §1-§6,
/// §11 "simulator checklist") over real loopback sockets. Serves
/// `GET /v1/convai/conversation/get-signed-url` (API key checked; single-use signature),
/// the conversation WebSocket (unknown agent or bad signature → close 1008), sends
/// `conversation_initiation_metadata` (ulaw_8000 both ways), the first message, `ping`s,
/// detects caller speech with a level gate, sends `interruption` plus two stale `audio`
/// chunks when the caller talks over it, `user_transcript` after the caller stops, then
/// `agent_response` and its `audio` 2× faster than real time in 200 ms chunks.
///
/// Lives on the sandbox thread. One 20 ms timer drives every conversation.
class SimAgent : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QByteArray apiKey = "sandbox-key";
        QStringList agentIds{QStringLiteral("agent_sandbox_demo")};
        /// Agents (also in agentIds) that speak the "changed prompt" (issue 19 §3): every
        /// line in other words (clip `<name>c` when shipped) and replies kChangedThinkMs
        /// later, so a regression suite run against one shows real differences.
        QStringList changedPromptAgentIds;
        int pingIntervalMs = 2000;
        bool keepAudio = false; ///< keep received caller audio (tests)
        QString outputFormat = QStringLiteral("ulaw_8000");
        QString inputFormat = QStringLiteral("ulaw_8000");
        /// Override fields the agent allows ("first_message", "prompt", "language",
        /// "voice_id"); like a real agent, none by default (elevenlabs.md §2.1).
        QStringList allowedOverrides;
        /// Dynamic variables the agent's prompt references; missing → close 1008 (§6.2).
        QStringList requiredDynamicVariables;
        /// GET agent reports a first message (pre-flight tests; the script still greets).
        bool hasFirstMessage = true;
        qint64 characterCount = 1200; ///< GET /v1/user subscription figures
        qint64 characterLimit = 100000;
    };

    /// Reply latency of a "changed prompt" agent after the caller stops, ms (the normal
    /// agent: 300 ms).
    static constexpr int kChangedThinkMs = 1500;
    /// The agent id the sandbox gives its "changed prompt" variant.
    static QString changedPromptAgentId() { return QStringLiteral("agent_sandbox_changed"); }

    /// `scenarioFor(callSid)` tells the agent which script a call follows (the call_sid
    /// dynamic variable names the call).
    SimAgent(const Options &options, std::function<Scenario(const QString &)> scenarioFor,
             QObject *parent = nullptr);
    ~SimAgent() override;

    /// Listens on 127.0.0.1 (port 0 = any). Returns the port or 0.
    quint16 listen(quint16 port = 0);
    /// After each conversation, POST a signed `post_call_transcription` webhook to `url`
    /// (reference/elevenlabs.md §8). Empty url = off.
    void setPostCallWebhook(const QString &url, const QByteArray &secret);
    QString apiBase() const;

    /// Results by CallSid (or conversation id when no call_sid came).
    const QHash<QString, AgentConversationResult> &results() const { return m_results; }
    int openConversations() const;

signals:
    void conversationFinished(const QString &callSid);

private:
    struct Conversation;
    void onSocket(server::MessageSocket *socket, const QString &path);
    void onText(Conversation &c, const QString &text);
    void onCallerAudio(Conversation &c, const QByteArray &mulaw);
    void tick();
    /// Starts speaking `clipName`; `text` replaces the clip's text in agent_response
    /// (an overridden first message) when not empty.
    void startUtterance(Conversation &c, const QString &clipName, const QString &text = {});
    void sendChunk(Conversation &c, bool stale);
    void sendJson(Conversation &c, const QString &json);
    /// Sends an `error` event and closes with `code`.
    void failConversation(Conversation &c, int code, const QString &type, const QString &message);
    void finish(Conversation &c, int code);
    QJsonObject agentJson(const QString &id) const;
    /// "Sandbox agent N", or "Sandbox agent, changed prompt".
    QString agentName(const QString &id) const;
    /// A finished conversation by id, or null.
    const AgentConversationResult *finishedConversation(const QString &id) const;
    static server::HttpResponse conversationNotFound();

    Options m_options;
    audio::AudioFormat m_in;  ///< what the agent expects from the caller side
    audio::AudioFormat m_out; ///< what the agent sends
    std::function<Scenario(const QString &)> m_scenarioFor;
    server::HttpServer *m_http = nullptr;
    QSet<QString> m_signatures; ///< issued, not yet used
    QHash<server::MessageSocket *, std::shared_ptr<Conversation>> m_convs;
    QHash<QString, AgentConversationResult> m_results;
    QString m_webhookUrl;
    QByteArray m_webhookSecret;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer m_tick;
    quint16 m_port = 0;
    int m_nextConv = 1;
};

} // namespace patchline::sim
