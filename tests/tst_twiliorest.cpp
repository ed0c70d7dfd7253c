#include "SandboxFixture.h"
#include "TestUtil.h"
#include "sim/SimCarrier.h"
#include "twilio/ErrorCodes.h"
#include "twilio/RestClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace patchline;
using namespace patchline::twilio;

namespace {
const QString kAccount = QStringLiteral("AC00000000000000000000000000000000");
}

/// Twilio REST (issue 5 §1) against the sandbox carrier's REST surface, including the
/// whole outbound flow: create → status callbacks → webhook → stream → bridge → hang up.
class TestTwilioRest : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    template <typename T>
    TwilioResult<T> wait(const std::function<void(std::function<void(TwilioResult<T>)>)> &call)
    {
        TwilioResult<T> out;
        bool done = false;
        call([&](TwilioResult<T> r) {
            out = std::move(r);
            done = true;
        });
        test::waitFor([&] { return done; }, 15000);
        return out;
    }

private slots:
    void outboundCallEndToEnd()
    {
        test::SandboxFixture box;
        QVERIFY(box.start([](engine::Engine::Options &o) { o.config.record = false; }).isEmpty());
        const QString base = box.engine->sandboxTwilioApiBase();
        QVERIFY(!base.isEmpty());
        RestClient rest(&m_nam, QUrl(base),
                        {kAccount, kAccount.toLatin1(), box.engine->config().twilioAuthToken});

        const auto account = wait<AccountInfo>([&](auto cb) { rest.fetchAccount(cb); });
        QVERIFY2(account.ok(), qPrintable(account.error));
        QCOMPARE(account.value.type, QStringLiteral("Full"));

        CreateCall call;
        call.to = QStringLiteral("+15550199");
        call.from = QStringLiteral("+15550100");
        call.url = box.engine->config().publicBase() + QStringLiteral("/twilio/voice");
        call.statusCallback = box.engine->config().publicBase() + QStringLiteral("/twilio/status");
        const auto created = wait<CallResource>([&](auto cb) { rest.createCall(call, cb); });
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.value.status, QStringLiteral("queued"));
        const QString sid = created.value.sid;
        QVERIFY(sid.startsWith(QStringLiteral("CA")));

        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Live; }, 10000));
        QVERIFY(test::waitFor([&] { return box.last(sid).agentChunks > 0; }, 10000));
        QCOMPARE(box.last(sid).direction, QStringLiteral("outbound-api"));
        QVERIFY(!box.events(sid, QStringLiteral("info"))
                     .filter(QStringLiteral("in-progress"))
                     .isEmpty());

        const auto hung = wait<CallResource>([&](auto cb) { rest.hangup(sid, false, cb); });
        QVERIFY2(hung.ok(), qPrintable(hung.error));
        QCOMPARE(hung.value.status, QStringLiteral("completed"));
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Ended; }, 5000));

        // A second hang-up: the call is no longer in progress (21220), explained.
        const auto again = wait<CallResource>([&](auto cb) { rest.hangup(sid, false, cb); });
        QCOMPARE(again.code, 21220);
        QVERIFY(again.error.contains(QStringLiteral("already ended")));
        box.stop();
    }

    void consoleDialCarriesAgentAndVariables()
    {
        test::SandboxFixture box;
        QVERIFY(box.start([](engine::Engine::Options &o) {
                       o.config.record = false;
                       o.keepSandboxAudio = false;
                   })
                    .isEmpty());
        QSignalSpy dialed(box.engine.get(), &engine::Engine::dialed);
        bridge::DialRequest r;
        r.to = QStringLiteral("+15550199");
        r.from = QStringLiteral("+15550100");
        r.variables = {{QStringLiteral("customer"), QStringLiteral("Ada & Co + 1")}};
        box.engine->dial(r);
        QVERIFY(dialed.wait(10000));
        const QString sid = dialed.first().at(0).toString();
        QVERIFY2(dialed.first().at(1).toString().isEmpty(),
                 qPrintable(dialed.first().at(1).toString()));
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Live; }, 10000));
        QCOMPARE(box.events(sid, QStringLiteral("state")).count(QStringLiteral("webhook received")),
                 1);
        box.engine->hangup(box.last(sid).id);
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Ended; }, 5000));
        sim::CarrierCallResult carrier;
        sim::AgentConversationResult agent;
        QVERIFY(test::waitFor(
            [&] {
                box.results(sid, carrier, agent);
                return agent.finished;
            },
            5000));
        // The variable went through our signed webhook URL, <Parameter>, start, to the agent.
        QCOMPARE(agent.dynamicVariables.value(QStringLiteral("customer")).toString(),
                 QStringLiteral("Ada & Co + 1"));
        QCOMPARE(agent.agentId, QStringLiteral("agent_sandbox_demo"));

        // A refused dial comes back explained.
        r.from = QStringLiteral("+19999999999");
        box.engine->dial(r);
        QVERIFY(dialed.wait(10000));
        QVERIFY(dialed.last().at(1).toString().contains(QStringLiteral("21210")));
        box.stop();
    }

    void errorsAreExplained()
    {
        sim::SimCarrier::Options o;
        o.authToken = "tok";
        o.numbers.clear();
        for (int i = 0; i < 120; ++i)
            o.numbers << QStringLiteral("+1555010%1").arg(i, 4, 10, QLatin1Char('0'));
        sim::SimCarrier carrier(o);
        QVERIFY(carrier.listenRest(0));
        const QUrl base(carrier.restBase());

        RestClient bad(&m_nam, base, {kAccount, kAccount.toLatin1(), "wrong-secret-77"});
        const auto denied = wait<AccountInfo>([&](auto cb) { bad.fetchAccount(cb); });
        QCOMPARE(denied.status, 401);
        QCOMPARE(denied.code, 20003);
        QVERIFY(denied.error.contains(QStringLiteral("Authentication failed")));
        QVERIFY(!denied.error.contains(QStringLiteral("wrong-secret-77")));

        RestClient rest(&m_nam, base, {kAccount, kAccount.toLatin1(), "tok"});
        CreateCall call;
        call.to = QStringLiteral("+1555");
        call.from = o.numbers.first();
        call.url = QStringLiteral("http://127.0.0.1:1/twilio/voice");
        const auto invalid = wait<CallResource>([&](auto cb) { rest.createCall(call, cb); });
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.code, 21211);
        QVERIFY(invalid.error.contains(QStringLiteral("E.164")));

        call.to = QStringLiteral("+15550199");
        call.from = QStringLiteral("+19999999999");
        QCOMPARE(wait<CallResource>([&](auto cb) { rest.createCall(call, cb); }).code, 21210);

        // 429 then 503: retried with back-off, then it works.
        carrier.failNextRequests({429, 503});
        const int before = carrier.restRequests();
        const auto retried = wait<AccountInfo>([&](auto cb) { rest.fetchAccount(cb); });
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        QCOMPARE(retried.attempts, 3);
        QCOMPARE(carrier.restRequests() - before, 3);
        // 4xx is never retried.
        QCOMPARE(wait<AccountInfo>([&](auto cb) { bad.fetchAccount(cb); }).attempts, 1);
        // Too many failures: the last error is reported.
        rest.setMaxRetries(1);
        carrier.failNextRequests({503, 503});
        const auto gaveUp = wait<AccountInfo>([&](auto cb) { rest.fetchAccount(cb); });
        QCOMPARE(gaveUp.status, 503);
        QCOMPARE(gaveUp.attempts, 2);

        // Numbers come in pages of 50.
        rest.setMaxRetries(3);
        const auto numbers =
            wait<QList<PhoneNumber>>([&](auto cb) { rest.listIncomingNumbers(cb); });
        QVERIFY2(numbers.ok(), qPrintable(numbers.error));
        QCOMPARE(numbers.value.size(), 120);
        QCOMPARE(numbers.value.last().phoneNumber, o.numbers.last());
        QVERIFY(numbers.value.first().voice);
    }

    void trialAccountMayOnlyCallVerifiedNumbers()
    {
        sim::SimCarrier::Options o;
        o.authToken = "tok";
        o.trialAccount = true;
        sim::SimCarrier carrier(o);
        QVERIFY(carrier.listenRest(0));
        RestClient rest(&m_nam, QUrl(carrier.restBase()), {kAccount, kAccount.toLatin1(), "tok"});
        QCOMPARE(wait<AccountInfo>([&](auto cb) { rest.fetchAccount(cb); }).value.type,
                 QStringLiteral("Trial"));
        const auto verified =
            wait<QList<PhoneNumber>>([&](auto cb) { rest.listOutgoingCallerIds(cb); });
        QCOMPARE(verified.value.size(), 1);
        CreateCall call;
        call.to = QStringLiteral("+15557777777");
        call.from = QStringLiteral("+15550100");
        call.url = QStringLiteral("http://127.0.0.1:1/twilio/voice");
        const auto r = wait<CallResource>([&](auto cb) { rest.createCall(call, cb); });
        QCOMPARE(r.code, 21219);
        QVERIFY(r.error.contains(QStringLiteral("Verify the number")));
    }

    void errorTable()
    {
        for (const int code : {11200, 13227, 20003, 20404, 21211, 21215, 21219, 21608, 31920, 31921,
                               31924, 31941, 31950, 31951}) {
            const auto e = explainError(code);
            QVERIFY2(e.known() && !e.cause.isEmpty() && !e.fix.isEmpty(),
                     qPrintable(QString::number(code)));
        }
        QVERIFY(!explainError(12345).known());
        QVERIFY(describeError(12345, QStringLiteral("odd"))
                    .contains(QStringLiteral("twilio.com/docs/errors/12345")));
    }
};

QTEST_GUILESS_MAIN(TestTwilioRest)
#include "tst_twiliorest.moc"
