#pragma once

#include "app/Cli.h"
#include "engine/Engine.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTextStream>

namespace patchline::app {

/// `patchline --headless`: the same bridge without a window. Prints log lines; with
/// --demo-call places one sandbox call and prints its transcript as it happens and a
/// summary; with --calls N runs the load benchmark and prints its figures last; with
/// --replay plays a recording's caller side to the agent and prints the same. Lives on the
/// main thread.
class Headless : public QObject
{
    Q_OBJECT
public:
    Headless(engine::Engine *engine, const CliOptions &options, QObject *parent = nullptr);

    /// Starts whatever the options ask for. Returns the process exit code via finished().
    void run();

signals:
    void finished(int exitCode);

private:
    void onUpdates(const QList<bridge::CallUpdate> &batch);
    void onSandboxCallFinished(const QString &callSid);
    void printDemoSummary(const bridge::CallSnapshot &s);
    void printLoadReport();

    engine::Engine *m_engine;
    CliOptions m_options;
    QTextStream m_out;
    QSet<QString> m_pending;                      ///< sandbox calls not yet finished
    QHash<QString, bridge::CallSnapshot> m_ended; ///< by CallSid
    qint64 m_bridgeCpuStartNs = 0;
    qint64 m_sandboxCpuStartNs = 0;
    qint64 m_loadStartNs = 0;
    qint64 m_processCpuStartNs = 0; ///< all threads, at the start of the load run
    qint64 m_idleRssKiB = 0;        ///< resident set before the first call
    QString m_dialSid;              ///< the call --dial placed
    quint64 m_replayId = 0;         ///< the call --replay started
};

} // namespace patchline::app
