#include "settings/Settings.h"

#include "settings/Redact.h"
#include "settings/SecretStore.h"
#include "settings/StoreLocation.h"
#include "twilio/E164.h"

#include "call/Tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace patchline::settings {

namespace {
using T = SettingType;
// The one declaration of every key (order = Key order).
const SettingSpec kSpecs[] = {
    {Key::TwilioAccountSid, "twilio/accountSid", T::String, QString(), "TWILIO_ACCOUNT_SID", 0, 0,
     QT_TRANSLATE_NOOP("settings", "Twilio Account SID")},
    {Key::TwilioAuthToken, "twilio/authToken", T::Secret, QByteArray(), "TWILIO_AUTH_TOKEN", 0, 0,
     QT_TRANSLATE_NOOP("settings", "Twilio Auth Token")},
    {Key::TwilioApiKeySid, "twilio/apiKeySid", T::String, QString(), "TWILIO_API_KEY", 0, 0,
     QT_TRANSLATE_NOOP("settings", "Twilio API Key SID")},
    {Key::TwilioApiSecret, "twilio/apiSecret", T::Secret, QByteArray(), "TWILIO_API_SECRET", 0, 0,
     QT_TRANSLATE_NOOP("settings", "Twilio API Key secret")},
    {Key::TwilioApiBase, "twilio/apiBase", T::Url, QStringLiteral("https://api.twilio.com"),
     nullptr, 0, 0, QT_TRANSLATE_NOOP("settings", "Twilio API base URL")},
    {Key::TwilioDefaultFrom, "twilio/defaultFrom", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Default From number")},
    {Key::TwilioNumberAgents, "twilio/numberAgents", T::Map, QVariantMap(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Inbound number → agent")},
    {Key::ElevenLabsApiKey, "elevenlabs/apiKey", T::Secret, QByteArray(), "ELEVENLABS_API_KEY", 0,
     0, QT_TRANSLATE_NOOP("settings", "ElevenLabs API key")},
    {Key::ElevenLabsApiBase, "elevenlabs/apiBase", T::Url,
     QStringLiteral("https://api.elevenlabs.io"), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "ElevenLabs API region")},
    {Key::ElevenLabsDefaultAgent, "elevenlabs/defaultAgent", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Default agent")},
    {Key::ElevenLabsWebhookSecret, "elevenlabs/webhookSecret", T::Secret, QByteArray(),
     "ELEVENLABS_WEBHOOK_SECRET", 0, 0, QT_TRANSLATE_NOOP("settings", "Post-call webhook secret")},
    {Key::ServerPort, "server/port", T::Int, 8787, nullptr, 0, 65535,
     QT_TRANSLATE_NOOP("settings", "Port")},
    {Key::ServerBind, "server/bind", T::String, QStringLiteral("127.0.0.1"), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Bind address")},
    {Key::ServerPublicUrl, "server/publicUrl", T::Url, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Public URL")},
    {Key::AudioConvertFormats, "audio/convertFormats", T::Bool, true, nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Convert audio formats")},
    {Key::BridgeShards, "bridge/shards", T::Int, 0, "PATCHLINE_SHARDS", 0, 64,
     QT_TRANSLATE_NOOP("settings", "Bridge threads (0 = one per core)")},
    {Key::ServerAllowUnsolicitedStreams, "server/allowUnsolicitedStreams", T::Bool, false, nullptr,
     0, 0, QT_TRANSLATE_NOOP("settings", "Accept streams without our voice webhook")},
    {Key::AudioInputDevice, "audio/inputDevice", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Microphone")},
    {Key::AudioOutputDevice, "audio/outputDevice", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Speakers")},
    {Key::RecordingEnabled, "recording/enabled", T::Bool, true, nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Record calls")},
    {Key::RecordingFolder, "recording/folder", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Recordings folder")},
    {Key::RecordingRetentionDays, "recording/retentionDays", T::Int, 0, nullptr, 0, 3650,
     QT_TRANSLATE_NOOP("settings", "Keep recordings (days)")},
    {Key::StoreUrl, "store/url", T::String, QString(), "PATCHLINE_STORE", 0, 0,
     QT_TRANSLATE_NOOP("settings", "Call database")},
    {Key::StorePassword, "store/password", T::Secret, QByteArray(), "PATCHLINE_STORE_PASSWORD", 0,
     0, QT_TRANSLATE_NOOP("settings", "Database password")},
    {Key::MonitorToken, "cluster/monitorToken", T::Secret, QByteArray(), "PATCHLINE_MONITOR_TOKEN",
     0, 0, QT_TRANSLATE_NOOP("settings", "Cluster monitor token")},
    {Key::AlarmOneWayAudioMs, "alarms/oneWayAudioMs", T::Int, 10000, nullptr, 1000, 600000,
     QT_TRANSLATE_NOOP("settings", "One-way audio alarm (ms)")},
    {Key::AlarmDeadAirMs, "alarms/deadAirMs", T::Int, 5000, nullptr, 1000, 600000,
     QT_TRANSLATE_NOOP("settings", "Dead air alarm (ms)")},
    {Key::AlarmAgentSilentMs, "alarms/agentSilentMs", T::Int, 8000, nullptr, 1000, 600000,
     QT_TRANSLATE_NOOP("settings", "Agent silent alarm (ms)")},
    {Key::AlarmNotForwardedMs, "alarms/notForwardedMs", T::Int, 1000, nullptr, 200, 60000,
     QT_TRANSLATE_NOOP("settings", "Agent audio not forwarded alarm (ms)")},
    {Key::AlarmUnpairedCloseMs, "alarms/unpairedCloseMs", T::Int, 5000, nullptr, 1000, 60000,
     QT_TRANSLATE_NOOP("settings", "Unpaired end alarm (ms)")},
    {Key::AppearanceLanguage, "appearance/language", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Language")},
    {Key::AppearanceTheme, "appearance/theme", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Theme")},
    {Key::SecretFallback, "secrets/fallback", T::String, QString(), nullptr, 0, 0,
     QT_TRANSLATE_NOOP("settings", "Secrets without a keychain")},
};
static_assert(std::size(kSpecs) == size_t(Key::Count), "one SettingSpec per Key");

QString tr(const char *s)
{
    return translateIn({"settings", "patchline::settings::Settings", "patchline::settings"}, s);
}

QString checkUrl(const QString &label, const QString &v, bool allowEmpty)
{
    if (v.isEmpty())
        return allowEmpty ? QString() : tr("%1 is empty; enter a URL such as https://…").arg(label);
    const QUrl u(v, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") || u.host().isEmpty() ||
        u.hasQuery() || u.hasFragment())
        return tr("%1 '%2' is not a base URL; use the form https://host (no query)").arg(label, v);
    return {};
}
} // namespace

const SettingSpec &settingSpec(Key key)
{
    return kSpecs[int(key)];
}

QList<Key> allKeys()
{
    QList<Key> keys;
    for (const SettingSpec &s : kSpecs)
        keys.append(s.key);
    return keys;
}

QString elevenLabsRegionBase(const QString &regionOrUrl)
{
    // reference/elevenlabs.md §1.1: regional hosts share the same paths.
    if (regionOrUrl == u"us")
        return QStringLiteral("https://api.us.elevenlabs.io");
    if (regionOrUrl == u"eu")
        return QStringLiteral("https://api.eu.residency.elevenlabs.io");
    if (regionOrUrl == u"in")
        return QStringLiteral("https://api.in.residency.elevenlabs.io");
    if (regionOrUrl == u"default")
        return QStringLiteral("https://api.elevenlabs.io");
    return regionOrUrl;
}

Settings::Settings(QSettings *store, SecretStore *secrets,
                   std::function<QByteArray(const char *)> env)
    : m_store(store), m_secrets(secrets), m_env(std::move(env))
{
    if (!m_env)
        m_env = [](const char *name) { return qgetenv(name); };
    for (const SettingSpec &s : kSpecs)
        if (s.type == SettingType::Secret && s.envVar)
            registerSecret(m_env(s.envVar));
    applySecretFallback();
}

void Settings::applySecretFallback()
{
    if (!m_secrets)
        return;
    const QString fb = string(Key::SecretFallback);
    m_secrets->setFallback(fb == u"file"      ? SecretStore::Fallback::File
                           : fb == u"session" ? SecretStore::Fallback::Session
                                              : SecretStore::Fallback::Ask);
}

Source Settings::source(Key key) const
{
    const SettingSpec &s = settingSpec(key);
    if (s.envVar && !m_env(s.envVar).isEmpty())
        return Source::Environment;
    if (s.type == SettingType::Secret)
        return m_secretCache.value(int(key)).isEmpty() ? Source::Default : Source::Stored;
    return m_store->contains(QLatin1String(s.name)) ? Source::Stored : Source::Default;
}

QVariant Settings::value(Key key) const
{
    const SettingSpec &s = settingSpec(key);
    if (s.envVar) {
        const QByteArray e = m_env(s.envVar);
        if (!e.isEmpty())
            return s.type == SettingType::Secret ? QVariant(e) : QVariant(QString::fromUtf8(e));
    }
    if (s.type == SettingType::Secret)
        return m_secretCache.value(int(key));
    const QVariant v = m_store->value(QLatin1String(s.name), s.defaultValue);
    switch (s.type) {
    case SettingType::Int:
        return v.toInt();
    case SettingType::Bool:
        return v.toBool();
    case SettingType::Map:
        return v.toMap();
    default:
        return v.toString();
    }
}

QString Settings::validate(Key key, const QVariant &value)
{
    const SettingSpec &s = settingSpec(key);
    const QString label = tr(s.label);
    const QString v = s.type == SettingType::Map ? QString() : value.toString();
    static const QRegularExpression accountSid(QStringLiteral("^AC[0-9a-fA-F]{32}$"));
    static const QRegularExpression keySid(QStringLiteral("^SK[0-9a-fA-F]{32}$"));
    static const QRegularExpression agentId(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    switch (key) {
    case Key::TwilioAccountSid:
        if (!v.isEmpty() && !accountSid.match(v).hasMatch())
            return tr("%1 '%2' is not AC followed by 32 hex digits; copy it from the Twilio "
                      "Console's Account Info")
                .arg(label, v);
        return {};
    case Key::TwilioApiKeySid:
        if (!v.isEmpty() && !keySid.match(v).hasMatch())
            return tr("%1 '%2' is not SK followed by 32 hex digits; create an API key in the "
                      "Twilio Console (Account → API keys) or leave it empty")
                .arg(label, v);
        return {};
    case Key::TwilioApiBase:
        return checkUrl(label, v, false);
    case Key::ElevenLabsApiBase: // a URL, or a region: us, eu, in (elevenlabs.md §1.1)
        return checkUrl(label, elevenLabsRegionBase(v), false);
    case Key::ServerPublicUrl:
        return checkUrl(label, v, true);
    case Key::TwilioDefaultFrom: {
        if (v.isEmpty())
            return {};
        QString why;
        if (twilio::normalizeE164(v, &why) != v)
            return tr("%1 '%2' is not an E.164 number (%3); use the form +15551234567")
                .arg(label, v, why);
        return {};
    }
    case Key::TwilioNumberAgents: {
        const QVariantMap m = value.toMap();
        for (auto it = m.begin(); it != m.end(); ++it) {
            QString why;
            if (twilio::normalizeE164(it.key(), &why) != it.key())
                return tr("%1: number '%2' is not E.164 (%3); use the form +15551234567")
                    .arg(label, it.key(), why);
            if (!agentId.match(it.value().toString()).hasMatch())
                return tr("%1: agent '%2' for %3 is not an agent id; pick one from the list")
                    .arg(label, it.value().toString(), it.key());
        }
        return {};
    }
    case Key::ElevenLabsDefaultAgent:
        if (!v.isEmpty() && !agentId.match(v).hasMatch())
            return tr("%1 '%2' is not an agent id (letters, digits, _ and -); pick one from the "
                      "list")
                .arg(label, v);
        return {};
    case Key::ServerBind:
        if (QHostAddress a; !a.setAddress(v))
            return tr("%1 '%2' is not an IP address; use 127.0.0.1 (this machine) or 0.0.0.0 "
                      "(all interfaces)")
                .arg(label, v);
        return {};
    case Key::RecordingFolder:
        if (!v.isEmpty() && !QDir::isAbsolutePath(v))
            return tr("%1 '%2' is not an absolute path; choose a folder with Browse…")
                .arg(label, v);
        return {};
    case Key::StoreUrl: {
        // The URL is kept in plain settings: a password in it would not be a secret, and an
        // error must not echo it.
        const QString userInfo = v.section(u'@', 0, -2).section(QStringLiteral("://"), -1);
        if (v.contains(u'@') && userInfo.contains(u':'))
            return tr("%1 contains a password (not shown); remove it from the URL and type it "
                      "into the Database password field, which keeps it in the keychain")
                .arg(label);
        if (!v.isEmpty() && !v.contains(QStringLiteral("://")))
            return tr("%1 '%2' is not a database URL; write postgresql://user@host:5432/database "
                      "or leave it empty for the local file")
                .arg(label, v.left(120));
        QString why;
        StoreLocation::parse(v, &why);
        return why.isEmpty() ? why : label + QStringLiteral(": ") + why;
    }
    case Key::MonitorToken:
        if (!value.toByteArray().isEmpty() && value.toByteArray().size() < 16)
            return tr("%1 is shorter than 16 characters (value not shown); use a long random "
                      "one, e.g. the output of: openssl rand -hex 16")
                .arg(label);
        break;
    case Key::AppearanceLanguage:
        if (!v.isEmpty() && v != u"en" && v != u"de")
            return tr("%1 '%2' is not available; choose System, English or Deutsch").arg(label, v);
        return {};
    case Key::AppearanceTheme:
        if (!v.isEmpty() && v != u"light" && v != u"dark")
            return tr("%1 '%2' is not available; choose System, Light or Dark").arg(label, v);
        return {};
    case Key::SecretFallback:
        if (!v.isEmpty() && v != u"session" && v != u"file")
            return tr("%1 '%2' is not one of: ask, session, file").arg(label, v);
        return {};
    default:
        break;
    }
    switch (s.type) {
    case SettingType::Int: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < s.min || n > s.max)
            return tr("%1 '%2' is out of range; use a whole number from %3 to %4")
                .arg(label, v)
                .arg(s.min)
                .arg(s.max);
        return {};
    }
    case SettingType::Bool:
        if (!value.canConvert<bool>())
            return tr("%1 '%2' is not on or off").arg(label, v);
        return {};
    case SettingType::Secret: {
        const QByteArray b = value.toByteArray();
        for (char c : b)
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
                return tr("%1 contains spaces or line breaks (value not shown); paste it again "
                          "without them")
                    .arg(label);
        return {};
    }
    default:
        return {};
    }
}

QString Settings::set(Key key, const QVariant &value)
{
    const SettingSpec &s = settingSpec(key);
    Q_ASSERT(s.type != SettingType::Secret);
    if (s.type == SettingType::Secret)
        return tr("%1 is a secret; it is stored in the keychain, not here").arg(tr(s.label));
    const QString err = validate(key, value);
    if (!err.isEmpty())
        return err;
    const QString name = QLatin1String(s.name);
    QVariant stored = value;
    if (s.type == SettingType::Int)
        stored = value.toInt();
    else if (s.type == SettingType::Bool)
        stored = value.toBool();
    if (stored == s.defaultValue)
        m_store->remove(name);
    else
        m_store->setValue(name, stored);
    if (key == Key::SecretFallback)
        applySecretFallback();
    return {};
}

void Settings::loadSecrets(std::function<void(const QStringList &)> done)
{
    struct Pending
    {
        int left = 0;
        QStringList errors;
        std::function<void(const QStringList &)> done;
    };
    auto p = std::make_shared<Pending>();
    p->done = std::move(done);
    QList<Key> secrets;
    for (const SettingSpec &s : kSpecs)
        if (s.type == SettingType::Secret)
            secrets.append(s.key);
    p->left = int(secrets.size());
    if (!m_secrets) {
        p->done({});
        return;
    }
    for (Key k : secrets) {
        m_secrets->read(QLatin1String(settingSpec(k).name),
                        [this, k, p](const QByteArray &v, const QString &note) {
                            registerSecret(v);
                            m_secretCache.insert(int(k), v);
                            if (!note.isEmpty() && !p->errors.contains(note))
                                p->errors.append(note);
                            if (--p->left == 0)
                                p->done(p->errors);
                        });
    }
}

void Settings::setSecret(Key key, const QByteArray &value,
                         std::function<void(const QString &)> done)
{
    const QString err = validate(key, value);
    if (!err.isEmpty()) {
        done(err);
        return;
    }
    registerSecret(value);
    if (!m_secrets) {
        m_secretCache.insert(int(key), value);
        done({});
        return;
    }
    m_secrets->write(QLatin1String(settingSpec(key).name), value,
                     [this, key, value, done](const QString &error) {
                         if (error.isEmpty())
                             m_secretCache.insert(int(key), value);
                         done(error);
                     });
}

bool Settings::hasAccounts() const
{
    return !secret(Key::TwilioAuthToken).isEmpty() || !secret(Key::ElevenLabsApiKey).isEmpty();
}

BridgeConfig Settings::toBridgeConfig() const
{
    BridgeConfig c;
    c.port = quint16(integer(Key::ServerPort));
    c.bindAddress.setAddress(string(Key::ServerBind));
    c.publicUrl = string(Key::ServerPublicUrl);
    c.twilioAccountSid = string(Key::TwilioAccountSid);
    c.twilioAuthToken = secret(Key::TwilioAuthToken);
    c.twilioApiKey = string(Key::TwilioApiKeySid).toUtf8();
    c.twilioApiSecret = secret(Key::TwilioApiSecret);
    c.twilioApiBase = QUrl(string(Key::TwilioApiBase));
    c.elevenLabsApiBase = QUrl(elevenLabsRegionBase(string(Key::ElevenLabsApiBase)));
    c.elevenLabsApiKey = secret(Key::ElevenLabsApiKey);
    c.defaultAgentId = string(Key::ElevenLabsDefaultAgent);
    c.elevenLabsWebhookSecret = secret(Key::ElevenLabsWebhookSecret);
    c.dataDir = string(Key::RecordingFolder);
    c.record = flag(Key::RecordingEnabled);
    c.retentionDays = integer(Key::RecordingRetentionDays);
    c.storeUrl = string(Key::StoreUrl);
    c.storePassword = secret(Key::StorePassword);
    c.monitorToken = secret(Key::MonitorToken);
    c.convertFormats = flag(Key::AudioConvertFormats);
    c.shards = integer(Key::BridgeShards);
    c.allowUnsolicitedStreams = flag(Key::ServerAllowUnsolicitedStreams);
    c.audioInputId = string(Key::AudioInputDevice).toUtf8();
    c.audioOutputId = string(Key::AudioOutputDevice).toUtf8();
    const QVariantMap m = map(Key::TwilioNumberAgents);
    for (auto it = m.begin(); it != m.end(); ++it)
        c.numberAgents.insert(it.key(), it.value().toString());
    c.alarmOneWayAudioMs = integer(Key::AlarmOneWayAudioMs);
    c.alarmDeadAirMs = integer(Key::AlarmDeadAirMs);
    c.alarmAgentSilentMs = integer(Key::AlarmAgentSilentMs);
    c.alarmNotForwardedMs = integer(Key::AlarmNotForwardedMs);
    c.alarmUnpairedCloseMs = integer(Key::AlarmUnpairedCloseMs);
    return c;
}

} // namespace patchline::settings
