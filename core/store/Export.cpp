#include "store/Export.h"

#include "settings/Redact.h"

#include "call/Tr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include <quazip.h>
#include <quazipfile.h>

namespace patchline::store {

namespace {
QString tr(const char *s)
{
    return translateIn({"patchline::store"}, s);
}

QJsonObject callJson(const CallRecord &r)
{
    const HistoryRow &c = r.row;
    return QJsonObject{{QStringLiteral("callSid"), c.callSid},
                       {QStringLiteral("streamSid"), r.streamSid},
                       {QStringLiteral("conversationId"), c.conversationId},
                       {QStringLiteral("direction"), c.direction},
                       {QStringLiteral("from"), c.from},
                       {QStringLiteral("to"), c.to},
                       {QStringLiteral("agentId"), c.agentId},
                       {QStringLiteral("startedAt"), c.startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("durationMs"), c.durationMs},
                       {QStringLiteral("state"), c.state},
                       {QStringLiteral("endReason"), c.endReason},
                       {QStringLiteral("failed"), c.failed}};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

QString transcriptText(const CallRecord &r)
{
    QString out = tr("Call %1 · %2 → %3 · agent %4 · %5\n")
                      .arg(r.row.callSid, r.row.from, r.row.to, r.row.agentId,
                           r.row.startedAt.toString(Qt::ISODate));
    out += tr("Ended: %1\n\n").arg(r.row.endReason);
    for (const bridge::TranscriptLine &l : r.transcript) {
        const bool agent = l.role == bridge::TranscriptLine::Role::Agent;
        out += QStringLiteral("[%1] %2: %3")
                   .arg(bridge::formatOffset(l.offsetMs),
                        agent ? QStringLiteral("agent ") : QStringLiteral("caller"), l.text);
        if (l.interrupted)
            out += l.heardMs >= 0 ? tr("  [interrupted; the caller heard %1 s]")
                                        .arg(double(l.heardMs) / 1000.0, 0, 'f', 1)
                                  : tr("  [interrupted]");
        out += u'\n';
    }
    return out;
}

QByteArray transcriptJson(const CallRecord &r)
{
    QJsonArray lines;
    for (const bridge::TranscriptLine &l : r.transcript) {
        QJsonObject o{{QStringLiteral("offsetMs"), l.offsetMs},
                      {QStringLiteral("role"), l.role == bridge::TranscriptLine::Role::Agent
                                                   ? QStringLiteral("agent")
                                                   : QStringLiteral("caller")},
                      {QStringLiteral("text"), l.text},
                      {QStringLiteral("interrupted"), l.interrupted}};
        if (l.heardMs >= 0)
            o.insert(QStringLiteral("heardMs"), l.heardMs);
        lines.append(o);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("call"), callJson(r)}, {QStringLiteral("lines"), lines}})
        .toJson(QJsonDocument::Indented);
}

QByteArray timelineJsonl(const CallRecord &r)
{
    QByteArray out;
    for (const bridge::CallEvent &e : r.events) {
        QJsonObject o{{QStringLiteral("offsetMs"), e.offsetMs},
                      {QStringLiteral("kind"), e.kind},
                      {QStringLiteral("text"), e.text}};
        if (e.lineOffsetMs >= 0)
            o.insert(QStringLiteral("lineOffsetMs"), e.lineOffsetMs);
        if (e.heardMs >= 0)
            o.insert(QStringLiteral("heardMs"), e.heardMs);
        if (e.yieldMs >= 0)
            o.insert(QStringLiteral("timeToYieldMs"), e.yieldMs);
        if (e.latencyMs >= 0)
            o.insert(QStringLiteral("responseLatencyMs"), e.latencyMs);
        out += compact(o) + '\n';
    }
    return out;
}

QByteArray metricsJson(const CallRecord &r)
{
    QJsonObject o = r.metrics;
    o.insert(QStringLiteral("call"), callJson(r));
    o.insert(QStringLiteral("alarms"), r.row.alarmCount);
    if (!r.row.price.isEmpty())
        o.insert(QStringLiteral("twilioPrice"), r.row.price);
    if (r.row.cost >= 0)
        o.insert(QStringLiteral("elevenLabsCost"), r.row.cost);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

namespace {
/// Appends `s` as a JSON string (RFC 8259 §7 escapes).
void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

/// True for the event names we and the peers use (media, user_audio_chunk…): nothing
/// there to redact.
bool isPlainName(const QString &s)
{
    if (s.size() > 64)
        return false;
    for (const QChar c : s)
        if (!(c.unicode() >= 'a' && c.unicode() <= 'z') && c != u'_')
            return false;
    return true;
}
} // namespace

QByteArray wireJsonLine(const bridge::WireEntry &e)
{
    // Built by hand: one line per message on the storage thread (docs/performance.md); the
    // free-form fields are redacted here, not the whole batch.
    QByteArray o;
    o.reserve(128);
    o += "{\"t\":" + QByteArray::number(e.atMs);
    o += e.agentSide ? ",\"side\":\"agent\"" : ",\"side\":\"twilio\"";
    o += e.incoming ? ",\"dir\":\"in\",\"type\":" : ",\"dir\":\"out\",\"type\":";
    appendJsonString(o, isPlainName(e.type) ? e.type : settings::redact(e.type));
    o += ",\"bytes\":" + QByteArray::number(e.bytes);
    if (e.seq >= 0)
        o += ",\"seq\":" + QByteArray::number(e.seq);
    if (e.chunk >= 0)
        o += ",\"chunk\":" + QByteArray::number(e.chunk);
    if (e.eventId >= 0)
        o += ",\"event_id\":" + QByteArray::number(e.eventId);
    if (!e.detail.isEmpty()) {
        o += ",\"detail\":";
        appendJsonString(o, settings::redact(e.detail));
    }
    o += '}';
    return o;
}

QString wireLogPathFor(const QString &wavPath)
{
    QString p = wavPath;
    if (p.endsWith(QStringLiteral(".wav")))
        p.chop(4);
    return p + QStringLiteral(".wire.jsonl");
}

QStringList writeIncidentBundle(const CallRecord &r, const QString &zipPath, QString *error)
{
    QList<QPair<QString, QByteArray>> entries;
    const auto text = [&](const QString &name, const QByteArray &utf8) {
        entries.append({name, settings::redact(QString::fromUtf8(utf8)).toUtf8()});
    };
    text(QStringLiteral("README.txt"),
         tr("Patchline incident bundle\n\nCall %1 (stream %2, ElevenLabs conversation %3)\n"
            "%4 → %5, agent %6, started %7, %8 s, ended: %9\n\n"
            "recording.wav     stereo 8 kHz PCM16: caller left, agent right\n"
            "transcript.txt    what was said, with offsets from the start of the stream\n"
            "transcript.json   the same as JSON\n"
            "timeline.jsonl    state changes, barge-ins, alarms, errors, Twilio status callbacks\n"
            "metrics.json      figures measured at the bridge (turn latency, jitter, marks…)\n"
            "wire.jsonl        every Twilio and ElevenLabs message (media payloads elided)\n"
            "conversation.json ElevenLabs' post-call data for the conversation\n\n"
            "Secrets (API keys, auth tokens, signatures) are redacted.\n")
             .arg(r.row.callSid, r.streamSid, r.row.conversationId, r.row.from, r.row.to,
                  r.row.agentId, r.row.startedAt.toString(Qt::ISODate))
             .arg(double(r.row.durationMs) / 1000.0, 0, 'f', 1)
             .arg(r.row.endReason)
             .toUtf8());
    text(QStringLiteral("transcript.txt"), transcriptText(r).toUtf8());
    text(QStringLiteral("transcript.json"), transcriptJson(r));
    text(QStringLiteral("timeline.jsonl"), timelineJsonl(r));
    text(QStringLiteral("metrics.json"), metricsJson(r));
    if (!r.postCall.conversationId.isEmpty())
        text(QStringLiteral("conversation.json"),
             QJsonDocument(r.postCall.raw).toJson(QJsonDocument::Indented));
    QStringList missing;
    if (!r.row.recordingPath.isEmpty()) {
        QFile wav(r.row.recordingPath);
        if (wav.open(QIODevice::ReadOnly))
            entries.append({QStringLiteral("recording.wav"), wav.readAll()});
        else
            missing << tr("recording %1 (%2)").arg(r.row.recordingPath, wav.errorString());
        QFile wire(wireLogPathFor(r.row.recordingPath));
        if (wire.open(QIODevice::ReadOnly))
            text(QStringLiteral("wire.jsonl"), wire.readAll());
    }
    if (!missing.isEmpty())
        text(QStringLiteral("MISSING.txt"), missing.join(u'\n').toUtf8());

    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = tr("cannot create the bundle '%1' (zip error %2): choose a folder you can "
                    "write to")
                     .arg(zipPath)
                     .arg(zip.getZipError());
        return {};
    }
    QStringList names;
    for (const auto &[name, bytes] : std::as_const(entries)) {
        QuaZipFile f(&zip);
        // Entry names are ours: a CallSid only when well formed (issue 16 §2).
        QuaZipNewInfo info(QStringLiteral("patchline-%1/%2")
                               .arg(bridge::isTwilioSid(r.row.callSid, u"CA")
                                        ? r.row.callSid
                                        : QStringLiteral("call"),
                                    name));
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!f.open(QIODevice::WriteOnly, info) || f.write(bytes) != bytes.size()) {
            *error = tr("cannot write %1 into '%2' (disk full?)").arg(name, zipPath);
            f.close();
            zip.close();
            QFile::remove(zipPath);
            return {};
        }
        f.close();
        names << name;
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error =
            tr("cannot finish the bundle '%1' (zip error %2)").arg(zipPath).arg(zip.getZipError());
        QFile::remove(zipPath);
        return {};
    }
    QFile::setPermissions(zipPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return names;
}

} // namespace patchline::store
