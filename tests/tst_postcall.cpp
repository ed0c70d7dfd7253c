#include "TestUtil.h"
#include "elevenlabs/PostCall.h"
#include "engine/Engine.h"
#include "sim/Sandbox.h"
#include "store/CallStore.h"
#include "store/Storage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace patchline;
using elevenlabs::signPostCall;
using elevenlabs::verifyPostCallSignature;

namespace {
const QByteArray kSecret = "wsec_test";
const QByteArray kBody =
    R"J({"type":"post_call_transcription","event_timestamp":1739537297,"data":{"agent_id":"xyz","conversation_id":"abc","status":"done","transcript":[{"role":"agent","message":"Hey there. How are you?","time_in_call_secs":0}],"metadata":{"start_time_unix_secs":1739537297,"call_duration_secs":22,"cost":296,"termination_reason":""},"analysis":{"call_successful":"success","transcript_summary":"Short."}}})J";
} // namespace

/// Issue 6 §8: post-call webhooks, verified and stored.
class TestPostCall : public QObject
{
    Q_OBJECT
private slots:
    void signatureCases()
    {
        const qint64 now = 1739537297;
        const QByteArray header = signPostCall(kSecret, kBody, now);
        QVERIFY(header.startsWith("t=1739537297,v0="));
        QCOMPARE(header.size(), qsizetype(16 + 64)); // hex SHA-256
        QVERIFY(verifyPostCallSignature(kSecret, header, kBody, now).ok);
        QVERIFY(verifyPostCallSignature(kSecret, header, kBody, now + 60).ok);

        const auto wrong = verifyPostCallSignature("other", header, kBody, now);
        QVERIFY(!wrong.ok);
        QVERIFY(wrong.reason.contains(QStringLiteral("secret")));
        QVERIFY(!verifyPostCallSignature(kSecret, header, kBody + " ", now).ok); // tampered

        const auto stale = verifyPostCallSignature(kSecret, header, kBody, now + 31 * 60);
        QVERIFY(!stale.ok);
        QVERIFY(stale.reason.contains(QStringLiteral("old")));
        QVERIFY(!verifyPostCallSignature(kSecret, header, kBody, now - 3600).ok); // future

        for (const QByteArray &bad : {QByteArray("v0=abc"), QByteArray("t=abc,v0=00"),
                                      QByteArray("t=1739537297"), QByteArray("garbage")}) {
            const auto r = verifyPostCallSignature(kSecret, bad, kBody, now);
            QVERIFY(!r.ok);
            QVERIFY2(r.reason.contains(QStringLiteral("t=<unix seconds>")), qPrintable(r.reason));
        }
        QVERIFY(verifyPostCallSignature(kSecret, {}, kBody, now)
                    .reason.contains(QStringLiteral("no ElevenLabs-Signature")));
        QVERIFY(verifyPostCallSignature({}, header, kBody, now)
                    .reason.contains(QStringLiteral("no post-call webhook secret")));
    }

    void parsePayload()
    {
        elevenlabs::PostCallData d;
        QString error;
        QVERIFY(elevenlabs::parsePostCall(kBody, d, &error));
        QCOMPARE(d.conversationId, QStringLiteral("abc"));
        QCOMPARE(d.callSuccessful, QStringLiteral("success"));
        QCOMPARE(d.durationSecs, 22);
        QCOMPARE(d.cost, 296.0);
        QVERIFY(!elevenlabs::parsePostCall("{}", d, &error));
        QVERIFY(error.contains(QStringLiteral("conversation_id")));
        QVERIFY(!elevenlabs::parsePostCall("nope", d, &error));
    }

    void migratesVersion1Database()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT, call_sid "
                               "TEXT, stream_sid TEXT, direction TEXT, from_number TEXT, to_number "
                               "TEXT, agent_id TEXT, conversation_id TEXT, state TEXT, started_at "
                               "TEXT, ended_at TEXT, end_reason TEXT, recording_path TEXT)")));
            QVERIFY(q.exec(
                QStringLiteral("CREATE TABLE transcript (call_id INTEGER, offset_ms INTEGER, role "
                               "TEXT, text TEXT, interrupted INTEGER DEFAULT 0)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO calls (call_sid, state, conversation_id) "
                                          "VALUES ('CAold', 'ended', 'abc')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        store::CallStore s;
        QVERIFY2(s.open(path), qPrintable(s.errorString()));
        QCOMPARE(s.schemaVersion(), store::CallStore::kSchemaVersion);      // v1 → v2 → v3
        QCOMPARE(s.recentCalls().first().callSid, QStringLiteral("CAold")); // nothing lost
        elevenlabs::PostCallData d;
        QVERIFY(elevenlabs::parsePostCall(kBody, d, nullptr));
        s.savePostCall(d);
        s.savePostCall(d); // a retried webhook replaces, never duplicates
        QCOMPARE(s.postCall(QStringLiteral("abc")).summary, QStringLiteral("Short."));
        QCOMPARE(s.postCall(QStringLiteral("abc")).raw.value(u"status").toString(),
                 QStringLiteral("done"));
        QVERIFY(s.postCall(QStringLiteral("nope")).conversationId.isEmpty());
    }

    void sandboxCallDeliversPostCallData()
    {
        QTemporaryDir dir;
        engine::Engine::Options o;
        o.sandbox = true;
        o.config.port = 0;
        o.config.dataDir = dir.path();
        o.config.record = false;
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QList<bridge::CallUpdate> updates;
        connect(&engine, &engine::Engine::updates, this,
                [&updates](const QList<bridge::CallUpdate> &b) { updates += b; });

        sim::Scenario s;
        s.agentLines = {QStringLiteral("agent3")};
        s.agentHangsUpAfter = 1;
        QSignalSpy finished(&engine, &engine::Engine::sandboxCallFinished);
        engine.placeSandboxCall(s);
        QVERIFY(finished.wait(20000));
        const QString sid = finished.first().first().toString();
        QString conversationId;
        QVERIFY(test::waitFor(
            [&] {
                for (const auto &u : updates)
                    if (u.snapshot.callSid == sid && !u.snapshot.conversationId.isEmpty())
                        conversationId = u.snapshot.conversationId;
                return !conversationId.isEmpty();
            },
            5000));
        int status = 0;
        QVERIFY(test::waitFor(
            [&] {
                QMetaObject::invokeMethod(
                    engine.sandbox(),
                    [&] {
                        status = engine.sandbox()->agent()->results().value(sid).postCallStatus;
                    },
                    Qt::BlockingQueuedConnection);
                return status != 0;
            },
            5000));
        QCOMPARE(status, 200);
        engine.storage()->flush();
        store::CallStore log;
        QVERIFY(log.open(engine.storage()->databasePath()));
        const auto d = log.postCall(conversationId);
        QCOMPARE(d.conversationId, conversationId);
        QCOMPARE(d.callSuccessful, QStringLiteral("success"));
        QCOMPARE(
            d.raw.value(u"transcript").toArray().first().toObject().value(u"message").toString(),
            QStringLiteral("You are welcome. Goodbye!"));

        // issue 16 §5: other payload types are answered 200 and leave the analysis alone.
        const QString url =
            QStringLiteral("http://127.0.0.1:%1/elevenlabs/post-call").arg(engine.port());
        const auto post = [&](const QByteArray &body) {
            QNetworkAccessManager n;
            QNetworkRequest rq{QUrl(url)};
            rq.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            rq.setRawHeader("ElevenLabs-Signature",
                            signPostCall(engine.config().elevenLabsWebhookSecret, body,
                                         QDateTime::currentSecsSinceEpoch()));
            QNetworkReply *rp = n.post(rq, body);
            test::waitFor([rp] { return rp->isFinished(); }, 5000);
            const int code = rp->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete rp;
            return code;
        };
        const QByteArray cid = conversationId.toUtf8();
        QCOMPARE(post(R"({"type":"post_call_audio","event_timestamp":1,"data":{"agent_id":"a",)"
                      R"("conversation_id":")" +
                      cid + R"(","full_audio":")" + QByteArray(60000, 'A') + R"("}})"),
                 200);
        QCOMPARE(post(R"({"type":"call_initiation_failure","data":{"agent_id":"a"}})"), 200);
        QCOMPARE(post(R"({"type":"something_new","data":{"conversation_id":")" + cid +
                      R"(","analysis":{"call_successful":"failure"}}})"),
                 200);
        engine.storage()->flush();
        const auto kept = log.postCall(conversationId);
        QCOMPARE(kept.callSuccessful, QStringLiteral("success"));
        QCOMPARE(kept.type, QStringLiteral("post_call_transcription"));
        QVERIFY(!kept.raw.contains(u"full_audio"));

        // A forged webhook is refused with 401 and stores nothing.
        QNetworkAccessManager nam;
        QNetworkRequest req{
            QUrl(QStringLiteral("http://127.0.0.1:%1/elevenlabs/post-call").arg(engine.port()))};
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("ElevenLabs-Signature",
                         signPostCall("forged", kBody, QDateTime::currentSecsSinceEpoch()));
        QNetworkReply *r = nam.post(req, kBody);
        QVERIFY(test::waitFor([r] { return r->isFinished(); }, 5000));
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        delete r;
        engine.storage()->flush();
        QVERIFY(log.postCall(QStringLiteral("abc")).conversationId.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPostCall)
#include "tst_postcall.moc"
