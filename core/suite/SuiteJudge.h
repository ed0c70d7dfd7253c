#pragma once

#include "store/History.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace patchline::suite {

/// What decides a case's verdict (issue 19 §2: "rules per suite decide pass/fail … with
/// defaults that a user can edit"). Stored per suite as JSON (toJson / fromJson). A negative
/// limit (or 0 for minAgentSimilarityPct) switches that rule off: the figure is still shown.
struct SuiteRules
{
    /// Every evaluation criterion (and call_successful) that was "success" in the original is
    /// "success" again (reference/elevenlabs.md §7.4 `analysis`).
    bool criteriaMustPass = true;
    /// Every data-collection value of the original comes back equal (trimmed, case-folded).
    bool dataMustMatch = true;
    /// Turn latency p90 may grow by at most this %, …
    double latencyP90GrowthPct = 20;
    /// … and growth up to this many ms always passes (jitter of a few frames is no change).
    int latencySlackMs = 150;
    /// The call's length may change by at most this % either way.
    double lengthChangePct = 50;
    /// At most this many more barge-ins than the original; -1 = not judged.
    int extraBargeInsAllowed = -1;
    /// No alarm that the original did not raise.
    bool noNewAlarms = true;
    /// The agent's words must be at least this % the same as the original's (word-level
    /// diff, 2·same / (original + replay)); 0 = not judged. Off by default: an LLM agent
    /// rarely says the same words twice even when nothing changed.
    double minAgentSimilarityPct = 0;

    QJsonObject toJson() const;
    /// Missing or wrongly typed fields keep their defaults; limits are clamped to sane ranges.
    static SuiteRules fromJson(const QJsonObject &o);
    bool operator==(const SuiteRules &) const = default;
};

/// One word of a word-level diff.
struct DiffWord
{
    enum class Op { Same, Removed, Added };
    Op op = Op::Same;
    QString word; ///< as written (punctuation kept)
};

/// Splits `text` into words on white space.
QStringList wordsOf(const QString &text);
/// Word-level diff of `before` → `after` (dtl's O(ND) shortest edit script). Words compare
/// case-folded and without surrounding punctuation, so "Thursday." equals "thursday". Each
/// side is bounded to 5,000 words (the rest counts as changed). Pure.
QList<DiffWord> diffWords(const QStringList &before, const QStringList &after);
/// 2·same / (|before| + |after|) in %, 100 when both are empty.
double similarityPct(const QList<DiffWord> &diff);

/// One agent line of the original beside the replay's line at the same position, with
/// the differences of the pair.
struct LinePair
{
    QString original; ///< empty when the replay said more lines
    QString replay;   ///< empty when the replay said fewer lines
    QList<DiffWord> diff;
};

/// One thing compared for a case (a figure, a criterion, a collected value).
struct Check
{
    enum class Verdict { Pass, Fail, Info };
    QString id;       ///< stable: "length", "latency_p90", "criterion:<id>", "data:<id>", …
    QString label;    ///< for people (translated)
    QString original; ///< the original's value as shown
    QString replay;   ///< the replay's value as shown
    Verdict verdict = Verdict::Info;
    QString message; ///< why it failed, or what changed ("+31 %", "new: agent silent")
    bool changed = false;

    QJsonObject toJson() const;
    static Check fromJson(const QJsonObject &o);
};

/// The verdict of one case: its replay judged against its original (issue 19 §2).
struct CaseResult
{
    qint64 caseId = 0;
    QString originalCallSid;
    qint64 originalRowId = 0;
    QString replayCallSid;
    qint64 replayRowId = 0; ///< 0 when the replay never ran
    QString agentId;        ///< the agent the replay spoke to
    bool passed = false;
    QString error; ///< the replay could not run or failed (then passed is false)
    QList<Check> checks;
    QList<LinePair> agentLines;
    double agentSimilarityPct = 100;

    /// The failed checks' messages (and the error), one per line: "the differences named".
    QStringList failures() const;
    QJsonObject toJson() const;
    static CaseResult fromJson(const QJsonObject &o);
};

/// Judges `replay` against `original` with `rules`. `analysisMissing`: the original had
/// post-call analysis and none arrived for the replay in time (then criteria and data
/// rules fail with that reason rather than compare nothing). Pure; any thread.
CaseResult judgeCase(const store::CallRecord &original, const store::CallRecord &replay,
                     const SuiteRules &rules, bool analysisMissing = false);

/// A suite run: every case's verdict (stored as JSON in suite_runs).
struct SuiteRun
{
    qint64 id = 0;
    qint64 suiteId = 0;
    QString suiteName;
    QString agentId; ///< the agent every case ran against; empty = each case's own
    QDateTime startedAt, finishedAt;
    SuiteRules rules;
    QList<CaseResult> cases;
    bool cancelled = false;

    int passedCount() const;
    int failedCount() const;
    bool passed() const { return !cancelled && !cases.isEmpty() && failedCount() == 0; }
    QJsonObject toJson() const;
    static SuiteRun fromJson(const QJsonObject &o);
};

} // namespace patchline::suite
