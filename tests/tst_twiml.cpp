#include "twilio/TwiML.h"

#include <QTest>

using namespace patchline::twilio;

class TestTwiml : public QObject
{
    Q_OBJECT
private slots:
    void connectStreamWithParameters()
    {
        StreamTwiml t;
        t.streamUrl = QStringLiteral("wss://bridge.example.com/twilio/media");
        t.parameters = {{QStringLiteral("agent_id"), QStringLiteral("agent_123")},
                        {QStringLiteral("note"), QStringLiteral("Tom & \"Jerry\" <3")}};
        QString error;
        const QString xml = buildStreamTwiml(t, &error);
        QVERIFY2(!xml.isEmpty(), qPrintable(error));
        QVERIFY(
            xml.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>")));
        QVERIFY(xml.contains(
            QStringLiteral("<Connect><Stream url=\"wss://bridge.example.com/twilio/media\">")));
        QVERIFY(!xml.contains(QStringLiteral("track="))); // §1.6: never on <Connect>
        QVERIFY(xml.contains(QStringLiteral("&amp;")));   // values escaped
        ParsedTwiml p;
        QVERIFY2(parseTwiml(xml, p, &error), qPrintable(error));
        QVERIFY(p.connect);
        QCOMPARE(p.streamUrl, t.streamUrl);
        QCOMPARE(p.track, QString());
        QCOMPARE(p.parameters, t.parameters);
    }

    void refusesQueryStringAndBadScheme()
    {
        StreamTwiml t;
        QString error;
        t.streamUrl = QStringLiteral("wss://x.example/twilio/media?agent=1");
        QVERIFY(buildStreamTwiml(t, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("query string")));
        t.streamUrl = QStringLiteral("https://x.example/twilio/media");
        QVERIFY(buildStreamTwiml(t, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("wss://")));
    }

    void refusesOversizedParameter()
    {
        StreamTwiml t;
        t.streamUrl = QStringLiteral("wss://x.example/twilio/media");
        t.parameters = {{QStringLiteral("big"), QString(500, QLatin1Char('x'))}};
        QString error;
        QVERIFY(buildStreamTwiml(t, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("'big'")));
    }

    void sayHangupAndParse()
    {
        ParsedTwiml p;
        QVERIFY(parseTwiml(buildSayHangupTwiml(QStringLiteral("Sorry.")), p));
        QCOMPARE(p.says, QStringList{QStringLiteral("Sorry.")});
        QVERIFY(p.hangup);
        QVERIFY(!p.connect);
        // A both_tracks <Connect> (the seed's mistake) is parsed so the sandbox can refuse it.
        QVERIFY(parseTwiml(QStringLiteral("<Response><Connect><Stream url=\"wss://a/b\" "
                                          "track=\"both_tracks\"/></Connect></Response>"),
                           p));
        QCOMPARE(p.track, QStringLiteral("both_tracks"));
        QString error;
        QVERIFY(!parseTwiml(QStringLiteral("<Response><Connect>"), p, &error));
        QVERIFY(error.contains(QStringLiteral("line")));
        QVERIFY(!parseTwiml(QStringLiteral("<Other/>"), p, &error));
    }
};

QTEST_GUILESS_MAIN(TestTwiml)
#include "tst_twiml.moc"
