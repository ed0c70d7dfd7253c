#include "preflight/Preflight.h"

#include "elevenlabs/RestClient.h"
#include "twilio/E164.h"
#include "twilio/RestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <memory>

namespace patchline::preflight {

namespace {
/// Display order of the checks (stable, whatever order the answers come in).
const QStringList kOrder{
    QStringLiteral("twilio.credentials"),
    QStringLiteral("twilio.webhooks"),
    QStringLiteral("twilio.accountType"),
    QStringLiteral("twilio.from"),
    QStringLiteral("call.to"),
    QStringLiteral("server.publicUrl"),
    QStringLiteral("elevenlabs.key"),
    QStringLiteral("elevenlabs.quota"),
    QStringLiteral("agent.exists"),
    QStringLiteral("agent.reachable"),
    QStringLiteral("agent.formats"),
    QStringLiteral("agent.firstMessage"),
    QStringLiteral("agent.overrides"),
    QStringLiteral("agent.variables"),
};

/// Dynamic variables the bridge fills on every call (CallSession).
const QStringList kBridgeVariables{QStringLiteral("call_sid"), QStringLiteral("caller_number")};

CheckLine line(const QString &id, Level level, const QString &title, const QString &detail,
               const QString &fix = {}, const QString &section = {})
{
    return {id, level, title, detail, fix, section, {}, {}};
}
} // namespace

/// Deletes a QObject with deleteLater(): a run may end inside one of its clients' callbacks.
struct DeleteLater
{
    void operator()(QObject *o) const { o->deleteLater(); }
};

struct Preflight::Run
{
    Request req;
    QList<CheckLine> lines;
    int pending = 1; ///< the run itself, released once every check has started
    std::unique_ptr<twilio::RestClient, DeleteLater> twilio;
    std::unique_ptr<elevenlabs::RestClient, DeleteLater> eleven;
    QList<twilio::PhoneNumber> incoming, callerIds;
};

void Request::setCallVariables(const QMap<QString, QString> &callVariables)
{
    variables.clear();
    overrides.clear();
    for (auto it = callVariables.begin(); it != callVariables.end(); ++it) {
        if (it.key().startsWith(u"override_"))
            overrides << it.key().mid(9);
        else
            variables.insert(it.key(), it.value());
    }
}

Preflight::Preflight(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    qRegisterMetaType<QList<patchline::preflight::CheckLine>>();
}

Preflight::~Preflight()
{
    // An abandoned run's clients must not call back into a destroyed Preflight.
    if (m_current) {
        delete m_current->twilio.release();
        delete m_current->eleven.release();
    }
}

QString Preflight::symbol(Level level)
{
    switch (level) {
    case Level::Pass:
        return QStringLiteral("✓");
    case Level::Warn:
        return QStringLiteral("!");
    case Level::Fail:
        return QStringLiteral("✗");
    case Level::Skip:
        break;
    }
    return QStringLiteral("-");
}

bool Preflight::passed(const QList<CheckLine> &lines)
{
    return count(lines, Level::Fail) == 0;
}

int Preflight::count(const QList<CheckLine> &lines, Level level)
{
    return int(std::count_if(lines.begin(), lines.end(),
                             [level](const CheckLine &l) { return l.level == level; }));
}

QString Preflight::toText(const QList<CheckLine> &lines)
{
    QString out;
    for (const CheckLine &l : lines) {
        out += QStringLiteral("%1 %2: %3").arg(symbol(l.level), l.title, l.detail);
        if (!l.fix.isEmpty())
            out += QStringLiteral(" — ") + l.fix;
        out += u'\n';
    }
    return out;
}

void Preflight::add(const std::shared_ptr<Run> &run, CheckLine l)
{
    run->lines.append(std::move(l));
}

void Preflight::done(const std::shared_ptr<Run> &run)
{
    if (--run->pending > 0 || run != m_current)
        return;
    std::stable_sort(run->lines.begin(), run->lines.end(),
                     [](const CheckLine &a, const CheckLine &b) {
                         return kOrder.indexOf(a.id) < kOrder.indexOf(b.id);
                     });
    m_current.reset();
    const QList<CheckLine> lines = run->lines;
    run->twilio.reset();
    run->eleven.reset();
    emit finished(lines);
}

void Preflight::run(const Request &request)
{
    auto run = std::make_shared<Run>();
    run->req = request;
    if (run->req.agentId.isEmpty())
        run->req.agentId = request.config.defaultAgentId;
    m_current = run;
    if (request.scope & Request::Call && !request.to.isEmpty()) {
        QString why;
        const QString to = twilio::normalizeE164(request.to, &why);
        add(run, to.isEmpty() ? line(QStringLiteral("call.to"), Level::Fail, tr("Number to call"),
                                     tr("'%1' is not a phone number: %2").arg(request.to, why),
                                     tr("Enter it in E.164 form, e.g. +15551234567."),
                                     QStringLiteral("call"))
                              : line(QStringLiteral("call.to"), Level::Pass, tr("Number to call"),
                                     tr("%1 is valid E.164").arg(to)));
        run->req.to = to;
    }
    if (request.scope & Request::Twilio)
        checkTwilio(run);
    if (request.scope & Request::Server)
        checkServer(run);
    if (request.scope & (Request::ElevenLabs | Request::Agent))
        checkElevenLabs(run);
    done(run);
}

void Preflight::checkTwilio(const std::shared_ptr<Run> &run)
{
    const settings::BridgeConfig &c = run->req.config;
    const QString title = tr("Twilio credentials");
    const QString twilioSection = QStringLiteral("twilio");
    auto skipRest = [this, run](const QString &why) {
        add(run, line(QStringLiteral("twilio.accountType"), Level::Skip, tr("Twilio account type"),
                      why));
        add(run, line(QStringLiteral("twilio.from"), Level::Skip, tr("Caller ID (From)"), why));
    };
    if (run->req.needsPublicUrl && c.twilioAuthToken.isEmpty())
        add(run, line(QStringLiteral("twilio.webhooks"), Level::Fail, tr("Webhook signatures"),
                      tr("no Auth Token: Twilio's webhooks cannot be verified, so every call is "
                         "refused (403)"),
                      tr("Enter the Auth Token in Settings → Twilio (API keys cannot check "
                         "webhook signatures)."),
                      twilioSection));
    if (c.twilioAccountSid.isEmpty() || c.twilioRestSecret().isEmpty()) {
        add(run, line(QStringLiteral("twilio.credentials"), Level::Fail, title,
                      c.twilioAccountSid.isEmpty() ? tr("the Account SID is not set")
                                                   : tr("no Auth Token or API key secret is set"),
                      tr("Enter the Account SID and Auth Token from the Twilio Console in "
                         "Settings → Twilio."),
                      twilioSection));
        skipRest(tr("needs working Twilio credentials"));
        return;
    }
    twilio::Credentials creds{c.twilioAccountSid, c.twilioRestUser(), c.twilioRestSecret()};
    run->twilio.reset(new twilio::RestClient(m_nam, c.twilioApiBase, creds));
    run->twilio->setMaxRetries(1);
    ++run->pending;
    run->twilio->fetchAccount([this, run, title, twilioSection,
                               skipRest](twilio::TwilioResult<twilio::AccountInfo> r) {
        if (run != m_current)
            return;
        if (!r.ok()) {
            add(run,
                line(QStringLiteral("twilio.credentials"), Level::Fail, title,
                     r.status == 401 ? tr("Twilio refused these credentials (HTTP 401)") : r.error,
                     r.status == 401 ? tr("Copy the Account SID and Auth Token (or API key "
                                          "and secret) again from the Twilio Console.")
                     : r.status == 0 ? tr("Check the network connection and the Twilio API "
                                          "base URL.")
                                     : tr("Check the Account SID; retry later if Twilio "
                                          "reports a problem."),
                     twilioSection));
            skipRest(tr("needs working Twilio credentials"));
            done(run);
            return;
        }
        const twilio::AccountInfo a = r.value;
        if (!a.status.isEmpty() && a.status != u"active")
            add(run, line(QStringLiteral("twilio.credentials"), Level::Fail, title,
                          tr("account ‘%1’ is %2").arg(a.friendlyName, a.status),
                          tr("Reactivate the account in the Twilio Console."), twilioSection));
        else
            add(run, line(QStringLiteral("twilio.credentials"), Level::Pass, title,
                          tr("account ‘%1’ (%2)").arg(a.friendlyName, a.type)));
        // The account's numbers and verified caller IDs, then type and From.
        auto lists = std::make_shared<int>(2);
        auto decide = [this, run, a, twilioSection]() {
            const QString to = run->req.to;
            const auto has = [](const QList<twilio::PhoneNumber> &l, const QString &n) {
                return std::find_if(l.begin(), l.end(), [&](const twilio::PhoneNumber &p) {
                           return p.phoneNumber == n;
                       }) != l.end();
            };
            const QString typeTitle = tr("Twilio account type");
            if (a.type.compare(u"Trial", Qt::CaseInsensitive) != 0) {
                add(run, line(QStringLiteral("twilio.accountType"), Level::Pass, typeTitle,
                              tr("%1 account").arg(a.type.isEmpty() ? tr("Full") : a.type)));
            } else if (!to.isEmpty() && !has(run->callerIds, to)) {
                add(run, line(QStringLiteral("twilio.accountType"), Level::Fail, typeTitle,
                              tr("trial account, and %1 is not a verified caller ID: Twilio "
                                 "refuses the call (21219)")
                                  .arg(to),
                              tr("Upgrade the account, or verify %1 in the Twilio Console "
                                 "(Phone Numbers → Verified Caller IDs).")
                                  .arg(to),
                              twilioSection));
            } else {
                add(run, line(QStringLiteral("twilio.accountType"), Level::Warn, typeTitle,
                              tr("trial account: Twilio may replace <Stream> with a spoken "
                                 "notice, so the agent is never connected (twilio.md §1.10)"),
                              tr("Upgrade the account to Full in the Twilio Console before "
                                 "testing."),
                              twilioSection));
            }
            const QString fromTitle = tr("Caller ID (From)");
            const QString from = run->req.from;
            QString voiceNumber;
            for (const twilio::PhoneNumber &p : std::as_const(run->incoming))
                if (p.voice && voiceNumber.isEmpty())
                    voiceNumber = p.phoneNumber;
            QStringList choices;
            for (const twilio::PhoneNumber &p : std::as_const(run->incoming))
                if (p.voice)
                    choices << p.phoneNumber;
            for (const twilio::PhoneNumber &p : std::as_const(run->callerIds))
                if (!choices.contains(p.phoneNumber))
                    choices << p.phoneNumber;
            const auto addFrom = [&](CheckLine l) {
                l.choices = choices;
                add(run, l);
            };
            if (from.isEmpty()) {
                CheckLine l = line(QStringLiteral("twilio.from"), Level::Warn, fromTitle,
                                   tr("no caller ID chosen"),
                                   voiceNumber.isEmpty()
                                       ? tr("Buy a voice number in the Twilio Console, then pick "
                                            "it in Settings → Twilio.")
                                       : tr("Pick the default From number in Settings → Twilio."),
                                   twilioSection);
                l.suggestion = voiceNumber;
                addFrom(l);
            } else {
                auto it = std::find_if(
                    run->incoming.begin(), run->incoming.end(),
                    [&](const twilio::PhoneNumber &p) { return p.phoneNumber == from; });
                if (it != run->incoming.end() && it->voice)
                    addFrom(line(QStringLiteral("twilio.from"), Level::Pass, fromTitle,
                                 tr("%1 belongs to the account and has voice").arg(from)));
                else if (it != run->incoming.end())
                    addFrom(line(QStringLiteral("twilio.from"), Level::Fail, fromTitle,
                                 tr("%1 has no voice capability").arg(from),
                                 tr("Choose a number with voice, or enable voice on it in the "
                                    "Twilio Console."),
                                 twilioSection));
                else if (has(run->callerIds, from))
                    addFrom(line(QStringLiteral("twilio.from"), Level::Pass, fromTitle,
                                 tr("%1 is a verified caller ID of the account").arg(from)));
                else {
                    CheckLine l = line(
                        QStringLiteral("twilio.from"), Level::Fail, fromTitle,
                        tr("%1 is not one of this account's numbers (Twilio "
                           "refuses it: 21210)")
                            .arg(from),
                        voiceNumber.isEmpty()
                            ? tr("Buy a voice number in the Twilio Console.")
                            : tr("Use one of the account's numbers, e.g. %1.").arg(voiceNumber),
                        twilioSection);
                    l.suggestion = voiceNumber;
                    addFrom(l);
                }
            }
        };
        auto oneList = [this, run, lists, decide] {
            if (--*lists == 0 && run == m_current) {
                decide();
                done(run);
            }
        };
        run->twilio->listIncomingNumbers(
            [run, oneList](twilio::TwilioResult<QList<twilio::PhoneNumber>> r) {
                run->incoming = r.value;
                oneList();
            });
        run->twilio->listOutgoingCallerIds(
            [run, oneList](twilio::TwilioResult<QList<twilio::PhoneNumber>> r) {
                run->callerIds = r.value;
                oneList();
            });
    });
}

void Preflight::checkServer(const std::shared_ptr<Run> &run)
{
    const settings::BridgeConfig &c = run->req.config;
    const QString title = tr("Public URL");
    const QString section = QStringLiteral("server");
    const int port = c.port;
    ++run->pending;

    // Looks for an ngrok tunnel to our port (its local API, 127.0.0.1:4040), then adds `l`.
    auto withNgrok = [this, run, port](CheckLine l) {
        QNetworkRequest nr(run->req.ngrokApi);
        nr.setTransferTimeout(2000);
        QNetworkReply *reply = m_nam->get(nr);
        connect(reply, &QNetworkReply::finished, this, [this, run, reply, port, l]() mutable {
            reply->deleteLater();
            const QJsonArray tunnels =
                QJsonDocument::fromJson(reply->readAll()).object().value(u"tunnels").toArray();
            for (const QJsonValue &t : tunnels) {
                const QString url = t[u"public_url"].toString();
                const QString addr = t[u"config"][u"addr"].toString();
                if (url.startsWith(u"https://") &&
                    (addr == QString::number(port) ||
                     addr.endsWith(QStringLiteral(":%1").arg(port)))) {
                    l.suggestion = url;
                    l.fix = tr("An ngrok tunnel to this port is running: use %1 as the public "
                               "URL.")
                                .arg(url);
                    break;
                }
            }
            if (run != m_current)
                return;
            add(run, l);
            done(run);
        });
    };

    if (run->req.needsPublicUrl && c.publicUrl.isEmpty()) {
        withNgrok(line(QStringLiteral("server.publicUrl"), Level::Fail, title,
                       tr("not set: Twilio cannot reach %1").arg(c.publicBase()),
                       tr("Start a tunnel (ngrok http %1) and enter its https URL in Settings → "
                          "Server.")
                           .arg(port),
                       section));
        return;
    }
    const QString nonce = c.ownHealthNonce();
    QUrl url(c.publicBase() + QStringLiteral("/health"));
    url.setQuery(QUrlQuery{{QStringLiteral("nonce"), nonce}});
    QNetworkRequest nr(url);
    nr.setTransferTimeout(8000);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_nam->get(nr);
    connect(reply, &QNetworkReply::finished, this,
            [this, run, reply, nonce, timer, title, section, withNgrok, port]() {
                reply->deleteLater();
                if (run != m_current)
                    return;
                const settings::BridgeConfig &c = run->req.config;
                const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() != QNetworkReply::NoError && status == 0) {
                    withNgrok(line(
                        QStringLiteral("server.publicUrl"), Level::Fail, title,
                        tr("%1 is not reachable: %2").arg(c.publicBase(), reply->errorString()),
                        tr("Start the tunnel to port %1 or correct the URL in "
                           "Settings → Server.")
                            .arg(port),
                        section));
                    return;
                }
                if (o.value(u"proof").toString() != c.healthProof(nonce)) {
                    withNgrok(line(QStringLiteral("server.publicUrl"), Level::Fail, title,
                                   tr("%1 answers (HTTP %2), but not from this Patchline")
                                       .arg(c.publicBase())
                                       .arg(status),
                                   tr("Point the tunnel at port %1 of this machine (ngrok http "
                                      "%1), or correct the URL.")
                                       .arg(port),
                                   section));
                    return;
                }
                const bool plain = c.publicBase().startsWith(u"http://");
                if (plain && run->req.needsPublicUrl)
                    add(run, line(QStringLiteral("server.publicUrl"), Level::Warn, title,
                                  tr("reaches this app, but over plain http"),
                                  tr("Use the https URL of your tunnel: Twilio opens Media "
                                     "Streams over wss:// only."),
                                  section));
                else
                    add(run, line(QStringLiteral("server.publicUrl"), Level::Pass, title,
                                  tr("%1 reaches this app (%2 ms)")
                                      .arg(c.publicBase())
                                      .arg(timer->elapsed())));
                done(run);
            });
}

void Preflight::checkElevenLabs(const std::shared_ptr<Run> &run)
{
    const settings::BridgeConfig &c = run->req.config;
    const QString section = QStringLiteral("elevenlabs");
    const bool agentScope = run->req.scope & Request::Agent;
    auto skipAgent = [this, run, agentScope](const QString &why) {
        if (agentScope)
            add(run, line(QStringLiteral("agent.exists"), Level::Skip, tr("Agent"), why));
    };
    if (c.elevenLabsApiKey.isEmpty()) {
        add(run, line(QStringLiteral("elevenlabs.key"), Level::Fail, tr("ElevenLabs API key"),
                      tr("not set"),
                      tr("Create an API key on elevenlabs.io (Developers → API keys) and enter it "
                         "in Settings → ElevenLabs."),
                      section));
        skipAgent(tr("needs an ElevenLabs API key"));
        return;
    }
    run->eleven.reset(new elevenlabs::RestClient(m_nam, c.elevenLabsApiBase, c.elevenLabsApiKey));
    if (run->req.scope & Request::ElevenLabs) {
        // reference/elevenlabs.md §7.1: the agents list is the targeted key check (scoped
        // keys may lack "User" read); /v1/user gives the quota.
        ++run->pending;
        run->eleven->listAgents([this, run, section](
                                    elevenlabs::RestResult<QList<elevenlabs::AgentSummary>> r) {
            if (run != m_current)
                return;
            const QString title = tr("ElevenLabs API key");
            if (r.ok()) {
                CheckLine l =
                    line(QStringLiteral("elevenlabs.key"), Level::Pass, title,
                         tr("accepted; %n agent(s) visible", nullptr, int(r.value.size())));
                for (const elevenlabs::AgentSummary &a : std::as_const(r.value))
                    l.choices << a.agentId + u'\t' + a.name;
                add(run, l);
            } else
                add(run,
                    line(QStringLiteral("elevenlabs.key"), Level::Fail, title,
                         r.status == 401 ? tr("ElevenLabs refused the key (HTTP 401)") : r.error,
                         r.status == 401 ? tr("Paste the key again, or create one with "
                                              "Conversational AI access, in Settings → ElevenLabs.")
                                         : tr("Check the network connection and the API region."),
                         section));
            done(run);
        });
        ++run->pending;
        run->eleven->fetchUser([this, run,
                                section](elevenlabs::RestResult<elevenlabs::UserInfo> r) {
            if (run != m_current)
                return;
            const QString title = tr("ElevenLabs quota");
            if (!r.ok()) {
                add(run, line(QStringLiteral("elevenlabs.quota"), Level::Warn, title,
                              r.status == 401 ? tr("this key cannot read the quota (restricted "
                                                   "key without User read)")
                                              : r.error,
                              tr("Check the remaining credits on elevenlabs.io, or allow User "
                                 "read on the key."),
                              section));
            } else {
                const qint64 left = r.value.characterLimit - r.value.characterCount;
                const QString detail = tr("plan ‘%1’: %L2 of %L3 credits left")
                                           .arg(r.value.tier)
                                           .arg(left)
                                           .arg(r.value.characterLimit);
                if (r.value.characterLimit > 0 && left <= 0)
                    add(run, line(QStringLiteral("elevenlabs.quota"), Level::Fail, title,
                                  detail + tr(" — the agent cannot speak"),
                                  tr("Upgrade the plan or wait for the monthly reset."), section));
                else if (r.value.characterLimit > 0 && left * 20 < r.value.characterLimit)
                    add(run, line(QStringLiteral("elevenlabs.quota"), Level::Warn, title, detail,
                                  tr("Less than 5% left: upgrade the plan before long tests."),
                                  section));
                else
                    add(run, line(QStringLiteral("elevenlabs.quota"), Level::Pass, title, detail));
            }
            done(run);
        });
    }
    if (agentScope)
        checkAgent(run);
}

void Preflight::checkAgent(const std::shared_ptr<Run> &run)
{
    const QString section = QStringLiteral("elevenlabs");
    const QString agentId = run->req.agentId;
    if (agentId.isEmpty()) {
        add(run,
            line(QStringLiteral("agent.exists"), Level::Fail, tr("Agent"), tr("no agent chosen"),
                 tr("Pick the default agent in Settings → ElevenLabs."), section));
        return;
    }
    ++run->pending;
    run->eleven->fetchSignedUrl(agentId, [this, run, section](elevenlabs::RestResult<QString> r) {
        if (run != m_current)
            return;
        const QString title = tr("Conversation start");
        if (r.ok() && !r.value.isEmpty())
            add(run, line(QStringLiteral("agent.reachable"), Level::Pass, title,
                          tr("signed URL issued: conversations can start")));
        else
            add(run, line(QStringLiteral("agent.reachable"), Level::Fail, title,
                          tr("no signed URL: %1").arg(r.error),
                          tr("Check that the key belongs to the agent's workspace and region."),
                          section));
        done(run);
    });
    ++run->pending;
    run->eleven->fetchAgent(agentId, [this, run, section,
                                      agentId](elevenlabs::RestResult<elevenlabs::AgentDetails> r) {
        if (run != m_current)
            return;
        if (!r.ok()) {
            add(run, line(QStringLiteral("agent.exists"), Level::Fail, tr("Agent"),
                          r.status == 404 ? tr("agent %1 does not exist for this key").arg(agentId)
                                          : r.error,
                          tr("Pick an agent from the list in Settings → ElevenLabs (agents belong "
                             "to one workspace and region)."),
                          section));
            done(run);
            return;
        }
        const elevenlabs::AgentDetails &a = r.value;
        add(run, line(QStringLiteral("agent.exists"), Level::Pass, tr("Agent"),
                      tr("‘%1’ (%2)").arg(a.name, a.agentId)));
        // Formats (reference/elevenlabs.md §4).
        const QString formatsTitle = tr("Agent audio formats");
        const QString formats =
            tr("%1 in / %2 out")
                .arg(a.inputFormat.isEmpty() ? QStringLiteral("?") : a.inputFormat,
                     a.outputFormat.isEmpty() ? QStringLiteral("?") : a.outputFormat);
        const bool ulaw = a.inputFormat == u"ulaw_8000" && a.outputFormat == u"ulaw_8000";
        if (ulaw)
            add(run, line(QStringLiteral("agent.formats"), Level::Pass, formatsTitle,
                          tr("%1: the phone line's format, forwarded untouched").arg(formats)));
        else if (run->req.config.convertFormats)
            add(run, line(QStringLiteral("agent.formats"), Level::Warn, formatsTitle,
                          tr("%1: converted in the bridge").arg(formats),
                          tr("Set both formats to μ-law 8000 Hz in the agent's Advanced settings "
                             "to forward audio untouched."),
                          section));
        else
            add(run, line(QStringLiteral("agent.formats"), Level::Fail, formatsTitle,
                          tr("%1, and conversion is off: the call would end at once").arg(formats),
                          tr("Set both formats to μ-law 8000 Hz in the agent, or switch "
                             "conversion on in Settings → Server."),
                          QStringLiteral("server")));
        const QString firstTitle = tr("First message");
        if (a.firstMessage.trimmed().isEmpty())
            add(run,
                line(QStringLiteral("agent.firstMessage"), Level::Warn, firstTitle,
                     tr("none: the caller hears silence until they speak"),
                     tr("Add a first message in the agent's settings on elevenlabs.io."), section));
        else
            add(run, line(QStringLiteral("agent.firstMessage"), Level::Pass, firstTitle,
                          tr("“%1”").arg(a.firstMessage.left(60))));
        // Overrides the call uses must be allowed (§2.1), else the agent closes with 1008.
        QStringList refused;
        for (const QString &o : std::as_const(run->req.overrides))
            if (!a.allowedOverrides.contains(o))
                refused << o;
        const QString ovTitle = tr("Overrides");
        if (!refused.isEmpty())
            add(run, line(QStringLiteral("agent.overrides"), Level::Fail, ovTitle,
                          tr("the call overrides %1, which the agent does not allow: it would "
                             "close the conversation (1008)")
                              .arg(refused.join(QStringLiteral(", "))),
                          tr("Allow them in the agent's Security tab, or leave them out of the "
                             "call."),
                          QStringLiteral("call")));
        else if (!run->req.overrides.isEmpty())
            add(run, line(QStringLiteral("agent.overrides"), Level::Pass, ovTitle,
                          tr("%1 allowed").arg(run->req.overrides.join(QStringLiteral(", ")))));
        // Required dynamic variables (§6.2).
        QStringList missing;
        for (const QString &v : a.requiredDynamicVariables())
            if (!kBridgeVariables.contains(v) && run->req.variables.value(v).isEmpty())
                missing << QStringLiteral("{{%1}}").arg(v);
        const QString varTitle = tr("Dynamic variables");
        if (!missing.isEmpty())
            add(run, line(QStringLiteral("agent.variables"), Level::Fail, varTitle,
                          tr("required but not filled: %1").arg(missing.join(QStringLiteral(", "))),
                          tr("Fill them in the call (or give them defaults in the agent)."),
                          QStringLiteral("call")));
        else
            add(run, line(QStringLiteral("agent.variables"), Level::Pass, varTitle,
                          a.requiredDynamicVariables().isEmpty() ? tr("none required")
                                                                 : tr("all required ones filled")));
        done(run);
    });
}

} // namespace patchline::preflight
