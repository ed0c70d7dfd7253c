// The pre-flight check (issue 7 §4) against the sandbox's Twilio and ElevenLabs REST
// surfaces and a real bridge, over loopback, with each failure injected.
#include "bridge/Bridge.h"
#include "preflight/Preflight.h"
#include "server/HttpServer.h"
#include "sim/SimAgent.h"
#include "sim/SimCarrier.h"

#include "TestUtil.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace patchline;
using preflight::CheckLine;
using preflight::Level;

namespace {
const QByteArray kKey = "xi_good_key_0123";
const QByteArray kToken = "twilio_token_4567";
const QString kAgent = QStringLiteral("agent_ok");
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::SimCarrier> m_carrier;
    std::unique_ptr<bridge::Bridge> m_bridge;
    settings::BridgeConfig m_bridgeConfig;

    std::unique_ptr<sim::SimAgent> agent(const std::function<void(sim::SimAgent::Options &)> &tweak)
    {
        sim::SimAgent::Options o;
        o.apiKey = kKey;
        o.agentIds = {kAgent};
        o.requiredDynamicVariables = {QStringLiteral("customer_name")};
        o.allowedOverrides = {QStringLiteral("first_message")};
        if (tweak)
            tweak(o);
        auto a = std::make_unique<sim::SimAgent>(
            o, [](const QString &) { return sim::Scenario::demo(); });
        a->listen(0);
        return a;
    }

    /// A request that passes every check (the baseline each case breaks one thing of).
    preflight::Request good(const sim::SimAgent &a) const
    {
        preflight::Request r;
        r.config = m_bridgeConfig;
        r.config.twilioApiBase = QUrl(m_carrier->restBase());
        r.config.elevenLabsApiBase = QUrl(a.apiBase());
        r.needsPublicUrl = false;
        r.to = QStringLiteral("+15550199");
        r.from = QStringLiteral("+15550100");
        r.variables = {{QStringLiteral("customer_name"), QStringLiteral("Ada")}};
        r.overrides = {QStringLiteral("first_message")};
        return r;
    }

    QList<CheckLine> runCheck(const preflight::Request &r)
    {
        preflight::Preflight p(&m_nam);
        QSignalSpy spy(&p, &preflight::Preflight::finished);
        p.run(r);
        if (!spy.wait(20000))
            return {};
        const auto lines = spy.at(0).at(0).value<QList<CheckLine>>();
        // Secret hygiene: no check line ever shows a secret.
        const QString text = preflight::Preflight::toText(lines);
        for (const QByteArray &s : {kKey, kToken, QByteArray("wrong_key_999")})
            if (text.contains(QString::fromLatin1(s)))
                qFatal("secret in pre-flight output");
        return lines;
    }

    static CheckLine find(const QList<CheckLine> &lines, const QString &id)
    {
        for (const CheckLine &l : lines)
            if (l.id == id)
                return l;
        return {};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<CheckLine>>();
        m_bridgeConfig.port = 0;
        m_bridgeConfig.twilioAuthToken = kToken;
        m_bridgeConfig.twilioAccountSid = sim::SimCarrier::Options().accountSid;
        m_bridgeConfig.elevenLabsApiKey = kKey;
        m_bridgeConfig.defaultAgentId = kAgent;
        m_bridgeConfig.instanceKey = "instance-key-for-this-test";
        m_bridge = std::make_unique<bridge::Bridge>(m_bridgeConfig, nullptr);
        const quint16 port = m_bridge->start();
        QVERIFY(port);
        m_bridgeConfig.port = port;
        m_bridgeConfig.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);

        sim::SimCarrier::Options co;
        co.authToken = kToken;
        co.publicBase = m_bridgeConfig.publicUrl;
        co.numbers = {QStringLiteral("+15550100"), QStringLiteral("+15550111")};
        co.verifiedCallerIds = {QStringLiteral("+15550199")};
        m_carrier = std::make_unique<sim::SimCarrier>(co);
        QVERIFY(m_carrier->listenRest());
    }

    void everythingRightPasses()
    {
        auto a = agent({});
        const auto lines = runCheck(good(*a));
        QVERIFY(!lines.isEmpty());
        QStringList ids;
        for (const CheckLine &l : lines) {
            ids << l.id;
            QVERIFY2(l.level == Level::Pass, qPrintable(l.id + u' ' + l.detail + u' ' + l.fix));
        }
        QCOMPARE(ids,
                 (QStringList{"twilio.credentials", "twilio.accountType", "twilio.from", "call.to",
                              "server.publicUrl", "elevenlabs.key", "elevenlabs.quota",
                              "agent.exists", "agent.reachable", "agent.formats",
                              "agent.firstMessage", "agent.overrides", "agent.variables"}));
        QVERIFY(preflight::Preflight::passed(lines));
        // Pickers get what was found on the way.
        QCOMPARE(find(lines, QStringLiteral("twilio.from")).choices,
                 (QStringList{"+15550100", "+15550111", "+15550199"}));
        QCOMPARE(find(lines, QStringLiteral("elevenlabs.key")).choices,
                 QStringList{QStringLiteral("agent_ok\tSandbox agent 1")});
    }

    void trialAccount()
    {
        auto a = agent({});
        sim::SimCarrier::Options co;
        co.authToken = kToken;
        co.trialAccount = true;
        co.verifiedCallerIds = {QStringLiteral("+15550199")};
        sim::SimCarrier trial(co);
        QVERIFY(trial.listenRest());
        preflight::Request r = good(*a);
        r.config.twilioApiBase = QUrl(trial.restBase());
        r.to = QStringLiteral("+15550123"); // not verified
        CheckLine l = find(runCheck(r), QStringLiteral("twilio.accountType"));
        QCOMPARE(l.level, Level::Fail);
        QVERIFY2(l.detail.contains(QStringLiteral("21219")), qPrintable(l.detail));
        QCOMPARE(l.section, QStringLiteral("twilio"));
        r.to = QStringLiteral("+15550199"); // verified: still amber (<Stream> may be stripped)
        l = find(runCheck(r), QStringLiteral("twilio.accountType"));
        QCOMPARE(l.level, Level::Warn);
        QVERIFY(l.detail.contains(QStringLiteral("<Stream>")));
    }

    void unknownFrom()
    {
        auto a = agent({});
        preflight::Request r = good(*a);
        r.from = QStringLiteral("+15559999");
        const auto lines = runCheck(r);
        const CheckLine l = find(lines, QStringLiteral("twilio.from"));
        QCOMPARE(l.level, Level::Fail);
        QVERIFY(l.detail.contains(QStringLiteral("+15559999")));
        QCOMPARE(l.suggestion, QStringLiteral("+15550100"));
        QVERIFY(!preflight::Preflight::passed(lines));
    }

    void badTwilioCredentials()
    {
        auto a = agent({});
        preflight::Request r = good(*a);
        r.config.twilioAuthToken = "wrong_key_999";
        const auto lines = runCheck(r);
        const CheckLine l = find(lines, QStringLiteral("twilio.credentials"));
        QCOMPARE(l.level, Level::Fail);
        QVERIFY2(l.detail.contains(QStringLiteral("401")), qPrintable(l.detail));
        QCOMPARE(find(lines, QStringLiteral("twilio.from")).level, Level::Skip);
    }

    void badElevenLabsKey()
    {
        auto a = agent({});
        preflight::Request r = good(*a);
        r.config.elevenLabsApiKey = "wrong_key_999";
        const auto lines = runCheck(r);
        const CheckLine l = find(lines, QStringLiteral("elevenlabs.key"));
        QCOMPARE(l.level, Level::Fail);
        QVERIFY(l.detail.contains(QStringLiteral("401")));
        QCOMPARE(l.section, QStringLiteral("elevenlabs"));
        QCOMPARE(find(lines, QStringLiteral("agent.exists")).level, Level::Fail);
        QCOMPARE(find(lines, QStringLiteral("twilio.credentials")).level, Level::Pass);
    }

    void agentFormatsWithoutConversion()
    {
        auto a =
            agent([](sim::SimAgent::Options &o) { o.outputFormat = QStringLiteral("pcm_44100"); });
        preflight::Request r = good(*a);
        r.config.convertFormats = false;
        CheckLine l = find(runCheck(r), QStringLiteral("agent.formats"));
        QCOMPARE(l.level, Level::Fail);
        QVERIFY(l.detail.contains(QStringLiteral("pcm_44100")));
        QCOMPARE(l.section, QStringLiteral("server"));
        r.config.convertFormats = true;
        QCOMPARE(find(runCheck(r), QStringLiteral("agent.formats")).level, Level::Warn);
    }

    void noFirstMessage()
    {
        auto a = agent([](sim::SimAgent::Options &o) { o.hasFirstMessage = false; });
        const CheckLine l = find(runCheck(good(*a)), QStringLiteral("agent.firstMessage"));
        QCOMPARE(l.level, Level::Warn);
        QVERIFY(l.detail.contains(QStringLiteral("silence")));
    }

    void unknownAgent()
    {
        auto a = agent({});
        preflight::Request r = good(*a);
        r.agentId = QStringLiteral("agent_nope");
        const auto lines = runCheck(r);
        QCOMPARE(find(lines, QStringLiteral("agent.exists")).level, Level::Fail);
        QCOMPARE(find(lines, QStringLiteral("agent.reachable")).level, Level::Fail);
    }

    void variablesAndOverrides()
    {
        auto a = agent({});
        preflight::Request r = good(*a);
        r.variables.clear();
        r.overrides = {QStringLiteral("first_message"), QStringLiteral("prompt")};
        const auto lines = runCheck(r);
        CheckLine v = find(lines, QStringLiteral("agent.variables"));
        QCOMPARE(v.level, Level::Fail);
        QVERIFY(v.detail.contains(QStringLiteral("{{customer_name}}")));
        CheckLine o = find(lines, QStringLiteral("agent.overrides"));
        QCOMPARE(o.level, Level::Fail);
        QVERIFY(o.detail.contains(QStringLiteral("prompt")));
        QVERIFY(!o.detail.contains(QStringLiteral("first_message,")));
    }

    void quota()
    {
        auto low = agent([](sim::SimAgent::Options &o) { o.characterCount = 99000; });
        QCOMPARE(find(runCheck(good(*low)), QStringLiteral("elevenlabs.quota")).level, Level::Warn);
        auto none = agent([](sim::SimAgent::Options &o) { o.characterCount = 100000; });
        QCOMPARE(find(runCheck(good(*none)), QStringLiteral("elevenlabs.quota")).level,
                 Level::Fail);
    }

    void publicUrlUnreachable()
    {
        auto a = agent({});
        preflight::Request r = good(*a);
        quint16 freePort = 0;
        {
            server::HttpServer closed; // find a free port, then close it again
            freePort = closed.listen(QHostAddress::LocalHost, 0);
        }
        QVERIFY(freePort);
        r.config.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(freePort);
        r.ngrokApi = QUrl(QStringLiteral("http://127.0.0.1:%1/api/tunnels").arg(freePort));
        const CheckLine l = find(runCheck(r), QStringLiteral("server.publicUrl"));
        QCOMPARE(l.level, Level::Fail);
        QVERIFY(l.detail.contains(QStringLiteral("not reachable")));
        QCOMPARE(l.section, QStringLiteral("server"));
    }

    void publicUrlReachesAnotherApp()
    {
        auto a = agent({});
        server::HttpServer other; // answers /health, but cannot know our instance key
        other.route("GET", QStringLiteral("/health"), [](const server::HttpRequest &) {
            return server::HttpResponse::json(R"J({"ok":true,"proof":"guess"})J");
        });
        const quint16 port = other.listen(QHostAddress::LocalHost, 0);
        preflight::Request r = good(*a);
        r.config.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const CheckLine l = find(runCheck(r), QStringLiteral("server.publicUrl"));
        QCOMPARE(l.level, Level::Fail);
        QVERIFY(l.detail.contains(QStringLiteral("not from this Patchline")));
    }

    void missingPublicUrlSuggestsTheNgrokTunnel()
    {
        auto a = agent({});
        server::HttpServer ngrok; // ngrok's local API (127.0.0.1:4040/api/tunnels)
        const int ourPort = m_bridgeConfig.port;
        ngrok.route("GET", QStringLiteral("/api/tunnels"), [ourPort](const server::HttpRequest &) {
            return server::HttpResponse::json(
                QStringLiteral(
                    R"J({"tunnels":[{"public_url":"https:\/\/other.ngrok.app","config":{"addr":"http:\/\/localhost:3000"}},{"public_url":"https:\/\/ab12.ngrok-free.app","proto":"https","config":{"addr":"http:\/\/localhost:%1"}}]})J")
                    .arg(ourPort)
                    .toUtf8());
        });
        const quint16 port = ngrok.listen(QHostAddress::LocalHost, 0);
        preflight::Request r = good(*a);
        r.needsPublicUrl = true;
        r.config.publicUrl.clear();
        r.ngrokApi = QUrl(QStringLiteral("http://127.0.0.1:%1/api/tunnels").arg(port));
        const auto lines = runCheck(r);
        const CheckLine l = find(lines, QStringLiteral("server.publicUrl"));
        QCOMPARE(l.level, Level::Fail);
        QCOMPARE(l.suggestion, QStringLiteral("https://ab12.ngrok-free.app"));
        QVERIFY(l.fix.contains(QStringLiteral("https://ab12.ngrok-free.app")));
        // Real mode without the Auth Token: webhooks cannot be verified.
        r.config.twilioAuthToken.clear();
        r.config.twilioApiKey = "SK0123456789abcdef0123456789abcdef";
        r.config.twilioApiSecret = "secret_of_key_1";
        QCOMPARE(find(runCheck(r), QStringLiteral("twilio.webhooks")).level, Level::Fail);
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
