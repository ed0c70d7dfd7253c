#pragma once

#include "app/Cli.h"
#include "app/LogSink.h"
#include "engine/CampaignRunner.h"
#include "engine/Engine.h"
#include "engine/SuiteRunner.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTextStream>

namespace patchline::app {

/// `patchline --headless`: the same bridge without a window. Prints log lines; with
/// --demo-call places one sandbox call and prints its transcript as it happens and a
/// summary; with --calls N runs the load benchmark and prints its figures last; with
/// --replay plays a recording's caller side to the agent and prints the same. Output goes
/// to stdout through a LogSink: one line per event, no control characters, journald
/// priorities when stdout is the journal (issue 17 §4). Lives on the main thread.
class Headless : public QObject
{
    Q_OBJECT
public:
    Headless(engine::Engine *engine, const CliOptions &options, QObject *parent = nullptr);

    /// Starts whatever the options ask for. Returns the process exit code via finished().
    void run();

    /// SIGTERM / SIGINT (issue 17 §4): new inbound calls are refused (Engine::setDraining),
    /// live calls get up to CliOptions::drainS seconds to end, then the rest are hung up and
    /// finished(0) follows once they have ended (at most 5 s later); 4 instead when a
    /// --campaign has rows not yet final (it is paused; the same command resumes it). With no
    /// live call it finishes at once. A second stop() finishes at once with 1.
    void stop();

signals:
    void finished(int exitCode);

private:
    void onUpdates(const QList<bridge::CallUpdate> &batch);
    void onSandboxCallFinished(const QString &callSid);
    void printDemoSummary(const bridge::CallSnapshot &s);
    /// --demo-call: exit 0 when the call ended with audio both ways, else 1 (once).
    void finishDemo();
    void printLoadReport();
    /// --campaign (issue 19): validates the CSV, runs it, prints progress and a summary.
    void runCampaign();
    void printCampaignProgress(bool force);
    /// --suite (issue 19 §2): runs the suite, prints each verdict, writes --junit/--report,
    /// exits 0 when every case passed, 3 when any failed, 2 when there is no such suite.
    void runSuite();

    engine::Engine *m_engine;
    CliOptions m_options;
    LogSink m_sink{1}; ///< stdout
    QTextStream m_out;
    QSet<quint64> m_live; ///< calls not ended yet, by id
    bool m_stopping = false;
    bool m_finishing = false;
    void finishStopIfIdle();
    /// 0, or 4 when a --campaign stops with rows not yet final.
    int stopExitCode() const;
    QSet<QString> m_pending;                      ///< sandbox calls not yet finished
    QHash<QString, bridge::CallSnapshot> m_ended; ///< by CallSid
    qint64 m_bridgeCpuStartNs = 0;
    qint64 m_sandboxCpuStartNs = 0;
    qint64 m_loadStartNs = 0;
    qint64 m_dbWritesStart = 0;                   ///< Storage::databaseWrites() at the load start
    qint64 m_processCpuStartNs = 0;               ///< all threads, at the start of the load run
    qint64 m_idleRssKiB = 0;                      ///< resident set before the first call
    QString m_dialSid;                            ///< the call --dial placed
    QString m_demoDone;                           ///< --demo-call: the sandbox finished this call
    bool m_demoFinished = false;                  ///< finishDemo() ran
    quint64 m_replayId = 0;                       ///< the call --replay started
    engine::CampaignRunner *m_campaign = nullptr; ///< child, with --campaign
    engine::SuiteRunner *m_suite = nullptr;       ///< child, with --suite
    int m_suiteExit = -1; ///< --suite's exit code once its report files are written
    qint64 m_lastProgressMs = 0;
    QString m_lastProgress;
    bool m_progressDue = false;
};

} // namespace patchline::app
