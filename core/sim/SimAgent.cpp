#include "sim/SimAgent.h"

#include "audio/AudioConverter.h"
#include "audio/Levels.h"
#include "audio/Mulaw.h"
#include "audio/WavFile.h"
#include "call/Stats.h"
#include "elevenlabs/PostCall.h"
#include "server/HttpServer.h"
#include "server/MessageSocket.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <array>
#include <cstring>

namespace patchline::sim {

namespace {
/// The transcript of a finished conversation as GET conversation reports it (§7.4): the
/// agent speaks first, then user and agent take turns.
QJsonArray transcriptJson(const AgentConversationResult &r)
{
    QJsonArray out;
    for (qsizetype i = 0; i < std::max(r.agentResponses.size(), r.userTranscripts.size() + 1);
         ++i) {
        if (i > 0 && i - 1 < r.userTranscripts.size())
            out.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                   {QStringLiteral("message"), r.userTranscripts.at(i - 1)},
                                   {QStringLiteral("time_in_call_secs"), int(i * 4)}});
        if (i < r.agentResponses.size())
            out.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("agent")},
                                   {QStringLiteral("message"), r.agentResponses.at(i)},
                                   {QStringLiteral("time_in_call_secs"), int(i * 4 + 2)}});
    }
    return out;
}
} // namespace

using bridge::monotonicNs;

namespace {
constexpr qint64 kMs = 1000000;
constexpr int kChunkMs = 200;               ///< audio per `audio` event
constexpr qint64 kChunkEveryNs = 100 * kMs; ///< → 2× real time, like the real service
constexpr int kVoicedToStart = 3;           ///< 60 ms of speech starts a caller turn
constexpr int kUnvoicedToEnd = 35;          ///< 700 ms of silence ends it
constexpr qint64 kThinkNs = 300 * kMs;      ///< reply latency after the caller stops
constexpr float kVoiceGateDb = -40.0f;

QString randomHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), bytes / 4);
    return QString::fromLatin1(b.toHex());
}
} // namespace

struct SimAgent::Conversation
{
    server::MessageSocket *socket = nullptr;
    AgentConversationResult result;
    Scenario scenario;
    qint64 openedNs = 0;
    bool metadataSent = false;
    qint64 nextEventId = 1;
    // current utterance
    qint64 utteranceId = -1;
    QString utteranceClip;
    QByteArray utteranceAudio; ///< the clip in the agent's output format
    qint64 utteranceSent = 0;  ///< bytes of utteranceAudio sent
    qint64 utteranceStartNs = 0;
    qint64 nextChunkNs = 0;
    qint64 speakingUntilNs = 0;
    // caller speech detection
    int voicedRun = 0;
    int unvoicedRun = 0;
    bool callerSpeaking = false;
    int userTurns = 0;
    qint64 replyAtNs = 0;
    QString replyClip;
    bool changedPrompt = false; ///< Options::changedPromptAgentIds
    // keepalive
    qint64 nextPingNs = 0;
    QSet<qint64> pendingPings;
    qint64 lastAudioNs = 0;
    int utterances = 0;
    QCryptographicHash hash{QCryptographicHash::Sha1};
    QJsonArray transcript; ///< for the post-call webhook
    QString firstMessage;  ///< overridden first message text (audio stays the clip's)
    QString terminationReason;
    std::vector<std::int16_t> vad; ///< caller PCM not yet gated, at the input rate
};

SimAgent::SimAgent(const Options &options, std::function<Scenario(const QString &)> scenarioFor,
                   QObject *parent)
    : QObject(parent), m_options(options), m_scenarioFor(std::move(scenarioFor)), m_tick(this)
{
    m_in = audio::AudioFormat::parse(options.inputFormat).value_or(audio::AudioFormat::telephony());
    m_out =
        audio::AudioFormat::parse(options.outputFormat).value_or(audio::AudioFormat::telephony());
    m_http = new server::HttpServer(this);
    using server::HttpRequest;
    using server::HttpResponse;
    m_http->route(
        "GET", QStringLiteral("/v1/convai/conversation/get-signed-url"),
        [this](const HttpRequest &req) {
            if (req.header("xi-api-key") != m_options.apiKey)
                return HttpResponse::json(
                    R"({"detail":{"status":"invalid_api_key","message":"Invalid API key"}})", 401);
            const QString agent =
                QUrlQuery(QString::fromUtf8(req.query)).queryItemValue(QStringLiteral("agent_id"));
            if (agent.isEmpty())
                return HttpResponse::json(
                    R"({"detail":[{"loc":["query","agent_id"],"msg":"field required","type":"value_error.missing"}]})",
                    422);
            if (!m_options.agentIds.contains(agent))
                return HttpResponse::json(
                    R"({"detail":{"status":"agent_not_found","message":"Agent not found"}})", 404);
            const QString sig = randomHex(16);
            m_signatures.insert(sig);
            const QString url =
                QStringLiteral("ws://127.0.0.1:%1/v1/convai/conversation?agent_id=%2"
                               "&conversation_signature=%3")
                    .arg(m_port)
                    .arg(agent, sig);
            return HttpResponse::json(
                QJsonDocument(QJsonObject{{QStringLiteral("signed_url"), url}})
                    .toJson(QJsonDocument::Compact));
        });
    // REST surface (reference/elevenlabs.md §7) for the settings pane and pre-flight.
    const auto unauthorized = [this](const HttpRequest &req) {
        return req.header("xi-api-key") != m_options.apiKey;
    };
    const auto invalidKey = [] {
        return HttpResponse::json(
            R"({"detail":{"status":"invalid_api_key","message":"Invalid API key"}})", 401);
    };
    m_http->route("GET", QStringLiteral("/v1/user"), [=](const HttpRequest &req) {
        if (unauthorized(req))
            return invalidKey();
        const QJsonObject sub{{QStringLiteral("tier"), QStringLiteral("sandbox")},
                              {QStringLiteral("character_count"), m_options.characterCount},
                              {QStringLiteral("character_limit"), m_options.characterLimit},
                              {QStringLiteral("status"), QStringLiteral("active")}};
        return HttpResponse::json(
            QJsonDocument(QJsonObject{{QStringLiteral("user_id"), QStringLiteral("sandbox")},
                                      {QStringLiteral("first_name"), QStringLiteral("Sandbox")},
                                      {QStringLiteral("subscription"), sub}})
                .toJson(QJsonDocument::Compact));
    });
    m_http->route("GET", QStringLiteral("/v1/convai/agents"), [=](const HttpRequest &req) {
        if (unauthorized(req))
            return invalidKey();
        // Cursor pagination: the cursor is the index of the next agent.
        const QUrlQuery q(QString::fromUtf8(req.query));
        const int pageSize =
            std::clamp(q.queryItemValue(QStringLiteral("page_size")).toInt(), 1, 100);
        const int from = q.queryItemValue(QStringLiteral("cursor")).toInt();
        QJsonArray agents;
        for (int i = from; i < m_options.agentIds.size() && i < from + pageSize; ++i)
            agents.append(QJsonObject{{QStringLiteral("agent_id"), m_options.agentIds.at(i)},
                                      {QStringLiteral("name"), agentName(m_options.agentIds.at(i))},
                                      {QStringLiteral("tags"), QJsonArray{}},
                                      {QStringLiteral("created_at_unix_secs"), 1739537297},
                                      {QStringLiteral("access_info"), QJsonObject{}}});
        const bool more = from + pageSize < m_options.agentIds.size();
        return HttpResponse::json(
            QJsonDocument(
                QJsonObject{{QStringLiteral("agents"), agents},
                            {QStringLiteral("has_more"), more},
                            {QStringLiteral("next_cursor"),
                             more ? QJsonValue(QString::number(from + pageSize)) : QJsonValue()}})
                .toJson(QJsonDocument::Compact));
    });
    m_http->routeWithId(
        "GET", QStringLiteral("/v1/convai/agents"), [=](const QString &id, const HttpRequest &req) {
            if (unauthorized(req))
                return invalidKey();
            if (!m_options.agentIds.contains(id))
                return HttpResponse::json(
                    R"({"detail":{"status":"agent_not_found","message":"Agent not found"}})", 404);
            return HttpResponse::json(QJsonDocument(agentJson(id)).toJson(QJsonDocument::Compact));
        });
    m_http->routeWithId(
        "GET", QStringLiteral("/v1/convai/conversations"),
        [=](const QString &id, const HttpRequest &req) {
            if (unauthorized(req))
                return invalidKey();
            if (const AgentConversationResult *found = finishedConversation(id)) {
                const AgentConversationResult &r = *found;
                return HttpResponse::json(
                    QJsonDocument(
                        QJsonObject{
                            {QStringLiteral("conversation_id"), id},
                            {QStringLiteral("agent_id"), r.agentId},
                            {QStringLiteral("status"), r.closeCode == 1000
                                                           ? QStringLiteral("done")
                                                           : QStringLiteral("failed")},
                            {QStringLiteral("metadata"),
                             QJsonObject{
                                 {QStringLiteral("termination_reason"), r.terminationReason},
                                 {QStringLiteral("error"),
                                  r.closeCode == 1000
                                      ? QJsonValue()
                                      : QJsonValue(QJsonObject{
                                            {QStringLiteral("code"), r.closeCode},
                                            {QStringLiteral("reason"), r.terminationReason}})},
                                 {QStringLiteral("cost"), 42},
                                 {QStringLiteral("call_duration_secs"), r.durationSecs}}},
                            {QStringLiteral("transcript"), transcriptJson(r)},
                            {QStringLiteral("has_audio"), true}})
                        .toJson(QJsonDocument::Compact));
            }
            return conversationNotFound();
        });
    // §7.4 list, newest first, cursor = index of the next item.
    m_http->route("GET", QStringLiteral("/v1/convai/conversations"), [=](const HttpRequest &req) {
        if (unauthorized(req))
            return invalidKey();
        const QUrlQuery q(QString::fromUtf8(req.query));
        const QString agent = q.queryItemValue(QStringLiteral("agent_id"));
        const int size = std::clamp(q.queryItemValue(QStringLiteral("page_size")).toInt(), 1, 100);
        const int from = q.queryItemValue(QStringLiteral("cursor")).toInt();
        QList<AgentConversationResult> all;
        for (const auto &r : std::as_const(m_results))
            if (agent.isEmpty() || r.agentId == agent)
                all.append(r);
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
            return a.conversationId.mid(13).toInt() > b.conversationId.mid(13).toInt();
        });
        QJsonArray items;
        for (int i = from; i < all.size() && i < from + size; ++i) {
            const auto &r = all.at(i);
            items.append(QJsonObject{
                {QStringLiteral("conversation_id"), r.conversationId},
                {QStringLiteral("agent_id"), r.agentId},
                {QStringLiteral("agent_name"), QStringLiteral("Sandbox agent")},
                {QStringLiteral("start_time_unix_secs"), r.startedUnixSecs},
                {QStringLiteral("call_duration_secs"), r.durationSecs},
                {QStringLiteral("message_count"),
                 int(r.userTranscripts.size() + r.agentResponses.size())},
                {QStringLiteral("status"),
                 r.closeCode == 1000 ? QStringLiteral("done") : QStringLiteral("failed")},
                {QStringLiteral("call_successful"), QStringLiteral("success")},
                {QStringLiteral("call_summary_title"), QStringLiteral("Sandbox demo call")}});
        }
        const bool more = from + size < all.size();
        return HttpResponse::json(
            QJsonDocument(
                QJsonObject{{QStringLiteral("conversations"), items},
                            {QStringLiteral("has_more"), more},
                            {QStringLiteral("next_cursor"),
                             more ? QJsonValue(QString::number(from + size)) : QJsonValue()}})
                .toJson(QJsonDocument::Compact));
    });
    // The conversation's audio: the agent side as a WAV (real ElevenLabs: usually MP3).
    m_http->routeWithId(
        "GET", QStringLiteral("/v1/convai/conversations"),
        [=](const QString &id, const HttpRequest &req) {
            if (unauthorized(req))
                return invalidKey();
            if (const AgentConversationResult *r = finishedConversation(id)) {
                HttpResponse resp;
                resp.contentType = "audio/wav";
                resp.body = audio::wavFromMulaw(r->audioSent);
                return resp;
            }
            return conversationNotFound();
        },
        QStringLiteral("/audio"));
    m_http->webSocketRoute(QStringLiteral("/v1/convai/conversation"),
                           [](const HttpRequest &) { return QString(); });
    connect(m_http, &server::HttpServer::webSocketConnected, this, &SimAgent::onSocket);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &SimAgent::tick);
}

SimAgent::~SimAgent() = default;

void SimAgent::setPostCallWebhook(const QString &url, const QByteArray &secret)
{
    m_webhookUrl = url;
    m_webhookSecret = secret;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
}

const AgentConversationResult *SimAgent::finishedConversation(const QString &id) const
{
    for (const auto &r : m_results)
        if (r.conversationId == id)
            return &r;
    return nullptr;
}

server::HttpResponse SimAgent::conversationNotFound()
{
    return server::HttpResponse::json(
        R"({"detail":{"status":"conversation_not_found","message":"Conversation not found"}})",
        404);
}

QString SimAgent::agentName(const QString &id) const
{
    return m_options.changedPromptAgentIds.contains(id)
               ? QStringLiteral("Sandbox agent, changed prompt")
               : QStringLiteral("Sandbox agent %1").arg(m_options.agentIds.indexOf(id) + 1);
}

QJsonObject SimAgent::agentJson(const QString &id) const
{
    // reference/elevenlabs.md §7.3 shape, filled from this sandbox agent's options.
    QString prompt = QStringLiteral("You are the Patchline sandbox agent.");
    for (const QString &v : m_options.requiredDynamicVariables)
        prompt += QStringLiteral(" The caller is {{%1}}.").arg(v);
    const auto allowed = [this](const char *f) {
        return m_options.allowedOverrides.contains(QLatin1String(f));
    };
    return QJsonObject{
        {QStringLiteral("agent_id"), id},
        {QStringLiteral("name"), agentName(id)},
        {QStringLiteral("conversation_config"),
         QJsonObject{
             {QStringLiteral("asr"),
              QJsonObject{{QStringLiteral("user_input_audio_format"), m_options.inputFormat}}},
             {QStringLiteral("tts"),
              QJsonObject{{QStringLiteral("agent_output_audio_format"), m_options.outputFormat},
                          {QStringLiteral("voice_id"), QStringLiteral("sandbox-voice")}}},
             {QStringLiteral("agent"),
              QJsonObject{
                  {QStringLiteral("first_message"),
                   m_options.hasFirstMessage ? clip(QStringLiteral("agent0")).text : QString()},
                  {QStringLiteral("language"), QStringLiteral("en")},
                  {QStringLiteral("prompt"), QJsonObject{{QStringLiteral("prompt"), prompt}}}}}}},
        {QStringLiteral("platform_settings"),
         QJsonObject{
             {QStringLiteral("auth"), QJsonObject{{QStringLiteral("enable_auth"), true}}},
             {QStringLiteral("overrides"),
              QJsonObject{
                  {QStringLiteral("conversation_config_override"),
                   QJsonObject{
                       {QStringLiteral("agent"),
                        QJsonObject{{QStringLiteral("first_message"), allowed("first_message")},
                                    {QStringLiteral("language"), allowed("language")},
                                    {QStringLiteral("prompt"),
                                     QJsonObject{{QStringLiteral("prompt"), allowed("prompt")}}}}},
                       {QStringLiteral("tts"),
                        QJsonObject{{QStringLiteral("voice_id"), allowed("voice_id")}}}}}}}}},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("created_at_unix_secs"), 1739537297}}}};
}

quint16 SimAgent::listen(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    if (m_port)
        m_tick.start(20);
    return m_port;
}

QString SimAgent::apiBase() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

int SimAgent::openConversations() const
{
    return int(m_convs.size());
}

void SimAgent::onSocket(server::MessageSocket *socket, const QString &)
{
    socket->setParent(this);
    auto c = std::make_shared<Conversation>();
    c->socket = socket;
    c->openedNs = monotonicNs();
    c->lastAudioNs = c->openedNs;
    c->nextPingNs = c->openedNs + m_options.pingIntervalMs * kMs;
    c->result.conversationId = QStringLiteral("conv_sandbox_%1").arg(m_nextConv++);
    c->result.startedUnixSecs = QDateTime::currentSecsSinceEpoch();
    m_convs.insert(socket, c);

    connect(socket, &server::MessageSocket::textReceived, this,
            [this, socket](const QString &text) {
                if (auto c = m_convs.value(socket))
                    onText(*c, text);
            });
    connect(socket, &server::MessageSocket::closed, this,
            [this, socket](int code, const QString &) {
                if (auto c = m_convs.value(socket))
                    finish(*c, code);
            });

    // reference/elevenlabs.md §11.1: unknown agent or bad signature → close 1008 + reason.
    const QUrlQuery q(socket->requestUrl());
    const QString agent = q.queryItemValue(QStringLiteral("agent_id"));
    const QString sig = q.queryItemValue(QStringLiteral("conversation_signature"));
    c->result.agentId = agent;
    c->changedPrompt = m_options.changedPromptAgentIds.contains(agent);
    if (!m_options.agentIds.contains(agent)) {
        socket->close(1008, QStringLiteral("Agent not found"));
    } else if (!m_signatures.remove(sig)) {
        socket->close(1008, QStringLiteral("Invalid or expired conversation signature"));
    }
}

void SimAgent::failConversation(Conversation &c, int code, const QString &type,
                                const QString &message)
{
    // Newer servers send an `error` event, then close with the code (elevenlabs.md §6.1).
    sendJson(c, QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                              {QStringLiteral("error_event"),
                                               QJsonObject{{QStringLiteral("code"), code},
                                                           {QStringLiteral("error_type"), type},
                                                           {QStringLiteral("message"), message}}}})
                        .toJson(QJsonDocument::Compact)));
    c.socket->close(code, message);
}

void SimAgent::sendJson(Conversation &c, const QString &json)
{
    c.socket->sendText(json);
}

void SimAgent::onText(Conversation &c, const QString &text)
{
    // Fast path for the 50-per-second audio messages.
    static const QString kAudioPrefix = QStringLiteral("{\"user_audio_chunk\":\"");
    if (text.startsWith(kAudioPrefix)) {
        const QStringView b64 =
            QStringView(text).sliced(kAudioPrefix.size(), text.size() - kAudioPrefix.size() - 2);
        const QByteArray bytes = QByteArray::fromBase64(b64.toLatin1());
        onCallerAudio(c, bytes);
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = o.value(u"type").toString();
    if (type == u"conversation_initiation_client_data") {
        c.result.initiationReceived = true;
        c.result.dynamicVariables = o.value(u"dynamic_variables").toObject().toVariantMap();
        c.result.callSid = c.result.dynamicVariables.value(QStringLiteral("call_sid")).toString();
        c.scenario = m_scenarioFor(c.result.callSid);
        const QJsonObject ov = o.value(u"conversation_config_override").toObject();
        c.result.overrides = ov.toVariantMap();
        QStringList used;
        const QJsonObject agent = ov.value(u"agent").toObject();
        if (agent.contains(u"first_message"))
            used << QStringLiteral("first_message");
        if (agent.contains(u"prompt"))
            used << QStringLiteral("prompt");
        if (agent.contains(u"language"))
            used << QStringLiteral("language");
        if (ov.value(u"tts").toObject().contains(u"voice_id"))
            used << QStringLiteral("voice_id");
        for (const QString &f : std::as_const(used)) {
            if (!m_options.allowedOverrides.contains(f)) {
                // The wording real servers use (reference/elevenlabs.md §6.2).
                const QString why =
                    QStringLiteral("Override for field '%1' is not allowed by config.").arg(f);
                failConversation(c, 1008, QStringLiteral("override_error"), why);
                return;
            }
        }
        for (const QString &v : std::as_const(m_options.requiredDynamicVariables)) {
            if (!c.result.dynamicVariables.contains(v)) {
                const QString why = QStringLiteral("Missing required dynamic variables in first "
                                                   "message: {'%1'}")
                                        .arg(v);
                failConversation(c, 1008, QStringLiteral("missing_dynamic_variable"), why);
                return;
            }
        }
        c.firstMessage = agent.value(u"first_message").toString();
    } else if (type == u"pong") {
        const qint64 id = o.value(u"event_id").toInteger(-1);
        if (c.pendingPings.remove(id))
            ++c.result.pongsReceived;
        else
            ++c.result.pongsWithWrongId;
    } else if (o.isEmpty()) {
        // Malformed input: the real server answers with an error and closes 1008 (§6.1).
        failConversation(c, 1008, QStringLiteral("invalid_message"),
                         QStringLiteral("Invalid message received"));
    }
}

void SimAgent::onCallerAudio(Conversation &c, const QByteArray &audio)
{
    const qint64 now = monotonicNs();
    c.lastAudioNs = now;
    c.result.receivedNs.push_back(now);
    ++c.result.audioChunksReceived;
    c.result.audioBytesReceived += audio.size();
    c.hash.addData(audio);
    if (m_options.keepAudio)
        c.result.audioReceived += audio;

    // Decode to PCM at the input rate and gate speech in 20 ms frames.
    const std::size_t at = c.vad.size();
    if (m_in.encoding == audio::AudioFormat::Encoding::Ulaw) {
        c.vad.resize(at + std::size_t(audio.size()));
        audio::mulawDecode(
            {reinterpret_cast<const std::uint8_t *>(audio.constData()), std::size_t(audio.size())},
            c.vad.data() + at);
    } else {
        c.vad.resize(at + std::size_t(audio.size() / 2));
        std::memcpy(c.vad.data() + at, audio.constData(), std::size_t(audio.size() / 2) * 2);
    }
    const std::size_t frame = std::size_t(m_in.sampleRate / 50);
    std::size_t used = 0;
    for (; used + frame <= c.vad.size(); used += frame) {
        const bool voiced = audio::measureLevel({c.vad.data() + used, frame}).rmsDb > kVoiceGateDb;
        if (voiced) {
            ++c.voicedRun;
            c.unvoicedRun = 0;
        } else {
            ++c.unvoicedRun;
            c.voicedRun = 0;
        }
        if (!c.callerSpeaking && c.voicedRun >= kVoicedToStart) {
            c.callerSpeaking = true;
            c.replyAtNs = 0;
            const bool agentAudible =
                c.utteranceId >= 0 &&
                (now < c.speakingUntilNs || c.utteranceSent < c.utteranceAudio.size());
            if (agentAudible) {
                // Barge-in (§5): interruption, then two stale chunks already "in flight".
                ++c.result.interruptions;
                sendJson(c, QStringLiteral(
                                R"({"type":"interruption","interruption_event":{"event_id":%1}})")
                                .arg(c.utteranceId));
                const QString original = clip(c.utteranceClip).text;
                const qint64 heardBytes = (now - c.utteranceStartNs) / kMs * 8;
                const double fraction =
                    std::clamp(double(heardBytes) /
                                   std::max<double>(1, double(clip(c.utteranceClip).mulaw.size())),
                               0.0, 1.0);
                const QString corrected =
                    original.left(int(original.size() * fraction)) + QStringLiteral("...");
                sendJson(c,
                         QString::fromUtf8(
                             QJsonDocument(
                                 QJsonObject{
                                     {QStringLiteral("type"),
                                      QStringLiteral("agent_response_correction")},
                                     {QStringLiteral("agent_response_correction_event"),
                                      QJsonObject{
                                          {QStringLiteral("original_agent_response"), original},
                                          {QStringLiteral("corrected_agent_response"), corrected},
                                          {QStringLiteral("event_id"), c.utteranceId}}}})
                                 .toJson(QJsonDocument::Compact)));
                for (int i = 0; i < 2 && c.utteranceSent < c.utteranceAudio.size(); ++i)
                    sendChunk(c, true);
                c.utteranceId = -1;
                c.speakingUntilNs = now;
            }
        }
        if (c.callerSpeaking && c.unvoicedRun >= kUnvoicedToEnd) {
            c.callerSpeaking = false;
            const QString said = clip(c.scenario.callerClip(c.userTurns)).text;
            c.result.userTranscripts << said;
            c.transcript.append(QJsonObject{
                {QStringLiteral("role"), QStringLiteral("user")},
                {QStringLiteral("message"), said},
                {QStringLiteral("time_in_call_secs"), int((now - c.openedNs) / 1000000000)}});
            sendJson(
                c,
                QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("user_transcript")},
                                    {QStringLiteral("user_transcription_event"),
                                     QJsonObject{{QStringLiteral("user_transcript"), said},
                                                 {QStringLiteral("event_id"), c.nextEventId++}}}})
                        .toJson(QJsonDocument::Compact)));
            c.replyClip = c.scenario.agentReply(c.userTurns);
            c.replyAtNs = now + (c.changedPrompt ? SimAgent::kChangedThinkMs * kMs : kThinkNs);
            ++c.userTurns;
        }
    }
    c.vad.erase(c.vad.begin(), c.vad.begin() + std::ptrdiff_t(used));
}

void SimAgent::startUtterance(Conversation &c, const QString &clipName, const QString &text)
{
    const Clip &changed = c.changedPrompt ? clip(clipName + u'c') : clip(QString());
    const Clip &cl = changed.mulaw.isEmpty() ? clip(clipName) : changed;
    if (cl.mulaw.isEmpty())
        return;
    c.utteranceId = c.nextEventId++;
    ++c.utterances;
    c.utteranceClip = clipName;
    c.utteranceSent = 0;
    if (m_out == audio::AudioFormat::telephony()) {
        c.utteranceAudio = cl.mulaw;
    } else {
        audio::AudioConverter conv(audio::AudioFormat::telephony(), m_out);
        conv.convert(cl.mulaw, c.utteranceAudio);
    }
    c.utteranceStartNs = monotonicNs();
    c.speakingUntilNs = c.utteranceStartNs;
    const QString said = text.isEmpty() ? cl.text : text;
    c.result.agentResponses << said;
    c.transcript.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("agent")},
                                    {QStringLiteral("message"), said},
                                    {QStringLiteral("time_in_call_secs"),
                                     int((c.utteranceStartNs - c.openedNs) / 1000000000)}});
    sendJson(c, QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("agent_response")},
                                    {QStringLiteral("agent_response_event"),
                                     QJsonObject{{QStringLiteral("agent_response"), said},
                                                 {QStringLiteral("event_id"), c.utteranceId}}}})
                        .toJson(QJsonDocument::Compact)));
    // A first burst of two chunks, then one every 100 ms (2× real time).
    sendChunk(c, false);
    sendChunk(c, false);
    c.nextChunkNs = monotonicNs() + kChunkEveryNs;
}

void SimAgent::sendChunk(Conversation &c, bool stale)
{
    const qint64 chunk = qint64(m_out.bytesPerMs() * kChunkMs) & ~qint64(1);
    const qint64 n = std::min<qint64>(chunk, c.utteranceAudio.size() - c.utteranceSent);
    if (n <= 0)
        return;
    const QByteArray bytes = c.utteranceAudio.mid(c.utteranceSent, n);
    c.utteranceSent += n;
    c.socket->sendText(QStringLiteral(R"({"type":"audio","audio_event":{"audio_base_64":")") +
                       QString::fromLatin1(bytes.toBase64()) +
                       QStringLiteral(R"(","event_id":%1}})").arg(c.utteranceId));
    ++c.result.chunksSent;
    if (stale) {
        ++c.result.staleChunksSent;
        return;
    }
    c.result.sentNs.push_back(monotonicNs());
    if (m_options.keepAudio)
        c.result.audioSent += bytes;
    // Playout estimate: the caller hears it from the utterance start on, back to back.
    c.speakingUntilNs =
        c.utteranceStartNs + qint64(double(c.utteranceSent) / m_out.bytesPerMs() * kMs);
}

void SimAgent::tick()
{
    const qint64 now = monotonicNs();
    for (const auto &cp : std::as_const(m_convs)) {
        Conversation &c = *cp;
        if (c.result.finished)
            continue;
        if (!c.metadataSent && (c.result.initiationReceived || now - c.openedNs > 1000 * kMs)) {
            c.metadataSent = true;
            if (!c.result.initiationReceived)
                c.scenario = m_scenarioFor(QString());
            sendJson(c, QStringLiteral(R"({"type":"conversation_initiation_metadata",)"
                                       R"("conversation_initiation_metadata_event":{)"
                                       R"("conversation_id":"%1","agent_output_audio_format":"%2",)"
                                       R"("user_input_audio_format":"%3"}})")
                            .arg(c.result.conversationId, m_options.outputFormat,
                                 m_options.inputFormat));
            if (!c.scenario.agentLines.isEmpty())
                startUtterance(c, c.scenario.agentLines.first(), c.firstMessage);
        }
        if (c.utteranceId >= 0 && now >= c.nextChunkNs &&
            c.utteranceSent < c.utteranceAudio.size()) {
            sendChunk(c, false);
            c.nextChunkNs += kChunkEveryNs;
        }
        if (c.replyAtNs && now >= c.replyAtNs && !c.callerSpeaking) {
            c.replyAtNs = 0;
            startUtterance(c, c.replyClip);
        }
        if (now >= c.nextPingNs) {
            const qint64 id = c.nextEventId++;
            c.pendingPings.insert(id);
            ++c.result.pingsSent;
            // The first ping carries ping_ms null (§11.5).
            sendJson(
                c,
                QStringLiteral(R"({"type":"ping","ping_event":{"event_id":%1,"ping_ms":%2}})")
                    .arg(id)
                    .arg(c.result.pingsSent == 1 ? QStringLiteral("null") : QStringLiteral("40")));
            c.nextPingNs = now + m_options.pingIntervalMs * kMs;
        }
        if (c.scenario.agentHangsUpAfter > 0 && c.utterances >= c.scenario.agentHangsUpAfter &&
            c.utteranceId >= 0 && c.utteranceSent >= c.utteranceAudio.size() &&
            now > c.speakingUntilNs + 500 * kMs) {
            // The end_call system tool: a normal close (reference/elevenlabs.md §6.1/§6.2).
            sendJson(c, QStringLiteral(R"({"type":"agent_tool_response","agent_tool_response":)"
                                       R"({"tool_name":"end_call","tool_call_id":"t1",)"
                                       R"("tool_type":"system","is_error":false}})"));
            c.utteranceId = -1;
            c.socket->close(1000, QStringLiteral("end_call"));
            continue;
        }
        if (c.scenario.agentStopsReadingAfterMs >= 0 && c.metadataSent &&
            now - c.openedNs > c.scenario.agentStopsReadingAfterMs * kMs) {
            c.scenario.agentStopsReadingAfterMs = -1; // once
            c.socket->setReadingPaused(true);
        }
        if (c.scenario.agentFailsAfterMs >= 0 && c.metadataSent &&
            now - c.openedNs > c.scenario.agentFailsAfterMs * kMs) {
            c.scenario.agentFailsAfterMs = -1;
            c.terminationReason = QStringLiteral("LLM error: the language model did not respond "
                                                 "within 20 seconds");
            sendJson(
                c, QStringLiteral(R"({"type":"error","error_event":{"code":1002,)"
                                  R"("error_type":"llm_error","message":"LLM request failed"}})"));
            c.socket->close(1002, QStringLiteral("LLM request failed"));
            continue;
        }
        if (now - c.lastAudioNs > 60000 * kMs) {
            // §6.1 transport_receive_timeout: no user input for 60 s.
            failConversation(c, 1002, QStringLiteral("transport_receive_timeout"),
                             QStringLiteral("No user audio received for 60 seconds"));
        }
    }
}

void SimAgent::finish(Conversation &c, int code)
{
    if (c.result.finished)
        return;
    c.result.finished = true;
    c.result.closeCode = code;
    c.result.audioHash = c.hash.result();
    c.result.terminationReason =
        !c.terminationReason.isEmpty()
            ? c.terminationReason
            : (code == 1000 ? QStringLiteral("Call ended by remote party")
                            : QStringLiteral("Connection closed with code %1").arg(code));
    c.result.durationSecs = int(QDateTime::currentSecsSinceEpoch() - c.result.startedUnixSecs);
    const QString key = c.result.callSid.isEmpty() ? c.result.conversationId : c.result.callSid;
    m_results.insert(key, c.result);
    if (!m_webhookUrl.isEmpty() && c.metadataSent) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject data{
            {QStringLiteral("agent_id"), c.result.agentId},
            {QStringLiteral("conversation_id"), c.result.conversationId},
            {QStringLiteral("status"), QStringLiteral("done")},
            {QStringLiteral("transcript"), c.transcript},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("start_time_unix_secs"),
                          now - (monotonicNs() - c.openedNs) / 1000000000},
                         {QStringLiteral("call_duration_secs"),
                          int((monotonicNs() - c.openedNs) / 1000000000)},
                         {QStringLiteral("cost"), 42},
                         {QStringLiteral("termination_reason"), c.result.terminationReason}}},
            {QStringLiteral("analysis"),
             QJsonObject{
                 {QStringLiteral("call_successful"), QStringLiteral("success")},
                 {QStringLiteral("transcript_summary"),
                  QStringLiteral("Sandbox conversation with %1 caller turns.")
                      .arg(c.result.userTranscripts.size())},
                 // reference/elevenlabs.md §7.4 `analysis`: a criterion and a collected value
                 // (the caller's name when the call had a customer_name variable), so
                 // campaign results and suite comparisons have something to show.
                 {QStringLiteral("evaluation_criteria_results"),
                  QJsonObject{
                      {QStringLiteral("greeted_caller"),
                       QJsonObject{
                           {QStringLiteral("criteria_id"), QStringLiteral("greeted_caller")},
                           {QStringLiteral("result"),
                            !c.result.agentResponses.isEmpty() || c.result.chunksSent > 0
                                ? QStringLiteral("success")
                                : QStringLiteral("failure")},
                           {QStringLiteral("rationale"),
                            QStringLiteral("The agent greeted the caller.")}}}}},
                 {QStringLiteral("data_collection_results"),
                  QJsonObject{
                      {QStringLiteral("caller_name"),
                       QJsonObject{
                           {QStringLiteral("data_collection_id"), QStringLiteral("caller_name")},
                           {QStringLiteral("value"),
                            c.result.dynamicVariables.value(QStringLiteral("customer_name"))
                                .toString()},
                           {QStringLiteral("rationale"),
                            QStringLiteral("Taken from the call's variables.")}}},
                      {QStringLiteral("caller_turns"),
                       QJsonObject{
                           {QStringLiteral("data_collection_id"), QStringLiteral("caller_turns")},
                           {QStringLiteral("value"), int(c.result.userTranscripts.size())}}}}}}},
            {QStringLiteral("conversation_initiation_client_data"),
             QJsonObject{{QStringLiteral("dynamic_variables"),
                          QJsonObject::fromVariantMap(c.result.dynamicVariables)}}}};
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("post_call_transcription")},
                            {QStringLiteral("event_timestamp"), now},
                            {QStringLiteral("data"), data}})
                .toJson(QJsonDocument::Compact);
        QNetworkRequest req{QUrl(m_webhookUrl)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("ElevenLabs-Signature",
                         elevenlabs::signPostCall(m_webhookSecret, body, now));
        QNetworkReply *reply = m_nam->post(req, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] {
            reply->deleteLater();
            auto it = m_results.find(key);
            if (it != m_results.end())
                it->postCallStatus =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        });
    }
    server::MessageSocket *socket = c.socket;
    m_convs.remove(socket);
    socket->deleteLater();
    emit conversationFinished(key);
}

} // namespace patchline::sim
