#include "suite/SuiteJudge.h"

#include "call/Tr.h"
#include "campaign/CampaignExport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace patchline::suite {

namespace {

QString tr(const char *text)
{
    return translateIn({"patchline::suite"}, text);
}

constexpr qsizetype kMaxWords = 5000;

QString normalized(const QString &word)
{
    static const QRegularExpression edges(QStringLiteral("^[^\\w]+|[^\\w]+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QString w = word;
    w.remove(edges);
    return w.toCaseFolded();
}

QString ms(qint64 v)
{
    return v < 0 ? QStringLiteral("–") : QStringLiteral("%1 ms").arg(v);
}

QString secs(qint64 v)
{
    return v < 0 ? QStringLiteral("–") : QStringLiteral("%1 s").arg(double(v) / 1000.0, 0, 'f', 1);
}

QString pct(double v)
{
    const long long r = std::llround(v); // no "-0 %"
    return r == 0 ? QStringLiteral("±0 %")
                  : QStringLiteral("%1%2 %").arg(r > 0 ? QStringLiteral("+") : QString()).arg(r);
}

Check::Verdict verdictFromName(const QString &n)
{
    if (n == u"pass")
        return Check::Verdict::Pass;
    if (n == u"fail")
        return Check::Verdict::Fail;
    return Check::Verdict::Info;
}

QString verdictName(Check::Verdict v)
{
    switch (v) {
    case Check::Verdict::Pass:
        return QStringLiteral("pass");
    case Check::Verdict::Fail:
        return QStringLiteral("fail");
    case Check::Verdict::Info:
        break;
    }
    return QStringLiteral("info");
}

QJsonArray diffJson(const QList<DiffWord> &diff)
{
    QJsonArray a;
    for (const DiffWord &w : diff)
        a.append(QJsonArray{w.op == DiffWord::Op::Same      ? 0
                            : w.op == DiffWord::Op::Removed ? -1
                                                            : 1,
                            w.word});
    return a;
}

QList<DiffWord> diffFromJson(const QJsonArray &a)
{
    QList<DiffWord> out;
    for (const QJsonValue &v : a) {
        const QJsonArray p = v.toArray();
        const int op = p.at(0).toInt();
        out.append({op < 0   ? DiffWord::Op::Removed
                    : op > 0 ? DiffWord::Op::Added
                             : DiffWord::Op::Same,
                    p.at(1).toString()});
    }
    return out;
}

QStringList agentLinesOf(const store::CallRecord &r)
{
    QStringList out;
    for (const bridge::TranscriptLine &l : r.transcript)
        if (l.role == bridge::TranscriptLine::Role::Agent)
            out << l.text;
    return out;
}

/// An alarm without its measured values ("dead air for 7 s" and "… for 9 s" are one alarm).
QString alarmKey(const QString &text)
{
    static const QRegularExpression numbers(QStringLiteral("\\d+([.,]\\d+)?"));
    QString k = text;
    k.replace(numbers, QStringLiteral("#"));
    return k.trimmed().toCaseFolded();
}

QStringList alarmsOf(const store::CallRecord &r)
{
    QStringList out;
    for (const bridge::CallEvent &e : r.events)
        if (e.kind == u"alarm" && !out.contains(e.text))
            out << e.text;
    return out;
}

qint64 timeToYieldOf(const store::CallRecord &r)
{
    // The slowest yield of the call (every barge-in event carries one); the stored figure
    // when no event has it.
    qint64 worst = -1;
    for (const bridge::CallEvent &e : r.events)
        if (e.kind == u"barge-in")
            worst = std::max(worst, e.yieldMs);
    return worst >= 0 ? worst : qint64(r.metrics.value(u"lastTimeToYieldMs").toInteger(-1));
}

/// The ids of `a`, then those only `b` has, in order.
QStringList idsOf(const QList<QPair<QString, QString>> &a, const QList<QPair<QString, QString>> &b)
{
    QStringList ids;
    for (const auto &[id, v] : a)
        ids << id;
    for (const auto &[id, v] : b)
        if (!ids.contains(id))
            ids << id;
    return ids;
}

QString valueOf(const QList<QPair<QString, QString>> &list, const QString &id, bool *found)
{
    for (const auto &[k, v] : list)
        if (k == id) {
            *found = true;
            return v;
        }
    *found = false;
    return {};
}

} // namespace

QJsonObject SuiteRules::toJson() const
{
    return QJsonObject{{QStringLiteral("criteriaMustPass"), criteriaMustPass},
                       {QStringLiteral("dataMustMatch"), dataMustMatch},
                       {QStringLiteral("latencyP90GrowthPct"), latencyP90GrowthPct},
                       {QStringLiteral("latencySlackMs"), latencySlackMs},
                       {QStringLiteral("lengthChangePct"), lengthChangePct},
                       {QStringLiteral("extraBargeInsAllowed"), extraBargeInsAllowed},
                       {QStringLiteral("noNewAlarms"), noNewAlarms},
                       {QStringLiteral("minAgentSimilarityPct"), minAgentSimilarityPct}};
}

SuiteRules SuiteRules::fromJson(const QJsonObject &o)
{
    SuiteRules r;
    const auto flag = [&](const char *k, bool &v) {
        if (o.value(QLatin1String(k)).isBool())
            v = o.value(QLatin1String(k)).toBool();
    };
    const auto number = [&](const char *k, double &v, double lo, double hi) {
        if (o.value(QLatin1String(k)).isDouble())
            v = std::clamp(o.value(QLatin1String(k)).toDouble(), lo, hi);
    };
    flag("criteriaMustPass", r.criteriaMustPass);
    flag("dataMustMatch", r.dataMustMatch);
    flag("noNewAlarms", r.noNewAlarms);
    number("latencyP90GrowthPct", r.latencyP90GrowthPct, -1, 10000);
    number("lengthChangePct", r.lengthChangePct, -1, 10000);
    number("minAgentSimilarityPct", r.minAgentSimilarityPct, 0, 100);
    double slack = r.latencySlackMs, barge = r.extraBargeInsAllowed;
    number("latencySlackMs", slack, 0, 60000);
    number("extraBargeInsAllowed", barge, -1, 1000);
    r.latencySlackMs = int(slack);
    r.extraBargeInsAllowed = int(barge);
    return r;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

QList<DiffWord> diffWords(const QStringList &before, const QStringList &after)
{
    const qsizetype na = std::min(before.size(), kMaxWords);
    const qsizetype nb = std::min(after.size(), kMaxWords);
    std::vector<QString> a, b;
    a.reserve(size_t(na));
    b.reserve(size_t(nb));
    for (qsizetype i = 0; i < na; ++i)
        a.push_back(normalized(before.at(i)));
    for (qsizetype i = 0; i < nb; ++i)
        b.push_back(normalized(after.at(i)));
    QList<DiffWord> out;
    qsizetype ia = 0, ib = 0;
    if (!a.empty() || !b.empty()) {
        dtl::Diff<QString, std::vector<QString>> d(a, b);
        d.compose();
        // The edit script walks both sides in order; take the words as written.
        for (const auto &[elem, info] : d.getSes().getSequence()) {
            Q_UNUSED(elem);
            if (info.type == dtl::SES_COMMON && ia < na && ib < nb) {
                out.append({DiffWord::Op::Same, before.at(ia++)});
                ++ib;
            } else if (info.type == dtl::SES_DELETE && ia < na) {
                out.append({DiffWord::Op::Removed, before.at(ia++)});
            } else if (info.type == dtl::SES_ADD && ib < nb) {
                out.append({DiffWord::Op::Added, after.at(ib++)});
            }
        }
    }
    for (; ia < before.size(); ++ia)
        out.append({DiffWord::Op::Removed, before.at(ia)});
    for (; ib < after.size(); ++ib)
        out.append({DiffWord::Op::Added, after.at(ib)});
    return out;
}

double similarityPct(const QList<DiffWord> &diff)
{
    qsizetype same = 0;
    for (const DiffWord &w : diff)
        same += w.op == DiffWord::Op::Same;
    const qsizetype total = diff.size() + same; // |before| + |after|
    return total == 0 ? 100.0 : 100.0 * double(2 * same) / double(total);
}

QJsonObject Check::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("original"), original},
                       {QStringLiteral("replay"), replay},
                       {QStringLiteral("verdict"), verdictName(verdict)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("changed"), changed}};
}

Check Check::fromJson(const QJsonObject &o)
{
    Check c;
    c.id = o.value(u"id").toString();
    c.label = o.value(u"label").toString();
    c.original = o.value(u"original").toString();
    c.replay = o.value(u"replay").toString();
    c.verdict = verdictFromName(o.value(u"verdict").toString());
    c.message = o.value(u"message").toString();
    c.changed = o.value(u"changed").toBool();
    return c;
}

QStringList CaseResult::failures() const
{
    QStringList out;
    if (!error.isEmpty())
        out << error;
    for (const Check &c : checks)
        if (c.verdict == Check::Verdict::Fail)
            out << QStringLiteral("%1: %2").arg(c.label, c.message);
    return out;
}

QJsonObject CaseResult::toJson() const
{
    QJsonArray checksJson, lines;
    for (const Check &c : checks)
        checksJson.append(c.toJson());
    for (const LinePair &p : agentLines)
        lines.append(QJsonObject{{QStringLiteral("original"), p.original},
                                 {QStringLiteral("replay"), p.replay},
                                 {QStringLiteral("diff"), diffJson(p.diff)}});
    return QJsonObject{{QStringLiteral("caseId"), caseId},
                       {QStringLiteral("originalCallSid"), originalCallSid},
                       {QStringLiteral("originalRowId"), originalRowId},
                       {QStringLiteral("replayCallSid"), replayCallSid},
                       {QStringLiteral("replayRowId"), replayRowId},
                       {QStringLiteral("agentId"), agentId},
                       {QStringLiteral("passed"), passed},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("checks"), checksJson},
                       {QStringLiteral("agentLines"), lines},
                       {QStringLiteral("agentSimilarityPct"), agentSimilarityPct}};
}

CaseResult CaseResult::fromJson(const QJsonObject &o)
{
    CaseResult r;
    r.caseId = o.value(u"caseId").toInteger();
    r.originalCallSid = o.value(u"originalCallSid").toString();
    r.originalRowId = o.value(u"originalRowId").toInteger();
    r.replayCallSid = o.value(u"replayCallSid").toString();
    r.replayRowId = o.value(u"replayRowId").toInteger();
    r.agentId = o.value(u"agentId").toString();
    r.passed = o.value(u"passed").toBool();
    r.error = o.value(u"error").toString();
    for (const QJsonValue &v : o.value(u"checks").toArray())
        r.checks.append(Check::fromJson(v.toObject()));
    for (const QJsonValue &v : o.value(u"agentLines").toArray()) {
        const QJsonObject p = v.toObject();
        r.agentLines.append({p.value(u"original").toString(), p.value(u"replay").toString(),
                             diffFromJson(p.value(u"diff").toArray())});
    }
    r.agentSimilarityPct = o.value(u"agentSimilarityPct").toDouble(100);
    return r;
}

CaseResult judgeCase(const store::CallRecord &original, const store::CallRecord &replay,
                     const SuiteRules &rules, bool analysisMissing)
{
    CaseResult r;
    r.originalCallSid = original.row.callSid;
    r.originalRowId = original.row.rowId;
    r.replayCallSid = replay.row.callSid;
    r.replayRowId = replay.row.rowId;
    r.agentId = replay.row.agentId;
    const store::HistoryRow &a = original.row, &b = replay.row;
    const auto add = [&](const QString &id, const QString &label, const QString &was,
                         const QString &now, Check::Verdict v, const QString &message) {
        r.checks.append({id, label, was, now, v, message, was != now});
    };
    const auto judged = [](bool on, bool ok) {
        return !on ? Check::Verdict::Info : ok ? Check::Verdict::Pass : Check::Verdict::Fail;
    };

    // The replay itself: a failed call is a failed case whatever its figures say.
    if (b.failed)
        add(QStringLiteral("ended"), tr("Replay call"), tr("ended"), tr("failed"),
            Check::Verdict::Fail, tr("the replay call failed: %1").arg(b.endReason.left(200)));

    // Call length.
    {
        const double change =
            a.durationMs > 0 ? 100.0 * double(b.durationMs - a.durationMs) / double(a.durationMs)
                             : 0.0;
        const bool on = rules.lengthChangePct >= 0;
        const bool ok = std::abs(change) <= rules.lengthChangePct;
        add(QStringLiteral("length"), tr("Call length"), secs(a.durationMs), secs(b.durationMs),
            judged(on, ok),
            ok || !on
                ? pct(change)
                : tr("%1, more than the %2 % allowed").arg(pct(change)).arg(rules.lengthChangePct));
    }
    // Turn latency.
    add(QStringLiteral("latency_p50"), tr("Turn latency p50"), ms(a.latencyP50Ms),
        ms(b.latencyP50Ms), Check::Verdict::Info,
        a.latencyP50Ms > 0 && b.latencyP50Ms >= 0
            ? pct(100.0 * double(b.latencyP50Ms - a.latencyP50Ms) / double(a.latencyP50Ms))
            : QString());
    {
        const bool on = rules.latencyP90GrowthPct >= 0 && a.latencyP90Ms >= 0;
        const qint64 growth = b.latencyP90Ms - a.latencyP90Ms;
        const double growthPct =
            a.latencyP90Ms > 0 ? 100.0 * double(growth) / double(a.latencyP90Ms) : 0.0;
        // A replay in which the agent never answered a turn has no latency: that is a
        // failure, not a pass. From an original of 0 ms only the slack counts.
        const bool silent = a.latencyP90Ms >= 0 && b.latencyP90Ms < 0;
        const bool ok = !silent && (growth <= rules.latencySlackMs ||
                                    (a.latencyP90Ms > 0 && growthPct <= rules.latencyP90GrowthPct));
        add(QStringLiteral("latency_p90"), tr("Turn latency p90"), ms(a.latencyP90Ms),
            ms(b.latencyP90Ms), judged(on, ok),
            silent      ? tr("the agent answered no turn of the replay")
            : ok || !on ? (a.latencyP90Ms > 0 && b.latencyP90Ms >= 0 ? pct(growthPct) : QString())
                        : tr("grew %1 ms (%2), more than the %3 % allowed")
                              .arg(growth)
                              .arg(pct(growthPct))
                              .arg(rules.latencyP90GrowthPct));
    }
    add(QStringLiteral("turns"), tr("Turns"), QString::number(a.turns), QString::number(b.turns),
        Check::Verdict::Info, QString());
    {
        const bool on = rules.extraBargeInsAllowed >= 0;
        const bool ok = b.bargeIns - a.bargeIns <= rules.extraBargeInsAllowed;
        add(QStringLiteral("barge_ins"), tr("Barge-ins"), QString::number(a.bargeIns),
            QString::number(b.bargeIns), judged(on, ok),
            ok || !on ? QString() : tr("%1 more than the original").arg(b.bargeIns - a.bargeIns));
    }
    add(QStringLiteral("time_to_yield"), tr("Time-to-yield (slowest)"), ms(timeToYieldOf(original)),
        ms(timeToYieldOf(replay)), Check::Verdict::Info, QString());
    {
        const QStringList was = alarmsOf(original), now = alarmsOf(replay);
        QSet<QString> known;
        for (const QString &w : was)
            known.insert(alarmKey(w));
        QStringList fresh;
        for (const QString &n : now)
            if (!known.contains(alarmKey(n)))
                fresh << n.left(120);
        add(QStringLiteral("alarms"), tr("Alarms"),
            was.isEmpty() ? tr("none") : was.join(QStringLiteral("; ")).left(300),
            now.isEmpty() ? tr("none") : now.join(QStringLiteral("; ")).left(300),
            judged(rules.noNewAlarms, fresh.isEmpty()),
            fresh.isEmpty() ? QString() : tr("new: %1").arg(fresh.join(QStringLiteral("; "))));
    }

    // ElevenLabs' post-call analysis (reference/elevenlabs.md §7.4).
    const bool hadAnalysis = !original.postCall.conversationId.isEmpty();
    if (hadAnalysis && analysisMissing) {
        add(QStringLiteral("analysis"), tr("Post-call analysis"), tr("present"), tr("missing"),
            judged(rules.criteriaMustPass || rules.dataMustMatch, false),
            tr("no post-call analysis arrived for the replay (is the post-call webhook set in "
               "ElevenLabs and the public URL reachable?)"));
    } else if (hadAnalysis) {
        const campaign::CallAnalysis x = campaign::analysisOf(original.postCall);
        const campaign::CallAnalysis y = campaign::analysisOf(replay.postCall);
        const auto success = [](const QString &v) {
            return v.compare(u"success", Qt::CaseInsensitive) == 0;
        };
        if (!x.callSuccessful.isEmpty()) {
            const bool ok = !success(x.callSuccessful) || success(y.callSuccessful);
            add(QStringLiteral("call_successful"), tr("Call successful"), x.callSuccessful,
                y.callSuccessful.isEmpty() ? tr("none") : y.callSuccessful,
                judged(rules.criteriaMustPass, ok),
                ok ? QString() : tr("was success, now %1").arg(y.callSuccessful));
        }
        for (const QString &id : idsOf(x.criteria, y.criteria)) {
            bool inA = false, inB = false;
            const QString va = valueOf(x.criteria, id, &inA), vb = valueOf(y.criteria, id, &inB);
            const bool on = rules.criteriaMustPass && inA && success(va);
            const bool ok = success(vb);
            add(QStringLiteral("criterion:") + id, tr("Criterion %1").arg(id),
                inA ? va : tr("none"), inB ? vb : tr("none"), judged(on, ok),
                !on || ok
                    ? QString()
                    : tr("passed in the original, now %1").arg(inB ? vb : tr("not reported")));
        }
        for (const QString &id : idsOf(x.data, y.data)) {
            bool inA = false, inB = false;
            const QString va = valueOf(x.data, id, &inA), vb = valueOf(y.data, id, &inB);
            const bool same =
                inA == inB && va.trimmed().compare(vb.trimmed(), Qt::CaseInsensitive) == 0;
            const bool on = rules.dataMustMatch && inA;
            add(QStringLiteral("data:") + id, tr("Data %1").arg(id), inA ? va : tr("none"),
                inB ? vb : tr("none"), judged(on, same),
                same ? QString()
                     : tr("was “%1”, now “%2”").arg(va.left(120), inB ? vb.left(120) : tr("none")));
        }
    }

    // The agent's words: the whole call for the figure, line by line for the view.
    const QStringList la = agentLinesOf(original), lb = agentLinesOf(replay);
    const QList<DiffWord> whole = diffWords(wordsOf(la.join(u' ')), wordsOf(lb.join(u' ')));
    r.agentSimilarityPct = similarityPct(whole);
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QString x = la.value(i), y = lb.value(i);
        r.agentLines.append({x, y, diffWords(wordsOf(x), wordsOf(y))});
    }
    {
        const bool on = rules.minAgentSimilarityPct > 0;
        const bool ok = r.agentSimilarityPct + 1e-9 >= rules.minAgentSimilarityPct;
        const QString shown = QStringLiteral("%1 %").arg(r.agentSimilarityPct, 0, 'f', 0);
        Check c{QStringLiteral("agent_words"),
                tr("Agent's words the same"),
                QStringLiteral("100 %"),
                shown,
                judged(on, ok),
                ok || !on ? QString()
                          : tr("%1 of the agent's words are the same, less than the %2 % required")
                                .arg(shown)
                                .arg(rules.minAgentSimilarityPct),
                r.agentSimilarityPct < 100.0};
        r.checks.append(c);
    }

    r.passed = std::none_of(r.checks.cbegin(), r.checks.cend(),
                            [](const Check &c) { return c.verdict == Check::Verdict::Fail; });
    return r;
}

int SuiteRun::passedCount() const
{
    return int(
        std::count_if(cases.cbegin(), cases.cend(), [](const CaseResult &c) { return c.passed; }));
}

int SuiteRun::failedCount() const
{
    return int(cases.size()) - passedCount();
}

QJsonObject SuiteRun::toJson() const
{
    QJsonArray c;
    for (const CaseResult &r : cases)
        c.append(r.toJson());
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("suiteId"), suiteId},
                       {QStringLiteral("suiteName"), suiteName},
                       {QStringLiteral("agentId"), agentId},
                       {QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("rules"), rules.toJson()},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("cases"), c}};
}

SuiteRun SuiteRun::fromJson(const QJsonObject &o)
{
    SuiteRun r;
    r.id = o.value(u"id").toInteger();
    r.suiteId = o.value(u"suiteId").toInteger();
    r.suiteName = o.value(u"suiteName").toString();
    r.agentId = o.value(u"agentId").toString();
    r.startedAt = QDateTime::fromString(o.value(u"startedAt").toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(o.value(u"finishedAt").toString(), Qt::ISODateWithMs);
    r.rules = SuiteRules::fromJson(o.value(u"rules").toObject());
    r.cancelled = o.value(u"cancelled").toBool();
    for (const QJsonValue &v : o.value(u"cases").toArray())
        r.cases.append(CaseResult::fromJson(v.toObject()));
    return r;
}

} // namespace patchline::suite
