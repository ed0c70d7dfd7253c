#include "suite/SuiteReport.h"

#include "call/Tr.h"

#include <QXmlStreamWriter>

namespace patchline::suite {

namespace {

QString tr(const char *text)
{
    return translateIn({"patchline::suite"}, text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

double replaySecs(const CaseResult &c)
{
    for (const Check &k : c.checks)
        if (k.id == u"length") {
            QString v = k.replay;
            v.chop(2); // " s"
            bool ok = false;
            const double s = v.toDouble(&ok);
            return ok ? s : 0.0;
        }
    return 0.0;
}

QString checksText(const CaseResult &c)
{
    QString out;
    for (const Check &k : c.checks)
        out += QStringLiteral("%1 [%2]: %3 -> %4%5\n")
                   .arg(k.label,
                        k.verdict == Check::Verdict::Fail   ? QStringLiteral("FAIL")
                        : k.verdict == Check::Verdict::Pass ? QStringLiteral("pass")
                                                            : QStringLiteral("info"),
                        k.original, k.replay,
                        k.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(k.message));
    return out;
}

/// Peaks as an SVG area: the caller above the middle line, the agent below.
QString waveSvg(const audio::Overview &o, const QString &title)
{
    if (o.isEmpty())
        return {};
    constexpr int kW = 600, kH = 60;
    const size_t n = o.caller.size();
    QString up, down;
    const int columns = int(std::min<size_t>(n, kW));
    for (int x = 0; x < columns; ++x) {
        const size_t from = size_t(x) * n / size_t(columns);
        const size_t to = std::max(from + 1, size_t(x + 1) * n / size_t(columns));
        int c = 0, a = 0;
        for (size_t i = from; i < to && i < n; ++i) {
            c = std::max<int>(c, o.caller[i]);
            a = std::max<int>(a, i < o.agent.size() ? o.agent[i] : 0);
        }
        const double px = double(x) * kW / columns;
        up += QStringLiteral("M%1 %2V%3")
                  .arg(px, 0, 'f', 1)
                  .arg(kH / 2)
                  .arg(kH / 2 - c * (kH / 2 - 2) / 255);
        down += QStringLiteral("M%1 %2V%3")
                    .arg(px, 0, 'f', 1)
                    .arg(kH / 2)
                    .arg(kH / 2 + a * (kH / 2 - 2) / 255);
    }
    return QStringLiteral("<figure><figcaption>%1 (%2 s)</figcaption>"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %3 %4\" "
                          "width=\"%3\" height=\"%4\" role=\"img\">"
                          "<path d=\"%5\" stroke=\"#2b7bb9\" stroke-width=\"1\"/>"
                          "<path d=\"%6\" stroke=\"#c0692b\" stroke-width=\"1\"/></svg></figure>")
        .arg(esc(title))
        .arg(double(o.durationMs) / 1000.0, 0, 'f', 1)
        .arg(kW)
        .arg(kH)
        .arg(up, down);
}

QString wordsHtml(const QList<DiffWord> &diff, bool originalSide, bool qt)
{
    QStringList out;
    for (const DiffWord &w : diff) {
        if (w.op == DiffWord::Op::Same)
            out << esc(w.word);
        else if (w.op == DiffWord::Op::Removed && originalSide)
            out << (qt ? QStringLiteral("<span style=\"background-color:#fbd3d0; color:#000; "
                                        "text-decoration:line-through\">%1</span>")
                       : QStringLiteral("<del>%1</del>"))
                       .arg(esc(w.word));
        else if (w.op == DiffWord::Op::Added && !originalSide)
            out << (qt ? QStringLiteral("<span style=\"background-color:#d3f5d6; color:#000; "
                                        "text-decoration:underline\">%1</span>")
                       : QStringLiteral("<ins>%1</ins>"))
                       .arg(esc(w.word));
    }
    return out.join(u' ');
}

} // namespace

QString summaryLine(const SuiteRun &run)
{
    return tr("passed %1 of %2, failed %3%4")
        .arg(run.passedCount())
        .arg(run.cases.size())
        .arg(run.failedCount())
        .arg(run.cancelled ? tr(" (cancelled)") : QString());
}

QByteArray junitXml(const SuiteRun &run)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    int errors = 0, failures = 0;
    double total = 0;
    for (const CaseResult &c : run.cases) {
        errors += !c.passed && !c.error.isEmpty();
        failures += !c.passed && c.error.isEmpty();
        total += replaySecs(c);
    }
    const QString name = run.suiteName.isEmpty() ? QStringLiteral("suite") : run.suiteName;
    const auto counts = [&] {
        x.writeAttribute(QStringLiteral("tests"), QString::number(run.cases.size()));
        x.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        x.writeAttribute(QStringLiteral("errors"), QString::number(errors));
        x.writeAttribute(QStringLiteral("time"), QString::number(total, 'f', 3));
    };
    x.writeStartElement(QStringLiteral("testsuites"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("patchline"));
    counts();
    x.writeStartElement(QStringLiteral("testsuite"));
    x.writeAttribute(QStringLiteral("name"), name);
    counts();
    x.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    x.writeAttribute(QStringLiteral("timestamp"),
                     run.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    x.writeAttribute(QStringLiteral("hostname"), QStringLiteral("patchline"));
    x.writeStartElement(QStringLiteral("properties"));
    x.writeStartElement(QStringLiteral("property"));
    x.writeAttribute(QStringLiteral("name"), QStringLiteral("agent"));
    x.writeAttribute(QStringLiteral("value"),
                     run.agentId.isEmpty() ? QStringLiteral("each case's own") : run.agentId);
    x.writeEndElement();
    x.writeEndElement(); // properties
    for (const CaseResult &c : run.cases) {
        x.writeStartElement(QStringLiteral("testcase"));
        x.writeAttribute(QStringLiteral("name"), c.originalCallSid);
        x.writeAttribute(QStringLiteral("classname"), QStringLiteral("patchline.suite.") + name);
        x.writeAttribute(QStringLiteral("time"), QString::number(replaySecs(c), 'f', 3));
        if (!c.passed) {
            const bool isError = !c.error.isEmpty();
            x.writeStartElement(isError ? QStringLiteral("error") : QStringLiteral("failure"));
            const QStringList f = c.failures();
            x.writeAttribute(QStringLiteral("message"), f.value(0).left(500));
            x.writeAttribute(QStringLiteral("type"),
                             isError ? QStringLiteral("replay") : QStringLiteral("regression"));
            x.writeCharacters(f.join(u'\n'));
            x.writeEndElement();
        }
        x.writeTextElement(QStringLiteral("system-out"),
                           checksText(c) + tr("replay %1, agent %2")
                                               .arg(c.replayCallSid.isEmpty() ? QStringLiteral("–")
                                                                              : c.replayCallSid,
                                                    c.agentId));
        x.writeEndElement(); // testcase
    }
    x.writeEndElement(); // testsuite
    x.writeEndElement(); // testsuites
    x.writeEndDocument();
    return out;
}

QString agentLinesHtml(const CaseResult &result, bool qtRichText)
{
    QString h =
        QStringLiteral("<table class=\"lines\"%3><tr><th>%1</th><th>%2</th></tr>")
            .arg(esc(tr("Agent, original")), esc(tr("Agent, replay")),
                 qtRichText ? QStringLiteral(" width=\"100%\" cellpadding=\"4\" border=\"1\" "
                                             "cellspacing=\"0\"")
                            : QString());
    for (const LinePair &p : result.agentLines)
        h += QStringLiteral("<tr><td width=\"50%\">%1</td><td width=\"50%\">%2</td></tr>")
                 .arg(wordsHtml(p.diff, true, qtRichText), wordsHtml(p.diff, false, qtRichText));
    return h + QStringLiteral("</table>");
}

QByteArray htmlReport(const SuiteRun &run, const QHash<qint64, CaseWaves> &waves)
{
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<title>%1</title><style>"
             "body{font-family:sans-serif;margin:2em;max-width:70em}"
             "table{border-collapse:collapse;margin:.5em 0}"
             "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
             ".pass{color:#1b7d2b}.fail{color:#b3261e;font-weight:bold}.info{color:#555}"
             "tr.changed td{background:#fff6d6}"
             "del{background:#fbd3d0;text-decoration:line-through}"
             "ins{background:#d3f5d6;text-decoration:underline}"
             "table.lines td{width:50%}figure{margin:.5em 0}"
             "</style></head><body>\n")
             .arg(esc(tr("Suite %1").arg(run.suiteName)));
    h += QStringLiteral("<h1>%1</h1><p class=\"%2\">%3</p><p>%4</p>\n")
             .arg(esc(tr("Suite %1").arg(run.suiteName)),
                  run.passed() ? QStringLiteral("pass") : QStringLiteral("fail"),
                  esc(summaryLine(run)),
                  esc(tr("Agent: %1. Started %2, finished %3.")
                          .arg(run.agentId.isEmpty() ? tr("each case's own") : run.agentId,
                               run.startedAt.toString(Qt::ISODate),
                               run.finishedAt.toString(Qt::ISODate))));
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
             .arg(esc(tr("Case")), esc(tr("Verdict")), esc(tr("Differences")));
    for (const CaseResult &c : run.cases)
        h += QStringLiteral("<tr><td><a href=\"#case-%1\">%2</a></td><td class=\"%3\">%4</td>"
                            "<td>%5</td></tr>")
                 .arg(c.caseId)
                 .arg(esc(c.originalCallSid),
                      c.passed ? QStringLiteral("pass") : QStringLiteral("fail"),
                      c.passed ? esc(tr("passed")) : esc(tr("failed")),
                      esc(c.failures().join(QStringLiteral("; "))));
    h += QStringLiteral("</table>\n");
    for (const CaseResult &c : run.cases) {
        h += QStringLiteral("<h2 id=\"case-%1\">%2 <span class=\"%3\">%4</span></h2>")
                 .arg(c.caseId)
                 .arg(esc(c.originalCallSid),
                      c.passed ? QStringLiteral("pass") : QStringLiteral("fail"),
                      c.passed ? esc(tr("passed")) : esc(tr("failed")));
        h +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Replay %1 to agent %2.")
                             .arg(c.replayCallSid.isEmpty() ? QStringLiteral("–") : c.replayCallSid,
                                  c.agentId)));
        if (!c.error.isEmpty())
            h += QStringLiteral("<p class=\"fail\">%1</p>").arg(esc(c.error));
        h += QStringLiteral(
                 "<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Check")), esc(tr("Original")), esc(tr("Replay")), esc(tr("Verdict")),
                      esc(tr("Note")));
        for (const Check &k : c.checks) {
            const QString cls = k.verdict == Check::Verdict::Fail   ? QStringLiteral("fail")
                                : k.verdict == Check::Verdict::Pass ? QStringLiteral("pass")
                                                                    : QStringLiteral("info");
            h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td class=\"%5\">%6</td>"
                                "<td>%7</td></tr>")
                     .arg(k.changed ? QStringLiteral(" class=\"changed\"") : QString(),
                          esc(k.label), esc(k.original), esc(k.replay), cls,
                          esc(k.verdict == Check::Verdict::Fail   ? tr("fail")
                              : k.verdict == Check::Verdict::Pass ? tr("pass")
                                                                  : tr("info")),
                          esc(k.message));
        }
        h += QStringLiteral("</table>\n");
        h += agentLinesHtml(c);
        const auto w = waves.constFind(c.caseId);
        if (w != waves.constEnd()) {
            h += waveSvg(w->original, tr("Original %1").arg(c.originalCallSid));
            h += waveSvg(w->replay, tr("Replay %1").arg(c.replayCallSid));
        }
        h += u'\n';
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace patchline::suite
