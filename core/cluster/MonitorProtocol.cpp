#include "cluster/MonitorProtocol.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace patchline::cluster::monitor {

using bridge::CallEvent;
using bridge::CallSnapshot;
using bridge::CallUpdate;
using bridge::TranscriptLine;

namespace {

// The snapshot's fields by type: one table each way, so a new field is one line here.
const std::pair<const char *, QString CallSnapshot::*> kStrings[] = {
    {"callSid", &CallSnapshot::callSid},
    {"streamSid", &CallSnapshot::streamSid},
    {"direction", &CallSnapshot::direction},
    {"from", &CallSnapshot::from},
    {"to", &CallSnapshot::to},
    {"agentId", &CallSnapshot::agentId},
    {"conversationId", &CallSnapshot::conversationId},
    {"agentFormats", &CallSnapshot::agentFormats},
    {"conversion", &CallSnapshot::conversion},
    {"endReason", &CallSnapshot::endReason},
    {"twilioStatus", &CallSnapshot::twilioStatus},
    {"price", &CallSnapshot::price},
    {"recordingPath", &CallSnapshot::recordingPath},
};
const std::pair<const char *, qint64 CallSnapshot::*> kLongs[] = {
    {"conversionUs", &CallSnapshot::conversionUs},
    {"durationMs", &CallSnapshot::durationMs},
    {"callerFrames", &CallSnapshot::callerFrames},
    {"callerFramesDropped", &CallSnapshot::callerFramesDropped},
    {"agentChunks", &CallSnapshot::agentChunks},
    {"agentChunksDropped", &CallSnapshot::agentChunksDropped},
    {"agentMs", &CallSnapshot::agentMs},
    {"agentChunksMuted", &CallSnapshot::agentChunksMuted},
    {"callerAudioBytes", &CallSnapshot::callerAudioBytes},
    {"agentAudioBytes", &CallSnapshot::agentAudioBytes},
    {"twilioBytesIn", &CallSnapshot::twilioBytesIn},
    {"twilioBytesOut", &CallSnapshot::twilioBytesOut},
    {"agentBytesIn", &CallSnapshot::agentBytesIn},
    {"agentBytesOut", &CallSnapshot::agentBytesOut},
    {"outboundLeadMs", &CallSnapshot::outboundLeadMs},
    {"outboundLeadMaxMs", &CallSnapshot::outboundLeadMaxMs},
    {"outboundUnderrunMs", &CallSnapshot::outboundUnderrunMs},
    {"turnLatencyLastMs", &CallSnapshot::turnLatencyLastMs},
    {"turnLatencyP50Ms", &CallSnapshot::turnLatencyP50Ms},
    {"turnLatencyP90Ms", &CallSnapshot::turnLatencyP90Ms},
    {"lastTimeToYieldMs", &CallSnapshot::lastTimeToYieldMs},
};
const std::pair<const char *, int CallSnapshot::*> kInts[] = {
    {"outboundUnderruns", &CallSnapshot::outboundUnderruns},
    {"pings", &CallSnapshot::pings},
    {"pongs", &CallSnapshot::pongs},
    {"bargeIns", &CallSnapshot::bargeIns},
    {"twilioDurationSecs", &CallSnapshot::twilioDurationSecs},
    {"turns", &CallSnapshot::turns},
    {"agentPingMs", &CallSnapshot::agentPingMs},
    {"marksSent", &CallSnapshot::marksSent},
    {"marksEchoed", &CallSnapshot::marksEchoed},
};
const std::pair<const char *, bool CallSnapshot::*> kBools[] = {
    {"failed", &CallSnapshot::failed},
    {"agentMuted", &CallSnapshot::agentMuted},
};

QString boundedString(const QJsonValue &v, int n)
{
    // Bounded and on one line (bridge::boundedRemote), but a transcript keeps its text as is.
    return bridge::boundedRemote(v.toString(), n);
}

qint64 longOf(const QJsonValue &v, qint64 fallback)
{
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return fallback;
    return qint64(std::clamp(d, -9.0e15, 9.0e15));
}

float levelOf(const QJsonValue &v)
{
    return float(std::clamp(longOf(v, -960), qint64(-960), qint64(0))) / 10.0f;
}

QJsonArray arrayOf(const QJsonValue &v, int max)
{
    QJsonArray a = v.toArray();
    while (a.size() > max)
        a.removeLast();
    return a;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QJsonObject encodeUpdate(const CallUpdate &u, bool withLevels)
{
    const CallSnapshot &s = u.snapshot;
    QJsonObject o{{QStringLiteral("id"), double(s.id)}, {QStringLiteral("state"), int(s.state)}};
    for (const auto &[name, field] : kStrings)
        if (!(s.*field).isEmpty())
            o.insert(QLatin1String(name), s.*field);
    for (const auto &[name, field] : kLongs)
        o.insert(QLatin1String(name), double(s.*field));
    for (const auto &[name, field] : kInts)
        o.insert(QLatin1String(name), s.*field);
    for (const auto &[name, field] : kBools)
        if (s.*field)
            o.insert(QLatin1String(name), true);
    o.insert(QStringLiteral("jitterP99"), s.inboundJitterP99Ms);
    if (s.startedAt.isValid())
        o.insert(QStringLiteral("startedAt"), double(s.startedAt.toMSecsSinceEpoch()));
    if (!s.alarms.isEmpty())
        o.insert(QStringLiteral("alarms"), QJsonArray::fromStringList(s.alarms));
    if (withLevels && !u.levels.isEmpty()) {
        // dB × 10 as integers, four per 20 ms step: caller peak, rms, agent peak, rms.
        QJsonArray l;
        for (const auto &p : u.levels)
            for (float db : {p.caller.peakDb, p.caller.rmsDb, p.agent.peakDb, p.agent.rmsDb})
                l.append(int(std::lround(db * 10)));
        o.insert(QStringLiteral("levels"), l);
    }
    if (!u.lines.isEmpty()) {
        // The newest lines, at most kMaxLinesTextPerCall of text, each at most kMaxText.
        const auto size = [](const TranscriptLine &t) {
            return std::min<qsizetype>(t.text.size(), kMaxText);
        };
        qsizetype first = u.lines.size(), text = 0;
        while (first > 0 && text + size(u.lines[first - 1]) <= kMaxLinesTextPerCall)
            text += size(u.lines[--first]);
        QJsonArray lines;
        for (qsizetype i = first; i < u.lines.size(); ++i) {
            const TranscriptLine &t = u.lines[i];
            lines.append(
                QJsonObject{{QStringLiteral("agent"), t.role == TranscriptLine::Role::Agent},
                            {QStringLiteral("at"), double(t.offsetMs)},
                            {QStringLiteral("text"), t.text.left(kMaxText)},
                            {QStringLiteral("interrupted"), t.interrupted},
                            {QStringLiteral("heardMs"), double(t.heardMs)},
                            {QStringLiteral("sentMs"), double(t.sentMs)}});
        }
        o.insert(QStringLiteral("lines"), lines);
    }
    if (!u.events.isEmpty()) {
        QJsonArray events;
        for (const CallEvent &e : u.events)
            events.append(QJsonObject{{QStringLiteral("at"), double(e.offsetMs)},
                                      {QStringLiteral("kind"), e.kind},
                                      {QStringLiteral("text"), e.text},
                                      {QStringLiteral("lineAt"), double(e.lineOffsetMs)},
                                      {QStringLiteral("heardMs"), double(e.heardMs)},
                                      {QStringLiteral("yieldMs"), double(e.yieldMs)},
                                      {QStringLiteral("sentMs"), double(e.sentMs)},
                                      {QStringLiteral("latencyMs"), double(e.latencyMs)}});
        o.insert(QStringLiteral("events"), events);
    }
    return o;
}

std::optional<CallUpdate> decodeUpdate(const QJsonObject &o)
{
    const qint64 id = longOf(o.value(QLatin1String("id")), 0);
    if (id <= 0)
        return std::nullopt;
    CallUpdate u;
    CallSnapshot &s = u.snapshot;
    s.id = quint64(id);
    s.state = bridge::CallState(std::clamp(longOf(o.value(QLatin1String("state")), 0), qint64(0),
                                           qint64(bridge::CallState::Ended)));
    for (const auto &[name, field] : kStrings)
        s.*field = boundedString(o.value(QLatin1String(name)), kMaxField);
    for (const auto &[name, field] : kLongs)
        s.*field = longOf(o.value(QLatin1String(name)), s.*field);
    for (const auto &[name, field] : kInts)
        s.*field = int(std::clamp(longOf(o.value(QLatin1String(name)), s.*field), qint64(INT_MIN),
                                  qint64(INT_MAX)));
    for (const auto &[name, field] : kBools)
        s.*field = o.value(QLatin1String(name)).toBool();
    const double jitter = o.value(QLatin1String("jitterP99")).toDouble();
    s.inboundJitterP99Ms = std::isfinite(jitter) ? std::clamp(jitter, 0.0, 1.0e6) : 0.0;
    if (const qint64 at = longOf(o.value(QLatin1String("startedAt")), 0); at > 0)
        s.startedAt = QDateTime::fromMSecsSinceEpoch(at);
    for (const QJsonValue &a : arrayOf(o.value(QLatin1String("alarms")), 32))
        s.alarms.append(boundedString(a, 64));
    const QJsonArray l = arrayOf(o.value(QLatin1String("levels")), 4 * kMaxLevelsPerCall);
    u.levels.reserve(l.size() / 4);
    for (qsizetype i = 0; i + 3 < l.size(); i += 4)
        u.levels.append(audio::LevelPair{{levelOf(l[i]), levelOf(l[i + 1])},
                                         {levelOf(l[i + 2]), levelOf(l[i + 3])}});
    for (const QJsonValue &v : arrayOf(o.value(QLatin1String("lines")), kMaxLinesPerCall)) {
        const QJsonObject t = v.toObject();
        TranscriptLine line;
        line.role = t.value(QLatin1String("agent")).toBool() ? TranscriptLine::Role::Agent
                                                             : TranscriptLine::Role::Caller;
        line.offsetMs = longOf(t.value(QLatin1String("at")), 0);
        line.text = t.value(QLatin1String("text")).toString().left(kMaxText);
        line.interrupted = t.value(QLatin1String("interrupted")).toBool();
        line.heardMs = longOf(t.value(QLatin1String("heardMs")), -1);
        line.sentMs = longOf(t.value(QLatin1String("sentMs")), -1);
        u.lines.append(line);
    }
    for (const QJsonValue &v : arrayOf(o.value(QLatin1String("events")), kMaxEventsPerCall)) {
        const QJsonObject t = v.toObject();
        CallEvent e;
        e.offsetMs = longOf(t.value(QLatin1String("at")), 0);
        e.kind = boundedString(t.value(QLatin1String("kind")), 32);
        e.text = boundedString(t.value(QLatin1String("text")), kMaxField);
        e.lineOffsetMs = longOf(t.value(QLatin1String("lineAt")), -1);
        e.heardMs = longOf(t.value(QLatin1String("heardMs")), -1);
        e.yieldMs = longOf(t.value(QLatin1String("yieldMs")), -1);
        e.sentMs = longOf(t.value(QLatin1String("sentMs")), -1);
        e.latencyMs = longOf(t.value(QLatin1String("latencyMs")), -1);
        u.events.append(e);
    }
    return u;
}

QByteArray hello(const QString &node, const QString &version)
{
    return compact({{QStringLiteral("type"), QStringLiteral("hello")},
                    {QStringLiteral("node"), node},
                    {QStringLiteral("version"), version}});
}

QByteArray updatesFromJoined(const QByteArray &joinedCalls)
{
    return QByteArrayLiteral("{\"type\":\"update\",\"calls\":[") + joinedCalls +
           QByteArrayLiteral("]}");
}

QByteArray audio(quint64 id, QByteArrayView ulawStereo)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("audio")},
         {QStringLiteral("id"), double(id)},
         {QStringLiteral("ulaw"), QString::fromLatin1(ulawStereo.toByteArray().toBase64())}});
}

QByteArray listenResult(quint64 id, const QString &error)
{
    return compact({{QStringLiteral("type"), QStringLiteral("listen")},
                    {QStringLiteral("id"), double(id)},
                    {QStringLiteral("error"), error}});
}

Command parseCommand(QByteArrayView utf8)
{
    Command c;
    if (utf8.size() > kMaxConsoleMessage)
        return c;
    const QJsonObject o = QJsonDocument::fromJson(utf8.toByteArray()).object();
    const QString type = o.value(QLatin1String("type")).toString();
    const qint64 id = longOf(o.value(QLatin1String("id")), -1);
    if (type == u"watch") {
        for (const QJsonValue &v : arrayOf(o.value(QLatin1String("ids")), kMaxWatched))
            if (const qint64 w = longOf(v, 0); w > 0)
                c.ids.insert(quint64(w));
        c.kind = type;
    } else if ((type == u"hangup" || type == u"mute") && id > 0) {
        c.kind = type;
        c.id = quint64(id);
        c.muted = o.value(QLatin1String("muted")).toBool();
    } else if (type == u"listen" && id >= 0) {
        c.kind = type;
        c.id = quint64(id);
    }
    return c;
}

QByteArray watch(const QSet<quint64> &ids)
{
    QJsonArray a;
    for (quint64 id : ids)
        a.append(double(id));
    return compact({{QStringLiteral("type"), QStringLiteral("watch")}, {QStringLiteral("ids"), a}});
}

QByteArray hangup(quint64 id)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("hangup")}, {QStringLiteral("id"), double(id)}});
}

QByteArray mute(quint64 id, bool muted)
{
    return compact({{QStringLiteral("type"), QStringLiteral("mute")},
                    {QStringLiteral("id"), double(id)},
                    {QStringLiteral("muted"), muted}});
}

QByteArray listen(quint64 id)
{
    return compact(
        {{QStringLiteral("type"), QStringLiteral("listen")}, {QStringLiteral("id"), double(id)}});
}

ByteRange parseRange(const QByteArray &header, qint64 size, qint64 maxBytes)
{
    ByteRange r;
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes=") || h.contains(',') || size < 0)
        return r; // absent, another unit or several ranges: the whole file (§3.1 allows it)
    const QByteArray spec = h.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return r;
    bool okFirst = false, okLast = false;
    const QByteArray a = spec.left(dash).trimmed(), b = spec.mid(dash + 1).trimmed();
    const qint64 first = a.toLongLong(&okFirst), last = b.toLongLong(&okLast);
    r.ok = true;
    if (a.isEmpty() && okLast && last == 0) { // an empty suffix (RFC 7233 §2.1)
        r.unsatisfiable = true;
        return r;
    }
    if (a.isEmpty() && okLast && last > 0) { // the last `last` bytes
        r.first = std::max<qint64>(0, size - last);
        r.last = size - 1;
    } else if (okFirst && first >= 0 && (b.isEmpty() || (okLast && last >= first))) {
        r.first = first;
        r.last = b.isEmpty() ? size - 1 : std::min(last, size - 1);
    } else {
        r.ok = false; // malformed: ignored (RFC 7233 §3.1)
        return r;
    }
    if (r.first >= size) {
        r.unsatisfiable = true;
        return r;
    }
    r.last = std::min(r.last, r.first + maxBytes - 1);
    return r;
}

ContentRange parseContentRange(const QByteArray &header)
{
    ContentRange r;
    const QByteArray h = header.trimmed();
    const qsizetype dash = h.indexOf('-'), slash = h.indexOf('/');
    if (!h.startsWith("bytes ") || dash < 0 || slash < dash)
        return r;
    bool a = false, b = false, c = false;
    r.first = h.mid(6, dash - 6).toLongLong(&a);
    r.last = h.mid(dash + 1, slash - dash - 1).toLongLong(&b);
    r.total = h.mid(slash + 1).toLongLong(&c);
    r.ok = a && b && c && r.first >= 0 && r.first <= r.last && r.last < r.total;
    return r;
}

QString recordingFile(const QString &file)
{
    // Anchored at both ends (a plain '$' would accept a trailing newline).
    static const QRegularExpression shape(QRegularExpression::anchoredPattern(
        QStringLiteral("(\\d{4}-\\d{2}-\\d{2})/([A-Za-z0-9_-]{1,64})\\.wav")));
    return shape.match(file).hasMatch() ? QStringLiteral("recordings/") + file : QString();
}

QString recordingKey(const QString &path)
{
    const QString key = path.section(u'/', -2);
    return recordingFile(key).isEmpty() ? QString() : key;
}

bool authorized(const QByteArray &authorizationHeader, const QByteArray &token)
{
    static const QByteArray kScheme = QByteArrayLiteral("Bearer ");
    if (token.isEmpty() || !authorizationHeader.startsWith(kScheme))
        return false;
    // Constant time: compare keyed digests, so neither length nor a prefix leaks.
    const QByteArray given = authorizationHeader.mid(kScheme.size()).trimmed();
    const QByteArray key = QByteArrayLiteral("patchline-monitor");
    const QByteArray a = QMessageAuthenticationCode::hash(given, key, QCryptographicHash::Sha256);
    const QByteArray b = QMessageAuthenticationCode::hash(token, key, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace patchline::cluster::monitor
