#include "sim/SimCarrier.h"

#include "audio/Mulaw.h"
#include "bridge/Stats.h"
#include "server/MessageSocket.h"
#include "twilio/Signature.h"
#include "twilio/TwiML.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace patchline::sim {

using bridge::monotonicNs;

namespace {
constexpr int kFrameBytes = 160;
constexpr qint64 kFrameNs = 20000000;

QString sid(const char *prefix)
{
    QByteArray b(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), 4);
    return QString::fromLatin1(prefix) + QString::fromLatin1(b.toHex());
}
} // namespace

struct SimCarrier::Call
{
    CarrierCallResult result;
    Scenario scenario;
    server::MessageSocket *socket = nullptr;
    bool streaming = false;
    bool ended = false;
    bool completedSent = false;
    int statusSeq = 0;
    qint64 seq = 0;     ///< last sequenceNumber sent
    qint64 startNs = 0; ///< first media frame time
    qint64 answerNs = 0;
    // caller script
    int step = 0;
    QString speaking; ///< clip being said
    qint64 speakPos = 0;
    bool agentSpokeSinceSay = false;
    // agent playout (bytes on one cumulative axis)
    qint64 queuedEnd = 0;
    qint64 played = 0;
    qint64 audibleSinceMs = -1;
    qint64 quietSinceMs = 0;
    QList<QPair<qint64, QString>> marks;
    std::vector<qint64> sendNs;
    QString out;
    QByteArray frame;
};

SimCarrier::SimCarrier(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_nam(new QNetworkAccessManager(this)), m_tick(this)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SimCarrier::tick);
}

SimCarrier::~SimCarrier() = default;

const CarrierCallResult *SimCarrier::result(const QString &callSid) const
{
    const auto c = m_calls.value(callSid);
    return c ? &c->result : nullptr;
}

const std::vector<qint64> *SimCarrier::sendTimes(const QString &callSid) const
{
    const auto c = m_calls.value(callSid);
    return c ? &c->sendNs : nullptr;
}

int SimCarrier::activeCalls() const
{
    int n = 0;
    for (const auto &c : m_calls)
        n += c->result.finished ? 0 : 1;
    return n;
}

QString SimCarrier::placeCall(const Scenario &scenario, const QString &from, const QString &to)
{
    auto c = std::make_shared<Call>();
    c->scenario = scenario;
    c->result.callSid = sid("CA");
    c->result.streamSid = sid("MZ");
    c->result.from = from;
    c->result.to = to;
    c->frame.resize(kFrameBytes);
    m_calls.insert(c->result.callSid, c);
    if (!m_tick.isActive())
        m_tick.start(5); // frames are due every 20 ms; a finer tick keeps pacing tight

    sendStatus(*c, QStringLiteral("initiated"));
    sendStatus(*c, QStringLiteral("ringing"));
    // reference/twilio.md §3.7: the voice webhook, form-encoded POST, signed (§4.1).
    postForm(*c, QStringLiteral("/twilio/voice"),
             {{QStringLiteral("AccountSid"), m_options.accountSid},
              {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
              {QStringLiteral("CallSid"), c->result.callSid},
              {QStringLiteral("CallStatus"), QStringLiteral("in-progress")},
              {QStringLiteral("Direction"), QStringLiteral("outbound-api")},
              {QStringLiteral("From"), from},
              {QStringLiteral("To"), to}},
             [this, c](int status, const QByteArray &body) { onTwiml(*c, status, body); });
    return c->result.callSid;
}

void SimCarrier::postForm(Call &c, const QString &path,
                          const QList<QPair<QString, QString>> &params,
                          std::function<void(int, const QByteArray &)> done)
{
    Q_UNUSED(c);
    QUrlQuery form;
    for (const auto &[k, v] : params)
        form.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    QNetworkRequest req(QUrl(m_options.bridgeBase + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    req.setRawHeader("User-Agent", "TwilioProxy/1.1");
    req.setRawHeader(
        "X-Twilio-Signature",
        twilio::computeSignature(m_options.authToken, m_options.publicBase + path, params)
            .toLatin1());
    req.setTransferTimeout(15000); // Twilio waits at most 15 s (§3.7)
    QNetworkReply *reply = m_nam->post(req, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

void SimCarrier::sendStatus(Call &c, const QString &status)
{
    QList<QPair<QString, QString>> params{
        {QStringLiteral("AccountSid"), m_options.accountSid},
        {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
        {QStringLiteral("CallSid"), c.result.callSid},
        {QStringLiteral("CallStatus"), status},
        {QStringLiteral("CallbackSource"), QStringLiteral("call-progress-events")},
        {QStringLiteral("Direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("From"), c.result.from},
        {QStringLiteral("To"), c.result.to},
        {QStringLiteral("SequenceNumber"), QString::number(c.statusSeq++)},
        {QStringLiteral("Timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date)}};
    if (status == u"completed")
        params.append(
            {QStringLiteral("CallDuration"), QString::number((c.result.durationMs + 999) / 1000)});
    c.result.statusCallbacksSent << status;
    auto keep = m_calls.value(c.result.callSid);
    postForm(c, QStringLiteral("/twilio/status"), params,
             [this, keep, status](int, const QByteArray &) {
                 if (status == u"completed") {
                     keep->completedSent = true;
                     finishIfDone(*keep);
                 }
             });
}

void SimCarrier::fail(Call &c, const QString &error)
{
    c.result.error = error;
    emit log(QStringLiteral("sandbox carrier: %1: %2").arg(c.result.callSid, error));
    c.ended = true;
    c.completedSent = true;
    finishIfDone(c);
}

void SimCarrier::onTwiml(Call &c, int status, const QByteArray &body)
{
    c.result.webhookStatus = status;
    c.result.twiml = QString::fromUtf8(body);
    if (status != 200) {
        fail(c, QStringLiteral("voice webhook answered HTTP %1 (Twilio error 11200): %2")
                    .arg(status)
                    .arg(QString::fromUtf8(body.left(200))));
        return;
    }
    twilio::ParsedTwiml t;
    QString error;
    if (!twilio::parseTwiml(c.result.twiml, t, &error)) {
        fail(c, QStringLiteral("invalid TwiML (Twilio error 12100): %1").arg(error));
        return;
    }
    if (!t.connect || t.streamUrl.isEmpty()) {
        fail(c, QStringLiteral("TwiML has no <Connect><Stream>"));
        return;
    }
    if (!t.track.isEmpty() && t.track != u"inbound_track") {
        fail(c,
             QStringLiteral("track=\"%1\" on <Connect><Stream> (Twilio error 31941)").arg(t.track));
        return;
    }
    if (QUrl(t.streamUrl).hasQuery()) {
        fail(c, QStringLiteral("stream URL has a query string, which Twilio strips"));
        return;
    }

    // §4.4: the upgrade is signed over the wss:// URL with no parameters.
    auto *link = new server::QtWebSocketLink(this);
    c.socket = link;
    auto keep = m_calls.value(c.result.callSid);
    QJsonObject custom;
    for (const auto &[k, v] : t.parameters)
        custom.insert(k, v);
    connect(link, &server::MessageSocket::opened, this, [this, keep, custom] {
        Call &c = *keep;
        c.socket->sendText(
            QStringLiteral(R"({"event":"connected","protocol":"Call","version":"1.0.0"})"));
        const QJsonObject start{
            {QStringLiteral("event"), QStringLiteral("start")},
            {QStringLiteral("sequenceNumber"), QString::number(++c.seq)},
            {QStringLiteral("start"),
             QJsonObject{{QStringLiteral("accountSid"), m_options.accountSid},
                         {QStringLiteral("streamSid"), c.result.streamSid},
                         {QStringLiteral("callSid"), c.result.callSid},
                         {QStringLiteral("tracks"), QJsonArray{QStringLiteral("inbound")}},
                         {QStringLiteral("mediaFormat"),
                          QJsonObject{{QStringLiteral("encoding"), QStringLiteral("audio/x-mulaw")},
                                      {QStringLiteral("sampleRate"), 8000},
                                      {QStringLiteral("channels"), 1}}},
                         {QStringLiteral("customParameters"), custom}}},
            {QStringLiteral("streamSid"), c.result.streamSid}};
        c.socket->sendText(QString::fromUtf8(QJsonDocument(start).toJson(QJsonDocument::Compact)));
        c.streaming = true;
        c.startNs = monotonicNs();
        sendStatus(c, QStringLiteral("in-progress"));
    });
    connect(link, &server::MessageSocket::textReceived, this,
            [this, keep](const QString &text) { onStreamText(*keep, text); });
    connect(link, &server::MessageSocket::closed, this,
            [this, keep](int code, const QString &reason) {
                Call &c = *keep;
                c.result.closeCode = code;
                if (!c.streaming && !c.ended) {
                    fail(c, QStringLiteral("stream WebSocket refused (Twilio error 31920): %1")
                                .arg(reason));
                    return;
                }
                if (!c.ended) {
                    // The bridge closed first: like Twilio, continue the TwiML (hang up), no stop.
                    c.result.bridgeClosedFirst = true;
                    endCall(c, false);
                }
            });
    link->open(QUrl(t.streamUrl),
               {{"X-Twilio-Signature",
                 twilio::computeSignature(m_options.authToken, t.streamUrl).toLatin1()},
                {"User-Agent", "Twilio.TmeWs/1.0"}});
}

void SimCarrier::onStreamText(Call &c, const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString event = o.value(u"event").toString();
    if (o.value(u"streamSid").toString() != c.result.streamSid) {
        ++c.result.invalidMessages; // 31951: wrong or missing streamSid
        return;
    }
    if (event == u"media") {
        const QByteArray bytes = QByteArray::fromBase64(
            o.value(u"media").toObject().value(u"payload").toString().toLatin1());
        ++c.result.mediaReceived;
        c.result.mediaReceivedNs.push_back(monotonicNs());
        c.result.agentBytesReceived += bytes.size();
        if (m_options.keepAudio)
            c.result.agentReceived += bytes;
        c.queuedEnd = std::max(c.queuedEnd, c.played) + bytes.size();
    } else if (event == u"mark") {
        ++c.result.marksReceived;
        const QString name = o.value(u"mark").toObject().value(u"name").toString();
        c.marks.append({c.queuedEnd, name});
    } else if (event == u"clear") {
        ++c.result.clearsReceived;
        c.result.clearAtMs << (monotonicNs() - c.startNs) / 1000000;
        c.queuedEnd = c.played;
    } else {
        ++c.result.invalidMessages;
    }
}

void SimCarrier::tick()
{
    const qint64 now = monotonicNs();
    for (const auto &cp : std::as_const(m_calls)) {
        Call &c = *cp;
        if (!c.streaming || c.ended)
            continue;
        // Frames are due at startNs + k·20 ms; catch up if the timer was late.
        while (!c.ended && c.startNs + c.result.framesSent * kFrameNs <= now)
            sendFrame(c);
    }
}

void SimCarrier::sendFrame(Call &c)
{
    const qint64 callMs = c.result.framesSent * 20;
    // Agent playout: 160 bytes per 20 ms; echo marks whose audio has played (§1.3).
    const bool wasAudible = c.queuedEnd > c.played;
    c.played = std::min(c.queuedEnd, c.played + kFrameBytes);
    c.result.agentBytesPlayed = c.played;
    while (!c.marks.isEmpty() && (c.marks.first().first <= c.played || c.queuedEnd <= c.played)) {
        const QString name = c.marks.takeFirst().second;
        ++c.result.marksEchoed;
        c.socket->sendText(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("event"), QStringLiteral("mark")},
                            {QStringLiteral("sequenceNumber"), QString::number(++c.seq)},
                            {QStringLiteral("streamSid"), c.result.streamSid},
                            {QStringLiteral("mark"), QJsonObject{{QStringLiteral("name"), name}}}})
                .toJson(QJsonDocument::Compact)));
    }
    const bool audible = c.queuedEnd > c.played;
    if (audible) {
        if (c.audibleSinceMs < 0)
            c.audibleSinceMs = callMs;
        c.agentSpokeSinceSay = true;
    } else if (c.audibleSinceMs >= 0 || wasAudible) {
        c.audibleSinceMs = -1;
        c.quietSinceMs = callMs;
    }

    stepScript(c, callMs);
    if (c.ended)
        return;

    // Caller audio: the clip being said, else μ-law silence.
    if (!c.speaking.isEmpty()) {
        const QByteArray &m = clip(c.speaking).mulaw;
        const qint64 n = std::min<qint64>(kFrameBytes, m.size() - c.speakPos);
        std::memcpy(c.frame.data(), m.constData() + c.speakPos, size_t(n));
        if (n < kFrameBytes)
            std::memset(c.frame.data() + n, audio::kMulawSilence, size_t(kFrameBytes - n));
        c.speakPos += n;
        if (c.speakPos >= m.size()) {
            c.speaking.clear();
            c.agentSpokeSinceSay = false; // wait for the agent's answer to this turn
        }
    } else {
        c.frame.fill(char(audio::kMulawSilence));
    }
    if (m_options.keepAudio)
        c.result.callerSent += c.frame;

    // reference/twilio.md §1.2 `media`, compact JSON like the real service.
    ++c.result.framesSent;
    c.out = QStringLiteral("{\"event\":\"media\",\"sequenceNumber\":\"%1\",\"media\":{\"track\":"
                           "\"inbound\",\"chunk\":\"%2\",\"timestamp\":\"%3\",\"payload\":\"%4\"},"
                           "\"streamSid\":\"%5\"}")
                .arg(++c.seq)
                .arg(c.result.framesSent)
                .arg(callMs + 20)
                .arg(QString::fromLatin1(c.frame.toBase64()), c.result.streamSid);
    c.sendNs.push_back(monotonicNs());
    c.socket->sendText(c.out);
}

void SimCarrier::stepScript(Call &c, qint64 nowMs)
{
    using K = CallerStep::Kind;
    const bool audible = c.audibleSinceMs >= 0;
    const qint64 quietMs = audible ? 0 : nowMs - c.quietSinceMs;
    if (nowMs >= c.scenario.maxDurationMs ||
        (c.scenario.hangupAfterMs >= 0 && nowMs >= c.scenario.hangupAfterMs &&
         c.speaking.isEmpty() && !audible && quietMs >= 300)) {
        endCall(c, true);
        return;
    }
    if (!c.speaking.isEmpty() || c.step >= c.scenario.caller.size())
        return;
    const CallerStep &s = c.scenario.caller.at(c.step);
    bool go = false;
    switch (s.kind) {
    case K::SayAfterAgentQuiet:
    case K::HangupAfterAgentQuiet:
        go = c.agentSpokeSinceSay && !audible && quietMs >= s.ms;
        break;
    case K::SayOverAgent:
        go = audible && nowMs - c.audibleSinceMs >= s.ms;
        if (go)
            c.result.bargeInAtMs << nowMs;
        break;
    }
    if (!go)
        return;
    ++c.step;
    if (s.kind == K::HangupAfterAgentQuiet) {
        endCall(c, true);
        return;
    }
    c.speaking = s.clip;
    c.speakPos = 0;
}

void SimCarrier::hangup(const QString &callSid)
{
    if (auto c = m_calls.value(callSid))
        endCall(*c, true);
}

void SimCarrier::endCall(Call &c, bool sendStop)
{
    if (c.ended)
        return;
    c.ended = true;
    c.result.durationMs = c.startNs ? (monotonicNs() - c.startNs) / 1000000 : 0;
    if (c.socket && sendStop && c.socket->isOpen()) {
        // §1.2 `stop`, then close (§1.5).
        c.socket->sendText(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("event"), QStringLiteral("stop")},
                            {QStringLiteral("sequenceNumber"), QString::number(++c.seq)},
                            {QStringLiteral("stop"),
                             QJsonObject{{QStringLiteral("accountSid"), m_options.accountSid},
                                         {QStringLiteral("callSid"), c.result.callSid}}},
                            {QStringLiteral("streamSid"), c.result.streamSid}})
                .toJson(QJsonDocument::Compact)));
        c.result.stopSent = true;
        c.socket->close(1000, QStringLiteral("call ended"));
    }
    sendStatus(c, QStringLiteral("completed"));
}

void SimCarrier::finishIfDone(Call &c)
{
    if (c.result.finished || !c.ended || !c.completedSent)
        return;
    c.result.finished = true;
    emit callFinished(c.result.callSid);
}

} // namespace patchline::sim
