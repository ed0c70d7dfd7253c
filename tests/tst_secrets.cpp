// The secret store: OS keychain when reachable, else the fallback the user chose (issue 7 §2).
// ctest runs this twice: once with no D-Bus session (tst_secrets), once inside
// dbus-run-session with an unlocked gnome-keyring (tst_secrets_keychain, which sets
// PATCHLINE_EXPECT_KEYCHAIN=1; recipe from reference/qt64.md §A4).
#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include "TestUtil.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace patchline::settings;

namespace {
struct Sync
{
    bool done = false;
    QString error;
    QByteArray value;
    QString note;
};

QString writeSync(SecretStore &s, const QString &name, const QByteArray &v)
{
    Sync r;
    s.write(name, v, [&](const QString &e) {
        r.error = e;
        r.done = true;
    });
    if (!patchline::test::waitFor([&] { return r.done; }, 15000))
        return QStringLiteral("timeout");
    return r.error;
}

Sync readSync(SecretStore &s, const QString &name)
{
    Sync r;
    s.read(name, [&](const QByteArray &v, const QString &note) {
        r.value = v;
        r.note = note;
        r.done = true;
    });
    patchline::test::waitFor([&] { return r.done; }, 15000);
    return r;
}
} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    bool m_expectKeychain = qEnvironmentVariableIntValue("PATCHLINE_EXPECT_KEYCHAIN") == 1;

    SecretStore::Options options() const
    {
        SecretStore::Options o;
        o.service = QStringLiteral("PatchlineTest");
        o.filePath = m_dir.filePath(QStringLiteral("secrets.json"));
        return o;
    }

private slots:
    /// Issue 18 #10: the event log opened with D-Bus's raw "dbus-launch" error.
    void keychainErrorsAreSaidPlainly()
    {
        const QString raw = QStringLiteral(
            "Failed to execute child process \u201cdbus-launch\u201d (No such file or directory)");
        const QString said = SecretStore::describeKeychainError(raw);
        QVERIFY2(said.contains(QStringLiteral("no keychain service")), qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("dbus"), Qt::CaseInsensitive));
        QCOMPARE(SecretStore::describeKeychainError(
                     QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown: no owner")),
                 said);
        QCOMPARE(SecretStore::describeKeychainError(QStringLiteral("keyring locked")),
                 QStringLiteral("keyring locked"));
    }

    void noKeychainAsksThenFallsBack()
    {
        if (m_expectKeychain)
            QSKIP("this run has a keychain; tst_secrets covers the no-keychain path");
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        SecretStore store(options());
        const QByteArray secret = "tok_0123456789abcdef";

        // Ask (the default): nothing is stored anywhere, the caller is told to ask.
        const QString err = writeSync(store, QStringLiteral("twilio/authToken"), secret);
        QVERIFY2(err.startsWith(SecretStore::noKeychainPrefix()), qPrintable(err));
        QVERIFY(!err.contains(QString::fromLatin1(secret)));
        QVERIFY(!store.keychainReachable());
        QVERIFY(!QFile::exists(store.filePath()));

        // This session only: readable now, never on disk.
        store.setFallback(SecretStore::Fallback::Session);
        QCOMPARE(writeSync(store, QStringLiteral("twilio/authToken"), secret), QString());
        QCOMPARE(readSync(store, QStringLiteral("twilio/authToken")).value, secret);
        QCOMPARE(store.backendOf(QStringLiteral("twilio/authToken")),
                 SecretStore::Backend::Session);
        QVERIFY(!QFile::exists(store.filePath()));
        SecretStore restarted(options());
        QVERIFY(readSync(restarted, QStringLiteral("twilio/authToken")).value.isEmpty());

        // File: 0600, survives a restart, removable.
        store.setFallback(SecretStore::Fallback::File);
        QCOMPARE(writeSync(store, QStringLiteral("elevenlabs/apiKey"), "xi_secret_value_42"),
                 QString());
        QFile f(store.filePath());
        QVERIFY(f.exists());
        QCOMPARE(f.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner); // owner only, nobody else
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        SecretStore again(options());
        const Sync r = readSync(again, QStringLiteral("elevenlabs/apiKey"));
        QCOMPARE(r.value, QByteArray("xi_secret_value_42"));
        QVERIFY(!r.note.isEmpty()); // says why the keychain was not used
        QCOMPARE(again.backendOf(QStringLiteral("elevenlabs/apiKey")), SecretStore::Backend::File);
        again.setFallback(SecretStore::Fallback::File);
        QCOMPARE(writeSync(again, QStringLiteral("elevenlabs/apiKey"), {}), QString());
        QVERIFY(readSync(again, QStringLiteral("elevenlabs/apiKey")).value.isEmpty());
    }

    void keychainRoundTrip()
    {
        if (!m_expectKeychain)
            QSKIP("no keychain in this run; tst_secrets_keychain covers it");
        SecretStore store(options());
        const QByteArray secret =
            "kc_secret_" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(writeSync(store, QStringLiteral("twilio/authToken"), secret), QString());
        QVERIFY2(store.keychainReachable(), qPrintable(store.keychainError()));
        QCOMPARE(store.backendOf(QStringLiteral("twilio/authToken")),
                 SecretStore::Backend::Keychain);
        QVERIFY(!QFile::exists(store.filePath())); // never also on disk

        SecretStore restarted(options());
        const Sync r = readSync(restarted, QStringLiteral("twilio/authToken"));
        QCOMPARE(r.value, secret);
        QCOMPARE(r.note, QString());
        QCOMPARE(restarted.backendOf(QStringLiteral("twilio/authToken")),
                 SecretStore::Backend::Keychain);

        QCOMPARE(writeSync(restarted, QStringLiteral("twilio/authToken"), {}), QString());
        QVERIFY(readSync(restarted, QStringLiteral("twilio/authToken")).value.isEmpty());
    }

    void settingsLoadSecretsThroughTheStore()
    {
        QSettings qs(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        SecretStore store(options());
        {
            Settings s(&qs, &store, [](const char *) { return QByteArray(); });
            // Used only without a keychain; the choice is a setting like any other.
            QCOMPARE(s.set(Key::SecretFallback, QStringLiteral("file")), QString());
            QCOMPARE(store.fallback(), SecretStore::Fallback::File);
            bool done = false;
            QString error;
            s.setSecret(Key::ElevenLabsApiKey, "xi_loaded_again_7", [&](const QString &e) {
                error = e;
                done = true;
            });
            QVERIFY(patchline::test::waitFor([&] { return done; }, 15000));
            QCOMPARE(error, QString());
        }
        QVERIFY(!qs.allKeys().join(u',').contains(QStringLiteral("apiKey"))); // not in QSettings
        SecretStore store2(options());
        Settings s2(&qs, &store2, [](const char *) { return QByteArray(); });
        bool loaded = false;
        s2.loadSecrets([&](const QStringList &) { loaded = true; });
        QVERIFY(patchline::test::waitFor([&] { return loaded; }, 30000));
        QCOMPARE(s2.secret(Key::ElevenLabsApiKey), QByteArray("xi_loaded_again_7"));
        QCOMPARE(s2.source(Key::ElevenLabsApiKey), Source::Stored);
        QCOMPARE(s2.toBridgeConfig().elevenLabsApiKey, QByteArray("xi_loaded_again_7"));
        QCOMPARE(store2.backendOf(QStringLiteral("elevenlabs/apiKey")),
                 m_expectKeychain ? SecretStore::Backend::Keychain : SecretStore::Backend::File);
        bool removed = false;
        s2.setSecret(Key::ElevenLabsApiKey, {}, [&](const QString &) { removed = true; });
        QVERIFY(patchline::test::waitFor([&] { return removed; }, 15000));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
