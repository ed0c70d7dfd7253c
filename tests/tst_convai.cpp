#include "elevenlabs/AgentClient.h"
#include "elevenlabs/ConvAi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace patchline::elevenlabs;
using T = AgentMessage::Type;

// Frames from reference/elevenlabs.md §3.
class TestConvAi : public QObject
{
    Q_OBJECT
private slots:
    void hugeNumbersAreNotEventIds()
    {
        // Found by fuzzing (issue 16 §9, tests/fuzz/regressions/convai/): a double beyond
        // qint64 was cast (undefined behaviour). Out of range, fractional or NaN: no id.
        for (const char *id : {"666666666666666666666666666666666663", "1e300", "-1e300", "1.5"}) {
            AgentMessage m;
            QString error;
            QVERIFY(parseAgentMessage(
                QStringLiteral(R"({"type":"interruption","interruption_event":{"event_id":%1}})")
                    .arg(QLatin1String(id)),
                m, &error));
            QCOMPARE(m.eventId, qint64(-1));
        }
        AgentMessage ok;
        QVERIFY(parseAgentMessage(
            QStringLiteral(R"({"type":"interruption","interruption_event":{"event_id":42}})"), ok,
            nullptr));
        QCOMPARE(ok.eventId, qint64(42));
    }

    void serverMessages()
    {
        AgentMessage m;
        QVERIFY(parseAgentMessage(
            QStringLiteral(
                R"J({"type":"conversation_initiation_metadata","conversation_initiation_metadata_event":{"conversation_id":"conv_123456789","agent_output_audio_format":"ulaw_8000","user_input_audio_format":"ulaw_8000"}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::Metadata);
        QCOMPARE(m.conversationId, QStringLiteral("conv_123456789"));
        QCOMPARE(m.agentOutputFormat, QStringLiteral("ulaw_8000"));
        QVERIFY(parseAgentMessage(
            QStringLiteral(
                R"J({"type":"audio","audio_event":{"audio_base_64":"\/\/7+\/v","event_id":1}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::Audio);
        QCOMPARE(m.eventId, 1);
        QCOMPARE(m.audioBase64, QStringLiteral("//7+/v"));
        QVERIFY(parseAgentMessage(
            QStringLiteral(R"J({"type":"interruption","interruption_event":{"event_id":3}})J"), m,
            nullptr));
        QCOMPARE(m.type, T::Interruption);
        QCOMPARE(m.eventId, 3);
        QVERIFY(parseAgentMessage(
            QStringLiteral(R"J({"type":"ping","ping_event":{"event_id":12345,"ping_ms":50}})J"), m,
            nullptr));
        QCOMPARE(m.type, T::Ping);
        QCOMPARE(m.eventId, 12345);
        QCOMPARE(m.pingMs, 50);
        QVERIFY(parseAgentMessage(
            QStringLiteral(R"J({"type":"ping","ping_event":{"event_id":1,"ping_ms":null}})J"), m,
            nullptr));
        QCOMPARE(m.pingMs, -1);
        QVERIFY(parseAgentMessage(
            QStringLiteral(
                R"J({"type":"user_transcript","user_transcription_event":{"user_transcript":"I need help with my order."}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::UserTranscript);
        QCOMPARE(m.text, QStringLiteral("I need help with my order."));
        QVERIFY(parseAgentMessage(
            QStringLiteral(
                R"J({"type":"agent_response","agent_response_event":{"agent_response":"Hello, how can I help?"}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::AgentResponse);
        QVERIFY(parseAgentMessage(
            QStringLiteral(
                R"J({"type":"agent_response_correction","agent_response_correction_event":{"original_agent_response":"Let me tell you about the complete history...","corrected_agent_response":"Let me tell you about..."}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::AgentResponseCorrection);
        QCOMPARE(m.text, QStringLiteral("Let me tell you about..."));
        QVERIFY(parseAgentMessage(
            QStringLiteral(
                R"J({"type":"error","error_event":{"code":1008,"error_type":"override_error","message":"Override for field 'voice_id' is not allowed by config."}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::Error);
        QCOMPARE(m.errorCode, 1008);
        QCOMPARE(m.errorType, QStringLiteral("override_error"));
        QVERIFY(parseAgentMessage(
            QStringLiteral(R"J({"type":"vad_score","vad_score_event":{"vad_score":0.95}})J"), m,
            nullptr));
        QCOMPARE(m.type, T::Other); // unknown types are ignored, not errors
    }

    void missingInputFormatFallsBack()
    {
        AgentMessage m;
        QVERIFY(parseAgentMessage(
            QStringLiteral(
                R"J({"type":"conversation_initiation_metadata","conversation_initiation_metadata_event":{"conversation_id":"c","agent_output_audio_format":"pcm_16000"}})J"),
            m, nullptr));
        QCOMPARE(m.userInputFormat, QStringLiteral("pcm_16000"));
        QVERIFY(!isTelephonyFormat(m.agentOutputFormat));
        QVERIFY(isTelephonyFormat(QStringLiteral("ulaw_8000")));
    }

    void badInput()
    {
        AgentMessage m;
        QString error;
        QVERIFY(!parseAgentMessage(QStringLiteral("[1,2"), m, &error));
        QVERIFY(error.contains(QStringLiteral("malformed JSON")));
        QVERIFY(!parseAgentMessage(QStringLiteral(R"J({"ping_event":{}})J"), m, &error));
        QVERIFY(error.contains(QStringLiteral("type")));
    }

    void clientMessages()
    {
        QByteArray out("stale");
        buildUserAudioChunk(out, "AAAA");
        QCOMPARE(out, QByteArray(R"J({"user_audio_chunk":"AAAA"})J"));
        QCOMPARE(buildPong(12345), QStringLiteral(R"J({"type":"pong","event_id":12345})J"));
        const QJsonObject init =
            QJsonDocument::fromJson(
                buildInitiation({{QStringLiteral("user_name"), QStringLiteral("John")},
                                 {QStringLiteral("count"), 3}})
                    .toUtf8())
                .object();
        QCOMPARE(init.value(u"type").toString(),
                 QStringLiteral("conversation_initiation_client_data"));
        QCOMPARE(init.value(u"dynamic_variables").toObject().value(u"user_name").toString(),
                 QStringLiteral("John"));
        QCOMPARE(init.value(u"dynamic_variables").toObject().value(u"count").toInt(), 3);
    }

    void overridesInInitiation()
    {
        QMap<QString, QVariant> params{
            {QStringLiteral("override_first_message"), QStringLiteral("Hello!")},
            {QStringLiteral("override_voice_id"), QStringLiteral("v1")},
            {QStringLiteral("order"), QStringLiteral("A-17")}};
        const auto ov = ConversationOverrides::takeFrom(params);
        QCOMPARE(params.keys(),
                 QStringList{QStringLiteral("order")}); // the rest: dynamic variables
        QCOMPARE(ov.fields(),
                 (QStringList{QStringLiteral("first_message"), QStringLiteral("voice_id")}));
        const QJsonObject o =
            QJsonDocument::fromJson(buildInitiation(params, ov).toUtf8()).object();
        const QJsonObject cfg = o.value(u"conversation_config_override").toObject();
        QCOMPARE(cfg.value(u"agent").toObject().value(u"first_message").toString(),
                 QStringLiteral("Hello!"));
        QVERIFY(!cfg.value(u"agent").toObject().contains(u"prompt")); // omitted, never empty
        QVERIFY(!cfg.value(u"agent").toObject().contains(u"language"));
        QCOMPARE(cfg.value(u"tts").toObject().value(u"voice_id").toString(), QStringLiteral("v1"));
        QCOMPARE(o.value(u"dynamic_variables").toObject().value(u"order").toString(),
                 QStringLiteral("A-17"));
        const QJsonObject none = QJsonDocument::fromJson(buildInitiation({}).toUtf8()).object();
        QVERIFY(none.value(u"conversation_config_override").toObject().isEmpty());
    }

    void closeCodesExplained()
    {
        QVERIFY(describeCloseCode(1008).contains(QStringLiteral("override")));
        QVERIFY(describeCloseCode(1002).contains(QStringLiteral("60 s")));
        QVERIFY(describeCloseCode(4242).contains(QStringLiteral("4242")));
    }

    void publicUrl()
    {
        QCOMPARE(AgentClient::publicConversationUrl(
                     QUrl(QStringLiteral("https://api.elevenlabs.io")), QStringLiteral("a1"))
                     .toString(),
                 QStringLiteral("wss://api.elevenlabs.io/v1/convai/conversation?agent_id=a1"));
        QCOMPARE(AgentClient::publicConversationUrl(QUrl(QStringLiteral("http://127.0.0.1:9")),
                                                    QStringLiteral("a1"))
                     .scheme(),
                 QStringLiteral("ws"));
    }
};

QTEST_GUILESS_MAIN(TestConvAi)
#include "tst_convai.moc"
