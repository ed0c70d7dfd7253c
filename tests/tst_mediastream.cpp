#include "twilio/MediaStream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace patchline::twilio;
using T = StreamMessage::Type;

// Message shapes from reference/twilio.md §1.2.
class TestMediaStream : public QObject
{
    Q_OBJECT
private slots:
    void connected()
    {
        StreamMessage m;
        QVERIFY(parseStreamMessage(
            QStringLiteral(R"J({"event":"connected","protocol":"Call","version":"1.0.0"})J"), m,
            nullptr));
        QCOMPARE(m.type, T::Connected);
        QCOMPARE(m.sequenceNumber, -1);
    }

    void start()
    {
        const QString text = QStringLiteral(
            R"J({"event":"start","sequenceNumber":"1","start":{"accountSid":"AC123","streamSid":"MZ123",)J"
            R"J("callSid":"CA123","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw",)J"
            R"J("sampleRate":8000,"channels":1},"customParameters":{"FirstName":"Jane","LastName":"Doe"}},)J"
            R"J("streamSid":"MZ123"})J");
        StreamMessage m;
        QVERIFY(parseStreamMessage(text, m, nullptr));
        QCOMPARE(m.type, T::Start);
        QCOMPARE(m.sequenceNumber, 1);
        QCOMPARE(m.streamSid, QStringLiteral("MZ123"));
        QCOMPARE(m.callSid, QStringLiteral("CA123"));
        QCOMPARE(m.accountSid, QStringLiteral("AC123"));
        QCOMPARE(m.tracks, QStringList{QStringLiteral("inbound")});
        QCOMPARE(m.encoding, QStringLiteral("audio/x-mulaw"));
        QCOMPARE(m.sampleRate, 8000);
        QCOMPARE(m.channels, 1);
        QCOMPARE(m.customParameters.value(QStringLiteral("FirstName")), QStringLiteral("Jane"));
    }

    void startWithoutCustomParameters()
    {
        StreamMessage m;
        QVERIFY(parseStreamMessage(
            QStringLiteral(
                R"J({"event":"start","sequenceNumber":"1","start":{"streamSid":"MZ1","callSid":"CA1"}})J"),
            m, nullptr));
        QCOMPARE(m.streamSid,
                 QStringLiteral("MZ1")); // from start.streamSid when top level lacks it
        QVERIFY(m.customParameters.isEmpty());
    }

    void mediaFastPath()
    {
        const QString text = QStringLiteral(
            R"J({"event":"media","sequenceNumber":"2","media":{"track":"inbound","chunk":"1",)J"
            R"J("timestamp":"102","payload":"fvz+fXx9/g=="},"streamSid":"MZ9"})J");
        StreamMessage m;
        QVERIFY(parseStreamMessage(text, m, nullptr));
        QCOMPARE(m.type, T::Media);
        QCOMPARE(m.sequenceNumber, 2);
        QCOMPARE(m.chunk, 1);
        QCOMPARE(m.timestampMs, 102);
        QCOMPARE(m.track, QStringLiteral("inbound"));
        QCOMPARE(m.streamSid, QStringLiteral("MZ9"));
        QCOMPARE(m.payload.toString(), QStringLiteral("fvz+fXx9/g=="));
        QVERIFY(m.ownedPayload.isEmpty()); // viewed in place, no copy
    }

    void mediaSlowPathMatchesFastPath()
    {
        // Keys reordered and '/' escaped: valid JSON the fast path must not mis-read.
        const QString text = QStringLiteral(
            R"J({"streamSid":"MZ9","event":"media","media":{"payload":"fvz+fXx9\/g==","timestamp":"102",)J"
            R"J("chunk":"1","track":"inbound"},"sequenceNumber":"2"})J");
        StreamMessage m;
        QVERIFY(parseStreamMessage(text, m, nullptr));
        QCOMPARE(m.type, T::Media);
        QCOMPARE(m.payload.toString(), QStringLiteral("fvz+fXx9/g=="));
        QCOMPARE(m.chunk, 1);
        QCOMPARE(m.timestampMs, 102);
        // A fast-path-shaped message with an escape falls back too.
        QVERIFY(parseStreamMessage(
            QStringLiteral(R"J({"event":"media","media":{"payload":"ab\/cd"},"streamSid":"MZ9"})J"),
            m, nullptr));
        QCOMPARE(m.payload.toString(), QStringLiteral("ab/cd"));
    }

    void dtmfMarkStop()
    {
        StreamMessage m;
        QVERIFY(parseStreamMessage(
            QStringLiteral(
                R"J({"event":"dtmf","streamSid":"MZ1","sequenceNumber":"5","dtmf":{"track":"inbound_track","digit":"1"}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::Dtmf);
        QCOMPARE(m.digit, QStringLiteral("1"));
        QCOMPARE(m.track, QStringLiteral("inbound_track"));
        QVERIFY(parseStreamMessage(
            QStringLiteral(
                R"J({"event":"mark","sequenceNumber":"4","streamSid":"MZ1","mark":{"name":"my label"}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::Mark);
        QCOMPARE(m.markName, QStringLiteral("my label"));
        QVERIFY(parseStreamMessage(
            QStringLiteral(
                R"J({"event":"stop","sequenceNumber":"5","streamSid":"MZ1","stop":{"accountSid":"AC1","callSid":"CA1"}})J"),
            m, nullptr));
        QCOMPARE(m.type, T::Stop);
        QCOMPARE(m.callSid, QStringLiteral("CA1"));
    }

    void badInput()
    {
        StreamMessage m;
        QString error;
        QVERIFY(!parseStreamMessage(QStringLiteral("{not json"), m, &error));
        QVERIFY(error.contains(QStringLiteral("malformed JSON")));
        QVERIFY(!parseStreamMessage(QStringLiteral(R"J({"streamSid":"MZ1"})J"), m, &error));
        QVERIFY(error.contains(QStringLiteral("event")));
        QVERIFY(
            !parseStreamMessage(QStringLiteral(R"J({"event":"media","media":{}})J"), m, &error));
        QVERIFY(error.contains(QStringLiteral("payload")));
        QVERIFY(parseStreamMessage(QStringLiteral(R"J({"event":"surprise"})J"), m, &error));
        QCOMPARE(m.type, T::Unknown);
        QCOMPARE(m.event, QStringLiteral("surprise"));
    }

    void builders()
    {
        // §1.3: exactly these shapes, no extra fields.
        QString out;
        buildMedia(out, u"MZ1", u"AAAA");
        QCOMPARE(out, QStringLiteral(
                          R"J({"event":"media","streamSid":"MZ1","media":{"payload":"AAAA"}})J"));
        buildMark(out, u"MZ1", u"a\"b");
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8())
                     .object()
                     .value(u"mark")
                     .toObject()
                     .value(u"name")
                     .toString(),
                 QStringLiteral("a\"b"));
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().keys(),
                 (QStringList{QStringLiteral("event"), QStringLiteral("mark"),
                              QStringLiteral("streamSid")}));
        buildClear(out, u"MZ1");
        QCOMPARE(out, QStringLiteral(R"J({"event":"clear","streamSid":"MZ1"})J"));
    }
};

QTEST_GUILESS_MAIN(TestMediaStream)
#include "tst_mediastream.moc"
