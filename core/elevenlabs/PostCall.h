#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace patchline::elevenlabs {

/// Result of checking an `ElevenLabs-Signature` header.
struct WebhookCheck
{
    bool ok = false;
    QString reason; ///< why it failed, in words naming the fix
};

/// Verifies a post-call webhook (reference/elevenlabs.md §8): header `t=<unix s>,v0=<hex>`,
/// v0 = lowercase hex HMAC-SHA256(secret, "<t>.<raw body>"), compared in constant time;
/// timestamps older than `toleranceSecs` (default 30 min, as the docs' examples) or more
/// than 5 min in the future are refused. Pure; any thread.
WebhookCheck verifyPostCallSignature(const QByteArray &secret, const QByteArray &header,
                                     const QByteArray &body, qint64 nowSecs,
                                     int toleranceSecs = 30 * 60);

/// Builds the header value ElevenLabs would send for `body` at `timestampSecs` (sandbox, tests).
QByteArray signPostCall(const QByteArray &secret, const QByteArray &body, qint64 timestampSecs);

/// The parts of a `post_call_transcription` payload the console keeps (§8, model of
/// GET /v1/convai/conversations/{id}).
struct PostCallData
{
    QString type; ///< "post_call_transcription", "post_call_audio", …
    QString conversationId;
    QString agentId;
    QString status;
    QString terminationReason;
    QString callSuccessful; ///< analysis.call_successful
    QString summary;        ///< analysis.transcript_summary
    int durationSecs = 0;
    double cost = 0;
    QJsonObject raw; ///< the whole `data` object, stored as is
};

/// Parses a webhook body. Returns false with `error` for invalid JSON, or for a
/// transcription or audio payload without data.conversation_id (other types need none).
bool parsePostCall(const QByteArray &body, PostCallData &out, QString *error);

/// What a post-call webhook of this `type` does to the stored call (issue 16 §5;
/// reference/elevenlabs.md §8).
enum class PostCallKind {
    Transcription,     ///< `post_call_transcription` (or no type): analysis and cost, stored
    Audio,             ///< `post_call_audio`: base64 MP3 of the call; not stored
    InitiationFailure, ///< `call_initiation_failure`: an event in the log, nothing stored
    Unknown,           ///< anything else: logged, answered 200, nothing touched
};
PostCallKind postCallKind(const QString &type);

} // namespace patchline::elevenlabs
