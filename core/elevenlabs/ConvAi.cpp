#include "elevenlabs/ConvAi.h"

#include "call/Numbers.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace patchline::elevenlabs {
namespace {

qint64 eventIdOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(u"event_id");
    return v.isDouble() ? bridge::wholeNumber(v.toDouble()) : -1;
}

} // namespace

bool parseAgentMessage(const QString &text, AgentMessage &out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("ElevenLabs",
                                                 "malformed JSON from the agent at offset %1: %2")
                         .arg(pe.offset)
                         .arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    out = AgentMessage{};
    out.rawType = o.value(u"type").toString();
    if (out.rawType.isEmpty()) {
        if (error)
            *error =
                QCoreApplication::translate("ElevenLabs", "agent message without a \"type\" field");
        return false;
    }
    using T = AgentMessage::Type;
    const QString &t = out.rawType;
    if (t == u"audio") {
        const QJsonObject e = o.value(u"audio_event").toObject();
        out.type = T::Audio;
        out.audioBase64 = e.value(u"audio_base_64").toString();
        out.eventId = eventIdOf(e);
    } else if (t == u"ping") {
        const QJsonObject e = o.value(u"ping_event").toObject();
        out.type = T::Ping;
        out.eventId = eventIdOf(e);
        out.pingMs = e.value(u"ping_ms").isDouble() ? e.value(u"ping_ms").toInt() : -1;
    } else if (t == u"interruption") {
        out.type = T::Interruption;
        out.eventId = eventIdOf(o.value(u"interruption_event").toObject());
    } else if (t == u"conversation_initiation_metadata") {
        const QJsonObject e = o.value(u"conversation_initiation_metadata_event").toObject();
        out.type = T::Metadata;
        out.conversationId = e.value(u"conversation_id").toString();
        out.agentOutputFormat = e.value(u"agent_output_audio_format").toString();
        // The JS SDK falls back to pcm_16000 when the input format is missing (§4).
        out.userInputFormat =
            e.value(u"user_input_audio_format").toString(QStringLiteral("pcm_16000"));
    } else if (t == u"user_transcript") {
        const QJsonObject e = o.value(u"user_transcription_event").toObject();
        out.type = T::UserTranscript;
        out.text = e.value(u"user_transcript").toString();
        out.eventId = eventIdOf(e);
    } else if (t == u"agent_response") {
        const QJsonObject e = o.value(u"agent_response_event").toObject();
        out.type = T::AgentResponse;
        out.text = e.value(u"agent_response").toString();
        out.eventId = eventIdOf(e);
    } else if (t == u"agent_response_correction") {
        const QJsonObject e = o.value(u"agent_response_correction_event").toObject();
        out.type = T::AgentResponseCorrection;
        out.originalText = e.value(u"original_agent_response").toString();
        out.text = e.value(u"corrected_agent_response").toString();
        out.eventId = eventIdOf(e);
    } else if (t == u"error") {
        const QJsonObject e = o.value(u"error_event").toObject();
        out.type = T::Error;
        out.errorCode = e.value(u"code").toInt();
        out.errorType = e.value(u"error_type").toString();
        out.errorMessage = e.value(u"message").toString(e.value(u"reason").toString());
    } else {
        out.type = T::Other;
    }
    return true;
}

void buildUserAudioChunk(QByteArray &out, QByteArrayView base64)
{
    out.resize(0);
    out.reserve(24 + base64.size());
    out += "{\"user_audio_chunk\":\"";
    out += base64;
    out += "\"}";
}

QString buildPong(qint64 eventId)
{
    return QStringLiteral("{\"type\":\"pong\",\"event_id\":%1}").arg(eventId);
}

QStringList ConversationOverrides::fields() const
{
    QStringList f;
    if (!firstMessage.isEmpty())
        f << QStringLiteral("first_message");
    if (!prompt.isEmpty())
        f << QStringLiteral("prompt");
    if (!language.isEmpty())
        f << QStringLiteral("language");
    if (!voiceId.isEmpty())
        f << QStringLiteral("voice_id");
    return f;
}

ConversationOverrides ConversationOverrides::takeFrom(QMap<QString, QVariant> &params)
{
    ConversationOverrides o;
    o.firstMessage = params.take(QStringLiteral("override_first_message")).toString();
    o.prompt = params.take(QStringLiteral("override_prompt")).toString();
    o.language = params.take(QStringLiteral("override_language")).toString();
    o.voiceId = params.take(QStringLiteral("override_voice_id")).toString();
    return o;
}

QString buildInitiation(const QMap<QString, QVariant> &dynamicVariables,
                        const ConversationOverrides &overrides)
{
    QJsonObject vars;
    for (auto it = dynamicVariables.begin(); it != dynamicVariables.end(); ++it)
        vars.insert(it.key(), QJsonValue::fromVariant(it.value()));
    QJsonObject agent;
    if (!overrides.prompt.isEmpty())
        agent.insert(QStringLiteral("prompt"),
                     QJsonObject{{QStringLiteral("prompt"), overrides.prompt}});
    if (!overrides.firstMessage.isEmpty())
        agent.insert(QStringLiteral("first_message"), overrides.firstMessage);
    if (!overrides.language.isEmpty())
        agent.insert(QStringLiteral("language"), overrides.language);
    QJsonObject config;
    if (!agent.isEmpty())
        config.insert(QStringLiteral("agent"), agent);
    if (!overrides.voiceId.isEmpty())
        config.insert(QStringLiteral("tts"),
                      QJsonObject{{QStringLiteral("voice_id"), overrides.voiceId}});
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("conversation_initiation_client_data")},
                  {QStringLiteral("conversation_config_override"), config},
                  {QStringLiteral("dynamic_variables"), vars}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString describeCloseCode(int code)
{
    switch (code) {
    case 1000:
        return QCoreApplication::translate("ElevenLabs",
                                           "normal close: the agent ended the conversation");
    case 1002:
        return QCoreApplication::translate(
            "ElevenLabs", "agent-side operational error (timeout, LLM/TTS/ASR failure, "
                          "policy violation, or no caller audio for 60 s)");
    case 1006:
        return QCoreApplication::translate("ElevenLabs",
                                           "connection dropped without a close frame");
    case 1008:
        return QCoreApplication::translate(
            "ElevenLabs", "agent rejected the session (authentication, unknown agent, "
                          "override not allowed, or missing dynamic variable)");
    case 1011:
        return QCoreApplication::translate("ElevenLabs",
                                           "unexpected internal error on the agent server");
    default:
        return QCoreApplication::translate("ElevenLabs", "close code %1").arg(code);
    }
}

} // namespace patchline::elevenlabs
