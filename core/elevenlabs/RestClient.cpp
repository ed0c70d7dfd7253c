#include "elevenlabs/RestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace patchline::elevenlabs {

namespace {
QString detailOf(const QJsonObject &body)
{
    const QJsonValue d = body.value(u"detail");
    if (d.isObject())
        return d.toObject().value(u"message").toString(d.toObject().value(u"status").toString());
    if (d.isArray() && !d.toArray().isEmpty())
        return d.toArray().first().toObject().value(u"msg").toString();
    return d.toString();
}

QStringList placeholdersIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_]+)\s*\}\})"));
    QStringList names;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString n = it.next().captured(1);
        if (!names.contains(n))
            names << n;
    }
    return names;
}
} // namespace

QStringList AgentDetails::requiredDynamicVariables() const
{
    QStringList out;
    for (const QString &v : dynamicVariables)
        if (!v.startsWith(u"system__") && !variablesWithDefault.contains(v))
            out << v;
    return out;
}

QStringList AgentDetails::telephonyProblems() const
{
    QStringList p;
    if (inputFormat != u"ulaw_8000" || outputFormat != u"ulaw_8000")
        p << RestClient::tr("audio formats are %1 in / %2 out, not ulaw_8000: Patchline converts, "
                            "at some CPU cost; set both to μ-law 8000 Hz to forward untouched")
                 .arg(inputFormat, outputFormat);
    if (firstMessage.trimmed().isEmpty())
        p << RestClient::tr("no first message: the caller hears silence until they speak");
    return p;
}

RestClient::RestClient(QNetworkAccessManager *nam, const QUrl &apiBase, const QByteArray &apiKey,
                       QObject *parent)
    : QObject(parent), m_nam(nam), m_base(apiBase), m_key(apiKey)
{}

void RestClient::get(const QString &path, const QList<QPair<QString, QString>> &query,
                     std::function<void(int, const QJsonObject &, const QString &)> done)
{
    QUrl url = m_base;
    url.setPath(path);
    QUrlQuery q;
    for (const auto &[k, v] : query)
        q.addQueryItem(k, v);
    url.setQuery(q);
    QNetworkRequest req(url);
    req.setRawHeader("xi-api-key", m_key);
    req.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            done(0, {},
                 tr("could not reach ElevenLabs at %1: %2")
                     .arg(m_base.toString(), reply->errorString()));
            return;
        }
        if (status / 100 != 2) {
            const QString detail = detailOf(body);
            QString fix;
            if (status == 401)
                fix = tr("the API key was refused or lacks this permission; check it in settings");
            else if (status == 404)
                fix = tr("not found; check the id");
            else if (status == 422)
                fix = tr("the request was invalid");
            else if (status == 429)
                fix = tr("rate or quota limit reached; wait and retry, or check the plan");
            else
                fix = tr("ElevenLabs had a problem; retry later");
            done(status, body,
                 tr("ElevenLabs %1 answered HTTP %2%3: %4")
                     .arg(path)
                     .arg(status)
                     .arg(detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail), fix));
            return;
        }
        done(status, body, {});
    });
}

void RestClient::fetchUser(std::function<void(RestResult<UserInfo>)> done)
{
    get(QStringLiteral("/v1/user"), {},
        [done = std::move(done)](int status, const QJsonObject &b, const QString &error) {
            RestResult<UserInfo> r{{}, status, error};
            const QJsonObject sub = b.value(u"subscription").toObject();
            r.value.firstName = b.value(u"first_name").toString();
            r.value.tier = sub.value(u"tier").toString();
            r.value.subscriptionStatus = sub.value(u"status").toString();
            r.value.characterCount = sub.value(u"character_count").toInteger();
            r.value.characterLimit = sub.value(u"character_limit").toInteger();
            done(r);
        });
}

void RestClient::listAgents(std::function<void(RestResult<QList<AgentSummary>>)> done,
                            const QString &search)
{
    listAgentsPage({}, search, {}, std::move(done));
}

void RestClient::listAgentsPage(const QString &cursor, const QString &search,
                                QList<AgentSummary> collected,
                                std::function<void(RestResult<QList<AgentSummary>>)> done)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("page_size"), QStringLiteral("100")}};
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    if (!search.isEmpty())
        query.append({QStringLiteral("search"), search});
    get(QStringLiteral("/v1/convai/agents"), query,
        [this, search, collected, done = std::move(done)](int status, const QJsonObject &b,
                                                          const QString &error) mutable {
            if (!error.isEmpty()) {
                done({collected, status, error});
                return;
            }
            for (const QJsonValue &v : b.value(u"agents").toArray()) {
                const QJsonObject a = v.toObject();
                collected.append({a.value(u"agent_id").toString(), a.value(u"name").toString(),
                                  a.value(u"last_call_time_unix_secs").toInteger()});
            }
            const QString next = b.value(u"next_cursor").toString();
            if (b.value(u"has_more").toBool() && !next.isEmpty() && collected.size() < 10000) {
                listAgentsPage(next, search, std::move(collected), std::move(done));
                return;
            }
            done({collected, status, {}});
        });
}

AgentDetails RestClient::parseAgent(const QJsonObject &o)
{
    AgentDetails d;
    const QJsonObject cfg = o.value(u"conversation_config").toObject();
    const QJsonObject agent = cfg.value(u"agent").toObject();
    const QJsonObject platform = o.value(u"platform_settings").toObject();
    d.agentId = o.value(u"agent_id").toString();
    d.name = o.value(u"name").toString();
    // Defaults per §4/§7.3 when a field is absent.
    d.inputFormat = cfg.value(u"asr")
                        .toObject()
                        .value(u"user_input_audio_format")
                        .toString(QStringLiteral("pcm_16000"));
    d.outputFormat = cfg.value(u"tts")
                         .toObject()
                         .value(u"agent_output_audio_format")
                         .toString(QStringLiteral("pcm_16000"));
    d.voiceId = cfg.value(u"tts").toObject().value(u"voice_id").toString();
    d.firstMessage = agent.value(u"first_message").toString();
    d.language = agent.value(u"language").toString(QStringLiteral("en"));
    d.prompt = agent.value(u"prompt").toObject().value(u"prompt").toString();
    d.authEnabled = platform.value(u"auth").toObject().value(u"enable_auth").toBool();
    const QJsonObject ov =
        platform.value(u"overrides").toObject().value(u"conversation_config_override").toObject();
    const QJsonObject ovAgent = ov.value(u"agent").toObject();
    if (ovAgent.value(u"first_message").toBool())
        d.allowedOverrides << QStringLiteral("first_message");
    if (ovAgent.value(u"language").toBool())
        d.allowedOverrides << QStringLiteral("language");
    if (ovAgent.value(u"prompt").toObject().value(u"prompt").toBool())
        d.allowedOverrides << QStringLiteral("prompt");
    if (ov.value(u"tts").toObject().value(u"voice_id").toBool())
        d.allowedOverrides << QStringLiteral("voice_id");
    d.dynamicVariables = placeholdersIn(d.prompt + u'\n' + d.firstMessage);
    d.variablesWithDefault = agent.value(u"dynamic_variables")
                                 .toObject()
                                 .value(u"dynamic_variable_placeholders")
                                 .toObject()
                                 .keys();
    return d;
}

void RestClient::fetchAgent(const QString &agentId,
                            std::function<void(RestResult<AgentDetails>)> done)
{
    get(QStringLiteral("/v1/convai/agents/%1").arg(agentId), {},
        [done = std::move(done)](int status, const QJsonObject &b, const QString &error) {
            done({error.isEmpty() ? parseAgent(b) : AgentDetails{}, status, error});
        });
}

void RestClient::fetchSignedUrl(const QString &agentId,
                                std::function<void(RestResult<QString>)> done)
{
    get(QStringLiteral("/v1/convai/conversation/get-signed-url"),
        {{QStringLiteral("agent_id"), agentId}},
        [done = std::move(done)](int status, const QJsonObject &b, const QString &error) {
            done({b.value(u"signed_url").toString(), status, error});
        });
}

void RestClient::fetchConversation(const QString &conversationId,
                                   std::function<void(RestResult<ConversationDetails>)> done)
{
    get(QStringLiteral("/v1/convai/conversations/%1").arg(conversationId), {},
        [done = std::move(done)](int status, const QJsonObject &b, const QString &error) {
            RestResult<ConversationDetails> r{{}, status, error};
            const QJsonObject meta = b.value(u"metadata").toObject();
            const QJsonObject analysis = b.value(u"analysis").toObject();
            r.value.conversationId = b.value(u"conversation_id").toString();
            r.value.status = b.value(u"status").toString();
            r.value.terminationReason = meta.value(u"termination_reason").toString();
            r.value.errorCode = meta.value(u"error").toObject().value(u"code").toInt();
            r.value.errorReason = meta.value(u"error").toObject().value(u"reason").toString();
            r.value.durationSecs = meta.value(u"call_duration_secs").toInt();
            r.value.cost = meta.value(u"cost").toDouble();
            r.value.callSuccessful = analysis.value(u"call_successful").toString();
            r.value.summary = analysis.value(u"transcript_summary").toString();
            r.value.hasAudio = b.value(u"has_audio").toBool();
            for (const QJsonValue &v : b.value(u"transcript").toArray()) {
                const QJsonObject t = v.toObject();
                r.value.transcript.append(
                    {t.value(u"role").toString(), t.value(u"message").toString(),
                     t.value(u"time_in_call_secs").toInt(), t.value(u"interrupted").toBool()});
            }
            r.value.raw = b;
            done(r);
        });
}

void RestClient::listConversations(const QString &agentId, int limit,
                                   std::function<void(RestResult<QList<ConversationSummary>>)> done)
{
    listConversationsPage(agentId, {}, limit, {}, std::move(done));
}

void RestClient::listConversationsPage(
    const QString &agentId, const QString &cursor, int limit, QList<ConversationSummary> collected,
    std::function<void(RestResult<QList<ConversationSummary>>)> done)
{
    QList<QPair<QString, QString>> query{
        {QStringLiteral("page_size"), QString::number(std::clamp(limit, 1, 100))}};
    if (!agentId.isEmpty())
        query.append({QStringLiteral("agent_id"), agentId});
    if (!cursor.isEmpty())
        query.append({QStringLiteral("cursor"), cursor});
    get(QStringLiteral("/v1/convai/conversations"), query,
        [this, agentId, limit, collected, done = std::move(done)](int status, const QJsonObject &b,
                                                                  const QString &error) mutable {
            if (!error.isEmpty()) {
                done({collected, status, error});
                return;
            }
            for (const QJsonValue &v : b.value(u"conversations").toArray()) {
                const QJsonObject c = v.toObject();
                collected.append(
                    {c.value(u"conversation_id").toString(), c.value(u"agent_id").toString(),
                     c.value(u"agent_name").toString(),
                     c.value(u"start_time_unix_secs").toInteger(),
                     c.value(u"call_duration_secs").toInt(), c.value(u"message_count").toInt(),
                     c.value(u"status").toString(), c.value(u"call_successful").toString(),
                     c.value(u"call_summary_title").toString()});
            }
            const QString next = b.value(u"next_cursor").toString();
            if (b.value(u"has_more").toBool() && !next.isEmpty() && collected.size() < limit) {
                listConversationsPage(agentId, next, limit, std::move(collected), std::move(done));
                return;
            }
            if (collected.size() > limit)
                collected.resize(limit);
            done({collected, status, {}});
        });
}

void RestClient::fetchConversationAudio(
    const QString &conversationId,
    std::function<void(RestResult<QByteArray>, const QString &contentType)> done)
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/v1/convai/conversations/%1/audio").arg(conversationId));
    QNetworkRequest req(url);
    req.setRawHeader("xi-api-key", m_key);
    req.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (status / 100 == 2) {
            done({body, status, {}}, type);
            return;
        }
        const QString error =
            status == 0 ? tr("could not reach ElevenLabs at %1: %2")
                              .arg(m_base.toString(), reply->errorString())
            : status == 404
                ? tr("ElevenLabs has no audio for this conversation (audio saving may be off "
                     "for the agent)")
                : tr("ElevenLabs answered HTTP %1 for the conversation audio").arg(status);
        done({{}, status, error}, type);
    });
}

} // namespace patchline::elevenlabs
