#include "campaign/CampaignScheduler.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace patchline::campaign {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

qint64 CampaignScheduler::spacingMs() const
{
    return qint64(std::ceil(1000.0 / std::clamp(m_settings.cps, 0.1, 100.0)));
}

qint64 CampaignScheduler::nextCreateAllowedMs() const
{
    const qint64 at = m_lastCreateMs < 0 ? 0 : m_lastCreateMs + spacingMs();
    return std::max(at, m_throttledUntilMs);
}

bool CampaignScheduler::inWindow(const CallingWindow &window, const QString &timeZone, qint64 nowMs,
                                 qint64 *opensAtMs)
{
    if (!window.enabled)
        return true;
    const QTimeZone zone(timeZone.toLatin1());
    if (!zone.isValid()) {
        if (opensAtMs)
            *opensAtMs = -1;
        return false;
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const QTime t = local.time();
    const bool spansMidnight = window.end < window.start;
    const bool inside = spansMidnight ? (t >= window.start || t < window.end)
                                      : (t >= window.start && t < window.end);
    if (inside)
        return true;
    if (opensAtMs) {
        QDateTime opens(local.date(), window.start, zone);
        if (opens.toMSecsSinceEpoch() <= nowMs)
            opens = QDateTime(local.date().addDays(1), window.start, zone);
        *opensAtMs = opens.toMSecsSinceEpoch();
    }
    return false;
}

qint64 CampaignScheduler::dueAt(const CampaignRow &row, qint64 nowMs) const
{
    qint64 at = 0;
    if (row.status == RowStatus::Retrying)
        at = row.nextAtMs;
    else if (row.status != RowStatus::Queued)
        return -1;
    if (row.notBefore.isValid())
        at = std::max(at, row.notBefore.toMSecsSinceEpoch());
    const QString zone = row.timeZone.isEmpty() ? m_settings.timeZone : row.timeZone;
    qint64 opens = 0;
    const qint64 probe = std::max(at, nowMs);
    if (!inWindow(m_settings.window, zone, probe, &opens))
        return opens < 0 ? -1 : opens;
    return at;
}

CampaignScheduler::Pick CampaignScheduler::next(const QList<CampaignRow> &rows, qint64 nowMs) const
{
    Pick pick;
    int busy = 0;
    for (const CampaignRow &r : rows)
        busy += r.status == RowStatus::Dialling || r.status == RowStatus::Live;
    const bool slotFree = busy < std::clamp(m_settings.concurrency, 1, 50);
    const qint64 createAt = nextCreateAllowedMs();
    qint64 earliest = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const qint64 due = dueAt(rows.at(i), nowMs);
        if (due < 0)
            continue;
        if (due <= nowMs && slotFree && createAt <= nowMs) {
            pick.index = i;
            return pick;
        }
        earliest = earliest < 0 ? due : std::min(earliest, due);
    }
    if (earliest >= 0 && slotFree)
        pick.wakeAtMs = std::max({earliest, createAt, nowMs + 1});
    // A full house wakes on the next row change; no timer needed. Bound the sleep anyway
    // so a clock jump (suspend, NTP) cannot leave the campaign asleep for a day.
    if (pick.wakeAtMs > nowMs + kDayMs)
        pick.wakeAtMs = nowMs + kDayMs;
    return pick;
}

RowStatus CampaignScheduler::settle(CampaignRow &row, Outcome outcome, const RetryPolicy &policy,
                                    qint64 nowMs)
{
    row.outcome = outcomeName(outcome);
    const bool retryable = (outcome == Outcome::Busy && policy.onBusy) ||
                           (outcome == Outcome::NoAnswer && policy.onNoAnswer) ||
                           (outcome == Outcome::Failed && policy.onFailed);
    if (outcome == Outcome::Completed) {
        row.status = RowStatus::Done;
        row.error.clear();
    } else if (retryable && row.attempts < std::max(1, policy.maxAttempts)) {
        row.status = RowStatus::Retrying;
        row.nextAtMs = nowMs + qint64(std::max(0, policy.spacingSecs)) * 1000;
    } else {
        row.status = RowStatus::Failed;
    }
    return row.status;
}

bool CampaignScheduler::finished(const QList<CampaignRow> &rows)
{
    return std::all_of(rows.begin(), rows.end(),
                       [](const CampaignRow &r) { return isFinal(r.status); });
}

} // namespace patchline::campaign
