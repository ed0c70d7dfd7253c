#include "app/Headless.h"

#include "sim/Sandbox.h"
#include "store/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace patchline::app {

using bridge::CallState;
using bridge::TranscriptLine;

namespace {
QString clock(qint64 ms)
{
    return bridge::formatOffset(ms);
}

qint64 processCpuNs()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return (qint64(ru.ru_utime.tv_sec) + ru.ru_stime.tv_sec) * 1000000000 +
           (qint64(ru.ru_utime.tv_usec) + ru.ru_stime.tv_usec) * 1000;
}

/// Resident set now, KiB (/proc/self/statm), for the memory per call beyond idle.
qint64 currentRssKiB()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.value(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

/// Remote text (transcripts, reasons) may hold line breaks: one event stays one line.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

double percentile(std::vector<double> &v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::min(v.size() - 1, size_t(p / 100.0 * double(v.size() - 1) + 0.5));
    return v[i];
}
} // namespace

Headless::Headless(engine::Engine *engine, const CliOptions &options, QObject *parent)
    : QObject(parent), m_engine(engine), m_options(options), m_out(&m_sink)
{
    connect(engine, &engine::Engine::updates, this, &Headless::onUpdates);
    connect(engine, &engine::Engine::sandboxCallFinished, this, &Headless::onSandboxCallFinished);
    connect(engine, &engine::Engine::log, this, [this](const QString &line) {
        if (!m_options.loadCalls && m_options.campaignPath.isEmpty() &&
            m_options.suiteName.isEmpty())
            m_out << "log: " << line << Qt::endl;
    });
}

void Headless::run()
{
    const auto &cfg = m_engine->config();
    m_out << tr("Patchline %1 listening on %2:%3 (public URL %4)%5")
                 .arg(QCoreApplication::applicationVersion(), cfg.bindAddress.toString())
                 .arg(m_engine->port())
                 .arg(cfg.publicBase(), m_engine->isSandbox() ? tr(", sandbox mode") : QString())
          << Qt::endl;
    if (m_options.check) {
        connect(m_engine, &engine::Engine::preflightFinished, this,
                [this](quint64, const QList<preflight::CheckLine> &lines) {
                    m_out << preflight::Preflight::toText(lines) << Qt::flush;
                    const bool ok = preflight::Preflight::passed(lines);
                    if (!ok)
                        m_sink.next(LogPriority::Error);
                    m_out << (ok ? tr("pre-flight: nothing failed")
                                 : tr("pre-flight: FAILED — fix the lines marked ✗"))
                          << Qt::endl;
                    emit finished(ok ? 0 : 3);
                });
        preflight::Request r = m_engine->preflightRequest();
        r.to = m_options.dial.to;
        r.from = m_options.dial.from;
        r.agentId = m_options.dial.agentId;
        r.setCallVariables(m_options.dial.variables);
        m_engine->runPreflight(r);
        return;
    }
    if (!m_options.dial.to.isEmpty()) {
        connect(m_engine, &engine::Engine::dialed, this,
                [this](const QString &sid, const QString &error) {
                    if (!error.isEmpty()) {
                        m_sink.next(LogPriority::Error);
                        m_out << tr("could not place the call: %1").arg(error) << Qt::endl;
                        emit finished(1);
                        return;
                    }
                    m_out << tr("dialled %1: %2").arg(m_options.dial.to, sid) << Qt::endl;
                    m_dialSid = sid;
                });
        m_engine->dial(m_options.dial);
        return;
    }
    if (!m_options.campaignPath.isEmpty()) {
        runCampaign();
        return;
    }
    if (!m_options.suiteName.isEmpty()) {
        runSuite();
        return;
    }
    if (!m_options.replayPath.isEmpty()) {
        connect(m_engine, &engine::Engine::replayStarted, this,
                [this](quint64 id, const QString &, const QString &error) {
                    if (id == 0) {
                        m_sink.next(LogPriority::Error);
                        m_out << tr("could not replay: %1").arg(error) << Qt::endl;
                        emit finished(1);
                        return;
                    }
                    m_replayId = id;
                    m_out << tr("replaying the caller side of %1 to the agent (call %2)")
                                 .arg(m_options.replayPath)
                                 .arg(id)
                          << Qt::endl;
                });
        // Empty agent: the Engine's default (--agent, the settings, or the sandbox agent).
        m_engine->startReplay(m_options.replayPath, QString(),
                              QFileInfo(m_options.replayPath).completeBaseName());
        return;
    }
    if (m_options.demoCall) {
        connect(m_engine, &engine::Engine::sandboxCallPlaced, this,
                [this](const QString &sid) { m_pending.insert(sid); });
        m_engine->placeSandboxCall(sim::Scenario::demo());
        return;
    }
    if (m_options.loadCalls) {
        m_out << tr("load: %1 concurrent sandbox calls of about %2 s each")
                     .arg(m_options.loadCalls)
                     .arg(m_options.loadDurationS)
              << Qt::endl;
        m_bridgeCpuStartNs = m_engine->bridgeStats().threadCpuNs;
        m_sandboxCpuStartNs = m_engine->sandboxCpuNs();
        m_processCpuStartNs = processCpuNs();
        m_dbWritesStart = m_engine->storage() ? m_engine->storage()->databaseWrites() : 0;
        m_idleRssKiB = currentRssKiB();
        m_loadStartNs = bridge::monotonicNs();
        connect(m_engine, &engine::Engine::sandboxCallPlaced, this,
                [this](const QString &sid) { m_pending.insert(sid); });
        if (m_options.abuse)
            m_engine->startAbuse();
        // Stagger the starts over ~1 s, as real traffic would arrive.
        for (int i = 0; i < m_options.loadCalls; ++i) {
            QTimer::singleShot(i * 1000 / m_options.loadCalls, this, [this] {
                m_engine->placeSandboxCall(sim::Scenario::load(m_options.loadDurationS * 1000));
            });
        }
        return;
    }
    m_out << tr("Ready. Press Ctrl+C to stop.") << Qt::endl;
}

void Headless::onUpdates(const QList<bridge::CallUpdate> &batch)
{
    for (const bridge::CallUpdate &u : batch) {
        const auto &s = u.snapshot;
        if (s.state == CallState::Ended)
            m_live.remove(s.id);
        else
            m_live.insert(s.id);
        if (!m_options.loadCalls && m_options.campaignPath.isEmpty() &&
            m_options.suiteName.isEmpty()) {
            for (const bridge::CallEvent &e : u.events) {
                if (e.kind == u"error")
                    m_sink.next(LogPriority::Error);
                else if (e.kind == u"warning" || e.kind == u"alarm")
                    m_sink.next(LogPriority::Warning);
                if (e.kind == u"state")
                    m_out << "[" << clock(e.offsetMs) << "] " << s.callSid << " " << oneLine(e.text)
                          << Qt::endl;
                else
                    m_out << "[" << clock(e.offsetMs) << "] " << e.kind << ": " << oneLine(e.text)
                          << Qt::endl;
            }
            for (const TranscriptLine &l : u.lines)
                m_out << "[" << clock(l.offsetMs) << "] "
                      << (l.role == TranscriptLine::Role::Agent ? tr("agent ") : tr("caller"))
                      << ": " << oneLine(l.text) << Qt::endl;
        }
        if (s.state == CallState::Ended && !s.callSid.isEmpty() && !m_ended.contains(s.callSid)) {
            m_ended.insert(s.callSid, s);
            const bool replay = m_replayId != 0 && s.id == m_replayId;
            if (m_options.demoCall || s.callSid == m_dialSid || replay)
                printDemoSummary(s);
            if (!m_demoDone.isEmpty() && s.callSid == m_demoDone)
                QTimer::singleShot(0, this, &Headless::finishDemo);
            if (!m_dialSid.isEmpty() && s.callSid == m_dialSid)
                QTimer::singleShot(200, this, [this] { emit finished(0); });
            if (replay) // a regression run: its exit code says whether the call failed
                QTimer::singleShot(200, this,
                                   [this, failed = s.failed] { emit finished(failed ? 1 : 0); });
        }
    }
    finishStopIfIdle();
}

void Headless::stop()
{
    if (m_stopping) {
        m_sink.next(LogPriority::Warning);
        m_out << tr("stopping at once (second signal); %n call(s) cut off", nullptr,
                    int(m_live.size()))
              << Qt::endl;
        emit finished(1);
        return;
    }
    m_stopping = true;
    m_engine->setDraining(true);
    if (m_suite && m_suite->isRunning())
        m_suite->cancel();
    if (m_campaign && m_campaign->counts().total() > 0) {
        m_campaign->setPaused(true);
        m_out << tr("campaign paused: no new calls; run the same command again to resume")
              << Qt::endl;
    }
    // The bridge's own count too: a call answered in the last publish interval (250 ms
    // headless) is not in m_live yet.
    const int sessions = std::max(int(m_live.size()), m_engine->sessions());
    if (sessions == 0) {
        m_finishing = true;
        m_out << tr("stopping: no live calls") << Qt::endl;
        m_engine->storage()->flush();
        emit finished(stopExitCode());
        return;
    }
    // Poll the bridge's lock-free session count: the last session is dropped in a publish
    // that may carry no update, so waiting for updates alone could wait forever.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &Headless::finishStopIfIdle);
    poll->start(250);
    m_sink.next(LogPriority::Notice);
    m_out << tr("stopping: new calls are refused; %n live call(s) get up to %1 s to end "
                "(signal again to stop at once)",
                nullptr, sessions)
                 .arg(m_options.drainS)
          << Qt::endl;
    QTimer::singleShot(m_options.drainS * 1000, this, [this] {
        if (m_finishing || m_live.isEmpty())
            return;
        m_sink.next(LogPriority::Warning);
        m_out << tr("stopping: hanging up %n call(s) still live after %1 s", nullptr,
                    int(m_live.size()))
                     .arg(m_options.drainS)
              << Qt::endl;
        for (quint64 id : std::as_const(m_live))
            m_engine->hangup(id);
        QTimer::singleShot(5000, this, [this] {
            if (!m_finishing) {
                m_finishing = true;
                emit finished(stopExitCode());
            }
        });
    });
}

void Headless::runCampaign()
{
    const campaign::CampaignCsv csv = campaign::parseCampaignCsv(m_options.campaignCsv);
    const auto issueLine = [](const campaign::CsvIssue &i) {
        if (i.row == 0)
            return i.message;
        return tr("row %1%2%3: %4")
            .arg(i.row)
            .arg(i.column.isEmpty() ? QString()
                                    : tr(", column %1").arg(bridge::boundedRemote(i.column, 40)))
            .arg(i.value.isEmpty() ? QString() : tr(", value '%1'").arg(i.value))
            .arg(i.message);
    };
    constexpr int kShownIssues = 50;
    for (int i = 0; i < csv.issues.size() && i < kShownIssues; ++i) {
        m_sink.next(LogPriority::Error);
        m_out << tr("campaign: %1: %2").arg(m_options.campaignPath, issueLine(csv.issues.at(i)))
              << Qt::endl;
    }
    if (csv.issues.size() > kShownIssues)
        m_out << tr("campaign: … and %n more problem(s)", nullptr,
                    int(csv.issues.size() - kShownIssues))
              << Qt::endl;
    const int invalid = int(csv.recipients.size()) - csv.validCount();
    if (!csv.readable || invalid > 0 || csv.recipients.isEmpty()) {
        m_sink.next(LogPriority::Error);
        m_out << (csv.recipients.isEmpty() && csv.readable
                      ? tr("campaign: the file has no recipient rows; nothing was dialled")
                      : tr("campaign: nothing was dialled; fix the rows named above (or remove "
                           "them) and run the command again"))
              << Qt::endl;
        emit finished(2);
        return;
    }
    QList<campaign::CampaignRow> rows = engine::CampaignRunner::rowsFrom(csv);
    if (m_options.campaign.window.enabled && m_options.campaign.timeZone.isEmpty()) {
        for (const campaign::CampaignRow &r : rows) {
            if (!r.timeZone.isEmpty())
                continue;
            m_sink.next(LogPriority::Error);
            m_out << tr("campaign: row %1 (%2) is in a country with several time zones; give "
                        "--timezone (e.g. America/New_York) for the calling window")
                         .arg(r.row)
                         .arg(r.phone)
                  << Qt::endl;
            emit finished(2);
            return;
        }
    }
    m_campaign = new engine::CampaignRunner(m_engine, this);
    connect(m_campaign, &engine::CampaignRunner::log, this,
            [this](const QString &line) { m_out << "campaign: " << oneLine(line) << Qt::endl; });
    connect(
        m_campaign, &engine::CampaignRunner::started, this,
        [this](qint64 id, bool resumed, const QString &error) {
            if (!id) {
                m_sink.next(LogPriority::Error);
                m_out << tr("campaign: %1").arg(error) << Qt::endl;
                emit finished(1);
                return;
            }
            const auto c = m_campaign->counts();
            m_out
                << (resumed
                        ? tr("campaign %1 resumed with its stored settings: %2 of %3 rows already "
                             "final")
                              .arg(id)
                              .arg(c.finished())
                              .arg(c.total())
                        : tr("campaign %1 started: %n row(s)", nullptr, c.total()).arg(id))
                << Qt::endl;
        });
    connect(m_campaign, &engine::CampaignRunner::countsChanged, this,
            [this] { printCampaignProgress(false); });
    connect(m_campaign, &engine::CampaignRunner::pausedChanged, this,
            [this](bool paused, const QString &reason) {
                if (paused && !reason.isEmpty() && !m_stopping) {
                    m_sink.next(LogPriority::Error);
                    m_out << tr("campaign stopped: %1").arg(reason) << Qt::endl;
                    m_engine->storage()->flush(); // the take-back of the claim is stored
                    emit finished(1);
                }
            });
    connect(
        m_campaign, &engine::CampaignRunner::finished, this,
        [this](const campaign::CampaignCounts &c) {
            printCampaignProgress(true);
            m_out << tr("campaign %1 finished: %2 rows, %3 done, %4 failed, %5 cancelled")
                         .arg(m_campaign->campaignId())
                         .arg(c.total())
                         .arg(c.done)
                         .arg(c.failed)
                         .arg(c.cancelled)
                  << Qt::endl;
            for (const campaign::CampaignRow &r : m_campaign->rows())
                m_out << tr("  row %1  %2  %3  attempts %4  %5  %6")
                             .arg(r.row)
                             .arg(r.phone, campaign::statusName(r.status))
                             .arg(r.attempts)
                             .arg(r.outcome.isEmpty() ? QStringLiteral("-") : r.outcome,
                                  r.callSid.isEmpty() ? QStringLiteral("-") : r.callSid)
                      << Qt::endl;
            if (m_options.resultsPath.isEmpty()) {
                m_engine->storage()->flush();
                QTimer::singleShot(200, this, [this] { emit finished(0); });
                return;
            }
            // ElevenLabs' analysis comes by webhook just after each call: give the last
            // one a moment.
            QTimer::singleShot(1500, this, [this] {
                m_campaign->exportResults(
                    m_options.resultsPath, this, [this](const QString &error) {
                        if (!error.isEmpty()) {
                            m_sink.next(LogPriority::Error);
                            m_out << tr("campaign: results not written: %1").arg(error) << Qt::endl;
                            emit finished(1);
                            return;
                        }
                        m_out << tr("campaign: results written to %1").arg(m_options.resultsPath)
                              << Qt::endl;
                        emit finished(0);
                    });
            });
        });
    m_campaign->start(rows,
                      engine::CampaignRunner::sourceHash(m_options.campaignCsv, m_options.campaign),
                      m_options.campaign);
}

void Headless::runSuite()
{
    m_suite = new engine::SuiteRunner(m_engine, this);
    connect(m_suite, &engine::SuiteRunner::log, this,
            [this](const QString &line) { m_out << "suite: " << oneLine(line) << Qt::endl; });
    connect(
        m_suite, &engine::SuiteRunner::finished, this,
        [this](const suite::SuiteRun &run, const QString &error) {
            if (run.cases.isEmpty()) {
                m_sink.next(LogPriority::Error);
                m_out << tr("suite: %1").arg(oneLine(error)) << Qt::endl;
                emit finished(2);
                return;
            }
            for (const suite::CaseResult &c : run.cases) {
                if (!c.passed)
                    m_sink.next(LogPriority::Warning);
                m_out << tr("  %1  %2  agent words %3 %  replay %4")
                             .arg(c.originalCallSid, c.passed ? tr("passed") : tr("FAILED"))
                             .arg(c.agentSimilarityPct, 0, 'f', 0)
                             .arg(c.replayCallSid.isEmpty() ? QStringLiteral("-") : c.replayCallSid)
                      << Qt::endl;
                for (const QString &f : c.failures())
                    m_out << "      " << oneLine(f) << Qt::endl;
            }
            if (!run.passed())
                m_sink.next(LogPriority::Warning);
            m_out << tr("suite %1: %2").arg(run.suiteName, suite::summaryLine(run)) << Qt::endl;
            if (!error.isEmpty()) {
                m_sink.next(LogPriority::Error);
                m_out << tr("suite: %1").arg(oneLine(error)) << Qt::endl;
            }
            const int code = run.passed() ? 0 : 3;
            auto pending = std::make_shared<int>(1);
            auto failedWrite = std::make_shared<bool>(false);
            const auto done = [this, pending, failedWrite, code] {
                if (--*pending == 0) {
                    m_suiteExit = *failedWrite ? 1 : code;
                    emit finished(m_suiteExit);
                }
            };
            const auto written = [this, done, failedWrite](const QString &what,
                                                           const QString &path) {
                return [this, done, failedWrite, what, path](const QString &e) {
                    if (e.isEmpty()) {
                        m_out << tr("suite: %1 written to %2").arg(what, path) << Qt::endl;
                    } else {
                        *failedWrite = true;
                        m_sink.next(LogPriority::Error);
                        m_out << tr("suite: %1 not written: %2").arg(what, e) << Qt::endl;
                    }
                    done();
                };
            };
            if (!m_options.junitPath.isEmpty()) {
                ++*pending;
                m_engine->storage()->writeFile(m_options.junitPath, suite::junitXml(run), this,
                                               written(tr("JUnit XML"), m_options.junitPath));
            }
            if (!m_options.reportPath.isEmpty()) {
                ++*pending;
                engine::SuiteRunner::exportHtml(m_engine, run, m_options.reportPath, this,
                                                written(tr("HTML report"), m_options.reportPath));
            }
            done();
        });
    engine::SuiteRunner::Options o;
    o.concurrency = m_options.suiteConcurrency;
    m_suite->start(m_options.suiteName, m_options.suiteAgentId, o);
}

void Headless::printCampaignProgress(bool force)
{
    const campaign::CampaignCounts c = m_campaign->counts();
    const QString line = tr("campaign: %1/%2 final · queued %3 · dialling %4 · live %5 · "
                            "retrying %6 · done %7 · failed %8 · cancelled %9")
                             .arg(c.finished())
                             .arg(c.total())
                             .arg(c.queued)
                             .arg(c.dialling)
                             .arg(c.live)
                             .arg(c.retrying)
                             .arg(c.done)
                             .arg(c.failed)
                             .arg(c.cancelled);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (line == m_lastProgress)
        return;
    if (!force && now - m_lastProgressMs < 1000) {
        // At most one line a second, and the newest state always printed soon after.
        if (!m_progressDue) {
            m_progressDue = true;
            QTimer::singleShot(int(1000 - (now - m_lastProgressMs)), this, [this] {
                m_progressDue = false;
                printCampaignProgress(false);
            });
        }
        return;
    }
    m_lastProgress = line;
    m_lastProgressMs = now;
    m_out << line << Qt::endl;
}

void Headless::finishStopIfIdle()
{
    if (!m_stopping || m_finishing || !m_live.isEmpty() || m_engine->sessions() > 0)
        return;
    m_finishing = true;
    m_out << tr("stopping: every call has ended") << Qt::endl;
    m_engine->storage()->flush();
    emit finished(stopExitCode());
}

int Headless::stopExitCode() const
{
    // A campaign stopped before every row was final is not a success (issue 19: exit 0 only
    // when every row reached a final state); the same command resumes it.
    if (m_campaign && m_campaign->counts().finished() < m_campaign->counts().total())
        return 4;
    // A suite cut short has not shown that the agent is fine; one that finished gives its
    // own verdict (3 when a case failed) once its --junit/--report files are written.
    if (!m_options.suiteName.isEmpty())
        return m_suiteExit >= 0 ? m_suiteExit : 1;
    return 0;
}

void Headless::printDemoSummary(const bridge::CallSnapshot &s)
{
    m_out << Qt::endl << tr("Call %1 ended: %2").arg(s.callSid, s.endReason) << Qt::endl;
    m_out << tr("  duration        %1 s").arg(double(s.durationMs) / 1000.0, 0, 'f', 1) << Qt::endl;
    m_out << tr("  caller → agent  %1 frames (%2 s of audio)")
                 .arg(s.callerFrames)
                 .arg(double(s.callerFrames) * 0.02, 0, 'f', 1)
          << Qt::endl;
    m_out << tr("  agent → caller  %1 chunks (%2 s), %3 stale chunks dropped")
                 .arg(s.agentChunks)
                 .arg(double(s.agentMs) / 1000.0, 0, 'f', 1)
                 .arg(s.agentChunksDropped)
          << Qt::endl;
    m_out << tr("  barge-ins       %1; marks %2 sent / %3 echoed; pings %4 / pongs %5")
                 .arg(s.bargeIns)
                 .arg(s.marksSent)
                 .arg(s.marksEchoed)
                 .arg(s.pings)
                 .arg(s.pongs)
          << Qt::endl;
    m_out << tr("  turn latency    p50 %1 ms, p90 %2 ms over %3 turns; time-to-yield %4 ms; "
                "inbound jitter p99 %5 ms")
                 .arg(s.turnLatencyP50Ms)
                 .arg(s.turnLatencyP90Ms)
                 .arg(s.turns)
                 .arg(s.lastTimeToYieldMs)
                 .arg(s.inboundJitterP99Ms, 0, 'f', 1)
          << Qt::endl;
    m_out << tr("  pacing          agent audio up to %1 ms ahead of the caller's ear; %2 "
                "underrun(s) mid-reply (%3 ms)")
                 .arg(s.outboundLeadMaxMs)
                 .arg(s.outboundUnderruns)
                 .arg(s.outboundUnderrunMs)
          << Qt::endl;
    const auto kb = [](qint64 b) { return QString::number(double(b) / 1000.0, 'f', 1); };
    m_out << tr("  bytes           audio %1 kB in / %2 kB out; on the wire Twilio %3 kB in / "
                "%4 kB out, agent %5 kB in / %6 kB out")
                 .arg(kb(s.callerAudioBytes), kb(s.agentAudioBytes), kb(s.twilioBytesIn),
                      kb(s.twilioBytesOut), kb(s.agentBytesIn), kb(s.agentBytesOut))
          << Qt::endl;
    if (!s.alarms.isEmpty())
        m_out << tr("  alarms          %1").arg(s.alarms.join(QStringLiteral(", "))) << Qt::endl;
    m_out << tr("  agent formats   %1, conversation %2").arg(s.agentFormats, s.conversationId)
          << Qt::endl;
    if (!s.conversion.isEmpty())
        m_out << tr("  conversion      %1; %2 ms of bridge CPU for %3 s of call")
                     .arg(s.conversion)
                     .arg(double(s.conversionUs) / 1000.0, 0, 'f', 1)
                     .arg(double(s.durationMs) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    m_out
        << tr("  recording       %1").arg(s.recordingPath.isEmpty() ? tr("(off)") : s.recordingPath)
        << Qt::endl;
}

void Headless::onSandboxCallFinished(const QString &callSid)
{
    if (!m_options.demoCall && !m_options.loadCalls)
        return; // --dial ends when the bridge reports the call ended
    if (m_stopping)
        return; // a stop (SIGTERM) ends the run: finishStopIfIdle()
    m_pending.remove(callSid);
    if (!m_pending.isEmpty())
        return;
    if (m_options.loadCalls) {
        // Let the bridge publish the final state of the last calls before the report.
        QTimer::singleShot(200, this, [this] {
            printLoadReport();
            emit finished(0);
        });
        return;
    }
    // --demo-call: finish once the bridge has published the call's end (headless publishes
    // at 4 Hz, so a fixed short wait lost that race on a busy machine and exited 1 without
    // the summary), or after 5 s without it (then the call counts as not ended).
    m_demoDone = callSid;
    QTimer::singleShot(5000, this, &Headless::finishDemo);
    if (m_ended.contains(callSid))
        finishDemo();
}

void Headless::finishDemo()
{
    if (m_demoFinished || m_demoDone.isEmpty())
        return;
    m_demoFinished = true;
    m_engine->storage()->flush();
    bool ok = m_ended.contains(m_demoDone);
    for (const auto &s : std::as_const(m_ended))
        ok = ok && s.callerFrames > 0 && s.agentChunks > 0;
    emit finished(ok ? 0 : 1);
}

void Headless::printLoadReport()
{
    const qint64 wallNs = bridge::monotonicNs() - m_loadStartNs;
    const bridge::BridgeStats st = m_engine->bridgeStats();
    const qint64 bridgeCpu = st.threadCpuNs - m_bridgeCpuStartNs;
    const qint64 sandboxCpu = m_engine->sandboxCpuNs() - m_sandboxCpuStartNs;
    // Everything but the simulated parties: bridge, HTTP front, storage, main thread.
    const qint64 patchlineCpu = processCpuNs() - m_processCpuStartNs - sandboxCpu;

    // Loss and end-to-end latency from what the simulated parties saw.
    qint64 framesSent = 0, framesReceived = 0, agentSent = 0, agentStale = 0, carrierReceived = 0,
           failed = 0, callSeconds = 0;
    std::vector<double> upMs, downMs;
    QMetaObject::invokeMethod(
        m_engine->sandbox(),
        [&] {
            const auto *carrier = m_engine->sandbox()->carrier();
            const auto &agentResults = m_engine->sandbox()->agent()->results();
            for (const QString &sid : carrier->callSids()) {
                const auto *c = carrier->result(sid);
                if (!c->error.isEmpty()) {
                    ++failed;
                    continue;
                }
                callSeconds += c->durationMs / 1000;
                framesSent += c->framesSent;
                carrierReceived += c->mediaReceived;
                const auto it = agentResults.constFind(sid);
                if (it == agentResults.constEnd()) {
                    ++failed;
                    continue;
                }
                framesReceived += it->audioChunksReceived;
                agentSent += it->chunksSent;
                agentStale += it->staleChunksSent;
                // Frame k sent by the carrier ↔ chunk k received by the agent. The first
                // 2 s wait in the bridge for the agent to connect; skip them.
                const auto *sent = carrier->sendTimes(sid);
                for (size_t k = 100; k < std::min(sent->size(), it->receivedNs.size()); ++k)
                    upMs.push_back(double(it->receivedNs[k] - (*sent)[k]) / 1e6);
                for (size_t k = 0; k < std::min(it->sentNs.size(), c->mediaReceivedNs.size()); ++k)
                    downMs.push_back(double(c->mediaReceivedNs[k] - it->sentNs[k]) / 1e6);
            }
        },
        Qt::BlockingQueuedConnection);

    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double callMinutes = std::max(1.0, double(callSeconds)) / 60.0;
    const qint64 lostUp = framesSent - framesReceived;
    const qint64 lostDown = (agentSent - agentStale) - carrierReceived;
    m_out << Qt::endl
          << tr("load results (%1 calls, %2 failed, wall %3 s)")
                 .arg(m_options.loadCalls)
                 .arg(failed)
                 .arg(double(wallNs) / 1e9, 0, 'f', 1)
          << Qt::endl;
    const auto handling = [this](const QString &what, const bridge::LatencyHistogram &h) {
        m_out << tr("bridge handling per %1: p50 %2 µs  p99 %3 µs  max %4 µs  (%5)")
                     .arg(what)
                     .arg(h.percentileUs(50))
                     .arg(h.percentileUs(99))
                     .arg(h.maxUs())
                     .arg(h.count())
              << Qt::endl;
    };
    handling(tr("frame, caller→agent"), st.callerToAgent);
    handling(tr("chunk, agent→caller"), st.agentToCaller);
    const auto endToEnd = [this](const QString &what, std::vector<double> &ms) {
        m_out << tr("end-to-end via loopback (includes sandbox thread delays), %1: p50 %2 ms  "
                    "p99 %3 ms  max %4 ms")
                     .arg(what)
                     .arg(percentile(ms, 50), 0, 'f', 2)
                     .arg(percentile(ms, 99), 0, 'f', 2)
                     .arg(percentile(ms, 100), 0, 'f', 2)
              << Qt::endl;
    };
    endToEnd(tr("caller→agent"), upMs);
    endToEnd(tr("agent→caller"), downMs);
    m_out << tr("frames lost or duplicated: caller→agent %1 of %2, agent→caller %3 of %4")
                 .arg(lostUp)
                 .arg(framesSent)
                 .arg(lostDown)
                 .arg(agentSent - agentStale)
          << Qt::endl;
    m_out << tr("bridge CPU %1 s (%2 s per call-minute); sandbox CPU %3 s (measured apart)")
                 .arg(double(bridgeCpu) / 1e9, 0, 'f', 2)
                 .arg(double(bridgeCpu) / 1e9 / callMinutes, 0, 'f', 4)
                 .arg(double(sandboxCpu) / 1e9, 0, 'f', 2)
          << Qt::endl;
    m_out << tr("Patchline CPU (every thread but the simulated parties: bridge, HTTP, storage, "
                "main) %1 s (%2 s per call-minute)")
                 .arg(double(patchlineCpu) / 1e9, 0, 'f', 2)
                 .arg(double(patchlineCpu) / 1e9 / callMinutes, 0, 'f', 4)
          << Qt::endl;
    const double perCallKiB =
        double(ru.ru_maxrss - m_idleRssKiB) / std::max(1, m_options.loadCalls);
    m_out << tr("peak RSS %1 MiB (idle %2 MiB, %3 KiB per call beyond idle)")
                 .arg(double(ru.ru_maxrss) / 1024.0, 0, 'f', 1)
                 .arg(double(m_idleRssKiB) / 1024.0, 0, 'f', 1)
                 .arg(perCallKiB, 0, 'f', 0)
          << Qt::endl;
    // What a shared database and disk must take per call (issue 20 §5, docs/scale-out.md):
    // the writes asked of the store and the recordings' bytes, after the queue is drained.
    qint64 dbWrites = 0, recordingBytes = 0;
    if (store::Storage *storage = m_engine->storage()) {
        storage->flush(); // the benchmark is over: waiting here delays no call
        dbWrites = storage->databaseWrites() - m_dbWritesStart;
        QDirIterator it(QDir(storage->dataDir()).filePath(QStringLiteral("recordings")),
                        {QStringLiteral("*.wav")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            recordingBytes += it.nextFileInfo().size();
    }
    m_out << tr("store: %1 database writes (%2 per call-minute), recordings %3 MiB (%4 MiB per "
                "call-hour)")
                 .arg(dbWrites)
                 .arg(double(dbWrites) / callMinutes, 0, 'f', 1)
                 .arg(double(recordingBytes) / 1048576.0, 0, 'f', 1)
                 .arg(double(recordingBytes) / 1048576.0 / (callMinutes / 60.0), 0, 'f', 1)
          << Qt::endl;
    if (m_options.abuse)
        m_out << m_engine->abuseFigures() << Qt::endl;
    // One machine-readable line for packaging/dev bench.
    m_out << QStringLiteral("figures calls=%1 failed=%2 call_minutes=%3 bridge_cpu_s=%4 "
                            "patchline_cpu_s=%5 sandbox_cpu_s=%6 frame_p99_us=%7 chunk_p99_us=%8 "
                            "e2e_up_p99_ms=%9 e2e_down_p99_ms=%10 lost=%11 rss_mib=%12 "
                            "rss_per_call_kib=%13 db_writes_per_cm=%14")
                 .arg(m_options.loadCalls)
                 .arg(failed)
                 .arg(callMinutes, 0, 'f', 3)
                 .arg(double(bridgeCpu) / 1e9, 0, 'f', 3)
                 .arg(double(patchlineCpu) / 1e9, 0, 'f', 3)
                 .arg(double(sandboxCpu) / 1e9, 0, 'f', 3)
                 .arg(st.callerToAgent.percentileUs(99))
                 .arg(st.agentToCaller.percentileUs(99))
                 .arg(percentile(upMs, 99), 0, 'f', 2)
                 .arg(percentile(downMs, 99), 0, 'f', 2)
                 .arg(std::abs(lostUp) + std::abs(lostDown))
                 .arg(double(ru.ru_maxrss) / 1024.0, 0, 'f', 1)
                 .arg(perCallKiB, 0, 'f', 0)
                 .arg(double(dbWrites) / callMinutes, 0, 'f', 1)
          << Qt::endl;
}

} // namespace patchline::app
