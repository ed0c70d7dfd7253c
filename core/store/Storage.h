#pragma once

#include "call/CallTypes.h"
#include "elevenlabs/PostCall.h"
#include "settings/StoreLocation.h"
#include "store/History.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace patchline::store {

class CallStore;
class StorageWorker;

/// The storage thread: the call log (SQLite, or PostgreSQL for teams, issue 20 §1) and the
/// WAV recorders, off the frame path.
/// Every method is thread-safe and returns at once; work is queued to the storage thread
/// in call order, so a slow disk never stalls a frame. Recording blocks are interleaved
/// stereo PCM16 at 8 kHz (caller L / agent R).
class Storage : public QObject
{
    Q_OBJECT
public:
    /// Starts the thread and opens `<dataDir>/patchline.sqlite`.
    explicit Storage(const QString &dataDir, QObject *parent = nullptr);
    /// Starts the thread and opens the call log at `where` (a SQLite file, or PostgreSQL);
    /// recordings stay under `dataDir`. `node` names this process's calls on a shared
    /// database ("" alone). A PostgreSQL server that cannot be reached is tried again with
    /// backoff; writes wait in memory meanwhile (see write()).
    Storage(const QString &dataDir, const settings::StoreLocation &where, const QString &node,
            QObject *parent = nullptr);

    /// How opening the call log went (blocks until the storage thread tried; call once at
    /// start-up, not on the frame path).
    enum class OpenState { Open, Unreachable, Failed };
    OpenState waitOpened(QString *error);
    ~Storage() override; ///< drains the queue, closes files, joins the thread

    void saveCall(const bridge::CallSnapshot &s);
    void addTranscript(quint64 callId, const bridge::TranscriptLine &line);
    /// Stores ElevenLabs post-call data (issue 6 §8).
    void savePostCall(const elevenlabs::PostCallData &data);
    /// Appends timeline events of a call (CallStore::addEvents).
    void addEvents(quint64 callId, const QList<bridge::CallEvent> &events);
    /// Marks the agent line at `offsetMs` as cut short by a barge-in.
    void markInterrupted(quint64 callId, qint64 offsetMs, qint64 heardMs = -1);

    /// `<dataDir>/recordings/<yyyy-MM-dd>/<CallSid>.wav` when `callSid` is a well-formed
    /// Twilio CallSid (isTwilioSid), else `…/call-<HHmmsszzz>-<callId>.wav`: a name we make,
    /// never a path from the network (issue 16 §2).
    QString recordingPathFor(const QString &callSid, quint64 callId) const;
    /// True when `path` lies inside the data folder once `..` and symbolic links are
    /// resolved (its folder must exist for the link check). Any thread.
    bool isInsideDataDir(const QString &path) const;
    /// Owner-only modes for what Patchline writes (issue 16 §4): folders 0700, files 0600.
    static void restrictDir(const QString &path);
    static void restrictFile(const QString &path);
    void openRecording(quint64 callId, const QString &path);
    void appendRecording(quint64 callId, const QByteArray &stereoPcm16);
    void closeRecording(quint64 callId);
    /// Appends messages to the call's wire log (JSON lines next to its recording,
    /// store::wireLogPathFor); secrets are redacted as the lines are written. When more than
    /// kMaxQueuedBytes (recording blocks included) wait for the storage thread, the entries
    /// are dropped and counted instead, and notice() says so once (issue 16 §3). Any thread;
    /// never blocks.
    void appendWireLog(quint64 callId, const QList<bridge::WireEntry> &entries);
    /// Wire-log lines dropped because the storage thread was behind (since start).
    qint64 wireLinesDropped() const { return m_wireLinesDropped.load(); }
    /// Database writes asked for since start: each is one transaction (a call row, a
    /// transcript line, a batch of events, post-call data, …). The load benchmark reports
    /// them per call-minute (issue 20 §5: what a shared database must sustain). Any thread.
    qint64 databaseWrites() const { return m_dbWrites.load(); }
    /// Bytes the storage queue may hold before wire-log lines are dropped: 32 MiB, about
    /// 2 s of 500 calls' recordings.
    static constexpr qint64 kMaxQueuedBytes = qint64(32) << 20;

    /// Writes `bytes` to `path` on the storage thread (atomically, via QSaveFile); `done(error)`
    /// then runs on `context`'s thread (empty error = written).
    void writeFile(const QString &path, const QByteArray &bytes, QObject *context,
                   std::function<void(const QString &error)> done);

    /// Deletes recordings of calls that ended more than `days` days ago (CallStore::
    /// pruneRecordings); reports how many through notice(). `days` ≤ 0 does nothing.
    void pruneRecordings(int days);

    /// Runs the history query on the storage thread (after every write queued before it);
    /// `done(rows, elapsedUs, error)` then runs on `context`'s thread. `elapsedUs` is the
    /// time the query took on the storage thread.
    void queryHistory(
        const HistoryFilter &filter, QObject *context,
        std::function<void(const QList<HistoryRow> &rows, qint64 elapsedUs, const QString &error)>
            done);
    /// Reads everything about one call; `done(record)` runs on `context`'s thread.
    void loadRecord(qint64 rowId, QObject *context,
                    std::function<void(const CallRecord &record)> done);

    /// Runs `op` with the call database on the storage thread, after every write queued
    /// before it; `done(result)` then runs on `context`'s thread (not at all when `context`
    /// is gone). For reads and for writes whose outcome the caller must know before it acts
    /// (a campaign row's claim before its REST create, issue 19). `op` must not block on
    /// anything but the database.
    template <typename R>
    void query(QObject *context, std::function<R(CallStore &)> op,
               std::function<void(const R &)> done)
    {
        auto result = std::make_shared<R>();
        QPointer<QObject> ctx = context;
        runOnStore([op = std::move(op), result](CallStore &s) { *result = op(s); },
                   [this, ctx, result, done = std::move(done)] {
                       replyTo(ctx, [done, result] { done(*result); });
                   });
    }

    /// True when this node shares its call database with other nodes (PostgreSQL and a node
    /// name): callbacks of calls it does not hold may belong to another node. Any thread.
    bool sharedWithNodes() const { return m_where.isPostgres() && !m_node.isEmpty(); }
    /// Issue 20 §2: when another node owns the call `callSid` (the newest call row with it),
    /// hands `body` of `kind` to that node (NodeStore::post: a row and a NOTIFY) and
    /// `done(owner, true)` says which; `done("", false)` when this node owns it, nobody does,
    /// the database is not shared, or the hand-over failed (then notice() says why);
    /// `done(owner, false)` when the owner is lost or stopped (nothing is posted: nobody would
    /// take it; its calls were closed by the lease janitor). `done` runs on this object's
    /// thread when `context` still exists.
    void handOver(const QString &callSid, const QString &kind, const QString &body,
                  QObject *context, std::function<void(const QString &owner, bool delivered)> done);

    /// Blocks the caller until everything queued so far is on disk (tests, shutdown).
    /// Never call from an event-loop thread on the frame path.
    void flush();

    /// The SQLite file, or the PostgreSQL URL without its password.
    QString databasePath() const { return m_dbPath; }
    /// Database writes that met a lost connection and were written after reconnecting, and
    /// reconnections (since start; storage thread's count, read after flush()). Tests.
    int reconnects() const { return m_reconnects.load(); }
    /// False while the database cannot be reached and writes wait in memory (or it was
    /// unreachable at start and has not been reached since). Any thread.
    bool reachable() const { return !m_unreachable.load(std::memory_order_relaxed); }
    /// Starts taking this node's hand-overs (emitting handedOver() for each): call it after
    /// connecting to handedOver(), so none is taken before anyone receives it. Until then
    /// they wait in the database. Any thread.
    void takeHandOvers();
    /// The data folder (recordings, suites, the database). Any thread.
    QString dataDir() const { return m_dataDir; }

signals:
    /// Something the operator should know, from the storage thread (a file cannot be
    /// created, the disk is full, calls recovered after a crash).
    void notice(const QString &message);
    /// Another node handed this node something about one of its calls (issue 20 §2), e.g. a
    /// Twilio status callback that reached the other node: `kind` "twilio-status", `body`
    /// its form fields URL-encoded. From the storage thread.
    void handedOver(const QString &kind, const QString &body);

private:
    /// Runs `done` on this object's thread if `ctx` still exists there (issue 16 §6: the
    /// context is checked on its own thread, not on the storage thread before posting).
    void replyTo(const QPointer<QObject> &ctx, std::function<void()> done);

public:
    /// Runs a database write on the storage thread in call order. A write the database
    /// refuses for a passing reason (locked by another process past the 1 s busy timeout,
    /// disk full, the PostgreSQL server gone or restarting) waits in memory with every later
    /// write, retried after 1 s, then 2, 4, 8 s (PostgreSQL: reconnecting first), and the
    /// operator is told through notice() when it starts and ends (issue 16 §10, issue 20 §1).
    /// At most 50,000 writes wait; beyond that they are dropped and counted. Any thread.
    void write(std::function<bool(CallStore &)> op);

private:
    /// Runs `op` then `after` on the storage thread (query()).
    void runOnStore(std::function<void(CallStore &)> op, std::function<void()> after);
    void retryWaiting(StorageWorker *w); ///< storage thread
    void dequeued(qint64 bytes);         ///< storage thread: a queued block was taken

    std::atomic<qint64> m_queuedBytes{0};
    std::atomic<qint64> m_wireLinesDropped{0};
    std::atomic<qint64> m_dbWrites{0};
    std::atomic<bool> m_dropping{false};
    std::atomic<int> m_reconnects{0};
    std::atomic<bool> m_unreachable{false};
    std::atomic<bool> m_takesHandOvers{false}; ///< takeHandOvers() was called

    QString m_dataDir;
    QString m_dbPath;
    settings::StoreLocation m_where;
    QString m_node;
    void openOnThread(); ///< storage thread
    /// Storage thread: opens the call log if a start-up attempt met an unreachable server,
    /// reconnects a lost PostgreSQL connection; false while the database is out of reach.
    bool ready(StorageWorker *w);
    /// Storage thread, before a read: writes that wait go first (when they can).
    void catchUp(StorageWorker *w);
    /// Storage thread: LISTENs for messages of this node (after every connect) and takes
    /// those already waiting (issue 20 §2).
    void listen(StorageWorker *w);
    /// Storage thread: takes this node's messages and emits handedOver() for each.
    void takeMessages(StorageWorker *w);
    QThread m_thread;
    StorageWorker *m_worker = nullptr; ///< lives on m_thread, deleted when it finishes
};

} // namespace patchline::store
