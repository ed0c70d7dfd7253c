#pragma once

#include "audio/Overview.h"
#include "suite/SuiteJudge.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace patchline::suite {

/// A suite run as JUnit XML (issue 19 §2: "so a CI job can gate an agent change"): one
/// `<testsuite>` named after the suite, one `<testcase>` per case (name = the original's
/// CallSid, classname `patchline.suite.<name>`, time = the replay's length in s), a
/// `<failure>` naming every failed check, an `<error>` when the replay could not run, and
/// the checks as `<system-out>`. The shape Jenkins, GitLab and GitHub reporters read
/// (tests/junit.xsd checks it). UTF-8. Pure.
QByteArray junitXml(const SuiteRun &run);

/// The recordings' overviews of one case for the HTML report (caller and agent peaks).
struct CaseWaves
{
    audio::Overview original;
    audio::Overview replay;
};

/// A suite run as one self-contained HTML file (issue 19 §2): a summary, then per case its
/// verdict, the checks (changed values marked), the agent's lines side by side with
/// removed words struck and added words underlined, and both calls' waveforms as inline
/// SVG. No script, no external resource; every text from a call is escaped. `waves` is
/// keyed by CaseResult::caseId (a case without entry shows no waveform). Pure.
QByteArray htmlReport(const SuiteRun &run, const QHash<qint64, CaseWaves> &waves);

/// The agent's lines of a case side by side as an HTML table (the report and the console's
/// comparison share it): removed words in `<del>`, added in `<ins>`; with `qtRichText`, as
/// spans with inline styles (Qt's rich text has neither element).
QString agentLinesHtml(const CaseResult &result, bool qtRichText = false);

/// A one-line summary for people: "passed 4 of 5, failed 1".
QString summaryLine(const SuiteRun &run);

} // namespace patchline::suite
