#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace patchline::settings {

/// Everything the bridge needs to run, resolved from the command line, the environment and
/// stored settings (settings/Settings.h builds it from the typed settings layer).
/// Plain value type; copy it across threads freely. Secrets live in QByteArray fields and
/// must never be logged: use redacted() for any human-readable dump.
struct BridgeConfig
{
    QHostAddress bindAddress = QHostAddress::LocalHost; ///< loopback by default (qt64.md §A1)
    quint16 port = 8787;                                ///< 0 = any free port
    /// The public base URL Twilio uses to reach us (https://… behind a tunnel). Webhook and
    /// upgrade signatures are checked against it (reference/twilio.md §4.2, qt64.md §A1).
    /// Empty → http://<bind>:<port>, good for the sandbox only.
    QString publicUrl;
    QByteArray twilioAuthToken; ///< secret: signs webhooks (twilio.md §4.1)
    QString twilioAccountSid;   ///< AC…: REST path and (with the Auth Token) Basic auth
    QByteArray twilioApiKey;    ///< optional SK… for REST Basic auth instead of the Auth Token
    QByteArray twilioApiSecret; ///< secret of twilioApiKey
    QUrl twilioApiBase{QStringLiteral("https://api.twilio.com")}; ///< regional edges differ
    QUrl elevenLabsApiBase{QStringLiteral("https://api.elevenlabs.io")};
    QByteArray elevenLabsApiKey; ///< secret: fetches signed URLs (elevenlabs.md §1.3)
    QString defaultAgentId;
    QByteArray elevenLabsWebhookSecret; ///< secret: verifies post-call webhooks (§8)
    QString dataDir;                    ///< SQLite file and recordings/ live here
    /// The call log's database (issue 20 §1): empty = `<dataDir>/patchline.sqlite`, else a
    /// `postgresql://user@host[:port]/db` URL (store::StoreLocation::parse).
    QString storeUrl;
    QByteArray storePassword; ///< secret: PostgreSQL password when not in the URL or libpq's
    /// secret: Bearer token of /monitor and /recordings (issue 20 §3); empty = both off.
    QByteArray monitorToken;
    /// This process's name on a shared database (issue 20 §2); "" on a single machine. A named
    /// node heartbeats every nodeLeaseMs / 3 and closes the calls of nodes silent longer.
    QString nodeName;
    int nodeLeaseMs = 30000;
    bool record = true;    ///< stereo WAV per call (caller L / agent R)
    int retentionDays = 0; ///< recordings of calls older than this are deleted at start; 0 = keep
    /// Convert audio when the agent's formats are not ulaw_8000 (else such calls end with
    /// an error naming the fix; reference/elevenlabs.md §4).
    bool convertFormats = true;
    /// Accept a Media Stream whose `start` names a CallSid no voice webhook of ours answered
    /// (issue 16 §1: off by default). Such a call gets the default agent and no overrides
    /// or variables from the stream's parameters.
    bool allowUnsolicitedStreams = false;
    /// Audio devices of the "Test agent" line (QAudioDevice ids); empty = system default.
    QByteArray audioInputId;
    QByteArray audioOutputId;
    /// Inbound routing: the agent that answers calls to each of the account's numbers
    /// (E.164 → agent id); numbers not listed get defaultAgentId.
    QHash<QString, QString> numberAgents;
    /// Random per run: GET /health?nonce=N answers HMAC-SHA256(instanceKey, N) so the
    /// pre-flight check can tell that the public URL reaches this very process.
    QByteArray instanceKey;
    /// Keepalive: a side silent this long gets a WebSocket ping (ms) …
    int keepaliveIdleMs = 2000;
    /// … and one silent this long (no message, no pong) is dead: the call ends (ms).
    int deadPeerMs = 6000;
    /// Live alarm thresholds, ms of call time (issue 4 §3).
    int alarmOneWayAudioMs = 10000;
    int alarmDeadAirMs = 5000;
    int alarmAgentSilentMs = 8000;
    int alarmNotForwardedMs = 1000;
    /// After the end, the other side's WebSocket must confirm our close within this (ms).
    int alarmUnpairedCloseMs = 5000;
    /// A console watches (waveform levels and wire inspector rows in every update, 30 Hz).
    /// Headless runs turn it off: updates carry state, events and transcript, at 4 Hz.
    bool liveView = true;
    /// Bridge shard threads (issue 15 §1): each call lives entirely on one. 0 = one per core
    /// (QThread::idealThreadCount()); PATCHLINE_SHARDS overrides 0.
    int shards = 0;

    /// The public base with no trailing slash.
    QString publicBase() const;
    /// `publicBase()` with http→ws and https→wss, plus `path`.
    QString publicWsUrl(const QString &path) const;
    /// REST Basic auth user for Twilio (reference/twilio.md §3.1): the API Key SID when
    /// one is set, else the Account SID; twilioRestSecret() is the matching secret.
    QByteArray twilioRestUser() const;
    QByteArray twilioRestSecret() const;
    /// The proof /health returns for `nonce`: hex HMAC-SHA256 with instanceKey of
    /// "patchline health v1:" + nonce. The prefix keeps it apart from every other use of
    /// instanceKey (the stream-token key, own nonces), so no nonce makes it tell one of them.
    QString healthProof(const QString &nonce) const;
    /// A fresh nonce for /health that only this process can make: 16 random hex digits, '.',
    /// the first 16 hex digits of the HMAC of "patchline health nonce v1:" + them with
    /// instanceKey (which /health never returns). /health tells its version only for such a
    /// nonce (issue 17 §7; issue 16 §7: nothing to strangers).
    QString ownHealthNonce() const;
    /// True when `nonce` was made by ownHealthNonce() with this instanceKey.
    bool isOwnHealthNonce(const QString &nonce) const;
    /// A one-line description with secrets replaced by "set"/"not set".
    QString redacted() const;
};

/// The default data directory (QStandardPaths::AppDataLocation), created if missing.
QString defaultDataDir();

} // namespace patchline::settings
