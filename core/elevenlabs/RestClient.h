#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace patchline::elevenlabs {

/// Outcome of one REST call: `error` is empty on success, else operator words naming the
/// fix; `status` is the HTTP status (0 when the service was not reached).
template <typename T> struct RestResult
{
    T value{};
    int status = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// GET /v1/user (reference/elevenlabs.md §7.1).
struct UserInfo
{
    QString firstName;
    QString tier;
    QString subscriptionStatus;
    qint64 characterCount = 0;
    qint64 characterLimit = 0;
};

/// One row of GET /v1/convai/agents (§7.2).
struct AgentSummary
{
    QString agentId;
    QString name;
    qint64 lastCallUnixSecs = 0;
};

/// What matters for telephony in GET /v1/convai/agents/{id} (§7.3).
struct AgentDetails
{
    QString agentId;
    QString name;
    QString inputFormat;  ///< conversation_config.asr.user_input_audio_format
    QString outputFormat; ///< conversation_config.tts.agent_output_audio_format
    QString firstMessage;
    QString language;
    QString voiceId;
    QString prompt;
    bool authEnabled = false;         ///< private agent: needs a signed URL
    QStringList allowedOverrides;     ///< "first_message", "language", "prompt", "voice_id"
    QStringList dynamicVariables;     ///< {{names}} used in the prompt and first message
    QStringList variablesWithDefault; ///< names with a dynamic_variable_placeholders default

    /// Variables the agent needs and has no default for (system__ ones excluded).
    QStringList requiredDynamicVariables() const;
    /// Telephony problems in operator words (empty when the agent is ready for the phone).
    QStringList telephonyProblems() const;
};

/// One row of GET /v1/convai/conversations (§7.4).
struct ConversationSummary
{
    QString conversationId;
    QString agentId;
    QString agentName;
    qint64 startUnixSecs = 0;
    int durationSecs = 0;
    int messageCount = 0;
    QString status;         ///< initiated | in-progress | processing | done | failed
    QString callSuccessful; ///< success | failure | unknown
    QString title;          ///< call_summary_title
};

/// One transcript entry of a conversation record (§7.4).
struct ConversationTurn
{
    QString role; ///< user | agent
    QString message;
    int timeInCallSecs = 0;
    bool interrupted = false;
};

/// GET /v1/convai/conversations/{id} (§7.4), the parts the console shows.
struct ConversationDetails
{
    QString conversationId;
    QString status; ///< initiated | in-progress | processing | done | failed
    QString terminationReason;
    int errorCode = 0;
    QString errorReason;
    int durationSecs = 0;
    double cost = 0;
    QString callSuccessful;
    QString summary;
    QList<ConversationTurn> transcript;
    bool hasAudio = false;
    QJsonObject raw;
};

/// The ElevenLabs REST API (reference/elevenlabs.md §7) with the `xi-api-key` header. Every
/// call is asynchronous and reports once through its callback on the thread that owns this
/// object (and `nam`). Requests time out after 15 s. The key is never logged or echoed in
/// errors.
class RestClient : public QObject
{
    Q_OBJECT
public:
    RestClient(QNetworkAccessManager *nam, const QUrl &apiBase, const QByteArray &apiKey,
               QObject *parent = nullptr);

    void fetchUser(std::function<void(RestResult<UserInfo>)> done);
    /// Lists every agent, following `next_cursor` while `has_more` (§7.2).
    void listAgents(std::function<void(RestResult<QList<AgentSummary>>)> done,
                    const QString &search = {});
    void fetchAgent(const QString &agentId, std::function<void(RestResult<AgentDetails>)> done);
    void fetchConversation(const QString &conversationId,
                           std::function<void(RestResult<ConversationDetails>)> done);
    /// The newest conversations, of `agentId` (empty = all), up to `limit`, following
    /// `next_cursor` (§7.4).
    void listConversations(const QString &agentId, int limit,
                           std::function<void(RestResult<QList<ConversationSummary>>)> done);
    /// GET /v1/convai/conversations/{id}/audio: the recording as ElevenLabs stores it
    /// (usually MP3); `contentType` says which. 60 s timeout.
    void fetchConversationAudio(
        const QString &conversationId,
        std::function<void(RestResult<QByteArray>, const QString &contentType)> done);

    /// GET /v1/convai/conversation/get-signed-url (§1.3): proves the key may start a
    /// conversation with `agentId`. The URL is single-use; callers must not log it.
    void fetchSignedUrl(const QString &agentId, std::function<void(RestResult<QString>)> done);

    /// Parses a GET /v1/convai/agents/{id} body (public for tests and the sandbox).
    static AgentDetails parseAgent(const QJsonObject &o);

private:
    void get(const QString &path, const QList<QPair<QString, QString>> &query,
             std::function<void(int status, const QJsonObject &body, const QString &error)> done);
    void listConversationsPage(const QString &agentId, const QString &cursor, int limit,
                               QList<ConversationSummary> collected,
                               std::function<void(RestResult<QList<ConversationSummary>>)> done);
    void listAgentsPage(const QString &cursor, const QString &search, QList<AgentSummary> collected,
                        std::function<void(RestResult<QList<AgentSummary>>)> done);

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QByteArray m_key;
};

} // namespace patchline::elevenlabs
