#include "TestUtil.h"
#include "elevenlabs/AgentClient.h"
#include "elevenlabs/RestClient.h"
#include "sim/SimAgent.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace patchline;
using namespace patchline::elevenlabs;

/// The ElevenLabs REST client against the sandbox agent's REST surface (§7).
class TestRestClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    std::unique_ptr<sim::SimAgent> m_agent;

    template <typename T>
    RestResult<T> wait(const std::function<void(std::function<void(RestResult<T>)>)> &call)
    {
        RestResult<T> out;
        bool done = false;
        call([&](RestResult<T> r) {
            out = std::move(r);
            done = true;
        });
        test::waitFor([&] { return done; }, 10000);
        return out;
    }

private slots:
    void initTestCase()
    {
        sim::SimAgent::Options o;
        o.apiKey = "key-123";
        o.inputFormat = QStringLiteral("pcm_16000");
        o.outputFormat = QStringLiteral("ulaw_8000");
        o.allowedOverrides = {QStringLiteral("first_message"), QStringLiteral("voice_id")};
        o.requiredDynamicVariables = {QStringLiteral("customer_name")};
        o.agentIds.clear();
        for (int i = 0; i < 250; ++i)
            o.agentIds << QStringLiteral("agent_%1").arg(i, 3, 10, QLatin1Char('0'));
        m_agent = std::make_unique<sim::SimAgent>(o, [](const QString &) {
            sim::Scenario s;
            s.agentLines = {QStringLiteral("agent3")};
            s.agentHangsUpAfter = 1;
            return s;
        });
        QVERIFY(m_agent->listen(0));
    }

    void user()
    {
        RestClient good(&m_nam, QUrl(m_agent->apiBase()), "key-123");
        const auto r = wait<UserInfo>([&](auto cb) { good.fetchUser(cb); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value.tier, QStringLiteral("sandbox"));
        QCOMPARE(r.value.characterLimit, 100000);

        RestClient bad(&m_nam, QUrl(m_agent->apiBase()), "key-wrong-9f");
        const auto b = wait<UserInfo>([&](auto cb) { bad.fetchUser(cb); });
        QCOMPARE(b.status, 401);
        QVERIFY(b.error.contains(QStringLiteral("API key")));
        QVERIFY(b.error.contains(QStringLiteral("Invalid API key")));
        QVERIFY(!b.error.contains(QStringLiteral("key-wrong-9f")));
    }

    void agentsArePaginated()
    {
        RestClient c(&m_nam, QUrl(m_agent->apiBase()), "key-123");
        const auto r = wait<QList<AgentSummary>>([&](auto cb) { c.listAgents(cb); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value.size(), 250); // three pages of ≤ 100
        QCOMPARE(r.value.first().agentId, QStringLiteral("agent_000"));
        QCOMPARE(r.value.last().agentId, QStringLiteral("agent_249"));
        QCOMPARE(r.value.at(7).name, QStringLiteral("Sandbox agent 8"));
    }

    void agentDetails()
    {
        RestClient c(&m_nam, QUrl(m_agent->apiBase()), "key-123");
        const auto r =
            wait<AgentDetails>([&](auto cb) { c.fetchAgent(QStringLiteral("agent_001"), cb); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value.inputFormat, QStringLiteral("pcm_16000"));
        QCOMPARE(r.value.outputFormat, QStringLiteral("ulaw_8000"));
        QVERIFY(r.value.authEnabled);
        QCOMPARE(r.value.allowedOverrides,
                 (QStringList{QStringLiteral("first_message"), QStringLiteral("voice_id")}));
        QCOMPARE(r.value.requiredDynamicVariables(), QStringList{QStringLiteral("customer_name")});
        QVERIFY(!r.value.firstMessage.isEmpty());
        QCOMPARE(r.value.telephonyProblems().size(), 1); // the format, not the first message
        QVERIFY(r.value.telephonyProblems().first().contains(QStringLiteral("pcm_16000")));

        const auto missing =
            wait<AgentDetails>([&](auto cb) { c.fetchAgent(QStringLiteral("agent_nope"), cb); });
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.error.contains(QStringLiteral("not found")));
    }

    void parseAgentDefaultsAndPlaceholders()
    {
        // Formats default to pcm_16000 when absent (§4); placeholders with defaults are optional.
        const QJsonObject o{
            {QStringLiteral("agent_id"), QStringLiteral("a")},
            {QStringLiteral("conversation_config"),
             QJsonObject{
                 {QStringLiteral("agent"),
                  QJsonObject{{QStringLiteral("first_message"),
                               QStringLiteral("Hi {{name}}, order {{ order_id }}")},
                              {QStringLiteral("prompt"),
                               QJsonObject{{QStringLiteral("prompt"),
                                            QStringLiteral("Use {{system__time}} and {{name}}.")}}},
                              {QStringLiteral("dynamic_variables"),
                               QJsonObject{{QStringLiteral("dynamic_variable_placeholders"),
                                            QJsonObject{{QStringLiteral("order_id"),
                                                         QStringLiteral("none")}}}}}}}}}};
        const AgentDetails d = RestClient::parseAgent(o);
        QCOMPARE(d.inputFormat, QStringLiteral("pcm_16000"));
        QCOMPARE(d.outputFormat, QStringLiteral("pcm_16000"));
        QCOMPARE(d.requiredDynamicVariables(), QStringList{QStringLiteral("name")});
        QVERIFY(d.allowedOverrides.isEmpty());
    }

    void conversationAfterTheCall()
    {
        AgentClient conv(&m_nam);
        QSignalSpy ready(&conv, &AgentClient::ready);
        QSignalSpy closed(&conv, &AgentClient::closed);
        AgentEndpoint e;
        e.apiBase = QUrl(m_agent->apiBase());
        e.apiKey = "key-123";
        e.agentId = QStringLiteral("agent_000");
        conv.start(e, {{QStringLiteral("customer_name"), QStringLiteral("Ada")},
                       {QStringLiteral("call_sid"), QStringLiteral("CArest")}});
        QVERIFY(ready.wait(5000));
        const QString id = conv.conversationId();
        QVERIFY(closed.wait(10000)); // the scenario's agent hangs up after its greeting
        RestClient c(&m_nam, QUrl(m_agent->apiBase()), "key-123");
        const auto r = wait<ConversationDetails>([&](auto cb) { c.fetchConversation(id, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.value.conversationId, id);
        QCOMPARE(r.value.status, QStringLiteral("done"));
        QCOMPARE(r.value.terminationReason, QStringLiteral("Call ended by remote party"));
        const auto none = wait<ConversationDetails>(
            [&](auto cb) { c.fetchConversation(QStringLiteral("conv_x"), cb); });
        QCOMPARE(none.status, 404);
    }

    void unreachable()
    {
        RestClient c(&m_nam, QUrl(QStringLiteral("http://127.0.0.1:1")), "k");
        const auto r = wait<UserInfo>([&](auto cb) { c.fetchUser(cb); });
        QCOMPARE(r.status, 0);
        QVERIFY(r.error.contains(QStringLiteral("could not reach")));
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
