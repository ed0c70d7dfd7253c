#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QTime>

namespace patchline::campaign {

/// Calls are placed only between `start` and `end` in the callee's local time (issue 19 §1);
/// `end` before `start` spans midnight. Off by default.
struct CallingWindow
{
    bool enabled = false;
    QTime start{9, 0};
    QTime end{20, 0};
};

/// When a row is dialled again (issue 19 §1). `maxAttempts` counts every attempt (1 = no
/// retry); `spacingSecs` is the wait after an attempt that ended busy / no-answer / failed.
struct RetryPolicy
{
    int maxAttempts = 3;
    int spacingSecs = 300;
    bool onBusy = true;
    bool onNoAnswer = true;
    bool onFailed = false;
};

/// What a campaign dials with. Limits: concurrency 1–50; `cps` (REST creates per second,
/// Twilio's default account limit is 1, reference/twilio.md §3.2) 0.1–100.
struct CampaignSettings
{
    QString name;
    QString agentId; ///< for rows without an agent_id
    QString from;    ///< E.164, for rows without a `from`
    int concurrency = 1;
    double cps = 1.0;
    CallingWindow window;
    /// IANA zone for rows whose number's country spans several zones ("ask when ambiguous");
    /// empty = such rows wait with an issue while the window is on.
    QString timeZone;
    RetryPolicy retry;
    bool machineDetection = false;
    int ringTimeoutSecs = 30;
};

/// A row's place in its campaign. Done, Failed and Cancelled are final.
enum class RowStatus {
    Queued,    ///< not dialled yet
    Dialling,  ///< claimed in the store; the REST create is on its way (or its answer unknown)
    Live,      ///< Twilio accepted the create: a CallSid exists, the call is not over
    Retrying,  ///< an attempt ended busy / no-answer / failed; the next waits for nextAtMs
    Done,      ///< the call was answered and completed
    Failed,    ///< no attempts left, or an error no retry can fix
    Cancelled, ///< the operator cancelled the campaign before this row finished
};
/// The stored name ("queued", "dialling", …); statusFromName() is its inverse (Queued for
/// an unknown name).
QString statusName(RowStatus s);
RowStatus statusFromName(QStringView name);
/// Translated for display.
QString statusText(RowStatus s);
inline bool isFinal(RowStatus s)
{
    return s == RowStatus::Done || s == RowStatus::Failed || s == RowStatus::Cancelled;
}

/// How one attempt ended, from Twilio's terminal CallStatus (reference/twilio.md §3.8).
enum class Outcome {
    Completed, ///< answered and hung up normally
    Busy,
    NoAnswer,
    Failed,    ///< Twilio could not connect it, or the bridge/agent failed on the call
    Canceled,  ///< hung up before it was answered
    NotPlaced, ///< Twilio refused the create (4xx): no call exists
};
/// `twilioStatus` is a terminal CallStatus; `bridgeFailed` the call's failed flag (an agent
/// or stream error on a call Twilio calls completed). Unknown status → Failed.
Outcome outcomeFromTwilio(QStringView twilioStatus, bool bridgeFailed = false);
QString outcomeName(Outcome o); ///< "completed", "busy", "no-answer", …

/// One recipient as the runner and the store see it.
struct CampaignRow
{
    int row = 0;      ///< spreadsheet row (header = 1): the recipient's stable key
    QString phone;    ///< E.164
    QString agentId;  ///< empty = the campaign's
    QString from;     ///< empty = the campaign's
    QString timeZone; ///< IANA zone for the calling window; empty = unknown
    QDateTime notBefore;
    QList<QPair<QString, QString>> variables;
    RowStatus status = RowStatus::Queued;
    int attempts = 0;    ///< attempts claimed so far
    qint64 nextAtMs = 0; ///< Retrying: not before this (ms since the epoch, UTC)
    QString callSid;     ///< of the newest attempt
    QString outcome;     ///< outcomeName() of the newest finished attempt
    QString error;       ///< why the newest attempt failed, in words
    int durationSecs = -1;
    QString conversationId;
};

/// Counts per status, for progress lines and the progress bar.
struct CampaignCounts
{
    int queued = 0, dialling = 0, live = 0, retrying = 0, done = 0, failed = 0, cancelled = 0;
    int total() const { return queued + dialling + live + retrying + done + failed + cancelled; }
    int finished() const { return done + failed + cancelled; }
};
CampaignCounts countRows(const QList<CampaignRow> &rows);

/// Settings as stored (JSON object, every field named); settingsFromJson() reads them back,
/// keeping defaults for missing or malformed fields and clamping numbers to their limits.
QByteArray settingsToJson(const CampaignSettings &s);
CampaignSettings settingsFromJson(const QByteArray &json);
/// Dynamic variables as stored: a JSON array of [name, value] pairs (order kept).
QByteArray variablesToJson(const QList<QPair<QString, QString>> &vars);
QList<QPair<QString, QString>> variablesFromJson(const QByteArray &json);

/// The IANA zones of a country (ISO 3166 region code, e.g. "DE" → Europe/Berlin; "US" → many).
/// libphonenumber's C++ build in Debian has no time-zone mapper, so the country's zones come
/// from the system's tz database (QTimeZone). Empty for an unknown region.
QStringList timeZonesForRegion(const QString &regionCode);
/// The one local time of a country, when all its zones keep the same clock (same UTC offset
/// in January and July of `year`: DE's Europe/Berlin and Europe/Busingen); empty when its
/// zones differ (US, ES with the Canaries): the operator must choose ("ask when ambiguous").
QString uniqueTimeZoneForRegion(const QString &regionCode, int year = 2026);

} // namespace patchline::campaign
