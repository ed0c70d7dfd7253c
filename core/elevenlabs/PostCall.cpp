#include "elevenlabs/PostCall.h"

#include "twilio/Signature.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMessageAuthenticationCode>

namespace patchline::elevenlabs {

QByteArray signPostCall(const QByteArray &secret, const QByteArray &body, qint64 timestampSecs)
{
    const QByteArray t = QByteArray::number(timestampSecs);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256);
    return "t=" + t + ",v0=" + mac.toHex();
}

WebhookCheck verifyPostCallSignature(const QByteArray &secret, const QByteArray &header,
                                     const QByteArray &body, qint64 nowSecs, int toleranceSecs)
{
    const auto fail = [](const QString &why) { return WebhookCheck{false, why}; };
    if (secret.isEmpty())
        return fail(QCoreApplication::translate(
            "ElevenLabs", "no post-call webhook secret is configured; copy it from the "
                          "ElevenLabs webhook settings into Patchline's settings"));
    if (header.isEmpty())
        return fail(QCoreApplication::translate("ElevenLabs",
                                                "request has no ElevenLabs-Signature header"));
    QByteArray t, v0;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("t="))
            t = p.mid(2);
        else if (p.startsWith("v0="))
            v0 = p.mid(3);
    }
    bool ok = false;
    const qint64 ts = t.toLongLong(&ok);
    if (!ok || v0.isEmpty())
        return fail(QCoreApplication::translate(
                        "ElevenLabs", "ElevenLabs-Signature '%1' is not of the form t=<unix "
                                      "seconds>,v0=<hex>")
                        .arg(QString::fromLatin1(header.left(80))));
    if (nowSecs - ts > toleranceSecs)
        return fail(QCoreApplication::translate("ElevenLabs",
                                                "webhook timestamp %1 is %2 s old (limit %3 s); "
                                                "check this computer's clock or a replay")
                        .arg(ts)
                        .arg(nowSecs - ts)
                        .arg(toleranceSecs));
    if (ts - nowSecs > 300)
        return fail(QCoreApplication::translate(
                        "ElevenLabs", "webhook timestamp %1 is %2 s in the future; check this "
                                      "computer's clock")
                        .arg(ts)
                        .arg(ts - nowSecs));
    const QByteArray expected = signPostCall(secret, body, ts);
    if (!twilio::constantTimeEquals(expected.mid(expected.indexOf(",v0=") + 4), v0.toLower()))
        return fail(QCoreApplication::translate(
            "ElevenLabs", "ElevenLabs-Signature does not match the body; check the post-call "
                          "webhook secret in settings"));
    return {true, {}};
}

PostCallKind postCallKind(const QString &type)
{
    if (type.isEmpty() || type == u"post_call_transcription")
        return PostCallKind::Transcription;
    if (type == u"post_call_audio")
        return PostCallKind::Audio;
    if (type == u"call_initiation_failure")
        return PostCallKind::InitiationFailure;
    return PostCallKind::Unknown;
}

bool parsePostCall(const QByteArray &body, PostCallData &out, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject o = doc.object();
    const QJsonObject data = o.value(u"data").toObject();
    const PostCallKind kind = postCallKind(o.value(u"type").toString());
    const bool needsId = kind == PostCallKind::Transcription || kind == PostCallKind::Audio;
    if (pe.error != QJsonParseError::NoError ||
        (needsId && data.value(u"conversation_id").toString().isEmpty())) {
        if (error)
            *error =
                pe.error != QJsonParseError::NoError
                    ? QCoreApplication::translate("ElevenLabs", "post-call webhook is not JSON: %1")
                          .arg(pe.errorString())
                    : QCoreApplication::translate("ElevenLabs",
                                                  "post-call webhook has no data.conversation_id");
        return false;
    }
    out = PostCallData{};
    out.type = o.value(u"type").toString();
    out.raw = data;
    out.conversationId = data.value(u"conversation_id").toString();
    out.agentId = data.value(u"agent_id").toString();
    out.status = data.value(u"status").toString();
    const QJsonObject meta = data.value(u"metadata").toObject();
    out.terminationReason = meta.value(u"termination_reason").toString();
    out.durationSecs = meta.value(u"call_duration_secs").toInt();
    out.cost = meta.value(u"cost").toDouble();
    const QJsonObject analysis = data.value(u"analysis").toObject();
    out.callSuccessful = analysis.value(u"call_successful").toString();
    out.summary = analysis.value(u"transcript_summary").toString();
    return true;
}

} // namespace patchline::elevenlabs
