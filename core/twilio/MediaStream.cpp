#include "twilio/MediaStream.h"

#include "call/Numbers.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace patchline::twilio {
namespace {

/// Finds `"key":"` in `text` and returns the string value up to the next quote; empty
/// view when the key is missing or the value contains an escape (caller falls back).
QStringView stringField(QStringView text, QStringView keyQuoted, bool *escaped)
{
    const qsizetype k = text.indexOf(keyQuoted);
    if (k < 0)
        return {};
    const qsizetype start = k + keyQuoted.size();
    const qsizetype end = text.indexOf(u'"', start);
    if (end < 0) {
        *escaped = true;
        return {};
    }
    QStringView v = text.sliced(start, end - start);
    if (v.contains(u'\\'))
        *escaped = true;
    return v;
}

qint64 toInt(QStringView v)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? n : -1;
}

qint64 jsonInt(const QJsonValue &v)
{
    if (v.isString())
        return toInt(v.toString());
    if (v.isDouble())
        return bridge::wholeNumber(v.toDouble());
    return -1;
}

StreamMessage::Type typeOf(const QString &event)
{
    using T = StreamMessage::Type;
    if (event == u"media")
        return T::Media;
    if (event == u"mark")
        return T::Mark;
    if (event == u"start")
        return T::Start;
    if (event == u"connected")
        return T::Connected;
    if (event == u"stop")
        return T::Stop;
    if (event == u"dtmf")
        return T::Dtmf;
    return T::Unknown;
}

bool fastMedia(const QString &text, StreamMessage &out)
{
    if (!text.startsWith(u"{\"event\":\"media\""))
        return false;
    bool escaped = false;
    const QStringView payload = stringField(text, u"\"payload\":\"", &escaped);
    const QStringView seq = stringField(text, u"\"sequenceNumber\":\"", &escaped);
    const QStringView chunk = stringField(text, u"\"chunk\":\"", &escaped);
    const QStringView ts = stringField(text, u"\"timestamp\":\"", &escaped);
    const QStringView sid = stringField(text, u"\"streamSid\":\"", &escaped);
    const QStringView track = stringField(text, u"\"track\":\"", &escaped);
    if (escaped || payload.isNull())
        return false;
    out.type = StreamMessage::Type::Media;
    if (out.event != u"media")
        out.event = QStringLiteral("media");
    if (out.streamSid != sid)
        out.streamSid = sid.toString();
    if (out.track != track)
        out.track = track.toString();
    out.sequenceNumber = toInt(seq);
    out.chunk = toInt(chunk);
    out.timestampMs = toInt(ts);
    out.payload = payload;
    return true;
}

/// Byte-level twin of stringField() for parseMediaFast().
QByteArrayView byteField(QByteArrayView text, QByteArrayView keyQuoted, bool *bad)
{
    const qsizetype k = text.indexOf(keyQuoted);
    if (k < 0)
        return {};
    const qsizetype start = k + keyQuoted.size();
    const qsizetype end = text.indexOf('"', start);
    if (end < 0) {
        *bad = true;
        return {};
    }
    QByteArrayView v = text.sliced(start, end - start);
    if (v.contains('\\'))
        *bad = true;
    return v;
}

qint64 toInt(QByteArrayView v)
{
    if (v.isEmpty() || v.size() > 18)
        return -1;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

bool parseMediaFast(QByteArrayView text, MediaFrame &out)
{
    if (!text.startsWith("{\"event\":\"media\""))
        return false;
    bool bad = false;
    out.payload = byteField(text, "\"payload\":\"", &bad);
    out.streamSid = byteField(text, "\"streamSid\":\"", &bad);
    out.track = byteField(text, "\"track\":\"", &bad);
    out.sequenceNumber = toInt(byteField(text, "\"sequenceNumber\":\"", &bad));
    out.chunk = toInt(byteField(text, "\"chunk\":\"", &bad));
    out.timestampMs = toInt(byteField(text, "\"timestamp\":\"", &bad));
    return !bad && !out.payload.isNull() && text.endsWith('}');
}

bool parseStreamMessage(const QString &text, StreamMessage &out, QString *error)
{
    if (fastMedia(text, out))
        return true;

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error =
                QCoreApplication::translate("Twilio", "malformed JSON from Twilio at offset %1: %2")
                    .arg(pe.offset)
                    .arg(pe.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (!o.value(u"event").isString()) {
        if (error)
            *error =
                QCoreApplication::translate("Twilio", "Twilio message without an \"event\" field");
        return false;
    }
    out = StreamMessage{};
    out.event = o.value(u"event").toString();
    out.type = typeOf(out.event);
    out.streamSid = o.value(u"streamSid").toString();
    out.sequenceNumber = jsonInt(o.value(u"sequenceNumber"));

    switch (out.type) {
    case StreamMessage::Type::Start: {
        const QJsonObject s = o.value(u"start").toObject();
        out.accountSid = s.value(u"accountSid").toString();
        out.callSid = s.value(u"callSid").toString();
        if (out.streamSid.isEmpty())
            out.streamSid = s.value(u"streamSid").toString();
        for (const QJsonValue &t : s.value(u"tracks").toArray())
            out.tracks << t.toString();
        const QJsonObject f = s.value(u"mediaFormat").toObject();
        out.encoding = f.value(u"encoding").toString();
        out.sampleRate = f.value(u"sampleRate").toInt();
        out.channels = f.value(u"channels").toInt();
        // Absent customParameters is treated as empty (UNCONFIRMED in §1.2).
        const QJsonObject cp = s.value(u"customParameters").toObject();
        for (auto it = cp.begin(); it != cp.end(); ++it)
            out.customParameters.insert(it.key(), it.value().toVariant().toString());
        break;
    }
    case StreamMessage::Type::Media: {
        // Slow path (escaped or reordered JSON): the payload is owned by the message.
        const QJsonObject m = o.value(u"media").toObject();
        out.track = m.value(u"track").toString();
        out.chunk = jsonInt(m.value(u"chunk"));
        out.timestampMs = jsonInt(m.value(u"timestamp"));
        if (!m.value(u"payload").isString()) {
            if (error)
                *error = QCoreApplication::translate(
                    "Twilio", "Twilio media message without a \"payload\" string");
            return false;
        }
        out.ownedPayload = m.value(u"payload").toString();
        out.payload = out.ownedPayload;
        break;
    }
    case StreamMessage::Type::Dtmf:
        out.digit = o.value(u"dtmf").toObject().value(u"digit").toString();
        out.track = o.value(u"dtmf").toObject().value(u"track").toString();
        break;
    case StreamMessage::Type::Mark:
        out.markName = o.value(u"mark").toObject().value(u"name").toString();
        break;
    case StreamMessage::Type::Stop: {
        const QJsonObject s = o.value(u"stop").toObject();
        out.accountSid = s.value(u"accountSid").toString();
        out.callSid = s.value(u"callSid").toString();
        break;
    }
    case StreamMessage::Type::Connected:
    case StreamMessage::Type::Unknown:
        break;
    }
    return true;
}

void buildMedia(QString &out, QStringView streamSid, QStringView payloadBase64)
{
    out.resize(0);
    out.reserve(64 + streamSid.size() + payloadBase64.size());
    out += u"{\"event\":\"media\",\"streamSid\":\"";
    out += streamSid;
    out += u"\",\"media\":{\"payload\":\"";
    out += payloadBase64;
    out += u"\"}}";
}

void buildMark(QString &out, QStringView streamSid, QStringView name)
{
    out.resize(0);
    out += u"{\"event\":\"mark\",\"streamSid\":\"";
    out += streamSid;
    out += u"\",\"mark\":{\"name\":";
    // Mark names are ours; still JSON-escape them.
    out +=
        QString::fromUtf8(QJsonDocument(QJsonArray{name.toString()}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    out += u"}}";
}

void buildClear(QString &out, QStringView streamSid)
{
    out.resize(0);
    out += u"{\"event\":\"clear\",\"streamSid\":\"";
    out += streamSid;
    out += u"\"}";
}

QString typeName(StreamMessage::Type t)
{
    switch (t) {
    case StreamMessage::Type::Connected:
        return QCoreApplication::translate("Twilio", "connected");
    case StreamMessage::Type::Start:
        return QCoreApplication::translate("Twilio", "start");
    case StreamMessage::Type::Media:
        return QCoreApplication::translate("Twilio", "media");
    case StreamMessage::Type::Dtmf:
        return QCoreApplication::translate("Twilio", "dtmf");
    case StreamMessage::Type::Mark:
        return QCoreApplication::translate("Twilio", "mark");
    case StreamMessage::Type::Stop:
        return QCoreApplication::translate("Twilio", "stop");
    case StreamMessage::Type::Unknown:
        break;
    }
    return QCoreApplication::translate("Twilio", "unknown");
}

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString CarrierStream::connected() const
{
    return QStringLiteral(R"({"event":"connected","protocol":"Call","version":"1.0.0"})");
}

QString CarrierStream::start()
{
    QJsonObject custom;
    for (const auto &[k, v] : customParameters)
        custom.insert(k, v);
    return compact(QJsonObject{
        {QStringLiteral("event"), QStringLiteral("start")},
        {QStringLiteral("sequenceNumber"), QString::number(++seq)},
        {QStringLiteral("start"),
         QJsonObject{{QStringLiteral("accountSid"), accountSid},
                     {QStringLiteral("streamSid"), streamSid},
                     {QStringLiteral("callSid"), callSid},
                     {QStringLiteral("tracks"), QJsonArray{QStringLiteral("inbound")}},
                     {QStringLiteral("mediaFormat"),
                      QJsonObject{{QStringLiteral("encoding"), QStringLiteral("audio/x-mulaw")},
                                  {QStringLiteral("sampleRate"), 8000},
                                  {QStringLiteral("channels"), 1}}},
                     {QStringLiteral("customParameters"), custom}}},
        {QStringLiteral("streamSid"), streamSid}});
}

void CarrierStream::media(QString &out, qint64 chunk, qint64 timestampMs, QStringView payloadBase64)
{
    out = QStringLiteral("{\"event\":\"media\",\"sequenceNumber\":\"%1\",\"media\":{\"track\":"
                         "\"inbound\",\"chunk\":\"%2\",\"timestamp\":\"%3\",\"payload\":\"%4\"},"
                         "\"streamSid\":\"%5\"}")
              .arg(++seq)
              .arg(chunk)
              .arg(timestampMs)
              .arg(payloadBase64, streamSid);
}

QString CarrierStream::markEcho(const QString &name)
{
    return compact(
        QJsonObject{{QStringLiteral("event"), QStringLiteral("mark")},
                    {QStringLiteral("sequenceNumber"), QString::number(++seq)},
                    {QStringLiteral("streamSid"), streamSid},
                    {QStringLiteral("mark"), QJsonObject{{QStringLiteral("name"), name}}}});
}

QString CarrierStream::stop()
{
    return compact(
        QJsonObject{{QStringLiteral("event"), QStringLiteral("stop")},
                    {QStringLiteral("sequenceNumber"), QString::number(++seq)},
                    {QStringLiteral("stop"), QJsonObject{{QStringLiteral("accountSid"), accountSid},
                                                         {QStringLiteral("callSid"), callSid}}},
                    {QStringLiteral("streamSid"), streamSid}});
}

BridgeMessage parseBridgeMessage(const QString &text)
{
    BridgeMessage m;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString event = o.value(u"event").toString();
    m.streamSid = o.value(u"streamSid").toString();
    if (event == u"media") {
        m.type = BridgeMessage::Type::Media;
        m.audio = QByteArray::fromBase64(
            o.value(u"media").toObject().value(u"payload").toString().toLatin1());
    } else if (event == u"mark") {
        m.type = BridgeMessage::Type::Mark;
        m.markName = o.value(u"mark").toObject().value(u"name").toString();
    } else if (event == u"clear") {
        m.type = BridgeMessage::Type::Clear;
    }
    return m;
}

} // namespace patchline::twilio
