#pragma once

#include "call/CallTypes.h"
#include "campaign/Campaign.h"
#include "campaign/CampaignCsv.h"
#include "campaign/CampaignExport.h"
#include "campaign/CampaignScheduler.h"
#include "store/CampaignStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace patchline::engine {

class Engine;

/// Runs one campaign (issue 19 §1) against an Engine: dials its rows through Twilio's REST
/// API (Engine::dial) under the CampaignScheduler's rules, follows each call through the
/// Engine's updates to its terminal status, retries by the policy, and keeps every row's
/// state in the store so a crashed or restarted run resumes where it stopped:
/// - each attempt is claimed in a committed transaction before its REST create
///   (store::CampaignStore::claim), and the create is never repeated on an answer that may
///   hide a created call (5xx, lost connection);
/// - on resume, a claimed attempt without a CallSid is resolved from Twilio's call list
///   (To, From, created after the claim): adopted when found, else taken back;
///   an attempt with a CallSid is settled from Twilio's call record (GET Calls/{Sid}).
/// A 429 takes the claim back and holds every create for its Retry-After. Errors no row can
/// fix (credentials, a From not on the account) pause the campaign and say so.
/// Lives on the thread of the Engine's owner (GUI or main); every call from there.
class CampaignRunner : public QObject
{
    Q_OBJECT
public:
    explicit CampaignRunner(Engine *engine, QObject *parent = nullptr);

    /// Rows of a parsed CSV that can be dialled (valid ones), with their time zones: a
    /// country with one local time gets it (campaign::uniqueTimeZoneForRegion); several leave
    /// it empty (settings.timeZone then applies). Pure.
    static QList<campaign::CampaignRow> rowsFrom(const campaign::CampaignCsv &csv);
    /// The key a resumable campaign is found by: SHA-256 over the file's bytes and the
    /// settings that shape what is dialled (agent, From).
    static QByteArray sourceHash(const QByteArray &fileBytes,
                                 const campaign::CampaignSettings &settings);

    /// Starts a campaign, or resumes the unfinished one with the same sourceHash(). The answer
    /// arrives through started().
    void start(const QList<campaign::CampaignRow> &rows, const QByteArray &sourceHash,
               const campaign::CampaignSettings &settings);
    /// Resumes a stored campaign by id.
    void resume(qint64 campaignId);

    /// Pause: no new dials (live calls go on). Resume continues.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Cancel: no new dials; rows not yet dialled or waiting to retry become Cancelled; live
    /// calls are hung up when `hangUpLive`, else they finish and are recorded.
    void cancel(bool hangUpLive);

    /// Writes the results CSV (campaign::resultsCsv) to `path` on the storage thread, with
    /// the post-call analysis stored so far; `done(error)` on `context`'s thread (empty =
    /// written). Analysis that arrives later is in the next export.
    void exportResults(const QString &path, QObject *context,
                       std::function<void(const QString &error)> done);
    /// Writes an incident bundle (store::writeIncidentBundle) for every failed row whose call
    /// reached the bridge, as `<folder>/<CallSid>.zip`, on the storage thread; `done(written,
    /// error)` on `context`'s thread. Rows that never connected (busy, no answer) have no
    /// recording or transcript and are skipped.
    void exportFailedBundles(const QString &folder, QObject *context,
                             std::function<void(int written, const QString &error)> done);
    /// The stored post-call analysis of the rows' calls, by conversation id; `done` on
    /// `context`'s thread.
    void loadAnalysis(QObject *context,
                      std::function<void(const QHash<QString, campaign::CallAnalysis> &)> done);

    qint64 campaignId() const { return m_id; }
    const campaign::CampaignSettings &settings() const { return m_settings; }
    const QList<campaign::CampaignRow> &rows() const { return m_rows; }
    campaign::CampaignCounts counts() const { return campaign::countRows(m_rows); }
    /// The row (index into rows()) a call belongs to, or -1.
    int rowOfCall(const QString &callSid) const { return m_bySid.value(callSid, -1); }

signals:
    /// start()/resume() finished: the campaign's id (0 and `error` on failure); `resumed`
    /// when an unfinished campaign was picked up again.
    void started(qint64 campaignId, bool resumed, const QString &error);
    void rowChanged(int index);
    void countsChanged(const patchline::campaign::CampaignCounts &counts);
    /// Every row is final (or the campaign was cancelled and its live calls ended).
    void finished(const patchline::campaign::CampaignCounts &counts);
    /// The campaign paused itself (an error no row can fix) or was paused; `reason` empty
    /// for the operator's own pause.
    void pausedChanged(bool paused, const QString &reason);
    void log(const QString &line);

public:
    /// A campaign as read from the store (start/resume; storage thread → runner).
    struct Loaded
    {
        qint64 id = 0;
        bool resumed = false;
        campaign::CampaignSettings settings;
        QList<campaign::CampaignRow> rows;
        QString state;
        QList<store::CampaignAttempt> attempts;
        QString error;
    };

private:
    void adopt(const Loaded &loaded);
    void reconcile(); ///< resume: settle Dialling and Live rows from Twilio
    void schedule();
    void dialRow(int index);
    void onDialed(int index, int attempt, campaign::RowStatus previous,
                  const bridge::DialOutcome &outcome);
    void onUpdates(const QList<bridge::CallUpdate> &batch);
    void onCallEnded(int index, const bridge::CallSnapshot &s);
    void settle(int index, campaign::Outcome outcome, const QString &error);
    void resolveUnsure(int index, int tries);
    void pollLive(int index, int tries);
    void unclaim(int index, campaign::RowStatus previous);
    void save(int index);
    void pause(bool paused, const QString &reason);
    /// Sends the REST create of a claimed row (or takes the claim back when the campaign was
    /// paused or cancelled meanwhile).
    void sendCreate(int index, campaign::RowStatus previous);
    /// After ring timeout + 60 s without a terminal status from the bridge, asks Twilio.
    void watchLive(int index, const QString &callSid);
    void changed(int index);
    void checkFinished();
    QString describe(const campaign::CampaignRow &r) const;

    Engine *m_engine;
    campaign::CampaignSettings m_settings;
    std::optional<campaign::CampaignScheduler> m_scheduler;
    QList<campaign::CampaignRow> m_rows;
    QHash<QString, int> m_bySid;                         ///< CallSid → row index
    QHash<QString, bridge::CallSnapshot> m_endedUnknown; ///< ended before their create answered
    QHash<int, QDateTime> m_claimedAt;                   ///< row index → its newest claim
    QSet<QString> m_knownSids;         ///< every CallSid an attempt of this campaign had
    QHash<QString, quint64> m_callIds; ///< CallSid → the bridge's call id
    qint64 m_id = 0;
    int m_claiming = 0;         ///< claims waiting for the store
    qint64 m_lastCreateMs = -1; ///< when the newest REST create was sent (CPS)
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QTimer m_wake;
};

} // namespace patchline::engine
