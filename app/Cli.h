#pragma once

#include "campaign/Campaign.h"
#include "engine/Engine.h"

#include <QString>
#include <QStringList>

namespace patchline::app {

/// What the command line asked for.
struct CliOptions
{
    engine::Engine::Options engine;
    bool headless = false;
    bool demoCall = false;
    int loadCalls = 0;        ///< --calls N (load benchmark), 0 = off
    int loadDurationS = 10;   ///< --duration S
    bool abuse = false;       ///< --abuse: hostile HTTP clients during the load run
    bridge::DialRequest dial; ///< --dial: place this outbound call (to empty = none)
    bool check = false;       ///< --check: run the pre-flight check, print it, exit 0/3
    QString replayPath;       ///< --replay: replay this recording's caller side, print, exit
    int drainS = 30;        ///< --drain: on SIGTERM, seconds live calls get before they are hung up
    QString campaignPath;   ///< --campaign: dial the rows of this CSV (issue 19), then exit
    QByteArray campaignCsv; ///< its bytes (read and bounded by the parser)
    QString resultsPath;    ///< --results: write the campaign's results CSV here at the end
    campaign::CampaignSettings campaign; ///< --concurrency, --cps, --attempts, … and From/agent
    QString suiteName;        ///< --suite: run this regression suite (issue 19 §2), then exit
    QString suiteAgentId;     ///< --agent with --suite: every case against it (empty: own)
    int suiteConcurrency = 3; ///< --concurrency with --suite
    QString junitPath;        ///< --junit: the suite's verdicts as JUnit XML
    QString reportPath;       ///< --report: the suite's HTML report
    QString error;            ///< set when the command line is invalid (names the option)
};

/// What the command line starts from: the stored settings with the environment applied
/// (settings::Settings::toBridgeConfig()); options given on the command line win.
struct CliDefaults
{
    settings::BridgeConfig config;
    QString defaultFrom; ///< caller ID for --dial and --check when --from is absent
};

/// Parses `arguments` (including argv[0]). Handles --help and --version by printing and
/// returning with `exitNow` set. Errors name the option, the value and the fix.
CliOptions parseCommandLine(const QStringList &arguments, bool *exitNow, int *exitCode,
                            const CliDefaults &defaults = {});

} // namespace patchline::app
