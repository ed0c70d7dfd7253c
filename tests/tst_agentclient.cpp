#include "TestUtil.h"
#include "elevenlabs/AgentClient.h"
#include "server/HttpServer.h"
#include "sim/SimAgent.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>

using namespace patchline;

/// The ConvAI client against the sandbox agent over real loopback sockets.
class TestAgentClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::SimAgent> m_agent;
    QNetworkAccessManager m_nam;

    elevenlabs::AgentEndpoint endpoint(const QByteArray &key, const QString &agent) const
    {
        elevenlabs::AgentEndpoint e;
        e.apiBase = QUrl(m_agent->apiBase());
        e.apiKey = key;
        e.agentId = agent;
        return e;
    }

private slots:
    void initTestCase()
    {
        sim::SimAgent::Options o;
        o.apiKey = "right-key";
        o.pingIntervalMs = 200;
        m_agent = std::make_unique<sim::SimAgent>(o, [](const QString &) {
            sim::Scenario s;
            s.agentLines = {QStringLiteral("agent3")};
            return s;
        });
        QVERIFY(m_agent->listen(0));
    }

    void signedUrlConversation()
    {
        elevenlabs::AgentClient c(&m_nam);
        QSignalSpy ready(&c, &elevenlabs::AgentClient::ready);
        QSignalSpy audio(&c, &elevenlabs::AgentClient::audio);
        QSignalSpy response(&c, &elevenlabs::AgentClient::agentResponse);
        c.start(endpoint("right-key", QStringLiteral("agent_sandbox_demo")),
                {{QStringLiteral("call_sid"), QStringLiteral("CAtest")}});
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(1).toString(), QStringLiteral("ulaw_8000"));
        QCOMPARE(ready.first().at(2).toString(), QStringLiteral("ulaw_8000"));
        QVERIFY(c.conversationId().startsWith(QStringLiteral("conv_")));
        QVERIFY(test::waitFor([&] { return audio.size() >= 3; }, 5000));
        QCOMPARE(response.first().first().toString(), QStringLiteral("You are welcome. Goodbye!"));
        // Pings are answered at once with their event_id.
        QVERIFY(test::waitFor([&] { return c.pingsAnswered() >= 3; }, 5000));
        c.sendAudio(QString::fromLatin1(QByteArray(160, char(0xFF)).toBase64()));
        QSignalSpy finished(m_agent.get(), &sim::SimAgent::conversationFinished);
        c.close();
        QVERIFY(finished.wait(5000));
        const auto r = m_agent->results().value(QStringLiteral("CAtest"));
        QCOMPARE(r.audioChunksReceived, 1);
        QVERIFY(r.pongsReceived >= 3);
        QCOMPARE(r.pongsWithWrongId, 0);
        QCOMPARE(r.closeCode, 1000);
        QCOMPARE(c.state(), elevenlabs::AgentClient::State::Closed);
    }

    void failuresNameTheFix_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("mention");
        QTest::newRow("bad key") << QByteArray("sk-bad-7f3a") << "agent_sandbox_demo"
                                 << "API key";
        QTest::newRow("unknown agent") << QByteArray("right-key") << "agent_nope"
                                       << "agent id 'agent_nope'";
        QTest::newRow("no agent") << QByteArray("right-key") << ""
                                  << "--agent";
    }

    void failuresNameTheFix()
    {
        QFETCH(QByteArray, key);
        QFETCH(QString, agent);
        QFETCH(QString, mention);
        elevenlabs::AgentClient c(&m_nam);
        QSignalSpy failed(&c, &elevenlabs::AgentClient::failed);
        c.start(endpoint(key, agent), {});
        QVERIFY(failed.size() == 1 || failed.wait(5000));
        const QString why = failed.first().first().toString();
        QVERIFY2(why.contains(mention), qPrintable(why));
        QVERIFY(!why.contains(QStringLiteral("sk-bad-7f3a"))); // a key is never echoed
    }

    void unreachableService()
    {
        elevenlabs::AgentClient c(&m_nam);
        QSignalSpy failed(&c, &elevenlabs::AgentClient::failed);
        elevenlabs::AgentEndpoint e;
        e.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1"));
        e.apiKey = "k";
        e.agentId = QStringLiteral("a");
        c.start(e, {});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("could not reach")));
    }

    void faultyServiceIsExplained()
    {
        // issue 16 §10: ElevenLabs' REST answering 5xx, or not answering at all, for the
        // signed URL. The call fails with the status and what to do, within the 10 s transfer
        // timeout, and never waits forever.
        server::HttpServer api;
        std::vector<server::HttpServer::Responder> parked; // never answered
        api.route("GET", QStringLiteral("/v1/convai/conversation/get-signed-url"),
                  [](const server::HttpRequest &r) {
                      return server::HttpResponse::json(
                          R"({"detail":{"status":"overloaded","message":"try later"}})", 503);
                  });
        const quint16 port = api.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        elevenlabs::AgentEndpoint e;
        e.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        e.apiKey = "k";
        e.agentId = QStringLiteral("agent_a");
        elevenlabs::AgentClient busy(&m_nam);
        QSignalSpy busyFailed(&busy, &elevenlabs::AgentClient::failed);
        busy.start(e, {});
        QVERIFY(busyFailed.wait(5000));
        const QString why = busyFailed.first().first().toString();
        QVERIFY2(why.contains(QStringLiteral("HTTP 503")) &&
                     why.contains(QStringLiteral("try later")) &&
                     why.contains(QStringLiteral("retry")),
                 qPrintable(why));
        QVERIFY(!why.contains(QStringLiteral("xi-api-key")));

        // A service that takes the request and never answers.
        server::HttpServer mute;
        mute.routeAsync("GET", QStringLiteral("/v1/convai/conversation/get-signed-url"),
                        [&parked](const server::HttpRequest &, server::HttpServer::Responder r) {
                            parked.push_back(std::move(r));
                        });
        const quint16 mutePort = mute.listen(QHostAddress::LocalHost, 0);
        QVERIFY(mutePort != 0);
        elevenlabs::AgentClient silent(&m_nam);
        QSignalSpy silentFailed(&silent, &elevenlabs::AgentClient::failed);
        e.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(mutePort));
        silent.start(e, {});
        QVERIFY(silentFailed.wait(15000));
        QVERIFY(!parked.empty()); // the request arrived and was never answered
        QVERIFY2(
            silentFailed.first().first().toString().contains(QStringLiteral("could not reach")),
            qPrintable(silentFailed.first().first().toString()));
    }

    void hangUpDuringSignedUrlFetch()
    {
        // A call that ends while the signed URL is on its way is not an ElevenLabs failure.
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        elevenlabs::AgentClient c(&m_nam);
        QSignalSpy failed(&c, &elevenlabs::AgentClient::failed);
        elevenlabs::AgentEndpoint e;
        e.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        e.apiKey = "k";
        e.agentId = QStringLiteral("a");
        QSignalSpy connected(&silent, &QTcpServer::newConnection);
        c.start(e, {});
        QVERIFY(connected.wait(5000)); // the request is in flight
        c.close(1000, QStringLiteral("call ended"));
        QTest::qWait(200);
        QCOMPARE(failed.size(), 0);
    }

    void overridesAndDynamicVariables()
    {
        // A second agent that allows a first-message override and needs {{customer}}.
        sim::SimAgent::Options o;
        o.apiKey = "right-key";
        o.allowedOverrides = {QStringLiteral("first_message")};
        o.requiredDynamicVariables = {QStringLiteral("customer")};
        sim::SimAgent strict(o, [](const QString &) {
            sim::Scenario s;
            s.agentLines = {QStringLiteral("agent3")};
            return s;
        });
        QVERIFY(strict.listen(0));
        elevenlabs::AgentEndpoint e;
        e.apiBase = QUrl(strict.apiBase());
        e.apiKey = "right-key";
        e.agentId = QStringLiteral("agent_sandbox_demo");

        // Allowed override and the variable present: the agent uses the override.
        elevenlabs::AgentClient ok(&m_nam);
        QSignalSpy response(&ok, &elevenlabs::AgentClient::agentResponse);
        elevenlabs::ConversationOverrides first;
        first.firstMessage = QStringLiteral("Hi {{customer}}, this is a test.");
        ok.start(e, {{QStringLiteral("customer"), QStringLiteral("Ada")}}, first);
        QVERIFY(response.wait(5000));
        QCOMPARE(response.first().first().toString(), first.firstMessage);
        ok.close();

        // An override the agent does not allow: error frame, close 1008 with the reason.
        elevenlabs::AgentClient denied(&m_nam);
        QSignalSpy closed(&denied, &elevenlabs::AgentClient::closed);
        elevenlabs::ConversationOverrides voice;
        voice.voiceId = QStringLiteral("21m00Tcm4TlvDq8ikWAM");
        denied.start(e, {{QStringLiteral("customer"), QStringLiteral("Ada")}}, voice);
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.first().at(0).toInt(), 1008);
        QCOMPARE(closed.first().at(1).toString(),
                 QStringLiteral("Override for field 'voice_id' is not allowed by config."));
        QCOMPARE(closed.first().at(2).toString(), QStringLiteral("override_error"));

        // A missing required dynamic variable.
        elevenlabs::AgentClient missing(&m_nam);
        QSignalSpy closed2(&missing, &elevenlabs::AgentClient::closed);
        missing.start(e, {});
        QVERIFY(closed2.wait(5000));
        QCOMPARE(closed2.first().at(0).toInt(), 1008);
        QCOMPARE(closed2.first().at(2).toString(), QStringLiteral("missing_dynamic_variable"));
        QVERIFY(closed2.first().at(3).toString().contains(QStringLiteral("customer")));
    }

    void publicAgentWithoutSignatureIsRejected()
    {
        // No API key → public-agent URL; the sandbox agent requires a signature and closes.
        elevenlabs::AgentClient c(&m_nam);
        QSignalSpy closed(&c, &elevenlabs::AgentClient::closed);
        c.start(endpoint({}, QStringLiteral("agent_sandbox_demo")), {});
        QVERIFY(closed.wait(5000));
        QCOMPARE(closed.first().at(0).toInt(), 1008);
        QVERIFY(closed.first().at(1).toString().contains(QStringLiteral("signature")));
    }
};

QTEST_GUILESS_MAIN(TestAgentClient)
#include "tst_agentclient.moc"
