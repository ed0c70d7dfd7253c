#include "app/Cli.h"
#include "app/LogSink.h"
#include "settings/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>
#include <unistd.h>

using namespace patchline::app;

class TestCli : public QObject
{
    Q_OBJECT

    CliOptions parse(const QStringList &args, const CliDefaults &defaults = {})
    {
        bool exitNow = false;
        int code = 0;
        return parseCommandLine(QStringList{QStringLiteral("patchline")} + args, &exitNow, &code,
                                defaults);
    }

private slots:
    void defaults()
    {
        const CliOptions o = parse({});
        QVERIFY(o.error.isEmpty());
        QCOMPARE(o.engine.config.port, quint16(8787));
        QCOMPARE(o.engine.config.bindAddress, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(o.engine.config.record);
        QVERIFY(!o.headless);
    }

    void fullHeadlessSandbox()
    {
        const CliOptions o =
            parse({QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                   QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--public-url"),
                   QStringLiteral("https://abc.ngrok.app/"), QStringLiteral("--calls"),
                   QStringLiteral("20"), QStringLiteral("--duration"), QStringLiteral("5")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.headless && o.engine.sandbox);
        QCOMPARE(o.loadCalls, 20);
        QCOMPARE(o.loadDurationS, 5);
        QCOMPARE(o.engine.config.publicBase(), QStringLiteral("https://abc.ngrok.app"));
        QCOMPARE(o.engine.config.publicWsUrl(QStringLiteral("/twilio/media")),
                 QStringLiteral("wss://abc.ngrok.app/twilio/media"));
    }

    void replayImpliesHeadless()
    {
        QTemporaryFile wav;
        QVERIFY(wav.open());
        const CliOptions o =
            parse({QStringLiteral("--sandbox"), QStringLiteral("--replay"), wav.fileName()});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QVERIFY(o.headless);
        QCOMPARE(o.replayPath, wav.fileName());
    }

    void dialNormalisesTheNumber()
    {
        const CliOptions o = parse({QStringLiteral("--sandbox"), QStringLiteral("--dial"),
                                    QStringLiteral("+1 (415) 555-1212"), QStringLiteral("--var"),
                                    QStringLiteral("customer=Ada=B")});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.dial.to, QStringLiteral("+14155551212"));
        QCOMPARE(o.dial.from, QStringLiteral("+15550100"));
        QCOMPARE(o.dial.variables.value(QStringLiteral("customer")), QStringLiteral("Ada=B"));
    }

    void residencyHosts()
    {
        QCOMPARE(parse({QStringLiteral("--elevenlabs-api-base"), QStringLiteral("eu")})
                     .engine.config.elevenLabsApiBase,
                 QUrl(QStringLiteral("https://api.eu.residency.elevenlabs.io")));
        QCOMPARE(
            parse({QStringLiteral("--elevenlabs-api-base"), QStringLiteral("https://example.test")})
                .engine.config.elevenLabsApiBase,
            QUrl(QStringLiteral("https://example.test")));
        QCOMPARE(parse({}).engine.config.elevenLabsApiBase,
                 QUrl(QStringLiteral("https://api.elevenlabs.io")));
    }

    void errorsNameOptionAndValue_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("99999")}
                              << "--port '99999'";
        QTest::newRow("suite-concurrency")
            << QStringList{QStringLiteral("--suite"), QStringLiteral("s"),
                           QStringLiteral("--concurrency"), QStringLiteral("50")}
            << "--concurrency '50'";
        QTest::newRow("suite-alone") << QStringList{QStringLiteral("--suite"), QStringLiteral("s"),
                                                    QStringLiteral("--check")}
                                     << "--suite runs alone";
        QTest::newRow("junit-without-suite")
            << QStringList{QStringLiteral("--junit"), QStringLiteral("x.xml")} << "--junit";
        QTest::newRow("bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost!")}
                              << "--bind 'localhost!'";
        QTest::newRow("url") << QStringList{QStringLiteral("--public-url"),
                                            QStringLiteral("ftp://x")}
                             << "--public-url 'ftp://x'";
        QTest::newRow("url-query")
            << QStringList{QStringLiteral("--public-url"), QStringLiteral("https://x/?a=1")}
            << "--public-url";
        QTest::newRow("calls") << QStringList{QStringLiteral("--sandbox"),
                                              QStringLiteral("--calls"), QStringLiteral("zero")}
                               << "--calls 'zero'";
        QTest::newRow("demo-needs-sandbox")
            << QStringList{QStringLiteral("--demo-call")} << "--sandbox";
        QTest::newRow("el-base") << QStringList{QStringLiteral("--elevenlabs-api-base"),
                                                QStringLiteral("mars")}
                                 << "'mars'";
        QTest::newRow("formats") << QStringList{QStringLiteral("--sandbox-formats"),
                                                QStringLiteral("pcm_16000")}
                                 << "--sandbox-formats 'pcm_16000'";
        QTest::newRow("dial") << QStringList{QStringLiteral("--dial"), QStringLiteral("0155")}
                              << "--dial: '0155'";
        QTest::newRow("dial-from")
            << QStringList{QStringLiteral("--dial"), QStringLiteral("+14155551212")} << "--from";
        QTest::newRow("dial-var") << QStringList{QStringLiteral("--sandbox"),
                                                 QStringLiteral("--dial"),
                                                 QStringLiteral("+14155551212"),
                                                 QStringLiteral("--var"), QStringLiteral("novalue")}
                                  << "--var 'novalue'";
        QTest::newRow("replay-missing")
            << QStringList{QStringLiteral("--replay"), QStringLiteral("/nonexistent/CA1.wav")}
            << "--replay '/nonexistent/CA1.wav': no such file";
        QTest::newRow("unknown") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
        QTest::newRow("drain") << QStringList{QStringLiteral("--drain"), QStringLiteral("-1")}
                               << "--drain '-1'";
    }

    void errorsNameOptionAndValue()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        const CliOptions o = parse(args);
        QVERIFY2(o.error.contains(mention), qPrintable(o.error));
    }

    void drainDefaultsToThirtySeconds()
    {
        QCOMPARE(parse({}).drainS, 30);
        QCOMPARE(parse({QStringLiteral("--drain"), QStringLiteral("0")}).drainS, 0);
    }

    void logLinesAreOneLineWithoutControlCharacters()
    {
        // issue 17 §4: a transcript with a line break or an ANSI sequence stays one plain line.
        const QString hostile = QStringLiteral("hi\nthere\r\x1b[31mred\x1b[0m\tend  ");
        QCOMPARE(formatLogLine(LogPriority::Info, hostile, false),
                 QByteArray("hi there  [31mred [0m end"));
        QCOMPARE(formatLogLine(LogPriority::Error, QStringLiteral("boom"), true),
                 QByteArray("<3>boom"));
        QCOMPARE(formatLogLine(LogPriority::Warning, QStringLiteral("µ-law ✓"), true),
                 QByteArray("<4>µ-law ✓"));
    }

    void journalStreamIsRecognisedByDeviceAndInode()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        struct stat st
        {};
        QVERIFY(::fstat(f.handle(), &st) == 0);
        const QByteArray mine = QByteArray::number(qulonglong(st.st_dev)) + ':' +
                                QByteArray::number(qulonglong(st.st_ino));
        QVERIFY(isJournalStream(f.handle(), mine));
        QVERIFY(!isJournalStream(f.handle(), QByteArray::number(qulonglong(st.st_dev)) + ":1"));
        QVERIFY(!isJournalStream(f.handle(), QByteArray()));
        QVERIFY(!isJournalStream(f.handle(), "garbage"));
        QVERIFY(!isJournalStream(f.handle(), ":"));
    }

    void sinkWritesWholeLinesWithTheirPriority()
    {
        QTemporaryFile f;
        QVERIFY(f.open());
        struct stat st
        {};
        QVERIFY(::fstat(f.handle(), &st) == 0);
        qputenv("JOURNAL_STREAM", QByteArray::number(qulonglong(st.st_dev)) + ':' +
                                      QByteArray::number(qulonglong(st.st_ino)));
        {
            LogSink sink(f.handle());
            qunsetenv("JOURNAL_STREAM");
            QVERIFY(sink.journald());
            QTextStream out(&sink);
            sink.next(LogPriority::Error);
            out << "first " << 1;
            out.flush(); // half a line: nothing written yet
            QCOMPARE(QFileInfo(f.fileName()).size(), 0);
            out << " done\nsecond\nthird"; // the priority was for the first line only
            out.flush();
        } // the unfinished last line is written on destruction
        QFile back(f.fileName());
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("<3>first 1 done\n<6>second\n<6>third\n"));
        LogSink plain(f.handle()); // no JOURNAL_STREAM: no prefix
        QVERIFY(!plain.journald());
    }

    void secretsFromEnvironmentNeverInRedactedDump()
    {
        qputenv("TWILIO_AUTH_TOKEN", "tok-very-secret");
        qputenv("ELEVENLABS_API_KEY", "xi-very-secret");
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const patchline::settings::Settings settings(&qs, nullptr);
        const CliOptions o = parse({}, {settings.toBridgeConfig(), {}});
        qunsetenv("TWILIO_AUTH_TOKEN");
        qunsetenv("ELEVENLABS_API_KEY");
        QCOMPARE(o.engine.config.twilioAuthToken, QByteArray("tok-very-secret"));
        const QString dump = o.engine.config.redacted();
        QVERIFY(!dump.contains(QStringLiteral("very-secret")));
        QVERIFY(dump.contains(QStringLiteral("twilioAuthToken=set")));
    }

    void commandLineWinsOverSettings()
    {
        CliDefaults d;
        d.config.port = 9100;
        d.config.publicUrl = QStringLiteral("https://stored.example");
        d.config.record = true;
        d.defaultFrom = QStringLiteral("+15550100");
        CliOptions o = parse({}, d);
        QCOMPARE(o.engine.config.port, quint16(9100));
        QCOMPARE(o.engine.config.publicUrl, QStringLiteral("https://stored.example"));
        QCOMPARE(o.dial.from, QStringLiteral("+15550100"));
        o = parse({QStringLiteral("--port"), QStringLiteral("9200"), QStringLiteral("--no-record"),
                   QStringLiteral("--from"), QStringLiteral("+15550111"),
                   QStringLiteral("--check")},
                  d);
        QCOMPARE(o.engine.config.port, quint16(9200));
        QCOMPARE(o.engine.config.record, false);
        QCOMPARE(o.dial.from, QStringLiteral("+15550111"));
        QVERIFY(o.check);
        QVERIFY(o.headless);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
