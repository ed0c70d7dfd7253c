#include "engine/SuiteRunner.h"

#include "audio/Overview.h"
#include "call/Stats.h"
#include "elevenlabs/PostCall.h"
#include "engine/Engine.h"
#include "store/CallStore.h"
#include "store/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <memory>

namespace patchline::engine {

namespace {
/// A replay that has not ended this long after its original's length is hung up.
constexpr qint64 kEndSlackMs = 120000;
constexpr int kPollMs = 1000;
/// ElevenLabs' record is read again this often while it is still processing.
constexpr qint64 kAskAgainMs = 10000;
} // namespace

SuiteRunner::SuiteRunner(Engine *engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_poll(this)
{
    qRegisterMetaType<suite::CaseResult>();
    qRegisterMetaType<suite::SuiteRun>();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &SuiteRunner::poll);
    connect(m_engine, &Engine::updates, this, &SuiteRunner::onUpdates);
    connect(m_engine, &Engine::conversationFetched, this,
            [this](const elevenlabs::ConversationDetails &d, const QString &error) {
                if (!error.isEmpty() || d.conversationId.isEmpty() || d.status != u"done")
                    return;
                // ElevenLabs' record has the same `analysis` as the webhook's `data`
                // (reference/elevenlabs.md §7.4, §8).
                const QByteArray body =
                    QJsonDocument(QJsonObject{{QStringLiteral("type"),
                                               QStringLiteral("post_call_transcription")},
                                              {QStringLiteral("data"), d.raw}})
                        .toJson(QJsonDocument::Compact);
                elevenlabs::PostCallData data;
                // Only the conversations this run asked for (others are someone else's
                // browsing; their records are not ours to store).
                if (!m_running || !m_asked.contains(d.conversationId) ||
                    !elevenlabs::parsePostCall(body, data, nullptr))
                    return;
                // Used by poll() for the case whose replay had this conversation.
                m_fetched.insert(data.conversationId, data);
                m_engine->storage()->savePostCall(data); // History shows it too
            });
}

qint64 SuiteRunner::nowMs() const
{
    return bridge::monotonicNs() / 1000000;
}

void SuiteRunner::start(const QString &suiteName, const QString &agentId, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_options = options;
    m_options.concurrency = std::clamp(options.concurrency, 1, 20);
    m_agentId = agentId.trimmed();
    m_run = {};
    m_run.suiteName = suiteName.trimmed();
    m_run.agentId = m_agentId;
    m_run.startedAt = QDateTime::currentDateTime();
    m_cases.clear();
    m_byCallId.clear();
    m_fetched.clear();
    m_asked.clear();
    m_next = m_active = m_done = 0;

    struct Loaded
    {
        qint64 suiteId = 0;
        QJsonObject rules;
        QList<Case> cases;
        QString error;
    };
    store::Storage *storage = m_engine->storage();
    const QString dataDir = storage->dataDir();
    const QString name = m_run.suiteName;
    storage->query<Loaded>(
        this,
        [name, dataDir](store::CallStore &s) {
            Loaded l;
            store::SuiteStore suites(s.connectionName(), dataDir);
            l.suiteId = suites.suiteId(name);
            if (!l.suiteId) {
                QStringList names;
                for (const store::SuiteSummary &x : suites.list())
                    names << x.name;
                l.error =
                    names.isEmpty()
                        ? tr("No suite named “%1”, and there are none yet: select recorded calls "
                             "in History and choose Add to suite….")
                              .arg(name.left(80))
                        : tr("No suite named “%1”. Suites: %2.")
                              .arg(name.left(80), names.join(QStringLiteral(", ")));
                return l;
            }
            for (const store::SuiteSummary &x : suites.list())
                if (x.id == l.suiteId)
                    l.rules = x.rules;
            for (const store::SuiteCase &c : suites.cases(l.suiteId)) {
                Case k;
                k.stored = c;
                k.original = s.record(c.callRow);
                l.cases.append(k);
            }
            if (l.cases.isEmpty())
                l.error = tr("Suite “%1” has no cases: add recorded calls to it from History "
                             "(Add to suite…).")
                              .arg(name.left(80));
            return l;
        },
        [this](const Loaded &l) { loaded(l.suiteId, l.rules, l.cases, l.error); });
}

void SuiteRunner::loaded(qint64 suiteId, const QJsonObject &rules, const QList<Case> &cases,
                         const QString &error)
{
    m_run.suiteId = suiteId;
    m_run.rules = suite::SuiteRules::fromJson(rules);
    if (!error.isEmpty() || m_cancelled) {
        finishRun(!error.isEmpty() ? error : tr("cancelled before any case ran"));
        return;
    }
    m_cases = cases;
    emit log(tr("suite %1: %n case(s), %2 at once, against %3", nullptr, int(m_cases.size()))
                 .arg(m_run.suiteName)
                 .arg(m_options.concurrency)
                 .arg(m_agentId.isEmpty() ? tr("each case's own agent") : m_agentId));
    m_poll.start();
    launchMore();
}

void SuiteRunner::launchMore()
{
    while (!m_cancelled && m_active < m_options.concurrency && m_next < m_cases.size()) {
        const int index = m_next++;
        Case &c = m_cases[index];
        ++m_active;
        c.startedAtMs = nowMs();
        if (!c.original.found) {
            suite::CaseResult r;
            r.caseId = c.stored.id;
            r.originalCallSid = c.stored.callSid;
            r.error = tr("the original call is no longer in the call log");
            finishCase(index, r);
            continue;
        }
        const QString agent = !m_agentId.isEmpty() ? m_agentId : c.stored.agentId;
        emit log(tr("case %1/%2 %3: replaying to %4")
                     .arg(index + 1)
                     .arg(m_cases.size())
                     .arg(c.stored.callSid, agent.isEmpty() ? tr("the default agent") : agent));
        m_engine->startReplay(c.stored.recordingPath, agent, c.stored.callSid, this,
                              [this, index](quint64 callId, const QString &error) {
                                  if (index >= m_cases.size() || m_cases[index].done)
                                      return;
                                  if (!callId) {
                                      suite::CaseResult r;
                                      r.caseId = m_cases[index].stored.id;
                                      r.originalCallSid = m_cases[index].stored.callSid;
                                      r.originalRowId = m_cases[index].stored.callRow;
                                      r.error = tr("the replay did not start: %1").arg(error);
                                      finishCase(index, r);
                                      return;
                                  }
                                  m_cases[index].callId = callId;
                                  m_byCallId.insert(callId, index);
                                  if (m_cancelled)
                                      m_engine->hangup(callId);
                              });
    }
}

void SuiteRunner::onUpdates(const QList<bridge::CallUpdate> &batch)
{
    if (!m_running)
        return;
    for (const bridge::CallUpdate &u : batch) {
        const auto it = m_byCallId.constFind(u.snapshot.id);
        if (it == m_byCallId.constEnd())
            continue;
        Case &c = m_cases[*it];
        if (u.snapshot.state == bridge::CallState::Ended && !c.ended) {
            c.ended = true;
            c.endedAtMs = nowMs();
        }
    }
}

void SuiteRunner::poll()
{
    if (m_polling)
        return; // the previous read has not come back yet
    QList<int> waiting;
    const qint64 now = nowMs();
    for (int i = 0; i < m_cases.size(); ++i) {
        Case &c = m_cases[i];
        if (c.done || !c.callId)
            continue;
        if (!c.ended) {
            // A replay that never ends (the agent keeps talking, the line hangs): hang up.
            if (now - c.startedAtMs > c.original.row.durationMs + kEndSlackMs)
                m_engine->hangup(c.callId);
            continue;
        }
        waiting << i;
    }
    if (waiting.isEmpty())
        return;
    m_polling = true;
    QList<quint64> ids;
    for (int i : std::as_const(waiting))
        ids << m_cases[i].callId;
    m_engine->storage()->query<QList<store::CallRecord>>(
        this,
        [ids](store::CallStore &s) {
            QList<store::CallRecord> out;
            for (quint64 id : ids) {
                const qint64 row = s.rowIdOf(id);
                out.append(row ? s.record(row) : store::CallRecord{});
            }
            return out;
        },
        [this, waiting](const QList<store::CallRecord> &records) {
            m_polling = false;
            const qint64 now = nowMs();
            for (int k = 0; k < waiting.size() && k < records.size(); ++k) {
                const int i = waiting.at(k);
                Case &c = m_cases[i];
                if (c.done)
                    continue;
                store::CallRecord replay = records.at(k);
                const qint64 waited = now - c.endedAtMs;
                if (!replay.found) {
                    // Not stored yet; a row that never comes (the database is failing or
                    // locked) must not hold the run forever.
                    if (waited > m_options.analysisWaitMs || m_cancelled) {
                        suite::CaseResult r;
                        r.originalCallSid = c.stored.callSid;
                        r.originalRowId = c.stored.callRow;
                        r.error = tr("the replay call never reached the call log (is the data "
                                     "folder writable? see the log)");
                        finishCase(i, r);
                    }
                    continue;
                }
                const bool wantsAnalysis = !c.original.postCall.conversationId.isEmpty();
                const QString conv = replay.row.conversationId;
                if (replay.postCall.conversationId.isEmpty() && m_fetched.contains(conv))
                    replay.postCall = m_fetched.value(conv);
                const bool haveAnalysis = !replay.postCall.conversationId.isEmpty();
                if (!wantsAnalysis || haveAnalysis) {
                    judge(i, replay, false);
                } else if (conv.isEmpty() || waited > m_options.analysisWaitMs || m_cancelled) {
                    judge(i, replay, true);
                } else if (waited > m_options.analysisAskMs &&
                           (c.askedAtMs == 0 || now - c.askedAtMs > kAskAgainMs)) {
                    // Until the webhook or a finished record arrives ("processing" at first).
                    c.askedAtMs = now;
                    m_asked.insert(conv);
                    m_engine->requestConversation(conv);
                }
            }
        });
}

void SuiteRunner::judge(int index, const store::CallRecord &replay, bool analysisMissing)
{
    Case &c = m_cases[index];
    suite::CaseResult r = suite::judgeCase(c.original, replay, m_run.rules, analysisMissing);
    r.caseId = c.stored.id;
    if (r.agentId.isEmpty())
        r.agentId = !m_agentId.isEmpty() ? m_agentId : c.stored.agentId;
    finishCase(index, r);
}

void SuiteRunner::finishCase(int index, suite::CaseResult result)
{
    Case &c = m_cases[index];
    if (c.done)
        return;
    c.done = true;
    --m_active;
    ++m_done;
    if (result.caseId == 0)
        result.caseId = c.stored.id;
    if (!result.error.isEmpty())
        result.passed = false;
    m_run.cases.append(result);
    emit log(result.passed
                 ? tr("case %1/%2 %3: passed")
                       .arg(index + 1)
                       .arg(m_cases.size())
                       .arg(result.originalCallSid)
                 : tr("case %1/%2 %3: FAILED: %4")
                       .arg(index + 1)
                       .arg(m_cases.size())
                       .arg(result.originalCallSid, result.failures().join(QStringLiteral("; "))));
    emit caseFinished(result, m_done, int(m_cases.size()));
    if (m_done == m_cases.size()) {
        finishRun();
        return;
    }
    launchMore();
    finishIfCancelled();
}

void SuiteRunner::finishIfCancelled()
{
    if (m_cancelled && m_active == 0 && m_running && !m_finishing) {
        // Cases never started: failed as cancelled, so the report lists every case.
        for (int i = 0; i < m_cases.size(); ++i) {
            if (m_cases[i].done)
                continue;
            suite::CaseResult r;
            r.originalCallSid = m_cases[i].stored.callSid;
            r.originalRowId = m_cases[i].stored.callRow;
            r.error = tr("cancelled before it ran");
            m_cases[i].done = true;
            ++m_done;
            r.caseId = m_cases[i].stored.id;
            m_run.cases.append(r);
        }
        finishRun();
    }
}

void SuiteRunner::cancel()
{
    if (!m_running || m_cancelled || m_finishing)
        return; // nothing to cancel once the report is being stored
    m_cancelled = true;
    m_run.cancelled = true;
    emit log(tr("suite %1: cancelled; hanging up the replays still live").arg(m_run.suiteName));
    for (const Case &c : std::as_const(m_cases))
        if (c.callId && !c.ended)
            m_engine->hangup(c.callId);
    if (!m_cases.isEmpty())
        finishIfCancelled();
    // Still loading: loaded() sees m_cancelled.
}

void SuiteRunner::finishRun(const QString &error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_poll.stop();
    m_run.finishedAt = QDateTime::currentDateTime();
    // Cases in the suite's order, whatever order they finished in.
    std::stable_sort(
        m_run.cases.begin(), m_run.cases.end(),
        [](const suite::CaseResult &a, const suite::CaseResult &b) { return a.caseId < b.caseId; });
    if (!error.isEmpty() || !m_run.suiteId) {
        m_running = false;
        m_finishing = false;
        emit finished(m_run, error);
        return;
    }
    const QJsonObject report = m_run.toJson();
    const qint64 suiteId = m_run.suiteId;
    const int passed = m_run.passedCount(), failed = m_run.failedCount();
    store::Storage *storage = m_engine->storage();
    const QString dataDir = storage->dataDir();
    struct Saved
    {
        qint64 id = 0;
        QString error;
    };
    storage->query<Saved>(
        this,
        [=](store::CallStore &s) {
            store::SuiteStore suites(s.connectionName(), dataDir);
            Saved r;
            r.id = suites.saveRun(suiteId, report, passed, failed);
            if (!r.id)
                r.error = suites.errorString();
            return r;
        },
        [this](const Saved &saved) {
            m_run.id = saved.id;
            m_running = false;
            m_finishing = false;
            emit finished(m_run,
                          saved.error.isEmpty()
                              ? QString()
                              : tr("the run's report could not be stored: %1").arg(saved.error));
        });
}

void SuiteRunner::exportHtml(Engine *engine, const suite::SuiteRun &run, const QString &path,
                             QObject *context, std::function<void(const QString &error)> done)
{
    // The recordings' paths from the store (the original from the suite's own copy, which
    // retention never deletes), then the waveforms on a pool thread, then the file written on
    // the storage thread (QSaveFile). The pool task holds no pointer into the Engine: the
    // result goes back through `context`, which checks that the storage is still there.
    QPointer<store::Storage> storage = engine->storage();
    const QString dataDir = storage->dataDir();
    QList<QPair<qint64, QPair<qint64, qint64>>> rows; // case id → (original row, replay row)
    for (const suite::CaseResult &c : run.cases)
        rows.append({c.caseId, {c.originalRowId, c.replayRowId}});
    using Paths = QList<QPair<qint64, QPair<QString, QString>>>;
    QPointer<QObject> ctx = context;
    const qint64 suiteId = run.suiteId;
    storage->query<Paths>(
        context,
        [rows, suiteId, dataDir](store::CallStore &s) {
            QHash<qint64, QString> copies;
            for (const store::SuiteCase &c :
                 store::SuiteStore(s.connectionName(), dataDir).cases(suiteId))
                copies.insert(c.id, c.recordingPath);
            Paths out;
            for (const auto &[caseId, ids] : rows) {
                QString original = copies.value(caseId);
                if (original.isEmpty() && ids.first)
                    original = s.record(ids.first).row.recordingPath;
                out.append(
                    {caseId,
                     {original, ids.second ? s.record(ids.second).row.recordingPath : QString()}});
            }
            return out;
        },
        [storage, dataDir, run, path, ctx, done](const Paths &paths) {
            QThreadPool::globalInstance()->start([storage, dataDir, run, path, ctx, done, paths] {
                QHash<qint64, suite::CaseWaves> waves;
                const QString cache = QDir(dataDir).filePath(QStringLiteral("cache"));
                for (const auto &[caseId, files] : paths) {
                    suite::CaseWaves w;
                    if (!files.first.isEmpty())
                        audio::loadOverview(files.first, cache, w.original);
                    if (!files.second.isEmpty())
                        audio::loadOverview(files.second, cache, w.replay);
                    waves.insert(caseId, w);
                }
                const QByteArray html = suite::htmlReport(run, waves);
                // Back on the context's thread (it owns the QPointers' objects' lifetimes).
                QMetaObject::invokeMethod(qApp, [storage, path, html, ctx, done] {
                    if (ctx && storage)
                        storage->writeFile(path, html, ctx, done);
                });
            });
        });
}

} // namespace patchline::engine
