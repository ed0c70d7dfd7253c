#include "sim/SimCarrier.h"

#include "audio/Mulaw.h"
#include "call/Stats.h"
#include "server/HttpServer.h"
#include "server/MessageSocket.h"
#include "twilio/E164.h"
#include "twilio/MediaStream.h"
#include "twilio/Signature.h"
#include "twilio/TwiML.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

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

QString unansweredStatus(const QString &to, int attempt)
{
    if (to.endsWith(u"66"))
        return QStringLiteral("busy");
    if (attempt == 1 && to.endsWith(u"13"))
        return QStringLiteral("busy");
    if (attempt == 1 && to.endsWith(u"17"))
        return QStringLiteral("no-answer");
    return {};
}

struct SimCarrier::Call
{
    QString voiceUrl;  ///< absolute; requested and signed as is
    QString statusUrl; ///< absolute; empty = no status callbacks
    CarrierCallResult result;
    Scenario scenario;
    server::MessageSocket *socket = nullptr;
    bool streaming = false;
    bool ended = false;
    bool completedSent = false;
    QString finalStatus = QStringLiteral("completed"); ///< what a fetch says once it ended
    QDateTime createdAt = QDateTime::currentDateTimeUtc();
    int statusSeq = 0;
    twilio::CarrierStream stream; ///< ids, sequence numbers and messages (twilio.md §1.2)
    qint64 startNs = 0;           ///< first media frame time
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

namespace {
server::HttpResponse twilioError(int status, int code, const QString &message)
{
    // reference/twilio.md §3.6
    return server::HttpResponse::json(
        QJsonDocument(
            QJsonObject{{QStringLiteral("code"), code},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("more_info"),
                         QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                        {QStringLiteral("status"), status}})
            .toJson(QJsonDocument::Compact),
        status);
}

QJsonObject numberPage(const QStringList &numbers, const QString &key, const QString &uri,
                       const QByteArray &query)
{
    const QUrlQuery q(QString::fromUtf8(query));
    const int size = std::clamp(q.queryItemValue(QStringLiteral("PageSize")).toInt(), 1, 1000);
    const int page = std::max(0, q.queryItemValue(QStringLiteral("Page")).toInt());
    QJsonArray items;
    for (int i = page * size; i < numbers.size() && i < (page + 1) * size; ++i)
        items.append(QJsonObject{
            {QStringLiteral("sid"), QStringLiteral("PN%1").arg(i, 32, 10, QLatin1Char('0'))},
            {QStringLiteral("phone_number"), numbers.at(i)},
            {QStringLiteral("friendly_name"), numbers.at(i)},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("voice"), true}}}});
    const bool more = (page + 1) * size < numbers.size();
    return {{key, items},
            {QStringLiteral("page"), page},
            {QStringLiteral("page_size"), size},
            {QStringLiteral("uri"), uri},
            {QStringLiteral("next_page_uri"),
             more ? QJsonValue(
                        QStringLiteral("%1?PageSize=%2&Page=%3").arg(uri).arg(size).arg(page + 1))
                  : QJsonValue()}};
}
} // namespace

QString SimCarrier::restBase() const
{
    return m_rest ? QStringLiteral("http://127.0.0.1:%1").arg(m_rest->port()) : QString();
}

std::optional<server::HttpResponse> SimCarrier::restGate(const server::HttpRequest &req)
{
    ++m_restRequests;
    if (!m_failNext.isEmpty()) {
        const int status = m_failNext.takeFirst();
        auto r = twilioError(status, status == 429 ? 20429 : 20500,
                             status == 429 ? QStringLiteral("Too Many Requests")
                                           : QStringLiteral("Service unavailable"));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        return r;
    }
    // §3.1: HTTP Basic with AccountSid:AuthToken or ApiKeySid:secret.
    const QByteArray auth = req.header("authorization");
    const QByteArray creds =
        auth.startsWith("Basic ") ? QByteArray::fromBase64(auth.mid(6)) : QByteArray();
    const bool ok = creds == m_options.accountSid.toLatin1() + ':' + m_options.authToken ||
                    (!m_options.apiKeySid.isEmpty() &&
                     creds == m_options.apiKeySid + ':' + m_options.apiKeySecret);
    if (!ok)
        return twilioError(401, 20003, QStringLiteral("Authenticate"));
    return std::nullopt;
}

QByteArray SimCarrier::callJson(const Call &c, const QString &status) const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("sid"), c.result.callSid},
                           {QStringLiteral("account_sid"), m_options.accountSid},
                           {QStringLiteral("to"), c.result.to},
                           {QStringLiteral("from"), c.result.from},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("date_created"), c.createdAt.toString(Qt::RFC2822Date)},
                           {QStringLiteral("direction"), QStringLiteral("outbound-api")},
                           {QStringLiteral("api_version"), QStringLiteral("2010-04-01")},
                           {QStringLiteral("duration"),
                            c.ended ? QJsonValue(QString::number(c.result.durationMs / 1000))
                                    : QJsonValue()},
                           // Priced once over (real Twilio: seconds to minutes later).
                           {QStringLiteral("price"),
                            c.ended ? QJsonValue(QStringLiteral("-0.01300")) : QJsonValue()},
                           {QStringLiteral("price_unit"), QStringLiteral("USD")}})
        .toJson(QJsonDocument::Compact);
}

quint16 SimCarrier::listenRest(quint16 port)
{
    using server::HttpRequest;
    using server::HttpResponse;
    m_rest = new server::HttpServer(this);
    const QString account = QStringLiteral("/2010-04-01/Accounts/") + m_options.accountSid;

    m_rest->route("GET", account + QStringLiteral(".json"), [this](const HttpRequest &req) {
        if (auto refused = restGate(req))
            return *refused;
        return HttpResponse::json(
            QJsonDocument(
                QJsonObject{{QStringLiteral("sid"), m_options.accountSid},
                            {QStringLiteral("friendly_name"), QStringLiteral("Patchline sandbox")},
                            {QStringLiteral("status"), QStringLiteral("active")},
                            {QStringLiteral("type"), m_options.trialAccount
                                                         ? QStringLiteral("Trial")
                                                         : QStringLiteral("Full")}})
                .toJson(QJsonDocument::Compact));
    });
    for (const auto &[path, key, list] :
         {std::tuple{QStringLiteral("/IncomingPhoneNumbers.json"),
                     QStringLiteral("incoming_phone_numbers"), &m_options.numbers},
          std::tuple{QStringLiteral("/OutgoingCallerIds.json"),
                     QStringLiteral("outgoing_caller_ids"), &m_options.verifiedCallerIds}}) {
        const QString uri = account + path;
        // Copies: clang 14 cannot capture structured bindings (P1091 came in clang 16).
        const QString field = key;
        const auto *numbers = list;
        m_rest->route("GET", uri, [this, uri, field, numbers](const HttpRequest &req) {
            if (auto refused = restGate(req))
                return *refused;
            return HttpResponse::json(QJsonDocument(numberPage(*numbers, field, uri, req.query))
                                          .toJson(QJsonDocument::Compact));
        });
    }

    // §3.2 create a call → 201, then the call runs like a dialled one.
    m_rest->route("POST", account + QStringLiteral("/Calls.json"), [this](const HttpRequest &req) {
        if (auto refused = restGate(req))
            return *refused;
        QString to, from, url, status, amd;
        for (const auto &[k, v] : twilio::parseForm(req.body)) {
            if (k == u"To")
                to = v;
            else if (k == u"From")
                from = v;
            else if (k == u"Url")
                url = v;
            else if (k == u"StatusCallback")
                status = v;
            else if (k == u"MachineDetection")
                amd = v;
        }
        if (twilio::normalizeE164(to) != to)
            return twilioError(
                400, 21211,
                QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(to));
        if (!m_options.numbers.contains(from))
            return twilioError(
                400, 21210,
                QStringLiteral(
                    "The source phone number provided, %1, is not yet verified for your account.")
                    .arg(from));
        if (m_options.trialAccount && !m_options.verifiedCallerIds.contains(to))
            return twilioError(400, 21219,
                               QStringLiteral("The number %1 is unverified. Trial accounts may "
                                              "only make calls to verified numbers.")
                                   .arg(to));
        if (!QUrl(url).isValid() || QUrl(url).scheme().isEmpty())
            return twilioError(400, 21205, QStringLiteral("Url is not a valid URL: %1").arg(url));
        auto c = newCall(m_restScenario, from, to);
        c->voiceUrl = url;
        c->statusUrl = status;
        c->result.machineDetection = amd;
        const QByteArray body = callJson(*c, QStringLiteral("queued"));
        m_creates.append({QDateTime::currentMSecsSinceEpoch(), to});
        emit created(c->result.callSid, to);
        const QString unanswered =
            m_options.busyRule ? unansweredStatus(to, ++m_createsTo[to]) : QString();
        if (!unanswered.isEmpty()) {
            // Rings, then busy (at once) or no-answer (after a short ring): status callbacks
            // only, no voice webhook (reference/twilio.md §3.3, §3.8).
            sendStatus(*c, QStringLiteral("initiated"));
            sendStatus(*c, QStringLiteral("ringing"));
            QTimer::singleShot(unanswered == u"busy" ? 300 : 1500, this, [this, c, unanswered] {
                c->ended = true;
                c->finalStatus = unanswered;
                sendStatus(*c, unanswered);
            });
            return HttpResponse::json(body, 201);
        }
        startCall(c); // the `initiated` callback may reach the app before this 201 does
        return HttpResponse::json(body, 201);
    });

    // Calls list with To / From filters, newest first, one page (PageSize ≤ 50).
    m_rest->route("GET", account + QStringLiteral("/Calls.json"), [this](const HttpRequest &req) {
        if (auto refused = restGate(req))
            return *refused;
        const QUrlQuery q(QString::fromUtf8(req.query));
        const QString to = q.queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
        const QString from = q.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded);
        const int size = std::clamp(q.queryItemValue(QStringLiteral("PageSize")).toInt(), 1, 50);
        QList<std::shared_ptr<Call>> matching;
        for (const auto &c : std::as_const(m_calls))
            if ((to.isEmpty() || c->result.to == to) && (from.isEmpty() || c->result.from == from))
                matching.append(c);
        std::sort(matching.begin(), matching.end(),
                  [](const auto &a, const auto &b) { return a->createdAt > b->createdAt; });
        QJsonArray calls;
        for (int i = 0; i < matching.size() && i < size; ++i) {
            const Call &c = *matching.at(i);
            calls.append(QJsonDocument::fromJson(
                             callJson(c, c.ended ? c.finalStatus : QStringLiteral("in-progress")))
                             .object());
        }
        return HttpResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("calls"), calls},
                                                            {QStringLiteral("page"), 0},
                                                            {QStringLiteral("page_size"), size}})
                                      .toJson(QJsonDocument::Compact));
    });

    // §3.5 fetch one call.
    m_rest->routeWithId(
        "GET", account + QStringLiteral("/Calls"),
        [this](const QString &id, const HttpRequest &req) {
            if (auto refused = restGate(req))
                return *refused;
            const auto c = m_calls.value(QString(id).remove(QStringLiteral(".json")));
            if (!c)
                return twilioError(404, 20404,
                                   QStringLiteral("The requested resource was not found"));
            return HttpResponse::json(
                callJson(*c, c->ended ? c->finalStatus : QStringLiteral("in-progress")));
        });

    // §3.4 hang up: Status=completed (any call) or canceled (queued/ringing only).
    m_rest->routeWithId(
        "POST", account + QStringLiteral("/Calls"),
        [this](const QString &id, const HttpRequest &req) {
            if (auto refused = restGate(req))
                return *refused;
            QString sidOnly = id;
            sidOnly.remove(QStringLiteral(".json"));
            const auto c = m_calls.value(sidOnly);
            if (!c)
                return twilioError(404, 20404,
                                   QStringLiteral("The requested resource was not found"));
            if (c->ended)
                return twilioError(400, 21220,
                                   QStringLiteral("Call is not in-progress. Cannot redirect."));
            endCall(*c, true);
            return HttpResponse::json(callJson(*c, QStringLiteral("completed")));
        });
    return m_rest->listen(QHostAddress::LocalHost, port);
}

QString SimCarrier::placeCall(const Scenario &scenario, const QString &from, const QString &to)
{
    auto c = newCall(scenario, from, to);
    c->voiceUrl = m_options.publicBase + QStringLiteral("/twilio/voice");
    c->statusUrl = m_options.publicBase + QStringLiteral("/twilio/status");
    startCall(c);
    return c->result.callSid;
}

std::shared_ptr<SimCarrier::Call> SimCarrier::newCall(const Scenario &scenario, const QString &from,
                                                      const QString &to)
{
    auto c = std::make_shared<Call>();
    c->scenario = scenario;
    c->result.callSid = sid("CA");
    c->result.streamSid = sid("MZ");
    c->stream.accountSid = m_options.accountSid;
    c->stream.callSid = c->result.callSid;
    c->stream.streamSid = c->result.streamSid;
    c->result.from = from;
    c->result.to = to;
    c->frame.resize(kFrameBytes);
    m_calls.insert(c->result.callSid, c);
    return c;
}

void SimCarrier::startCall(const std::shared_ptr<Call> &c)
{
    if (!m_tick.isActive())
        m_tick.start(5); // frames are due every 20 ms; a finer tick keeps pacing tight
    sendStatus(*c, QStringLiteral("initiated"));
    sendStatus(*c, QStringLiteral("ringing"));
    // reference/twilio.md §3.7: the voice webhook, form-encoded POST, signed (§4.1).
    QList<QPair<QString, QString>> webhook{
        {QStringLiteral("AccountSid"), m_options.accountSid},
        {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
        {QStringLiteral("CallSid"), c->result.callSid},
        {QStringLiteral("CallStatus"), QStringLiteral("in-progress")},
        {QStringLiteral("Direction"), QStringLiteral("outbound-api")},
        {QStringLiteral("From"), c->result.from},
        {QStringLiteral("To"), c->result.to}};
    // Synchronous AMD (twilio.md §3.2): the verdict rides on the voice webhook.
    if (!c->result.machineDetection.isEmpty())
        webhook.append({QStringLiteral("AnsweredBy"), c->scenario.answeredBy});
    postForm(c->voiceUrl, webhook,
             [this, c](int status, const QByteArray &body) { onTwiml(*c, status, body); });
}

void SimCarrier::postForm(const QString &url, const QList<QPair<QString, QString>> &params,
                          std::function<void(int, const QByteArray &)> done)
{
    // Like Twilio: request exactly the URL that is signed.
    QUrlQuery form;
    for (const auto &[k, v] : params)
        form.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    req.setRawHeader("User-Agent", "TwilioProxy/1.1");
    req.setRawHeader("X-Twilio-Signature",
                     twilio::computeSignature(m_options.authToken, url, params).toLatin1());
    req.setTransferTimeout(15000); // Twilio waits at most 15 s (§3.7)
    QNetworkReply *reply = m_nam->post(req, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

void SimCarrier::sendStatus(Call &c, const QString &status)
{
    const bool terminal = status == u"completed" || status == u"busy" || status == u"no-answer" ||
                          status == u"failed" || status == u"canceled";
    if (c.statusUrl.isEmpty()) {
        if (terminal) {
            c.completedSent = true;
            finishIfDone(c);
        }
        return;
    }
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
    if (terminal)
        params.append(
            {QStringLiteral("CallDuration"), QString::number((c.result.durationMs + 999) / 1000)});
    c.result.statusCallbacksSent << status;
    auto keep = m_calls.value(c.result.callSid);
    postForm(c.statusUrl, params, [this, keep, terminal](int, const QByteArray &) {
        if (terminal) {
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
    auto *link = server::MessageSocket::connectTo(
        QUrl(t.streamUrl),
        {{"X-Twilio-Signature",
          twilio::computeSignature(m_options.authToken, t.streamUrl).toLatin1()},
         {"User-Agent", "Twilio.TmeWs/1.0"}},
        this);
    c.socket = link;
    auto keep = m_calls.value(c.result.callSid);
    c.stream.customParameters = t.parameters;
    connect(link, &server::MessageSocket::opened, this, [this, keep] {
        Call &c = *keep;
        c.socket->sendText(c.stream.connected());
        c.socket->sendText(c.stream.start());
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
}

void SimCarrier::onStreamText(Call &c, const QString &text)
{
    using T = twilio::BridgeMessage::Type;
    const twilio::BridgeMessage m = twilio::parseBridgeMessage(text);
    if (m.streamSid != c.result.streamSid || m.type == T::Invalid) {
        ++c.result.invalidMessages; // 31951: wrong or missing streamSid, unknown event
        return;
    }
    switch (m.type) {
    case T::Media:
        ++c.result.mediaReceived;
        c.result.mediaReceivedNs.push_back(monotonicNs());
        c.result.agentBytesReceived += m.audio.size();
        if (m_options.keepAudio)
            c.result.agentReceived += m.audio;
        c.queuedEnd = std::max(c.queuedEnd, c.played) + m.audio.size();
        break;
    case T::Mark:
        ++c.result.marksReceived;
        c.marks.append({c.queuedEnd, m.markName});
        break;
    case T::Clear:
        ++c.result.clearsReceived;
        c.result.clearAtMs << (monotonicNs() - c.startNs) / 1000000;
        c.queuedEnd = c.played;
        break;
    case T::Invalid:
        break;
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
        c.socket->sendText(c.stream.markEcho(name));
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

    if (c.scenario.carrierStopsReadingAfterMs >= 0 &&
        callMs >= c.scenario.carrierStopsReadingAfterMs) {
        c.scenario.carrierStopsReadingAfterMs = -1; // once
        c.socket->setReadingPaused(true);
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
    c.stream.media(c.out, c.result.framesSent, callMs + 20,
                   QString::fromLatin1(c.frame.toBase64()));
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
        c.socket->sendText(c.stream.stop());
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
