#include "store/Storage.h"

#include "audio/CallTimeline.h"
#include "audio/WavFile.h"
#include "settings/Redact.h"
#include "store/CallStore.h"
#include "store/Export.h"
#include "store/NodeStore.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

#include <climits>
#include <deque>

#include <span>

namespace patchline::store {

class StorageWorker : public QObject
{
public:
    using Write = std::function<bool(CallStore &)>;
    CallStore store;
    QHash<quint64, std::shared_ptr<audio::WavWriter>> recorders;
    QHash<quint64, std::shared_ptr<QFile>> wireLogs;
    /// Database writes that met a locked or full database, in call order (issue 16 §10).
    std::deque<Write> waiting;
    QTimer *retry = nullptr; ///< child, created on the storage thread
    int retryMs = 0;         ///< the next retry's delay (backoff)
    bool opened = false;     ///< the call log is open (else tried again before each write)
    bool openTransient = false;
    QSqlDriver *listening = nullptr; ///< the driver whose notifications reach takeMessages()
    int reopened = 0; ///< connections the driver opened again by itself (see Storage::ready)
    QString openError;

    /// Whether the last failure (to open, or of a write) may pass, and what it was.
    bool transient() const { return opened ? store.lastErrorTransient() : openTransient; }
    QString error() const { return opened ? store.errorString() : openError; }
    qint64 refused = 0;     ///< writes the database refused for good (not locked, not full)
    qint64 overflowed = 0;  ///< writes lost since the database blocked: waiting was full
    qint64 waitedTotal = 0; ///< writes that waited since the database last blocked
    qint64 unreported = 0;  ///< refusals not yet named in a notice (rate limit)
    QElapsedTimer lastRefusalNotice;

    /// Tells the operator of a permanent refusal, at most once per kRefusalNoticeMs (a
    /// broken database refuses every row of every call: one notice, not thousands).
    void noteRefusal(Storage *s, const QString &error);
};

namespace {
constexpr std::size_t kMaxWaitingWrites = 50000; ///< ≈ hours of calls' rows; then dropped
constexpr int kRetryMs = 1000;
constexpr int kMaxRetryMs = 8000;
constexpr int kRefusalNoticeMs = 10000;
} // namespace

void StorageWorker::noteRefusal(Storage *s, const QString &error)
{
    ++refused;
    if (lastRefusalNotice.isValid() && lastRefusalNotice.elapsed() < kRefusalNoticeMs) {
        ++unreported;
        return;
    }
    lastRefusalNotice.start();
    QString text = Storage::tr("the call database refused a change: %1").arg(error);
    if (unreported > 0)
        text += Storage::tr(" (and %n more since the last notice)", nullptr, int(unreported));
    unreported = 0;
    emit s->notice(text);
}

Storage::Storage(const QString &dataDir, QObject *parent)
    : Storage(
          dataDir,
          settings::StoreLocation::file(QDir(dataDir).filePath(QStringLiteral("patchline.sqlite"))),
          QString(), parent)
{}

Storage::Storage(const QString &dataDir, const settings::StoreLocation &where, const QString &node,
                 QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_dbPath(where.display()), m_where(where), m_node(node)
{
    QDir().mkpath(dataDir);
    restrictDir(dataDir); // issue 16 §4: the call log and recordings are the owner's only
    m_thread.setObjectName(QStringLiteral("storage"));
    m_worker = new StorageWorker; // owned by the thread: deleted on finished
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [this] { openOnThread(); });
}

void Storage::openOnThread()
{
    StorageWorker *w = m_worker;
    w->store.close();
    w->store.setNode(m_node);
    w->opened = w->store.open(m_where);
    w->openError = w->opened ? QString() : w->store.errorString();
    w->openTransient = !w->opened && w->store.lastErrorTransient() && m_where.isPostgres();
    m_unreachable.store(w->openTransient || !w->waiting.empty(), std::memory_order_relaxed);
    if (!w->opened) {
        emit notice(w->openTransient
                        ? tr("%1; calls go on and their records wait in memory until it can be "
                             "reached")
                              .arg(w->openError)
                        : w->openError);
        return;
    }
    if (!m_where.isPostgres())
        for (const char *suffix : {"", "-wal", "-shm"})
            if (QFile::exists(m_dbPath + QLatin1String(suffix)))
                restrictFile(m_dbPath + QLatin1String(suffix));
    if (w->store.recoveredCalls() > 0)
        emit notice(tr("%n call(s) were left open when Patchline last stopped; they are now "
                       "marked interrupted, with recording and transcript kept",
                       nullptr, w->store.recoveredCalls()));
    listen(w);
}

void Storage::listen(StorageWorker *w)
{
    if (!sharedWithNodes())
        return;
    QSqlDriver *driver = QSqlDatabase::database(w->store.connectionName(), false).driver();
    if (!driver)
        return;
    if (!driver->subscribeToNotification(QString::fromLatin1(NodeStore::kNotifyChannel)))
        emit notice(
            tr("cannot listen for other nodes' messages: %1").arg(driver->lastError().text()));
    if (w->listening != driver) {
        w->listening = driver;
        connect(
            driver, &QSqlDriver::notification, w,
            [this, w](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (payload.toString() == m_node)
                    takeMessages(w);
            });
    }
    takeMessages(w); // what was handed over while this node was not listening
}

void Storage::takeMessages(StorageWorker *w)
{
    // Taken (deleted) only once someone receives handedOver(): before that they stay stored.
    if (!m_takesHandOvers.load(std::memory_order_acquire) || !w->opened)
        return;
    NodeStore nodes(w->store.connectionName());
    const auto messages = nodes.take(m_node);
    if (!nodes.errorString().isEmpty())
        emit notice(tr("cannot read other nodes' messages: %1").arg(nodes.errorString()));
    for (const auto &[kind, body] : messages)
        emit handedOver(kind, body);
}

void Storage::takeHandOvers()
{
    m_takesHandOvers.store(true, std::memory_order_release);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker] {
        if (sharedWithNodes())
            takeMessages(w);
    });
}

void Storage::handOver(const QString &callSid, const QString &kind, const QString &body,
                       QObject *context,
                       std::function<void(const QString &owner, bool delivered)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(
        m_worker, [this, w = m_worker, callSid, kind, body, ctx, done = std::move(done)] {
            QString owner;
            bool running = false;
            if (sharedWithNodes() && w->opened) {
                catchUp(w);
                NodeStore nodes(w->store.connectionName());
                owner = nodes.ownerOf(callSid, &running);
                if (owner == m_node)
                    owner.clear();
                if (!owner.isEmpty() && running && !nodes.post(owner, kind, body)) {
                    emit notice(tr("cannot hand a %1 for call %2 to node %3: %4")
                                    .arg(kind, callSid, owner, nodes.errorString()));
                    owner.clear();
                }
            }
            const bool delivered = !owner.isEmpty() && running;
            replyTo(ctx, [done, owner, delivered] { done(owner, delivered); });
        });
}

bool Storage::ready(StorageWorker *w)
{
    if (!w->opened) {
        if (w->openTransient)
            openOnThread(); // the server was unreachable at start: try again
        return w->opened;
    }
    const int before = w->store.reconnects();
    const bool ok = w->store.reconnectIfLost();
    bool relisten = ok && w->store.reconnects() != before;
    // QPSQL notices a dead server on its notification socket first (when it LISTENs) and marks
    // itself closed; the next QSqlDatabase::database() opens it again silently, without the
    // LISTEN. Seen as no subscription on an open driver: count it and listen anew.
    if (ok && !relisten && w->listening && sharedWithNodes()) {
        const QSqlDatabase db = QSqlDatabase::database(w->store.connectionName(), false);
        if (db.isOpen() && db.driver() && db.driver()->subscribedToNotifications().isEmpty()) {
            ++w->reopened;
            relisten = true;
        }
    }
    m_reconnects.store(w->store.reconnects() + w->reopened, std::memory_order_relaxed);
    if (relisten)
        listen(w); // a new connection listens anew
    return ok;
}

void Storage::catchUp(StorageWorker *w)
{
    // Reads and runOnStore() work come after the writes queued before them, so each one tries
    // the waiting writes first, even between the retry timer's rounds: skipping that would let
    // a write-like operation (a campaign claim, a heartbeat) overtake them once QPSQL reopens
    // its connection by itself. The cost: during an outage each such call may block this
    // thread up to libpq's connect_timeout (5 s).
    if (!w->waiting.empty())
        retryWaiting(w); // reads after the writes queued before them
    else
        ready(w);
}

Storage::OpenState Storage::waitOpened(QString *error)
{
    OpenState state = OpenState::Open;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, &state, error] {
            if (w->opened)
                return;
            state = w->openTransient ? OpenState::Unreachable : OpenState::Failed;
            if (error)
                *error = w->openError;
        },
        Qt::BlockingQueuedConnection);
    return state;
}

Storage::~Storage()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, w = m_worker] {
            w->recorders.clear();
            if (!w->waiting.empty()) // one last try (≤ 1 s busy timeout) before closing
                retryWaiting(w);
            w->store.close();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Storage::writeFile(const QString &path, const QByteArray &bytes, QObject *context,
                        std::function<void(const QString &)> done)
{
    QMetaObject::invokeMethod(
        m_worker, [this, path, bytes, ctx = QPointer<QObject>(context), done] {
            QSaveFile f(path);
            QString error;
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
                error = tr("cannot write %1: %2").arg(path, f.errorString());
            else
                restrictFile(path);
            replyTo(ctx, [done, error] { done(error); });
        });
}

void Storage::pruneRecordings(int days)
{
    if (days <= 0)
        return;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, days] {
        const int n = w->store.pruneRecordings(days);
        if (n > 0)
            emit notice(
                tr("%n recording(s) older than %1 days deleted (Settings → Recording)", nullptr, n)
                    .arg(days));
    });
}

void Storage::saveCall(const bridge::CallSnapshot &s)
{
    write([s](CallStore &st) { return st.saveCall(s); });
}

void Storage::addTranscript(quint64 callId, const bridge::TranscriptLine &line)
{
    write([callId, line](CallStore &st) { return st.addTranscript(callId, line); });
}

void Storage::savePostCall(const elevenlabs::PostCallData &data)
{
    write([data](CallStore &st) { return st.savePostCall(data); });
}

void Storage::addEvents(quint64 callId, const QList<bridge::CallEvent> &events)
{
    write([callId, events](CallStore &st) { return st.addEvents(callId, events); });
}

void Storage::write(std::function<bool(CallStore &)> op)
{
    m_dbWrites.fetch_add(1, std::memory_order_relaxed);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, op = std::move(op)]() mutable {
        if (w->waiting.empty()) {
            if (ready(w) && op(w->store))
                return;
            if (!w->transient()) {
                w->noteRefusal(this, w->error());
                return;
            }
            emit notice(m_where.isPostgres()
                            ? tr("the call database cannot be reached (%1); calls go on, and "
                                 "their records wait in memory and are written when it is back")
                                  .arg(w->error())
                            : tr("the call database is locked by another program or the disk is "
                                 "full (%1); changes wait in memory and are written when it is "
                                 "free again")
                                  .arg(w->error()));
            if (!w->retry) {
                w->retry = new QTimer(w);
                w->retry->setSingleShot(true);
                connect(w->retry, &QTimer::timeout, w, [this, w] { retryWaiting(w); });
            }
            w->retryMs = kRetryMs;
            w->retry->start(w->retryMs);
            w->waitedTotal = 0;
            w->overflowed = 0;
        }
        if (w->waiting.size() >= kMaxWaitingWrites) {
            if (w->overflowed++ == 0)
                emit notice(tr("the call database has been unavailable too long; further "
                               "changes are dropped until it is free"));
            return;
        }
        w->waiting.push_back(std::move(op));
        m_unreachable.store(true, std::memory_order_relaxed);
        ++w->waitedTotal;
    });
}

void Storage::retryWaiting(StorageWorker *w)
{
    // Still out of reach: the next try comes later, up to kMaxRetryMs apart (backoff).
    const auto later = [w] {
        w->retryMs = std::min(w->retryMs * 2, kMaxRetryMs);
        w->retry->start(w->retryMs);
    };
    if (!ready(w))
        return later();
    while (!w->waiting.empty()) {
        if (!w->waiting.front()(w->store)) {
            if (w->transient())
                return later();
            w->noteRefusal(this, w->error());
        }
        w->waiting.pop_front();
    }
    w->retry->stop();
    m_unreachable.store(false, std::memory_order_relaxed);
    QString text = tr("the call database is writable again; %n waiting change(s) written", nullptr,
                      int(w->waitedTotal));
    if (w->overflowed > 0)
        text +=
            tr("; %n change(s) were lost while it was unavailable", nullptr, int(w->overflowed));
    emit notice(text);
}

void Storage::queryHistory(
    const HistoryFilter &filter, QObject *context,
    std::function<void(const QList<HistoryRow> &, qint64, const QString &)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, filter, ctx, done = std::move(done)] {
        catchUp(w);
        QElapsedTimer timer;
        timer.start();
        QString error;
        const QList<HistoryRow> rows = w->store.history(filter, &error);
        const qint64 us = timer.nsecsElapsed() / 1000;
        replyTo(ctx, [done, rows, us, error] { done(rows, us, error); });
    });
}

void Storage::runOnStore(std::function<void(CallStore &)> op, std::function<void()> after)
{
    QMetaObject::invokeMethod(m_worker,
                              [this, w = m_worker, op = std::move(op), after = std::move(after)] {
                                  catchUp(w);
                                  op(w->store);
                                  after();
                              });
}

void Storage::loadRecord(qint64 rowId, QObject *context,
                         std::function<void(const CallRecord &)> done)
{
    QPointer<QObject> ctx = context;
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, rowId, ctx, done = std::move(done)] {
        catchUp(w);
        const CallRecord rec = w->store.record(rowId);
        replyTo(ctx, [done, rec] { done(rec); });
    });
}

void Storage::markInterrupted(quint64 callId, qint64 offsetMs, qint64 heardMs)
{
    write([callId, offsetMs, heardMs](CallStore &st) {
        return st.markInterrupted(callId, offsetMs, heardMs);
    });
}

void Storage::replyTo(const QPointer<QObject> &ctx, std::function<void()> done)
{
    // Posted to this long-lived object (it outlives the storage thread's queue) and checked
    // here, on the thread that deletes the context: no window between check and call.
    QMetaObject::invokeMethod(this, [ctx, done = std::move(done)] {
        if (ctx)
            done();
    });
}

QString Storage::recordingPathFor(const QString &callSid, quint64 callId) const
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString name = bridge::isTwilioSid(callSid, u"CA")
                             ? callSid
                             : QStringLiteral("call-%1-%2")
                                   .arg(now.toString(QStringLiteral("HHmmsszzz")))
                                   .arg(callId);
    return QDir(m_dataDir).filePath(
        QStringLiteral("recordings/%1/%2.wav").arg(now.date().toString(Qt::ISODate), name));
}

bool Storage::isInsideDataDir(const QString &path) const
{
    const QString root = QDir(m_dataDir).canonicalPath();
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (root.isEmpty() ||
        !clean.startsWith(QDir::cleanPath(QFileInfo(m_dataDir).absoluteFilePath()) + u'/'))
        return false;
    // Symbolic links: the existing folder, resolved, must still be inside.
    const QString dir = QFileInfo(clean).absolutePath();
    const QString canonicalDir = QDir(dir).canonicalPath();
    return canonicalDir.isEmpty() || canonicalDir == root || canonicalDir.startsWith(root + u'/');
}

void Storage::restrictDir(const QString &path)
{
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void Storage::restrictFile(const QString &path)
{
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void Storage::openRecording(quint64 callId, const QString &path)
{
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, callId, path] {
        // issue 16 §2: whatever named it, a recording never leaves the data folder.
        if (!isInsideDataDir(path)) {
            emit notice(tr("refused to record call %1 to %2: the path is outside the data "
                           "folder %3")
                            .arg(callId)
                            .arg(path.left(200), m_dataDir));
            return;
        }
        const QString dir = QFileInfo(path).absolutePath();
        QDir().mkpath(dir);
        restrictDir(QFileInfo(dir).absolutePath()); // recordings/
        restrictDir(dir);                           // recordings/<date>/
        if (!isInsideDataDir(path)) {               // a symbolic link inside pointed out of it
            emit notice(tr("refused to record call %1 to %2: the folder leads outside the data "
                           "folder %3")
                            .arg(callId)
                            .arg(path.left(200), m_dataDir));
            return;
        }
        auto writer = std::make_shared<audio::WavWriter>();
        if (!writer->open(path, audio::CallTimeline::kSampleRate, 2)) {
            emit notice(writer->errorString());
            return;
        }
        restrictFile(path);
        w->recorders.insert(callId, writer);
        auto wire = std::make_shared<QFile>(wireLogPathFor(path));
        if (wire->open(QIODevice::WriteOnly | QIODevice::Append)) {
            restrictFile(wire->fileName());
            w->wireLogs.insert(callId, wire);
        }
    });
}

void Storage::appendRecording(quint64 callId, const QByteArray &stereoPcm16)
{
    // Audio is never dropped (a gap would shift the timeline), but it counts toward the
    // queue's size, so a slow disk sheds wire-log lines first.
    m_queuedBytes.fetch_add(stereoPcm16.size(), std::memory_order_relaxed);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, callId, stereoPcm16] {
        dequeued(stereoPcm16.size());
        const auto it = w->recorders.constFind(callId);
        if (it == w->recorders.constEnd())
            return;
        if ((*it)->write({reinterpret_cast<const std::int16_t *>(stereoPcm16.constData()),
                          static_cast<std::size_t>(stereoPcm16.size()) / sizeof(std::int16_t)}))
            return;
        // issue 16 §10: disk full (or gone). The call goes on; the file is closed with its
        // header naming every frame written, so what was recorded stays playable.
        emit notice(tr("recording of call %1 stopped after %2 s: %3; the call goes on and "
                       "what was recorded stays playable. Free space in the data folder.")
                        .arg(callId)
                        .arg((*it)->framesWritten() / audio::CallTimeline::kSampleRate)
                        .arg((*it)->errorString()));
        w->recorders.erase(it);
    });
}

void Storage::closeRecording(quint64 callId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, callId] {
        w->recorders.remove(callId);
        w->wireLogs.remove(callId);
    });
}

void Storage::appendWireLog(quint64 callId, const QList<bridge::WireEntry> &entries)
{
    // issue 16 §3: the queue to the storage thread is bounded. Over budget, the newest
    // wire-log lines are dropped and counted: a shard never waits for the disk.
    qint64 bytes = 0;
    for (const bridge::WireEntry &e : entries)
        bytes += qint64(sizeof(bridge::WireEntry)) + 2 * (e.type.size() + e.detail.size());
    if (m_queuedBytes.load(std::memory_order_relaxed) + bytes > kMaxQueuedBytes) {
        m_wireLinesDropped.fetch_add(entries.size(), std::memory_order_relaxed);
        if (!m_dropping.exchange(true))
            emit notice(tr("the disk is not keeping up with the calls: %1 MiB wait to be written; "
                           "wire-log lines are dropped (and counted) until it catches up")
                            .arg(kMaxQueuedBytes >> 20));
        return;
    }
    m_queuedBytes.fetch_add(bytes, std::memory_order_relaxed);
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, callId, entries, bytes] {
        dequeued(bytes);
        const auto it = w->wireLogs.constFind(callId);
        if (it == w->wireLogs.constEnd())
            return;
        QByteArray out;
        out.reserve(entries.size() * 96);
        for (const bridge::WireEntry &e : entries) {
            out += wireJsonLine(e); // redacts its free-form fields
            out += '\n';
        }
        if ((*it)->write(out) != out.size() || !(*it)->flush()) { // flush: readable at once
            emit notice(
                tr("wire log of call %1 stopped: %2").arg(callId).arg((*it)->errorString()));
            w->wireLogs.erase(it);
        }
    });
}

void Storage::dequeued(qint64 bytes)
{
    const qint64 left = m_queuedBytes.fetch_sub(bytes, std::memory_order_relaxed) - bytes;
    if (left < kMaxQueuedBytes / 2 && m_dropping.load(std::memory_order_relaxed) &&
        m_dropping.exchange(false))
        emit notice(tr("the disk caught up; %n wire-log line(s) were dropped so far", nullptr,
                       int(std::min<qint64>(wireLinesDropped(), INT_MAX))));
}

void Storage::flush()
{
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace patchline::store
