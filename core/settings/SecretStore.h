#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace patchline::settings {

/// Where secrets (Auth Token, API keys, webhook secrets) are kept (issue 7 §2).
///
/// First choice is the OS keychain through QtKeychain (Secret Service via libsecret on
/// Linux; reference/qt64.md §A4). QtKeychain's own "insecure fallback" is never used (it would
/// put secrets into QSettings, and only works on the KWallet path anyway). When no keychain is
/// reachable (no D-Bus session, no secret service, locked keyring), writes follow the
/// fallback the user chose: keep the secret for this run only, or a JSON file readable only
/// by the user (mode 0600, written atomically). With Fallback::Ask a write fails with an
/// error telling the caller to ask the user.
///
/// Asynchronous: callbacks run once, on the thread that owns this object. Every keychain job
/// has a timeout (a keychain that never answers counts as unreachable).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Fallback { Ask, Session, File };
    enum class Backend { Keychain, File, Session, None };

    struct Options
    {
        QString service = QStringLiteral("Patchline"); ///< keychain service name
        QString filePath; ///< the 0600 fallback file; empty = AppConfigLocation/secrets.json
        bool useKeychain = true;
        int keychainTimeoutMs = 10000;
    };

    explicit SecretStore(const Options &options, QObject *parent = nullptr);

    /// Reads `name`. `done(value, note)`: value empty when not stored anywhere; `note` is set
    /// when the keychain could not be asked (not an error: the fallbacks were searched).
    void read(const QString &name, std::function<void(QByteArray, QString)> done);
    /// Stores `value` (empty = remove). `done(error)`: empty on success; with no keychain
    /// and Fallback::Ask, the error starts with noKeychainPrefix().
    void write(const QString &name, const QByteArray &value, std::function<void(QString)> done);

    void setFallback(Fallback f) { m_fallback = f; }
    Fallback fallback() const { return m_fallback; }
    /// Where `name` currently lives (after a read or write), None when nowhere.
    Backend backendOf(const QString &name) const { return m_where.value(name, Backend::None); }
    /// False once a keychain job failed for a reason other than "entry not found".
    bool keychainReachable() const { return m_keychainError.isEmpty() && m_options.useKeychain; }
    /// Why the keychain cannot be used (QtKeychain's error text), or empty.
    QString keychainError() const;
    QString filePath() const { return m_filePath; }

    /// Prefix of the write error returned with Fallback::Ask when no keychain is reachable.
    static QString noKeychainPrefix();
    /// A keychain error as a user reads it: D-Bus's raw words ("dbus-launch", "org.freedesktop
    /// …ServiceUnknown") become "no keychain service runs in this desktop session"; other text
    /// is cut to 200 characters. Pure; any thread.
    static QString describeKeychainError(const QString &raw);
    /// Human name of a backend ("OS keychain", "file (0600)", "this session only").
    static QString backendName(Backend b);

private:
    void keychainRead(const QString &name, std::function<void(bool ok, QByteArray, QString)> done);
    void keychainWrite(const QString &name, const QByteArray &value,
                       std::function<void(bool ok, QString)> done);
    void fallbackWrite(const QString &name, const QByteArray &value,
                       std::function<void(QString)> done, const QString &why);
    QHash<QString, QByteArray> readFile() const;
    QString writeFile(const QHash<QString, QByteArray> &entries) const;

    Options m_options;
    QString m_filePath;
    Fallback m_fallback = Fallback::Ask;
    QString m_keychainError;
    QHash<QString, QByteArray> m_session;
    QHash<QString, Backend> m_where;
};

} // namespace patchline::settings
