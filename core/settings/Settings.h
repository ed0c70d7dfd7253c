#pragma once

#include "settings/Config.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>

class QSettings;

namespace patchline::settings {

class SecretStore;

/// Every configuration key of Patchline, declared once (settingSpec() gives its type,
/// default, bounds and environment variable). UI state (window geometry, recent numbers)
/// is not configuration and stays in plain QSettings.
enum class Key {
    TwilioAccountSid,   ///< String, AC + 32 hex; env TWILIO_ACCOUNT_SID
    TwilioAuthToken,    ///< Secret; env TWILIO_AUTH_TOKEN (signs webhooks, twilio.md §4.1)
    TwilioApiKeySid,    ///< String, SK + 32 hex; env TWILIO_API_KEY (REST auth, §3.1)
    TwilioApiSecret,    ///< Secret; env TWILIO_API_SECRET
    TwilioApiBase,      ///< Url, default https://api.twilio.com
    TwilioDefaultFrom,  ///< String, E.164 or empty: caller ID for outbound calls
    TwilioNumberAgents, ///< Map E.164 → agent id: which agent answers each inbound number
    ElevenLabsApiKey,   ///< Secret; env ELEVENLABS_API_KEY (signed URLs, elevenlabs.md §1.3)
    ElevenLabsApiBase,  ///< Url, default https://api.elevenlabs.io (regions: elevenlabs.md §1.1)
    ElevenLabsDefaultAgent,  ///< String agent id
    ElevenLabsWebhookSecret, ///< Secret; env ELEVENLABS_WEBHOOK_SECRET (post-call, §8)
    ServerPort,              ///< Int 0-65535, default 8787
    ServerBind,              ///< String IP address, default 127.0.0.1
    ServerPublicUrl,         ///< Url (http/https base, no query) or empty
    AudioConvertFormats,     ///< Bool, default true: convert when the agent is not ulaw_8000
    BridgeShards,            ///< Int 0-64 bridge threads, 0 = one per core; env PATCHLINE_SHARDS
    /// Bool, default false: accept Media Streams no voice webhook of ours announced (own
    /// TwiML pointed at Patchline); such calls get the default agent, no overrides.
    ServerAllowUnsolicitedStreams,
    AudioInputDevice,       ///< String QAudioDevice id of the microphone; "" = system default
    AudioOutputDevice,      ///< String QAudioDevice id of the speakers; "" = system default
    RecordingEnabled,       ///< Bool, default true
    RecordingFolder,        ///< String folder; empty = the app data folder
    RecordingRetentionDays, ///< Int 0-3650, 0 = keep forever
    /// String: the call log's database, "" = the local SQLite file, else a
    /// postgresql://user@host/db URL (issue 20 §1); env PATCHLINE_STORE
    StoreUrl,
    StorePassword, ///< Secret; env PATCHLINE_STORE_PASSWORD (else libpq's PGPASSWORD, .pgpass)
    /// Secret, ≥ 16 characters; env PATCHLINE_MONITOR_TOKEN: nodes ask it of consoles on
    /// /monitor and /recordings, consoles present it (issue 20 §3). Empty: both off.
    MonitorToken,
    AlarmOneWayAudioMs,   ///< Int 1000-600000 ms
    AlarmDeadAirMs,       ///< Int 1000-600000 ms
    AlarmAgentSilentMs,   ///< Int 1000-600000 ms
    AlarmNotForwardedMs,  ///< Int 200-60000 ms
    AlarmUnpairedCloseMs, ///< Int 1000-60000 ms
    AppearanceLanguage,   ///< String: "" (follow the system), "en" or "de"
    AppearanceTheme,      ///< String: "" (follow the system), "light" or "dark"
    SecretFallback,       ///< String: "" (ask), "session" or "file" when no keychain
    Count
};

enum class SettingType { String, Int, Bool, Url, Map, Secret };

/// The declaration of one key.
struct SettingSpec
{
    Key key;
    const char *name; ///< QSettings key, and the keychain entry name for secrets
    SettingType type;
    QVariant defaultValue;
    const char *envVar = nullptr; ///< overrides the stored value when set and not empty
    int min = 0, max = 0;         ///< bounds for Int
    const char *label = "";       ///< the field's name in errors and the settings pane
};

/// The declaration of `key`.
const SettingSpec &settingSpec(Key key);
/// All keys, in declaration order.
QList<Key> allKeys();

/// Where a value came from.
enum class Source { Default, Stored, Environment };

/// The typed settings layer (issue 7 §2). Non-secret values live in the given QSettings;
/// secrets only in a SecretStore (OS keychain, or the fallback the user chose). Environment
/// variables override stored values, and source() says so. Validation errors name the
/// field, the value and the fix. Secret values are registered with the redactor (Redact.h)
/// as soon as they are known.
///
/// Not thread-safe: use it on one thread (the GUI or main thread); hand the bridge a
/// BridgeConfig copy (toBridgeConfig()).
class Settings
{
public:
    /// `store` and `secrets` must outlive this object. `env` defaults to the process
    /// environment (tests pass their own).
    Settings(QSettings *store, SecretStore *secrets,
             std::function<QByteArray(const char *)> env = {});

    /// The effective value: environment, else stored, else default. Secrets return
    /// QByteArray (from the environment or what loadSecrets()/setSecret() put in the cache).
    QVariant value(Key key) const;
    QString string(Key key) const { return value(key).toString(); }
    int integer(Key key) const { return value(key).toInt(); }
    bool flag(Key key) const { return value(key).toBool(); }
    QByteArray secret(Key key) const { return value(key).toByteArray(); }
    QVariantMap map(Key key) const { return value(key).toMap(); }
    Source source(Key key) const;
    /// True when the environment overrides `key` (the pane shows the field read-only).
    bool fromEnvironment(Key key) const { return source(key) == Source::Environment; }

    /// Checks a candidate value; empty when valid, else "<label> '<value>' …; <fix>".
    /// Secrets are never echoed.
    static QString validate(Key key, const QVariant &value);
    /// Stores a non-secret value (default → removed). Returns the validation error, if any;
    /// nothing is written then.
    QString set(Key key, const QVariant &value);

    /// Reads every secret from the SecretStore into the cache; `done(errors)` runs once
    /// (errors: one operator sentence per secret that could not be read, e.g. no keychain).
    void loadSecrets(std::function<void(const QStringList &errors)> done);
    /// Stores a secret (empty = delete). `done(error)` runs once; empty error = stored.
    void setSecret(Key key, const QByteArray &value, std::function<void(const QString &)> done);

    /// True when Twilio or ElevenLabs credentials are configured (else: first run, sandbox).
    bool hasAccounts() const;
    /// The bridge configuration these settings describe (environment applied).
    BridgeConfig toBridgeConfig() const;
    SecretStore *secretStore() const { return m_secrets; }

private:
    /// Tells the SecretStore what to do without a keychain (Key::SecretFallback).
    void applySecretFallback();

    QSettings *m_store;
    SecretStore *m_secrets;
    std::function<QByteArray(const char *)> m_env;
    QHash<int, QByteArray> m_secretCache;
};

/// ElevenLabs API hosts by region (reference/elevenlabs.md §1.1): "us", "eu", "in" or
/// "default" → URL; anything else is returned unchanged.
QString elevenLabsRegionBase(const QString &regionOrUrl);

} // namespace patchline::settings
