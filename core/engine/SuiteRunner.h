#pragma once

#include "call/CallTypes.h"
#include "store/History.h"
#include "store/SuiteStore.h"
#include "suite/SuiteJudge.h"
#include "suite/SuiteReport.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace patchline::engine {

class Engine;

/// Runs a regression suite (issue 19 §2) against an Engine: replays each case's caller track
/// (Engine::startReplay, through the real bridge at real-time pace, as Review → Replay does)
/// to the case's own agent or to one chosen agent, at most `concurrency` at once; waits for
/// each replay to end and for its post-call analysis (the webhook, else ElevenLabs'
/// conversation record after kAnalysisAskMs); judges it against the original
/// (suite::judgeCase) with the suite's rules; stores the run's report (store::SuiteStore)
/// and reports it. Lives on the thread of the Engine's owner (GUI or main).
class SuiteRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int concurrency = 3; ///< replays at once, 1–20
        /// How long a case waits for its replay's post-call analysis after the call ends, ms.
        int analysisWaitMs = 90000;
        /// After this long without the webhook, ElevenLabs' record of the conversation is
        /// read instead (GET /v1/convai/conversations/{id}, reference/elevenlabs.md §7.4), ms.
        int analysisAskMs = 8000;
    };

    explicit SuiteRunner(Engine *engine, QObject *parent = nullptr);

    /// Starts a run of the suite called `suiteName` against `agentId` (empty: each case's own
    /// agent, else the Engine's default). Everything is reported through caseFinished() and
    /// finished(); a suite that does not exist or has no case finishes at once with an error
    /// naming the suites there are.
    void start(const QString &suiteName, const QString &agentId, const Options &options);
    /// Stops starting cases, hangs up the replays still live and finishes the run as
    /// cancelled (cases not run are failed with "cancelled").
    void cancel();
    bool isRunning() const { return m_running; }
    const suite::SuiteRun &run() const { return m_run; }

    /// Writes the run's HTML report (suite::htmlReport, with the waveforms of both calls of
    /// each case read from their recordings) to `path`, on a worker and the storage thread;
    /// `done(error)` on `context`'s thread.
    static void exportHtml(Engine *engine, const suite::SuiteRun &run, const QString &path,
                           QObject *context, std::function<void(const QString &error)> done);

signals:
    /// One line about progress for people ("case 2/5 CA… started", "… passed").
    void log(const QString &line);
    void caseFinished(const patchline::suite::CaseResult &result, int done, int total);
    /// The run is over: its report (run.id set when stored), or `error` when it could not
    /// start (no such suite, no cases) or could not be stored.
    void finished(const patchline::suite::SuiteRun &run, const QString &error);

private:
    struct Case
    {
        store::SuiteCase stored;
        store::CallRecord original;
        quint64 callId = 0;
        bool ended = false;
        bool done = false;
        qint64 askedAtMs = 0; ///< when ElevenLabs' record was last asked for (0: never)
        qint64 endedAtMs = 0;
        qint64 startedAtMs = 0;
    };
    void loaded(qint64 suiteId, const QJsonObject &rules, const QList<Case> &cases,
                const QString &error);
    void launchMore();
    void onUpdates(const QList<bridge::CallUpdate> &batch);
    void poll();
    void judge(int index, const store::CallRecord &replay, bool analysisMissing);
    void finishCase(int index, suite::CaseResult result);
    void finishRun(const QString &error = {});
    /// After cancel(), once no replay is live: the cases never started fail as cancelled
    /// and the run finishes.
    void finishIfCancelled();
    qint64 nowMs() const;

    Engine *m_engine;
    Options m_options;
    QString m_agentId;
    suite::SuiteRun m_run;
    QList<Case> m_cases;
    QHash<quint64, int> m_byCallId;
    /// Post-call data read from ElevenLabs' conversation records, by conversation id.
    QHash<QString, elevenlabs::PostCallData> m_fetched;
    QSet<QString> m_asked; ///< conversation ids this run asked ElevenLabs for
    int m_next = 0;
    int m_active = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_polling = false;
    bool m_finishing = false; ///< finishRun() ran; the report is being stored
    QTimer m_poll;
};

} // namespace patchline::engine

Q_DECLARE_METATYPE(patchline::suite::CaseResult)
Q_DECLARE_METATYPE(patchline::suite::SuiteRun)
