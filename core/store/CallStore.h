#pragma once

#include "call/CallTypes.h"
#include "elevenlabs/PostCall.h"
#include "settings/StoreLocation.h"
#include "store/History.h"
#include "store/SqlDialect.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class QSqlError;

namespace patchline::store {

/// The call log (Qt SQL): one row per call and its transcript lines with offsets in ms, in
/// SQLite (WAL, the embedded default) or PostgreSQL (issue 20 §1; SqlDialect holds every
/// difference). The schema version is kept in `PRAGMA user_version` or the table
/// `patchline_schema`; migrate() brings any older database up to date. Not thread-safe: the
/// connection belongs to the thread that called open() (the storage thread); use from there
/// only.
class CallStore
{
public:
    static constexpr int kSchemaVersion = 9;

    CallStore();
    ~CallStore();
    CallStore(const CallStore &) = delete;
    CallStore &operator=(const CallStore &) = delete;

    /// Opens or creates the database file and closes calls a previous run left open (the
    /// process was killed mid-call) as `interrupted`, with the end time taken from their
    /// WAV (valid up to the last block written) or transcript. Returns false with
    /// errorString() naming the file.
    bool open(const QString &path);
    /// Opens the SQLite file or connects to the PostgreSQL database of `where` (issue 20
    /// §1), migrates and recovers this node's open calls as open(path) does. False with
    /// errorString() naming the database (never its password); lastErrorTransient() is true
    /// when the server could not be reached (try again later).
    bool open(const settings::StoreLocation &where);
    /// After a write failed because the connection to PostgreSQL was lost, closes and opens
    /// it again; true when connected (at once when it was never lost). SQLite: always true.
    bool reconnectIfLost();
    /// Times reconnectIfLost() connected again (tests, figures).
    int reconnects() const { return m_reconnects; }
    /// The node whose calls this store writes and recovers (issue 20 §2; "" on a single
    /// machine). Set before open().
    void setNode(const QString &node) { m_node = node; }
    const SqlDialect &dialect() const { return m_dialect; }
    /// Calls recovered as interrupted by the last open().
    int recoveredCalls() const { return m_recovered; }
    void close();

    // The writes below return false when nothing was written (errorString() says why,
    // lastErrorTransient() whether trying again later may succeed); each is all or nothing.

    /// Inserts or updates the row of a call (keyed by the bridge id of this run).
    bool saveCall(const bridge::CallSnapshot &s);
    bool addTranscript(quint64 callId, const bridge::TranscriptLine &line);
    /// Appends timeline events (state changes, barge-ins, alarms, errors) of a call; each
    /// `alarm` also counts toward the call's alarm_count. One transaction.
    bool addEvents(quint64 callId, const QList<bridge::CallEvent> &events);
    /// Marks the agent line of `callId` at `offsetMs` as interrupted by the caller.
    bool markInterrupted(quint64 callId, qint64 offsetMs, qint64 heardMs = -1);

    /// Stores (or replaces) ElevenLabs post-call data, keyed by conversation id; it joins
    /// the call through calls.conversation_id.
    bool savePostCall(const elevenlabs::PostCallData &data);
    /// True when the last failed write failed for a reason that passes: the database is
    /// locked or busy (another process holds it past the busy timeout), the disk is full,
    /// or an I/O error (SQLite codes 5, 6, 13, 10; issue 16 §10), or the PostgreSQL
    /// server is unreachable (SqlDialect::isTransient; issue 20 §1).
    bool lastErrorTransient() const { return m_transient; }
    /// The stored post-call data of a conversation (empty conversationId when none).
    elevenlabs::PostCallData postCall(const QString &conversationId) const;

    /// Summary rows, newest first (for tests and the history view).
    struct CallRow
    {
        qint64 rowId = 0;
        QString callSid, direction, from, to, agentId, state, endReason, recordingPath, price;
        QDateTime startedAt, endedAt;
    };
    QList<CallRow> recentCalls(int limit = 100) const;
    QList<bridge::TranscriptLine> transcript(qint64 rowId) const;

    /// Retention (Settings → Recording): deletes the WAV of every call that ended more than
    /// `days` days before `now`; the call row and its transcript stay, recording_path is
    /// cleared. `days` ≤ 0 keeps everything. Returns the number of recordings deleted.
    int pruneRecordings(int days, const QDateTime &now = QDateTime::currentDateTime());

    /// The history view's query (issue 8 §3): newest first, filters and transcript search
    /// (FTS5) applied in SQL. On a failed query `error` (if given) says why.
    QList<HistoryRow> history(const HistoryFilter &filter, QString *error = nullptr) const;
    /// Everything about one call (review pane, exports); `found` false when no such row.
    CallRecord record(qint64 rowId) const;

    /// Groups many writes in one transaction (bulk imports, tests); commit() ends it.
    bool transaction();
    bool commit();

    int schemaVersion() const;
    /// The Qt SQL connection name (CampaignStore shares it; storage thread only).
    QString connectionName() const { return m_connection; }
    /// The row id of the call the bridge numbered `callId` in this run; 0 when not stored.
    qint64 rowIdOf(quint64 callId) const { return m_rowIds.value(callId); }
    QString errorString() const { return m_error; }

private:
    bool migrate();
    /// Runs `statements` and sets user_version = `version` in one transaction; false (and
    /// errorString()) leaves the file as it was.
    bool upgradeTo(int version, const QStringList &statements);
    bool exec(const QString &sql);
    /// Records a failed statement's error (and whether it is transient); returns false.
    bool fail(const QSqlError &e) const;

    QString m_connection;
    mutable QString m_error;
    mutable bool m_transient = false;
    mutable bool m_lost = false; ///< PostgreSQL connection lost: reconnect before the next try
    int m_reconnects = 0;
    SqlDialect m_dialect;
    settings::StoreLocation m_where;
    QString m_node;
    /// m_node as a bound value: "" (never NULL) on a single machine.
    QVariant nodeValue() const { return m_node.isEmpty() ? QStringLiteral("") : m_node; }
    QHash<quint64, qint64> m_rowIds; ///< bridge id → row id
    int m_recovered = 0;
    void recoverInterruptedCalls();
};

} // namespace patchline::store
