// The typed settings layer (issue 7 §2): every key round-trips, bad values are refused with
// the field, the value and the fix, the environment overrides stored values, and secrets
// are redacted wherever text leaves the app (§3).
#include "settings/Redact.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace patchline::settings;

class TestSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    /// A valid non-default value for each non-secret key.
    static QVariant sample(Key k)
    {
        switch (k) {
        case Key::TwilioAccountSid:
            return QStringLiteral("AC0123456789abcdef0123456789abcdef");
        case Key::TwilioApiKeySid:
            return QStringLiteral("SK0123456789abcdef0123456789abcdef");
        case Key::TwilioApiBase:
            return QStringLiteral("https://api.dublin.ie1.twilio.com");
        case Key::TwilioDefaultFrom:
            return QStringLiteral("+15550100");
        case Key::TwilioNumberAgents:
            return QVariantMap{{QStringLiteral("+15550100"), QStringLiteral("agent_a")},
                               {QStringLiteral("+442071838750"), QStringLiteral("agent_b")}};
        case Key::ElevenLabsApiBase:
            return QStringLiteral("https://api.eu.residency.elevenlabs.io");
        case Key::ElevenLabsDefaultAgent:
            return QStringLiteral("agent_8901khee2vn9enxsgsy0wqfrqf6m");
        case Key::ServerPort:
            return 9000;
        case Key::ServerBind:
            return QStringLiteral("0.0.0.0");
        case Key::ServerPublicUrl:
            return QStringLiteral("https://abc.ngrok.app");
        case Key::AudioConvertFormats:
        case Key::RecordingEnabled:
            return false;
        case Key::ServerAllowUnsolicitedStreams:
            return true;
        case Key::RecordingFolder:
            return QStringLiteral("/tmp/patchline-recordings");
        case Key::StoreUrl:
            return QStringLiteral("postgresql://patchline@db.example.com:5432/patchline");
        case Key::AudioInputDevice:
            return QStringLiteral("alsa_input.usb-Jabra_Link_380-00.mono-fallback");
        case Key::AudioOutputDevice:
            return QStringLiteral("alsa_output.pci-0000_00_1f.3.analog-stereo");
        case Key::RecordingRetentionDays:
            return 30;
        case Key::AlarmOneWayAudioMs:
        case Key::AlarmDeadAirMs:
        case Key::AlarmAgentSilentMs:
        case Key::AlarmNotForwardedMs:
        case Key::AlarmUnpairedCloseMs:
            return 4321;
        case Key::BridgeShards:
            return 3;
        case Key::AppearanceLanguage:
            return QStringLiteral("de");
        case Key::AppearanceTheme:
            return QStringLiteral("dark");
        case Key::SecretFallback:
            return QStringLiteral("session");
        default:
            return {};
        }
    }

private slots:
    void everyKeyRoundTrips()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
        const auto noEnv = [](const char *) { return QByteArray(); };
        {
            QSettings qs(path, QSettings::IniFormat);
            Settings s(&qs, nullptr, noEnv);
            for (Key k : allKeys()) {
                const SettingSpec &spec = settingSpec(k);
                if (spec.type == SettingType::Secret)
                    continue;
                QCOMPARE(s.source(k), Source::Default);
                QCOMPARE(s.value(k), spec.defaultValue);
                QVERIFY2(sample(k) != spec.defaultValue, spec.name);
                QCOMPARE(s.set(k, sample(k)), QString());
            }
            qs.sync();
        }
        QSettings qs(path, QSettings::IniFormat); // as after a restart
        Settings s(&qs, nullptr, noEnv);
        for (Key k : allKeys()) {
            if (settingSpec(k).type == SettingType::Secret)
                continue;
            QCOMPARE(s.source(k), Source::Stored);
            QCOMPARE(s.value(k), sample(k));
        }
        // Back to the default removes the key.
        QCOMPARE(s.set(Key::ServerPort, 8787), QString());
        QCOMPARE(s.source(Key::ServerPort), Source::Default);
        QVERIFY(!qs.contains(QStringLiteral("server/port")));

        const BridgeConfig c = s.toBridgeConfig();
        QCOMPARE(c.bindAddress.toString(), QStringLiteral("0.0.0.0"));
        QCOMPARE(c.publicUrl, QStringLiteral("https://abc.ngrok.app"));
        QCOMPARE(c.twilioApiKey, QByteArray("SK0123456789abcdef0123456789abcdef"));
        QCOMPARE(c.numberAgents.value(QStringLiteral("+442071838750")), QStringLiteral("agent_b"));
        QCOMPARE(c.record, false);
        QCOMPARE(c.convertFormats, false);
        QCOMPARE(c.alarmDeadAirMs, 4321);
        QCOMPARE(c.dataDir, QStringLiteral("/tmp/patchline-recordings"));
    }

    void badValuesAreRefusedWithFieldValueAndFix_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("account sid")
            << int(Key::TwilioAccountSid) << QVariant(QStringLiteral("AC123")) << "AC123";
        QTest::newRow("api key sid")
            << int(Key::TwilioApiKeySid)
            << QVariant(QStringLiteral("AC0123456789abcdef0123456789abcdef")) << "SK followed by";
        QTest::newRow("from") << int(Key::TwilioDefaultFrom) << QVariant(QStringLiteral("555-0100"))
                              << "555-0100";
        QTest::newRow("port") << int(Key::ServerPort) << QVariant(70000) << "0 to 65535";
        QTest::newRow("bind") << int(Key::ServerBind) << QVariant(QStringLiteral("localhost:80"))
                              << "localhost:80";
        QTest::newRow("public url")
            << int(Key::ServerPublicUrl) << QVariant(QStringLiteral("ftp://x.example"))
            << "https://host";
        QTest::newRow("public url query")
            << int(Key::ServerPublicUrl) << QVariant(QStringLiteral("https://x.example/?a=b"))
            << "no query";
        QTest::newRow("agent") << int(Key::ElevenLabsDefaultAgent)
                               << QVariant(QStringLiteral("agent id with spaces")) << "agent id";
        QTest::newRow("alarm") << int(Key::AlarmDeadAirMs) << QVariant(10) << "1000 to 600000";
        QTest::newRow("map") << int(Key::TwilioNumberAgents)
                             << QVariant(QVariantMap{{QStringLiteral("0800"), QStringLiteral("a")}})
                             << "0800";
        QTest::newRow("folder") << int(Key::RecordingFolder)
                                << QVariant(QStringLiteral("relative/dir")) << "absolute";
        QTest::newRow("store scheme")
            << int(Key::StoreUrl) << QVariant(QStringLiteral("mysql://u@h/db")) << "mysql://u@h/db";
        QTest::newRow("store path")
            << int(Key::StoreUrl) << QVariant(QStringLiteral("/var/lib/x.db")) << "postgresql://";
        QTest::newRow("store param")
            << int(Key::StoreUrl) << QVariant(QStringLiteral("postgresql://u@h/db?options=-c%20x"))
            << "“options”";
        QTest::newRow("store no user")
            << int(Key::StoreUrl) << QVariant(QStringLiteral("postgresql://h/db")) << "no user";
        // A password in the URL would sit in plain settings; the error never echoes it.
        QTest::newRow("store password")
            << int(Key::StoreUrl) << QVariant(QStringLiteral("postgresql://u:hunter2secret@h/db"))
            << "Database password field";
        QTest::newRow("store password, no scheme")
            << int(Key::StoreUrl) << QVariant(QStringLiteral("u:hunter2secret@h/db"))
            << "(not shown)";
        QTest::newRow("language") << int(Key::AppearanceLanguage) << QVariant(QStringLiteral("fr"))
                                  << "'fr'";
        QTest::newRow("theme") << int(Key::AppearanceTheme) << QVariant(QStringLiteral("solarized"))
                               << "'solarized'";
    }

    void badValuesAreRefusedWithFieldValueAndFix()
    {
        QFETCH(int, key);
        QFETCH(QVariant, value);
        QFETCH(QString, mentions);
        QSettings qs(m_dir.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
        Settings s(&qs, nullptr, [](const char *) { return QByteArray(); });
        const QVariant before = s.value(Key(key));
        const QString err = s.set(Key(key), value);
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY2(err.contains(QCoreApplication::translate("settings", settingSpec(Key(key)).label)),
                 qPrintable(err));
        QVERIFY2(err.contains(u';'), qPrintable(err)); // "…; <the fix>"
        QVERIFY2(!err.contains(QStringLiteral("hunter2")), qPrintable(err));
        QCOMPARE(s.value(Key(key)), before); // nothing written
    }

    void secretWithWhitespaceIsRefusedWithoutEchoingIt()
    {
        const QString err = Settings::validate(Key::TwilioAuthToken, QByteArray("abc def secret"));
        QVERIFY(err.contains(QStringLiteral("Twilio Auth Token")));
        QVERIFY(!err.contains(QStringLiteral("abc def")));
        // The cluster monitor token (issue 20 §3): long enough to resist guessing.
        const QString shortToken = Settings::validate(Key::MonitorToken, QByteArray("short1"));
        QVERIFY2(shortToken.contains(QStringLiteral("16 characters")), qPrintable(shortToken));
        QVERIFY(!shortToken.contains(QStringLiteral("short1")));
        QVERIFY(Settings::validate(Key::MonitorToken, QByteArray(32, 'a')).isEmpty());
        QVERIFY(Settings::validate(Key::MonitorToken, QByteArray()).isEmpty());
    }

    void environmentOverridesStoredValues()
    {
        QSettings qs(m_dir.filePath(QStringLiteral("env.ini")), QSettings::IniFormat);
        QHash<QByteArray, QByteArray> env;
        Settings s(&qs, nullptr, [&](const char *n) { return env.value(n); });
        QCOMPARE(s.set(Key::TwilioAccountSid, sample(Key::TwilioAccountSid)), QString());
        QCOMPARE(s.source(Key::TwilioAccountSid), Source::Stored);
        env.insert("TWILIO_ACCOUNT_SID", "ACffffffffffffffffffffffffffffffff");
        env.insert("TWILIO_AUTH_TOKEN", "token_from_env_1234");
        env.insert("ELEVENLABS_API_KEY", "xi_from_env_5678");
        QCOMPARE(s.source(Key::TwilioAccountSid), Source::Environment);
        QCOMPARE(s.string(Key::TwilioAccountSid),
                 QStringLiteral("ACffffffffffffffffffffffffffffffff"));
        QVERIFY(s.fromEnvironment(Key::TwilioAuthToken));
        QVERIFY(!s.fromEnvironment(Key::TwilioApiSecret));
        QVERIFY(s.hasAccounts());
        const BridgeConfig c = s.toBridgeConfig();
        QCOMPARE(c.twilioAuthToken, QByteArray("token_from_env_1234"));
        QCOMPARE(c.elevenLabsApiKey, QByteArray("xi_from_env_5678"));
        env.clear(); // the stored value is still there underneath
        QCOMPARE(s.string(Key::TwilioAccountSid), sample(Key::TwilioAccountSid).toString());
        QVERIFY(!s.hasAccounts());
    }

    void regionsMapToHosts()
    {
        QCOMPARE(elevenLabsRegionBase(QStringLiteral("eu")),
                 QStringLiteral("https://api.eu.residency.elevenlabs.io"));
        QCOMPARE(elevenLabsRegionBase(QStringLiteral("https://x.example")),
                 QStringLiteral("https://x.example"));
    }

    void redactionRemovesEverySecret()
    {
        clearRegisteredSecrets();
        QSettings qs(m_dir.filePath(QStringLiteral("redact.ini")), QSettings::IniFormat);
        const QHash<QByteArray, QByteArray> env{
            {"TWILIO_AUTH_TOKEN", "twilio_token_abcdef123"},
            {"TWILIO_API_SECRET", "twilio_api_secret_987"},
            {"ELEVENLABS_API_KEY", "sk_eleven_key_555"},
            {"ELEVENLABS_WEBHOOK_SECRET", "wsec_post_call_111"}};
        Settings s(&qs, nullptr, [&](const char *n) { return env.value(n); });
        for (const QByteArray &secret : env) {
            const QString line = QStringLiteral("request failed with key %1 (retry)")
                                     .arg(QString::fromLatin1(secret));
            const QString out = redact(line);
            QVERIFY2(!out.contains(QString::fromLatin1(secret)), qPrintable(out));
            QVERIFY(out.contains(QStringLiteral("[redacted]")));
            QVERIFY(out.startsWith(QStringLiteral("request failed with key")));
        }
        // Credential-bearing fields are redacted whatever their value.
        const QString wire = redact(
            QStringLiteral("Authorization: Basic QUMxMjM6c2VjcmV0 xi-api-key: unknown_key_value "
                           "wss://api.elevenlabs.io/v1/convai/"
                           "conversation?agent_id=a&conversation_signature=sig123 "
                           "{\"auth_token\":\"zzz\"}"));
        for (const char *leak : {"QUMxMjM6c2VjcmV0", "unknown_key_value", "sig123", "zzz"})
            QVERIFY2(!wire.contains(QLatin1String(leak)), qPrintable(wire));
        QVERIFY(wire.contains(QStringLiteral("agent_id=a")));
        // Secret-free text is untouched.
        QCOMPARE(redact(QStringLiteral("call CA123 ended: caller hung up")),
                 QStringLiteral("call CA123 ended: caller hung up"));
        // And the config dump never prints one.
        const QString dump = s.toBridgeConfig().redacted();
        for (const QByteArray &secret : env)
            QVERIFY(!dump.contains(QString::fromLatin1(secret)));
    }

    void redactingMessageHandler()
    {
        registerSecret("handler_secret_0042");
        static QStringList seen;
        qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { seen.append(m); });
        installRedactingMessageHandler();
        qWarning("leaking handler_secret_0042 here");
        qInstallMessageHandler(nullptr);
        QCOMPARE(seen.size(), 1);
        QVERIFY2(!seen.first().contains(QStringLiteral("handler_secret_0042")),
                 qPrintable(seen.first()));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
