#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

namespace patchline::elevenlabs {

/// One message the ElevenLabs ConvAI server sends (reference/elevenlabs.md §3). Unknown
/// types are kept as Type::Other so the bridge can ignore them (the set keeps growing).
struct AgentMessage
{
    enum class Type {
        Metadata,     ///< conversation_initiation_metadata
        Audio,        ///< audio
        Interruption, ///< interruption
        Ping,         ///< ping
        UserTranscript,
        AgentResponse,
        AgentResponseCorrection,
        Error, ///< error (newer servers send it right before closing, §6.1)
        Other,
    };

    Type type = Type::Other;
    QString rawType;
    qint64 eventId = -1;

    QString conversationId;
    QString agentOutputFormat; ///< e.g. "ulaw_8000", "pcm_16000" (§4)
    QString userInputFormat;

    QString audioBase64;
    QString text;         ///< transcript / response / corrected response
    QString originalText; ///< agent_response_correction original
    int pingMs = -1;      ///< -1 when null or absent

    int errorCode = 0;
    QString errorType;
    QString errorMessage;
};

/// Parses one server frame. Returns false with `error` for invalid JSON or no `type`.
/// Any thread; pure.
bool parseAgentMessage(const QString &text, AgentMessage &out, QString *error);

/// `{"user_audio_chunk":"<b64>"}` (§2.2) into `out` (cleared, capacity kept), as UTF-8
/// bytes: on the frame path Twilio's base64 passes through untouched.
void buildUserAudioChunk(QByteArray &out, QByteArrayView base64);

/// `{"type":"pong","event_id":N}` (§2.3).
QString buildPong(qint64 eventId);

/// Per-call overrides of an agent's configuration (§2.1). Only these four paths can be
/// overridden, and each must be enabled in the agent's Security tab, or the server closes
/// with 1008 `override_error` (§6.2). Empty fields are not sent.
struct ConversationOverrides
{
    QString firstMessage; ///< agent.first_message
    QString prompt;       ///< agent.prompt.prompt
    QString language;     ///< agent.language
    QString voiceId;      ///< tts.voice_id

    bool isEmpty() const
    {
        return firstMessage.isEmpty() && prompt.isEmpty() && language.isEmpty() &&
               voiceId.isEmpty();
    }
    /// Names of the overridden fields as ElevenLabs spells them ("first_message", …).
    QStringList fields() const;
    /// Takes `override_first_message`, `override_prompt`, `override_language` and
    /// `override_voice_id` out of `params` (Twilio customParameters, reference/twilio.md
    /// §1.8); what is left are dynamic variables.
    static ConversationOverrides takeFrom(QMap<QString, QVariant> &params);
};

/// `conversation_initiation_client_data` (§2.1): overrides (omitted fields are not sent)
/// and dynamic variables (strings, numbers or booleans).
QString buildInitiation(const QMap<QString, QVariant> &dynamicVariables,
                        const ConversationOverrides &overrides = {});

/// True for the formats the bridge can forward without conversion.
inline bool isTelephonyFormat(const QString &f)
{
    return f == u"ulaw_8000";
}

/// Operator words for an agent WebSocket close code (§6.1).
QString describeCloseCode(int code);

} // namespace patchline::elevenlabs
