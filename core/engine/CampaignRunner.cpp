#include "engine/CampaignRunner.h"

#include "call/Tr.h"
#include "engine/Engine.h"
#include "store/CallStore.h"
#include "store/CampaignStore.h"
#include "store/Export.h"
#include "store/Storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QPointer>

#include <algorithm>

namespace patchline::engine {

using campaign::CampaignRow;
using campaign::Outcome;
using campaign::RowStatus;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// How long Twilio's call list may lag behind a create (eventually consistent, reference/
/// twilio.md §3.5): an unsure create is looked up no sooner than this after its claim.
constexpr qint64 kListSettleMs = 5000;
constexpr int kPollMs = 5000;
constexpr int kMaxEndedUnknown = 256;
/// Empty call-list answers, this far apart, before a lost create counts as never made.
constexpr int kEmptyListReads = 4;
constexpr int kEmptyListSpacingMs = 20000;

/// Twilio errors no other row would escape: bad credentials, suspended account, a From that
/// is not the account's (reference/twilio.md §5). The campaign pauses instead of failing
/// every row.
bool isCampaignWide(const bridge::DialOutcome &o)
{
    static const QList<int> codes{20003, 20005, 21210, 21212};
    return codes.contains(o.twilioCode) || (!o.unsure && !o.throttled && o.twilioCode == 0);
}

bool isTerminal(QStringView status)
{
    return status == u"completed" || status == u"busy" || status == u"no-answer" ||
           status == u"failed" || status == u"canceled";
}

using Loaded = CampaignRunner::Loaded;

Loaded loadFrom(store::CampaignStore &cs, qint64 id, bool resumed)
{
    Loaded l;
    l.id = id;
    l.resumed = resumed;
    if (!cs.load(id, &l.settings, &l.rows, &l.state)) {
        l.id = 0;
        l.error = cs.errorString();
        return l;
    }
    l.attempts = cs.attempts(id);
    return l;
}

} // namespace

CampaignRunner::CampaignRunner(Engine *engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_wake(this)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &CampaignRunner::schedule);
    connect(engine, &Engine::updates, this, &CampaignRunner::onUpdates);
}

QList<CampaignRow> CampaignRunner::rowsFrom(const campaign::CampaignCsv &csv)
{
    QList<CampaignRow> rows;
    for (const campaign::Recipient &rec : csv.recipients) {
        if (!rec.valid)
            continue;
        CampaignRow r;
        r.row = rec.row;
        r.phone = rec.phoneNumber;
        r.agentId = rec.agentId;
        r.from = rec.from;
        r.notBefore = rec.notBefore;
        r.variables = rec.variables;
        r.timeZone =
            campaign::uniqueTimeZoneForRegion(rec.info.regionCode, QDate::currentDate().year());
        rows.append(r);
    }
    return rows;
}

QByteArray CampaignRunner::sourceHash(const QByteArray &fileBytes,
                                      const campaign::CampaignSettings &settings)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(fileBytes);
    h.addData(QByteArrayView("\0", 1));
    h.addData(settings.agentId.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(settings.from.toUtf8());
    return h.result();
}

void CampaignRunner::start(const QList<CampaignRow> &rows, const QByteArray &sourceHash,
                           const campaign::CampaignSettings &settings)
{
    m_engine->storage()->query<Loaded>(
        this,
        [rows, sourceHash, settings](store::CallStore &s) {
            store::CampaignStore cs(s.connectionName());
            if (const qint64 id = cs.findUnfinished(sourceHash))
                return loadFrom(cs, id, true);
            const qint64 id = cs.create(settings, sourceHash, rows);
            if (!id) {
                Loaded l;
                l.error = cs.errorString();
                return l;
            }
            return loadFrom(cs, id, false);
        },
        [this](const Loaded &l) {
            if (!l.id) {
                emit started(0, false, tr("the campaign could not be stored: %1").arg(l.error));
                return;
            }
            adopt(l);
        });
}

void CampaignRunner::resume(qint64 campaignId)
{
    m_engine->storage()->query<Loaded>(
        this,
        [campaignId](store::CallStore &s) {
            store::CampaignStore cs(s.connectionName());
            return loadFrom(cs, campaignId, true);
        },
        [this](const Loaded &l) {
            if (!l.id) {
                emit started(0, true, tr("the campaign could not be read: %1").arg(l.error));
                return;
            }
            adopt(l);
        });
}

void CampaignRunner::adopt(const Loaded &l)
{
    m_id = l.id;
    // Reopened after a cancel (to read or export it): it stays cancelled, nothing dials.
    m_cancelled = l.state == u"cancelled";
    m_settings = l.settings;
    m_scheduler.emplace(l.settings);
    m_rows = l.rows;
    QHash<int, int> indexOfRow;
    for (int i = 0; i < m_rows.size(); ++i) {
        indexOfRow.insert(m_rows.at(i).row, i);
        if (!m_rows.at(i).callSid.isEmpty())
            m_bySid.insert(m_rows.at(i).callSid, i);
    }
    for (const store::CampaignAttempt &a : l.attempts) {
        // Every CallSid an attempt ever had: an unsure create must not adopt an older one.
        if (!a.callSid.isEmpty())
            m_knownSids.insert(a.callSid);
        const int i = indexOfRow.value(a.row, -1);
        if (i >= 0 && m_rows.at(i).attempts == a.attempt)
            m_claimedAt.insert(i, a.claimedAt);
    }
    emit started(l.id, l.resumed, {});
    emit countsChanged(counts());
    reconcile();
    schedule();
    checkFinished();
}

void CampaignRunner::reconcile()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const CampaignRow &r = m_rows.at(i);
        if (r.status == RowStatus::Dialling) {
            const QDateTime claimed = m_claimedAt.value(i);
            const qint64 wait =
                claimed.isValid() ? claimed.toMSecsSinceEpoch() + kListSettleMs - nowMs() : 0;
            emit log(tr("%1: its create may or may not have reached Twilio before the stop; "
                        "looking it up in Twilio's call list")
                         .arg(describe(r)));
            QTimer::singleShot(int(std::clamp<qint64>(wait, 0, kListSettleMs)), this,
                               [this, i] { resolveUnsure(i, 0); });
        } else if (r.status == RowStatus::Live) {
            pollLive(i, 0);
        }
    }
}

QString CampaignRunner::describe(const CampaignRow &r) const
{
    return tr("row %1 (%2)").arg(r.row).arg(r.phone);
}

void CampaignRunner::schedule()
{
    if (!m_scheduler || m_paused || m_cancelled || m_finished)
        return;
    for (;;) {
        const qint64 now = nowMs();
        const auto pick = m_scheduler->next(m_rows, now);
        if (pick.index >= 0) {
            dialRow(pick.index);
            continue;
        }
        if (pick.wakeAtMs >= 0)
            m_wake.start(int(std::clamp<qint64>(pick.wakeAtMs - now, 0, 24LL * 3600 * 1000)));
        else
            m_wake.stop();
        return;
    }
}

void CampaignRunner::dialRow(int index)
{
    CampaignRow &r = m_rows[index];
    const RowStatus previous = r.status;
    const int attempts = r.attempts;
    r.status = RowStatus::Dialling;
    // Holds the next pick back by the CPS spacing until the create itself is sent.
    m_scheduler->noteCreateSent(nowMs());
    m_claimedAt.insert(index, QDateTime::currentDateTimeUtc());
    ++m_claiming;
    changed(index);
    const qint64 id = m_id;
    const int row = r.row;
    m_engine->storage()->query<QString>(
        this,
        [id, row, attempts](store::CallStore &s) {
            store::CampaignStore cs(s.connectionName());
            if (cs.claim(id, row, attempts))
                return QString();
            return cs.errorString().isEmpty() ? QStringLiteral("taken") : cs.errorString();
        },
        [this, index, previous, attempts](const QString &error) {
            --m_claiming;
            CampaignRow &r = m_rows[index];
            if (!error.isEmpty()) {
                r.status = previous;
                changed(index);
                pause(true, error == u"taken"
                                ? tr("%1 was already claimed in the database: another Patchline "
                                     "runs this campaign. Stop that one before resuming here.")
                                      .arg(describe(r))
                                : tr("the campaign database refused the claim of %1: %2")
                                      .arg(describe(r), error));
                return;
            }
            r.attempts = attempts + 1;
            if (m_cancelled || m_paused) {
                // Cancelled or paused while the claim was on its way: no create; the attempt
                // is taken back (a cancelled row becomes final in unclaim()).
                unclaim(index, previous);
                return;
            }
            // Calls per second count from the create, not the claim: claims can finish
            // together behind the storage thread.
            const qint64 allowed =
                std::max(m_lastCreateMs < 0 ? 0 : m_lastCreateMs + m_scheduler->spacingMs(),
                         m_scheduler->throttledUntilMs());
            const qint64 wait = allowed - nowMs();
            if (wait > 0) {
                QTimer::singleShot(int(std::min<qint64>(wait, 60000)), this,
                                   [this, index, previous] { sendCreate(index, previous); });
                return;
            }
            sendCreate(index, previous);
        });
}

void CampaignRunner::sendCreate(int index, RowStatus previous)
{
    CampaignRow &r = m_rows[index];
    if (r.status != RowStatus::Dialling)
        return;
    if (m_cancelled || m_paused) {
        unclaim(index, previous);
        return;
    }
    m_lastCreateMs = nowMs();
    {
        {
            bridge::DialRequest req;
            req.to = r.phone;
            req.from = r.from.isEmpty() ? m_settings.from : r.from;
            req.agentId = r.agentId.isEmpty() ? m_settings.agentId : r.agentId;
            for (const auto &[k, v] : r.variables)
                req.variables.insert(k, v);
            req.timeoutSecs = m_settings.ringTimeoutSecs;
            req.machineDetection =
                m_settings.machineDetection ? QStringLiteral("Enable") : QString();
            req.mustNotRepeat = true;
            const int attempt = r.attempts;
            emit log(tr("%1: attempt %2 of %3")
                         .arg(describe(r))
                         .arg(attempt)
                         .arg(std::max(1, m_settings.retry.maxAttempts)));
            m_engine->dial(req, this,
                           [this, index, attempt, previous](const bridge::DialOutcome &o) {
                               onDialed(index, attempt, previous, o);
                           });
        }
    }
}

void CampaignRunner::onDialed(int index, int attempt, RowStatus previous,
                              const bridge::DialOutcome &o)
{
    CampaignRow &r = m_rows[index];
    if (r.attempts != attempt || r.status != RowStatus::Dialling)
        return;
    if (o.error.isEmpty() && bridge::isTwilioSid(o.callSid, u"CA")) {
        r.callSid = o.callSid;
        r.status = RowStatus::Live;
        m_bySid.insert(o.callSid, index);
        m_knownSids.insert(o.callSid);
        save(index);
        changed(index);
        if (m_endedUnknown.contains(o.callSid))
            onCallEnded(index, m_endedUnknown.take(o.callSid));
        else
            watchLive(index, o.callSid);
        return;
    }
    if (o.error.isEmpty()) {
        // A 201 without a well-formed CallSid: whether a call exists is unknown.
        emit log(
            tr("%1: Twilio's answer had no valid CallSid; looking the call up").arg(describe(r)));
        QTimer::singleShot(int(kListSettleMs), this, [this, index] { resolveUnsure(index, 0); });
        return;
    }
    if (o.throttled) {
        const int secs = std::max(1, o.retryAfterSecs);
        m_scheduler->noteThrottled(nowMs() + qint64(secs) * 1000);
        emit log(tr("Twilio is limiting calls per second (429): %1 waits %2 s; lower the "
                    "campaign's calls per second if this repeats")
                     .arg(describe(r))
                     .arg(secs));
        unclaim(index, previous);
        schedule();
        return;
    }
    if (o.unsure) {
        emit log(tr("%1: Twilio's answer was lost (%2); looking the call up before anything "
                    "else is dialled to this number")
                     .arg(describe(r), o.error));
        QTimer::singleShot(int(kListSettleMs), this, [this, index] { resolveUnsure(index, 0); });
        return;
    }
    if (isCampaignWide(o)) {
        unclaim(index, previous);
        pause(true, o.error);
        return;
    }
    settle(index, Outcome::NotPlaced, o.error);
}

void CampaignRunner::unclaim(int index, RowStatus previous)
{
    CampaignRow &r = m_rows[index];
    const int attempt = r.attempts;
    r.attempts = std::max(0, attempt - 1);
    r.status = previous;
    const qint64 id = m_id;
    const int row = r.row;
    m_engine->storage()->query<bool>(
        this,
        [id, row, attempt, previous](store::CallStore &s) {
            return store::CampaignStore(s.connectionName()).unclaim(id, row, attempt, previous);
        },
        [](bool) {});
    if (m_cancelled) {
        // Taken back after a cancel (429, lost create not found, campaign-wide error): the
        // row will not be dialled, so it is final now, or the campaign never finishes.
        r.status = RowStatus::Cancelled;
        save(index);
        changed(index);
        checkFinished();
        return;
    }
    changed(index);
}

void CampaignRunner::resolveUnsure(int index, int tries)
{
    if (index >= m_rows.size() || m_rows.at(index).status != RowStatus::Dialling)
        return;
    const CampaignRow &r = m_rows.at(index);
    const QString from = r.from.isEmpty() ? m_settings.from : r.from;
    m_engine->listTwilioCalls(
        r.phone, from, this,
        [this, index, tries](const twilio::TwilioResult<QList<twilio::CallResource>> &res) {
            CampaignRow &r = m_rows[index];
            if (r.status != RowStatus::Dialling)
                return;
            if (!res.ok()) {
                emit log(tr("%1: Twilio's call list could not be read (%2); trying again in "
                            "30 s")
                             .arg(describe(r), res.error));
                QTimer::singleShot(30000, this,
                                   [this, index, tries] { resolveUnsure(index, tries + 1); });
                return;
            }
            const QDateTime claimed = m_claimedAt.value(index);
            // Minutes of slack for clock skew between this machine and Twilio; calls of this
            // campaign's earlier attempts are excluded by m_knownSids.
            const QDateTime since = claimed.isValid() ? claimed.addSecs(-600)
                                                      : QDateTime::currentDateTimeUtc().addDays(-1);
            for (const twilio::CallResource &c : res.value) {
                if (m_bySid.contains(c.sid) || m_knownSids.contains(c.sid) ||
                    !c.dateCreated.isValid() || c.dateCreated < since)
                    continue;
                emit log(tr("%1: found its call %2 (%3) in Twilio's records")
                             .arg(describe(r), c.sid, c.status));
                r.callSid = c.sid;
                r.status = RowStatus::Live;
                m_bySid.insert(c.sid, index);
                m_knownSids.insert(c.sid);
                if (c.duration.toInt() > 0)
                    r.durationSecs = c.duration.toInt();
                save(index);
                changed(index);
                if (isTerminal(c.status))
                    settle(index, campaign::outcomeFromTwilio(c.status), {});
                else
                    pollLive(index, 0);
                return;
            }
            // Twilio's list is eventually consistent (reference/twilio.md §3.5): a call is
            // taken back only after empty answers spread over a minute.
            if (tries < kEmptyListReads - 1) {
                QTimer::singleShot(kEmptyListSpacingMs, this,
                                   [this, index, tries] { resolveUnsure(index, tries + 1); });
                return;
            }
            emit log(tr("%1: no call reached Twilio for the last attempt; it is taken back "
                        "and dialled again")
                         .arg(describe(r)));
            unclaim(index, r.attempts <= 1 ? RowStatus::Queued : RowStatus::Retrying);
            schedule();
        });
}

void CampaignRunner::watchLive(int index, const QString &callSid)
{
    // Status callbacks can be lost (a wrong public URL, a proxy): a call the bridge never
    // reports as ended is settled from Twilio's record instead of holding its slot forever.
    const int ms = (std::max(5, m_settings.ringTimeoutSecs) + 60) * 1000;
    QTimer::singleShot(ms, this, [this, index, callSid] {
        if (index < m_rows.size() && m_rows.at(index).status == RowStatus::Live &&
            m_rows.at(index).callSid == callSid && !m_callIds.contains(callSid))
            pollLive(index, 0);
    });
}

void CampaignRunner::pollLive(int index, int tries)
{
    if (index >= m_rows.size() || m_rows.at(index).status != RowStatus::Live)
        return;
    const QString sid = m_rows.at(index).callSid;
    m_engine->fetchTwilioCall(
        sid, this,
        [this, index, tries, sid](const twilio::TwilioResult<twilio::CallResource> &res) {
            CampaignRow &r = m_rows[index];
            if (r.status != RowStatus::Live || r.callSid != sid)
                return;
            if (res.ok() && isTerminal(res.value.status)) {
                r.durationSecs = res.value.duration.toInt();
                settle(index, campaign::outcomeFromTwilio(res.value.status), {});
                return;
            }
            QTimer::singleShot(res.ok() ? kPollMs : 6 * kPollMs, this,
                               [this, index, tries] { pollLive(index, tries + 1); });
        });
}

void CampaignRunner::onUpdates(const QList<bridge::CallUpdate> &batch)
{
    if (!m_id)
        return;
    for (const bridge::CallUpdate &u : batch) {
        const bridge::CallSnapshot &s = u.snapshot;
        if (s.callSid.isEmpty())
            continue;
        const int index = m_bySid.value(s.callSid, -1);
        if (index < 0) {
            // The call may have ended before its create's answer (a busy line's callback can
            // beat the 201): keep it until the answer names it.
            if (s.state == bridge::CallState::Ended && s.direction == u"outbound-api" &&
                m_claiming + counts().dialling > 0) {
                if (m_endedUnknown.size() >= kMaxEndedUnknown)
                    m_endedUnknown.erase(m_endedUnknown.begin());
                m_endedUnknown.insert(s.callSid, s);
            }
            continue;
        }
        CampaignRow &r = m_rows[index];
        m_callIds.insert(s.callSid, s.id);
        if (!s.conversationId.isEmpty() && r.conversationId != s.conversationId)
            r.conversationId = s.conversationId;
        if (s.state == bridge::CallState::Ended)
            onCallEnded(index, s);
    }
}

void CampaignRunner::onCallEnded(int index, const bridge::CallSnapshot &s)
{
    CampaignRow &r = m_rows[index];
    if (r.status != RowStatus::Live || r.callSid != s.callSid)
        return;
    QString status = s.twilioStatus;
    if (!isTerminal(status)) {
        // The stream ended before Twilio's `completed` callback: answered when audio flowed.
        status = s.callerFrames > 0 ? QStringLiteral("completed") : QStringLiteral("failed");
    }
    r.durationSecs = s.twilioDurationSecs >= 0 ? s.twilioDurationSecs : int(s.durationMs / 1000);
    r.conversationId = s.conversationId;
    const bool bridgeFailed = status == u"completed" && s.failed;
    settle(index, campaign::outcomeFromTwilio(status, bridgeFailed),
           bridgeFailed || status == u"failed" ? s.endReason : QString());
}

void CampaignRunner::settle(int index, Outcome outcome, const QString &error)
{
    CampaignRow &r = m_rows[index];
    if (r.status != RowStatus::Dialling && r.status != RowStatus::Live)
        return;
    r.error = error;
    const RowStatus s = campaign::CampaignScheduler::settle(r, outcome, m_settings.retry, nowMs());
    if (m_cancelled && s == RowStatus::Retrying)
        r.status = RowStatus::Cancelled;
    if (r.status == RowStatus::Retrying)
        emit log(tr("%1: %2; retry %3 at %4")
                     .arg(describe(r), r.outcome)
                     .arg(r.attempts + 1)
                     .arg(QDateTime::fromMSecsSinceEpoch(r.nextAtMs).toString(u"HH:mm:ss")));
    else
        emit log(tr("%1: %2 (%3)%4")
                     .arg(describe(r), campaign::statusText(r.status), r.outcome,
                          error.isEmpty() ? QString() : QStringLiteral(": ") + error));
    save(index);
    changed(index);
    schedule();
    checkFinished();
}

void CampaignRunner::save(int index)
{
    const qint64 id = m_id;
    const CampaignRow row = m_rows.at(index);
    m_engine->storage()->query<bool>(
        this,
        [id, row](store::CallStore &s) {
            return store::CampaignStore(s.connectionName()).saveRow(id, row);
        },
        [this, row](bool ok) {
            if (!ok)
                emit log(tr("row %1 could not be saved; its state is kept in memory").arg(row.row));
        });
}

void CampaignRunner::changed(int index)
{
    emit rowChanged(index);
    emit countsChanged(counts());
}

void CampaignRunner::setPaused(bool paused)
{
    pause(paused, {});
}

void CampaignRunner::pause(bool paused, const QString &reason)
{
    if (m_paused == paused || m_cancelled || m_finished)
        return;
    m_paused = paused;
    const qint64 id = m_id;
    const QString state = paused ? QStringLiteral("paused") : QStringLiteral("running");
    m_engine->storage()->query<bool>(
        this,
        [id, state](store::CallStore &s) {
            return store::CampaignStore(s.connectionName()).setState(id, state);
        },
        [](bool) {});
    if (paused)
        m_wake.stop();
    if (!reason.isEmpty())
        emit log(tr("campaign paused: %1").arg(reason));
    emit pausedChanged(paused, reason);
    schedule();
}

void CampaignRunner::cancel(bool hangUpLive)
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    m_wake.stop();
    for (int i = 0; i < m_rows.size(); ++i) {
        CampaignRow &r = m_rows[i];
        if (r.status == RowStatus::Queued || r.status == RowStatus::Retrying) {
            r.status = RowStatus::Cancelled;
            save(i);
            emit rowChanged(i);
        }
    }
    emit countsChanged(counts());
    const qint64 id = m_id;
    m_engine->storage()->query<bool>(
        this,
        [id](store::CallStore &s) {
            return store::CampaignStore(s.connectionName())
                .setState(id, QStringLiteral("cancelled"));
        },
        [](bool) {});
    emit log(tr("campaign cancelled"));
    if (hangUpLive)
        for (const CampaignRow &r : std::as_const(m_rows))
            if (r.status == RowStatus::Live && m_callIds.contains(r.callSid))
                m_engine->hangup(m_callIds.value(r.callSid));
    checkFinished();
}

void CampaignRunner::loadAnalysis(
    QObject *context, std::function<void(const QHash<QString, campaign::CallAnalysis> &)> done)
{
    QStringList ids;
    for (const CampaignRow &r : std::as_const(m_rows))
        if (!r.conversationId.isEmpty())
            ids.append(r.conversationId);
    m_engine->storage()->query<QHash<QString, campaign::CallAnalysis>>(
        context,
        [ids](store::CallStore &s) {
            QHash<QString, campaign::CallAnalysis> out;
            for (const QString &id : ids) {
                const elevenlabs::PostCallData d = s.postCall(id);
                if (!d.conversationId.isEmpty())
                    out.insert(id, campaign::analysisOf(d));
            }
            return out;
        },
        std::move(done));
}

void CampaignRunner::exportResults(const QString &path, QObject *context,
                                   std::function<void(const QString &)> done)
{
    QPointer<QObject> ctx = context;
    loadAnalysis(this, [this, path, ctx, rows = m_rows, done = std::move(done)](
                           const QHash<QString, campaign::CallAnalysis> &analysis) {
        if (!ctx)
            return; // the window that asked is gone
        m_engine->storage()->writeFile(path, campaign::resultsCsv(rows, analysis), ctx.data(),
                                       done);
    });
}

void CampaignRunner::exportFailedBundles(const QString &folder, QObject *context,
                                         std::function<void(int, const QString &)> done)
{
    QStringList sids;
    for (const CampaignRow &r : std::as_const(m_rows))
        if (r.status == RowStatus::Failed && bridge::isTwilioSid(r.callSid, u"CA"))
            sids.append(r.callSid);
    using Result = QPair<int, QString>;
    m_engine->storage()->query<Result>(
        context,
        [sids, folder](store::CallStore &s) {
            Result out{0, {}};
            store::HistoryFilter f;
            f.callSids = sids;
            for (const store::HistoryRow &h : s.history(f)) {
                const store::CallRecord rec = s.record(h.rowId);
                // Only a well-formed CallSid names a file (issue 16 §2).
                if (!rec.found || !bridge::isTwilioSid(h.callSid, u"CA"))
                    continue;
                QString error;
                const QString path = QDir(folder).filePath(h.callSid + QStringLiteral(".zip"));
                if (store::writeIncidentBundle(rec, path, &error).isEmpty()) {
                    out.second = error;
                    return out;
                }
                ++out.first;
            }
            return out;
        },
        [done = std::move(done)](const Result &r) { done(r.first, r.second); });
}

void CampaignRunner::checkFinished()
{
    if (m_finished || !m_id || m_claiming > 0 || !campaign::CampaignScheduler::finished(m_rows))
        return;
    m_finished = true;
    m_wake.stop();
    if (!m_cancelled) {
        const qint64 id = m_id;
        m_engine->storage()->query<bool>(
            this,
            [id](store::CallStore &s) {
                return store::CampaignStore(s.connectionName())
                    .setState(id, QStringLiteral("finished"));
            },
            [](bool) {});
    }
    emit finished(counts());
}

} // namespace patchline::engine
