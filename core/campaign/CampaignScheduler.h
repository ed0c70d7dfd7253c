#pragma once

#include "campaign/Campaign.h"

#include <QList>

#include <algorithm>

namespace patchline::campaign {

/// The campaign's dialling rules (issue 19 §1), pure: which row to dial next and when, from
/// the rows' states and the clock. The runner owns one, tells it what happened (a create
/// sent, a 429) and asks again; every time is ms since the epoch (UTC), passed in, so tests
/// drive the clock. Rules:
/// - at most `concurrency` rows in Dialling or Live;
/// - REST creates at least 1000 / cps ms apart (reference/twilio.md §3.2: accounts are
///   limited in calls per second, 1 by default) and none before a 429's Retry-After ends;
/// - a row is due when Queued, or Retrying with nextAtMs passed, and its not_before has
///   passed, and (window on) its local time is inside the calling window;
/// - rows go in spreadsheet order among those due.
/// Not thread-safe; one thread (the runner's).
class CampaignScheduler
{
public:
    explicit CampaignScheduler(const CampaignSettings &settings) : m_settings(settings) {}

    struct Pick
    {
        int index = -1;       ///< index into the rows to dial now, or -1
        qint64 wakeAtMs = -1; ///< when to ask again (-1: only after a row changes)
    };
    Pick next(const QList<CampaignRow> &rows, qint64 nowMs) const;

    /// A create was sent at `nowMs` (CPS spacing starts from it).
    void noteCreateSent(qint64 nowMs) { m_lastCreateMs = nowMs; }
    /// Twilio answered 429: no create before `untilMs`.
    void noteThrottled(qint64 untilMs)
    {
        m_throttledUntilMs = std::max(m_throttledUntilMs, untilMs);
    }
    /// The earliest time the next create may go (CPS and throttling), ms.
    qint64 nextCreateAllowedMs() const;
    /// 1000 / cps, rounded up, ms.
    qint64 spacingMs() const;
    qint64 throttledUntilMs() const { return m_throttledUntilMs; }

    /// Applies an attempt's outcome to `row` (status, nextAtMs, outcome): Completed → Done;
    /// Busy / NoAnswer / Failed → Retrying when the policy retries it and attempts are left,
    /// else Failed; Canceled and NotPlaced → Failed. Returns the new status.
    static RowStatus settle(CampaignRow &row, Outcome outcome, const RetryPolicy &policy,
                            qint64 nowMs);

    /// True when `nowMs` is inside `window` in zone `timeZone`; else `*opensAtMs` (if given)
    /// is when it next opens (ms). An invalid zone is never inside.
    static bool inWindow(const CallingWindow &window, const QString &timeZone, qint64 nowMs,
                         qint64 *opensAtMs = nullptr);

    /// True when every row is in a final state.
    static bool finished(const QList<CampaignRow> &rows);

    const CampaignSettings &settings() const { return m_settings; }

private:
    /// When `row` may be dialled (≤ nowMs: now), or -1 when never by itself.
    qint64 dueAt(const CampaignRow &row, qint64 nowMs) const;

    CampaignSettings m_settings;
    qint64 m_lastCreateMs = -1;
    qint64 m_throttledUntilMs = -1;
};

} // namespace patchline::campaign
