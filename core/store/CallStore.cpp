#include "store/CallStore.h"

#include <QFile>

#include <QCoreApplication>

#include "audio/WavFile.h"
#include "store/Export.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace patchline::store {

CallStore::CallStore()
    : m_connection(QStringLiteral("patchline-") + QUuid::createUuid().toString(QUuid::Id128))
{}

CallStore::~CallStore()
{
    close();
}

bool CallStore::open(const QString &path)
{
    return open(settings::StoreLocation::file(path));
}

bool CallStore::open(const settings::StoreLocation &where)
{
    m_where = where;
    m_dialect = SqlDialect(where.isPostgres() ? SqlDialect::Backend::PostgreSQL
                                              : SqlDialect::Backend::SQLite);
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driver())) {
        m_error = QCoreApplication::translate(
                      "Store", "cannot open call database '%1': Qt's %2 driver is not installed "
                               "(Debian: apt-get install libqt6sql6-psql)")
                      .arg(where.display(), m_dialect.driver());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driver(), m_connection);
    if (where.isPostgres()) {
        db.setHostName(where.host);
        db.setPort(where.port);
        db.setUserName(where.user);
        db.setPassword(where.password); // empty: libpq reads PGPASSWORD or ~/.pgpass
        db.setDatabaseName(where.database);
        db.setConnectOptions(where.connectOptions);
    } else {
        db.setDatabaseName(where.path);
        // Other connections (a reader, a second window) may hold the lock briefly: wait up
        // to 1 s; a write still locked out then is queued and retried by Storage (issue 16
        // §10).
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    }
    if (!db.open()) {
        m_error = QCoreApplication::translate("Store", "cannot open call database '%1': %2")
                      .arg(where.display(), db.lastError().text());
        m_transient = m_dialect.openFailureTransient(db.lastError());
        return false;
    }
    for (const QString &sql : m_dialect.sessionSetup())
        exec(sql);
    if (!migrate())
        return false;
    recoverInterruptedCalls();
    return true;
}

bool CallStore::reconnectIfLost()
{
    if (!m_lost)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open()) {
        m_error = QCoreApplication::translate("Store", "cannot reach call database '%1': %2")
                      .arg(m_where.display(), db.lastError().text());
        m_transient = true;
        return false;
    }
    for (const QString &sql : m_dialect.sessionSetup())
        exec(sql);
    m_lost = false;
    ++m_reconnects;
    return true;
}

void CallStore::recoverInterruptedCalls()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery open(db);
    // Only this node's calls: on a shared database, another node's live calls are its own
    // (issue 20 §2: the lease janitor closes those of a node that stopped).
    open.prepare(QStringLiteral("SELECT id, started_at, recording_path FROM calls WHERE state NOT "
                                "IN ('ended', 'interrupted') AND COALESCE(node, '') = ?"));
    open.addBindValue(nodeValue());
    open.exec();
    QList<std::tuple<qint64, QDateTime, QString>> rows;
    while (open.next())
        rows.append({open.value(0).toLongLong(),
                     QDateTime::fromString(open.value(1).toString(), Qt::ISODateWithMs),
                     open.value(2).toString()});
    m_recovered = 0;
    for (const auto &[id, started, wav] : rows) {
        qint64 lastMs = 0;
        audio::PcmBuffer pcm;
        if (!wav.isEmpty() && audio::readAudioFile(wav, pcm))
            lastMs = qint64(pcm.seconds() * 1000.0);
        QSqlQuery t(db);
        t.prepare(QStringLiteral("SELECT MAX(offset_ms) FROM transcript WHERE call_id=?"));
        t.addBindValue(id);
        if (t.exec() && t.next())
            lastMs = std::max(lastMs, t.value(0).toLongLong());
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE calls SET state='interrupted', ended_at=?, end_reason=? "
                                 "WHERE id=?"));
        u.addBindValue(started.isValid() ? started.addMSecs(lastMs).toString(Qt::ISODateWithMs)
                                         : QString());
        u.addBindValue(QCoreApplication::translate(
            "Store", "Patchline stopped during the call; recording and transcript kept up to "
                     "the moment it stopped"));
        u.addBindValue(id);
        if (u.exec())
            ++m_recovered;
    }
}

void CallStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool CallStore::fail(const QSqlError &e) const
{
    m_error = e.text();
    m_transient = m_dialect.isTransient(e);
    m_lost = m_lost || m_dialect.connectionLost(e);
    return false;
}

bool CallStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

int CallStore::pruneRecordings(int days, const QDateTime &now)
{
    if (days <= 0)
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, ended_at, recording_path FROM calls WHERE "
                          "recording_path IS NOT NULL AND recording_path != '' AND "
                          "ended_at IS NOT NULL AND ended_at != ''"));
    const QDateTime cutoff = now.addDays(-days);
    QList<qint64> pruned;
    while (q.next()) {
        const QDateTime ended = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (!ended.isValid() || ended >= cutoff)
            continue;
        const QString path = q.value(2).toString();
        QFile::remove(wireLogPathFor(path)); // the wire log goes with its recording
        if (QFile::exists(path) && !QFile::remove(path)) {
            m_error =
                QCoreApplication::translate("Store", "cannot delete old recording %1").arg(path);
            continue;
        }
        pruned << q.value(0).toLongLong();
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE calls SET recording_path=NULL WHERE id=?"));
    for (qint64 id : std::as_const(pruned)) {
        u.addBindValue(id);
        u.exec();
    }
    return int(pruned.size());
}

int CallStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(m_dialect.readVersion());
    return q.next() ? q.value(0).toInt() : -1;
}

bool CallStore::migrate()
{
    if (const QStringList prepare = m_dialect.prepareVersion(); !prepare.isEmpty()) {
        // Under the migration lock: CREATE TABLE IF NOT EXISTS races with itself.
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        db.transaction();
        bool ok = exec(m_dialect.migrationLock());
        for (const QString &sql : prepare)
            ok = ok && exec(sql);
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        m_error = QCoreApplication::translate(
                      "Store", "call database has schema version %1, newer than this "
                               "Patchline (%2); use a newer build or another data folder")
                      .arg(version)
                      .arg(kSchemaVersion);
        return false;
    }
    // Schema text in SQLite's words; SqlDialect::ddl() says it in PostgreSQL's (issue 20 §1).
    if (version < 1 && !upgradeTo(1, {"CREATE TABLE IF NOT EXISTS calls ("
                                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                      " call_sid TEXT, stream_sid TEXT, direction TEXT,"
                                      " from_number TEXT, to_number TEXT, agent_id TEXT,"
                                      " conversation_id TEXT, state TEXT,"
                                      " started_at TEXT, ended_at TEXT, end_reason TEXT,"
                                      " recording_path TEXT)",
                                      "CREATE INDEX IF NOT EXISTS calls_sid ON calls(call_sid)",
                                      "CREATE TABLE IF NOT EXISTS transcript ({rowid}"
                                      " call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,"
                                      " offset_ms INTEGER, role TEXT, text TEXT,"
                                      " interrupted INTEGER DEFAULT 0)",
                                      "CREATE INDEX IF NOT EXISTS transcript_call ON "
                                      "transcript(call_id, offset_ms)"}))
        return false;
    // v2: ElevenLabs post-call webhooks (transcript, analysis, cost), issue 6 §8.
    if (version < 2 && !upgradeTo(2, {"CREATE TABLE IF NOT EXISTS post_call ("
                                      " conversation_id TEXT PRIMARY KEY, type TEXT, agent_id TEXT,"
                                      " status TEXT, termination_reason TEXT, call_successful TEXT,"
                                      " summary TEXT, duration_secs INTEGER, cost REAL,"
                                      " payload TEXT, received_at TEXT)",
                                      "CREATE INDEX IF NOT EXISTS calls_conversation ON "
                                      "calls(conversation_id)",
                                      "ALTER TABLE transcript ADD COLUMN heard_ms INTEGER"}))
        return false;
    // v3: what Twilio charged for the call (issue 5 §4).
    if (version < 3 && !upgradeTo(3, {"ALTER TABLE calls ADD COLUMN price TEXT"}))
        return false;
    // v4 (issue 8 §1): figures for the history table, the call's timeline, and full-text
    // search over transcripts (SqlDialect::fullTextIndex: FTS5 or a GIN index).
    if (version < 4 &&
        !upgradeTo(4, QStringList{"ALTER TABLE calls ADD COLUMN duration_ms INTEGER DEFAULT 0",
                                  "ALTER TABLE calls ADD COLUMN failed INTEGER DEFAULT 0",
                                  "ALTER TABLE calls ADD COLUMN turns INTEGER DEFAULT 0",
                                  "ALTER TABLE calls ADD COLUMN latency_p50_ms INTEGER",
                                  "ALTER TABLE calls ADD COLUMN latency_p90_ms INTEGER",
                                  "ALTER TABLE calls ADD COLUMN barge_ins INTEGER DEFAULT 0",
                                  "ALTER TABLE calls ADD COLUMN alarm_count INTEGER DEFAULT 0",
                                  "ALTER TABLE calls ADD COLUMN metrics TEXT",
                                  "CREATE INDEX IF NOT EXISTS calls_started ON calls(started_at)",
                                  "CREATE TABLE IF NOT EXISTS events ({rowid}"
                                  " call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,"
                                  " offset_ms INTEGER, kind TEXT, text TEXT, detail TEXT)",
                                  "CREATE INDEX IF NOT EXISTS events_call ON events(call_id, "
                                  "offset_ms)"} +
                          m_dialect.fullTextIndex()))
        return false;
    // v5 (issue 19): campaigns, their rows and every attempt (claimed before its REST create,
    // store::CampaignStore).
    if (version < 5 &&
        !upgradeTo(5,
                   {"CREATE TABLE IF NOT EXISTS campaigns ("
                    " id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, created_at TEXT,"
                    " source_hash TEXT, settings TEXT, state TEXT)",
                    "CREATE INDEX IF NOT EXISTS campaigns_source ON campaigns(source_hash)",
                    "CREATE TABLE IF NOT EXISTS campaign_rows ("
                    " campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE, row INTEGER,"
                    " phone TEXT, agent_id TEXT, from_number TEXT, time_zone TEXT, not_before TEXT,"
                    " variables TEXT, status TEXT, attempts INTEGER DEFAULT 0,"
                    " next_at_ms INTEGER DEFAULT 0, call_sid TEXT, outcome TEXT, error TEXT,"
                    " duration_secs INTEGER, conversation_id TEXT, PRIMARY KEY (campaign_id, row))",
                    "CREATE INDEX IF NOT EXISTS campaign_rows_sid ON campaign_rows(call_sid)",
                    "CREATE TABLE IF NOT EXISTS campaign_attempts ("
                    " campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE, row INTEGER,"
                    " attempt INTEGER, claimed_at TEXT, call_sid TEXT, outcome TEXT, error TEXT,"
                    " PRIMARY KEY (campaign_id, row, attempt))"}))
        return false;
    // v6 (issue 19 §2): regression suites, their cases (recorded calls, with a copy of the
    // recording that retention does not delete) and every run's report (store::SuiteStore).
    if (version < 6 &&
        !upgradeTo(6, {"CREATE TABLE IF NOT EXISTS suites ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE NOT NULL,"
                       " created_at TEXT, rules TEXT)",
                       "CREATE TABLE IF NOT EXISTS suite_cases ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " suite_id INTEGER REFERENCES suites(id) ON DELETE CASCADE,"
                       " call_row INTEGER, call_sid TEXT, agent_id TEXT, recording_path TEXT,"
                       " added_at TEXT, UNIQUE (suite_id, call_row))",
                       "CREATE TABLE IF NOT EXISTS suite_runs ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " suite_id INTEGER REFERENCES suites(id) ON DELETE CASCADE,"
                       " agent_id TEXT, started_at TEXT, finished_at TEXT, passed INTEGER,"
                       " failed INTEGER, report TEXT)",
                       "CREATE INDEX IF NOT EXISTS suite_runs_suite ON suite_runs(suite_id)"}))
        return false;
    // v7 (issue 20 §1): the node that owns each call, so on a shared database a node
    // recovers only its own calls after a crash.
    if (version < 7 &&
        !upgradeTo(7, {"ALTER TABLE calls ADD COLUMN node TEXT DEFAULT ''",
                       "CREATE INDEX IF NOT EXISTS calls_state ON calls(state, node)"}))
        return false;
    // v8 (issue 20 §2): the nodes with their heartbeats, and what one node hands to the node
    // that owns a call (store::NodeStore).
    if (version < 8 &&
        !upgradeTo(8, {"CREATE TABLE IF NOT EXISTS nodes (name TEXT PRIMARY KEY, public_url TEXT,"
                       " version TEXT, state TEXT, capacity INTEGER DEFAULT 0,"
                       " load INTEGER DEFAULT 0, started_at TEXT, heartbeat_ms INTEGER)",
                       "CREATE TABLE IF NOT EXISTS node_messages ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, node TEXT, kind TEXT, body TEXT,"
                       " created_ms INTEGER)",
                       "CREATE INDEX IF NOT EXISTS node_messages_node ON node_messages(node)"}))
        return false;
    // v9: each node's own lease (--lease), so every janitor judges a node by its lease.
    if (version < 9 && !upgradeTo(9, {"ALTER TABLE nodes ADD COLUMN lease_ms INTEGER"}))
        return false;
    return true;
}

bool CallStore::upgradeTo(int version, const QStringList &statements)
{
    // One transaction per version: a failed step leaves the database at the version before.
    // On PostgreSQL nodes starting at once wait for each other (advisory lock) and a node
    // that finds the step done by another skips it.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    bool ok = true;
    if (const QString lock = m_dialect.migrationLock(); !lock.isEmpty()) {
        ok = exec(lock);
        if (ok && schemaVersion() >= version)
            return db.commit();
    }
    for (const QString &sql : statements)
        if (!(ok = ok && exec(m_dialect.ddl(sql))))
            break;
    if (ok)
        ok = exec(m_dialect.writeVersion(version));
    if (!ok) {
        const QString why = m_error;
        db.rollback();
        m_error = QCoreApplication::translate("Store",
                                              "cannot upgrade the call database to version %1: %2")
                      .arg(version)
                      .arg(why);
        return false;
    }
    return db.commit();
}

bool CallStore::savePostCall(const elevenlabs::PostCallData &d)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO post_call (conversation_id, type, agent_id, status,"
        " termination_reason, call_successful, summary, duration_secs, cost, payload,"
        " received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (conversation_id) DO UPDATE"
        " SET type=excluded.type, agent_id=excluded.agent_id, status=excluded.status,"
        " termination_reason=excluded.termination_reason,"
        " call_successful=excluded.call_successful, summary=excluded.summary,"
        " duration_secs=excluded.duration_secs, cost=excluded.cost, payload=excluded.payload,"
        " received_at=excluded.received_at"));
    for (const QVariant &v :
         {QVariant(d.conversationId), QVariant(d.type), QVariant(d.agentId), QVariant(d.status),
          QVariant(d.terminationReason), QVariant(d.callSuccessful), QVariant(d.summary),
          QVariant(d.durationSecs), QVariant(d.cost),
          QVariant(QString::fromUtf8(QJsonDocument(d.raw).toJson(QJsonDocument::Compact))),
          QVariant(QDateTime::currentDateTime().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    return q.exec() || fail(q.lastError());
}

elevenlabs::PostCallData CallStore::postCall(const QString &conversationId) const
{
    elevenlabs::PostCallData d;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT type, agent_id, status, termination_reason, call_successful,"
                             " summary, duration_secs, cost, payload FROM post_call"
                             " WHERE conversation_id=?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return d;
    d.conversationId = conversationId;
    d.type = q.value(0).toString();
    d.agentId = q.value(1).toString();
    d.status = q.value(2).toString();
    d.terminationReason = q.value(3).toString();
    d.callSuccessful = q.value(4).toString();
    d.summary = q.value(5).toString();
    d.durationSecs = q.value(6).toInt();
    d.cost = q.value(7).toDouble();
    d.raw = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    return d;
}

bool CallStore::saveCall(const bridge::CallSnapshot &s)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const bool ended = s.state == bridge::CallState::Ended;
    const QString endedAt =
        ended ? s.startedAt.addMSecs(s.durationMs).toString(Qt::ISODateWithMs) : QString();
    auto it = m_rowIds.find(s.id);
    if (it == m_rowIds.end()) {
        q.prepare(QStringLiteral(
            "INSERT INTO calls (call_sid, stream_sid, direction, from_number, to_number,"
            " agent_id, conversation_id, state, started_at, ended_at, end_reason,"
            " recording_path, price, duration_ms, failed, turns, latency_p50_ms,"
            " latency_p90_ms, barge_ins, metrics, node)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE calls SET call_sid=?, stream_sid=?, direction=?, from_number=?,"
            " to_number=?, agent_id=?, conversation_id=?, state=?, started_at=?, ended_at=?,"
            " end_reason=?, recording_path=?, price=?, duration_ms=?, failed=?, turns=?,"
            " latency_p50_ms=?, latency_p90_ms=?, barge_ins=?, metrics=? WHERE id=?"));
    }
    for (const QVariant &v : {QVariant(s.callSid),
                              QVariant(s.streamSid),
                              QVariant(s.direction),
                              QVariant(s.from),
                              QVariant(s.to),
                              QVariant(s.agentId),
                              QVariant(s.conversationId),
                              QVariant(bridge::stateName(s.state)),
                              QVariant(s.startedAt.toString(Qt::ISODateWithMs)),
                              QVariant(endedAt),
                              QVariant(s.endReason),
                              QVariant(s.recordingPath),
                              QVariant(s.price),
                              QVariant(s.durationMs),
                              QVariant(s.failed ? 1 : 0),
                              QVariant(s.turns),
                              s.turnLatencyP50Ms >= 0 ? QVariant(s.turnLatencyP50Ms) : QVariant(),
                              s.turnLatencyP90Ms >= 0 ? QVariant(s.turnLatencyP90Ms) : QVariant(),
                              QVariant(s.bargeIns),
                              QVariant(QString::fromUtf8(
                                  QJsonDocument(metricsJson(s)).toJson(QJsonDocument::Compact)))})
        q.addBindValue(v);
    if (it != m_rowIds.end())
        q.addBindValue(*it);
    else
        q.addBindValue(nodeValue());
    if (!q.exec())
        return fail(q.lastError());
    if (it == m_rowIds.end()) {
        if (!q.next())
            return fail(q.lastError());
        m_rowIds.insert(s.id, q.value(0).toLongLong());
        q.finish(); // SQLite: a RETURNING statement holds the transaction until reset
    }
    return true;
}

bool CallStore::addTranscript(quint64 callId, const bridge::TranscriptLine &line)
{
    const auto it = m_rowIds.constFind(callId);
    if (it == m_rowIds.constEnd())
        return true; // a call this store never saved (its row failed for good): nothing to do
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO transcript (call_id, offset_ms, role, text, interrupted) VALUES (?,?,?,?,?)"));
    q.addBindValue(*it);
    q.addBindValue(line.offsetMs);
    // A stored value, not display text: never translated.
    q.addBindValue(line.role == bridge::TranscriptLine::Role::Agent ? QStringLiteral("agent")
                                                                    : QStringLiteral("caller"));
    q.addBindValue(line.text);
    q.addBindValue(line.interrupted ? 1 : 0);
    return q.exec() || fail(q.lastError());
}

bool CallStore::addEvents(quint64 callId, const QList<bridge::CallEvent> &events)
{
    const auto it = m_rowIds.constFind(callId);
    if (it == m_rowIds.constEnd())
        return true; // a call this store never saved (its row failed for good): nothing to do
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO events (call_id, offset_ms, kind, text, detail) VALUES (?,?,?,?,?)"));
    int alarms = 0;
    for (const bridge::CallEvent &e : events) {
        QJsonObject detail;
        if (e.lineOffsetMs >= 0)
            detail.insert(QStringLiteral("lineOffsetMs"), e.lineOffsetMs);
        if (e.heardMs >= 0)
            detail.insert(QStringLiteral("heardMs"), e.heardMs);
        if (e.yieldMs >= 0)
            detail.insert(QStringLiteral("yieldMs"), e.yieldMs);
        if (e.sentMs >= 0)
            detail.insert(QStringLiteral("sentMs"), e.sentMs);
        if (e.latencyMs >= 0)
            detail.insert(QStringLiteral("latencyMs"), e.latencyMs);
        q.addBindValue(*it);
        q.addBindValue(e.offsetMs);
        q.addBindValue(e.kind);
        q.addBindValue(e.text);
        q.addBindValue(detail.isEmpty() ? QVariant()
                                        : QVariant(QString::fromUtf8(QJsonDocument(detail).toJson(
                                              QJsonDocument::Compact))));
        if (!q.exec()) {
            const QSqlError e = q.lastError();
            db.rollback();
            return fail(e);
        }
        alarms += e.kind == u"alarm" ? 1 : 0;
    }
    if (alarms > 0) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE calls SET alarm_count = alarm_count + ? WHERE id=?"));
        u.addBindValue(alarms);
        u.addBindValue(*it);
        if (!u.exec()) {
            const QSqlError e = u.lastError();
            db.rollback();
            return fail(e);
        }
    }
    return db.commit() || fail(db.lastError());
}

bool CallStore::transaction()
{
    return QSqlDatabase::database(m_connection).transaction();
}

bool CallStore::commit()
{
    return QSqlDatabase::database(m_connection).commit();
}

namespace {
constexpr const char *kHistoryColumns =
    "c.id, c.call_sid, c.started_at, c.direction, c.from_number, c.to_number, c.agent_id,"
    " c.state, c.end_reason, c.price, c.conversation_id, c.duration_ms, c.failed,"
    " c.alarm_count, c.barge_ins, c.turns, c.latency_p50_ms, c.latency_p90_ms, p.cost,"
    " c.recording_path, c.node";
constexpr int kHistoryColumnCount = 21; ///< the columns above; a query's own ones follow

HistoryRow readHistoryRow(const QSqlQuery &q)
{
    HistoryRow r;
    r.rowId = q.value(0).toLongLong();
    r.callSid = q.value(1).toString();
    r.startedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    r.direction = q.value(3).toString();
    r.from = q.value(4).toString();
    r.to = q.value(5).toString();
    r.agentId = q.value(6).toString();
    r.state = q.value(7).toString();
    r.endReason = q.value(8).toString();
    r.price = q.value(9).toString();
    r.conversationId = q.value(10).toString();
    r.durationMs = q.value(11).toLongLong();
    r.failed = q.value(12).toBool();
    r.alarmCount = q.value(13).toInt();
    r.bargeIns = q.value(14).toInt();
    r.turns = q.value(15).toInt();
    r.latencyP50Ms = q.value(16).isNull() ? -1 : q.value(16).toLongLong();
    r.latencyP90Ms = q.value(17).isNull() ? -1 : q.value(17).toLongLong();
    r.cost = q.value(18).isNull() ? -1.0 : q.value(18).toDouble();
    r.recordingPath = q.value(19).toString();
    r.node = q.value(kHistoryColumnCount - 1).toString();
    return r;
}
} // namespace

QList<HistoryRow> CallStore::history(const HistoryFilter &f, QString *error) const
{
    QStringList where;
    QVariantList binds;
    if (f.from.isValid()) {
        where << QStringLiteral("c.started_at >= ?");
        binds << QDateTime(f.from, QTime(0, 0)).toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("c.started_at < ?");
        binds << QDateTime(f.to.addDays(1), QTime(0, 0)).toString(Qt::ISODateWithMs);
    }
    if (!f.agentId.isEmpty()) {
        where << QStringLiteral("c.agent_id = ?");
        binds << f.agentId;
    }
    if (!f.direction.isEmpty()) {
        where << QStringLiteral("c.direction = ?");
        binds << f.direction;
    }
    if (f.outcome == u"ok")
        where << QStringLiteral("c.state = 'ended' AND c.failed = 0");
    else if (f.outcome == u"failed")
        where << QStringLiteral("c.failed = 1");
    else if (f.outcome == u"interrupted")
        where << QStringLiteral("c.state = 'interrupted'");
    else if (f.outcome == u"live")
        where << QStringLiteral("c.state NOT IN ('ended', 'interrupted')");
    if (f.alarmsOnly)
        where << QStringLiteral("c.alarm_count > 0");
    if (!f.callSids.isEmpty()) {
        QStringList marks;
        for (const QString &sid : f.callSids) {
            marks << QStringLiteral("?");
            binds << sid;
        }
        where << QStringLiteral("c.call_sid IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    const QString fts = m_dialect.searchValue(f.search);
    QString sql;
    if (!fts.isEmpty()) {
        // The first matching line per call comes along for the "Match" column.
        sql = QStringLiteral("WITH hits AS (%1) SELECT %2, hits.text FROM hits"
                             " JOIN calls c ON c.id = hits.call_id")
                  .arg(m_dialect.searchHits(), QLatin1String(kHistoryColumns));
        binds.prepend(fts);
    } else {
        sql = QStringLiteral("SELECT %1, NULL FROM calls c").arg(QLatin1String(kHistoryColumns));
    }
    sql += QStringLiteral(" LEFT JOIN post_call p ON p.conversation_id = c.conversation_id"
                          " AND c.conversation_id != ''");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.started_at DESC, c.id DESC LIMIT ?");
    binds << f.limit;

    QList<HistoryRow> rows;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        if (error)
            *error = QCoreApplication::translate("Store", "history query failed: %1").arg(m_error);
        return rows;
    }
    while (q.next()) {
        HistoryRow r = readHistoryRow(q);
        r.match = q.value(kHistoryColumnCount).toString();
        rows << r;
    }
    return rows;
}

CallRecord CallStore::record(qint64 rowId) const
{
    CallRecord rec;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, c.stream_sid, c.metrics FROM calls c LEFT JOIN post_call"
                             " p ON p.conversation_id = c.conversation_id AND"
                             " c.conversation_id != '' WHERE c.id = ?")
                  .arg(QLatin1String(kHistoryColumns)));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return rec;
    rec.found = true;
    rec.row = readHistoryRow(q);
    rec.streamSid = q.value(kHistoryColumnCount).toString();
    rec.metrics =
        QJsonDocument::fromJson(q.value(kHistoryColumnCount + 1).toString().toUtf8()).object();
    rec.transcript = transcript(rowId);
    QSqlQuery e(db);
    e.prepare(QStringLiteral("SELECT offset_ms, kind, text, detail FROM events WHERE call_id=?"
                             " ORDER BY offset_ms, %1")
                  .arg(m_dialect.insertOrder()));
    e.addBindValue(rowId);
    e.exec();
    while (e.next()) {
        bridge::CallEvent ev;
        ev.offsetMs = e.value(0).toLongLong();
        ev.kind = e.value(1).toString();
        ev.text = e.value(2).toString();
        const QJsonObject d = QJsonDocument::fromJson(e.value(3).toString().toUtf8()).object();
        ev.lineOffsetMs = d.value(u"lineOffsetMs").toInteger(-1);
        ev.heardMs = d.value(u"heardMs").toInteger(-1);
        ev.yieldMs = d.value(u"yieldMs").toInteger(-1);
        ev.sentMs = d.value(u"sentMs").toInteger(-1);
        ev.latencyMs = d.value(u"latencyMs").toInteger(-1);
        rec.events << ev;
        // What the caller heard of a cut agent line (partial strike-through in the review).
        if (ev.kind == u"barge-in")
            for (bridge::TranscriptLine &l : rec.transcript)
                if (l.role == bridge::TranscriptLine::Role::Agent && l.offsetMs == ev.lineOffsetMs)
                    l.sentMs = ev.sentMs;
    }
    if (!rec.row.conversationId.isEmpty())
        rec.postCall = postCall(rec.row.conversationId);
    return rec;
}

bool CallStore::markInterrupted(quint64 callId, qint64 offsetMs, qint64 heardMs)
{
    const auto it = m_rowIds.constFind(callId);
    if (it == m_rowIds.constEnd())
        return true; // a call this store never saved (its row failed for good): nothing to do
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE transcript SET interrupted=1, heard_ms=? WHERE call_id=? "
                             "AND offset_ms=? AND role='agent'"));
    q.addBindValue(heardMs >= 0 ? QVariant(heardMs) : QVariant());
    q.addBindValue(*it);
    q.addBindValue(offsetMs);
    return q.exec() || fail(q.lastError());
}

QList<CallStore::CallRow> CallStore::recentCalls(int limit) const
{
    QList<CallRow> rows;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, call_sid, direction, from_number, to_number, agent_id,"
                             " state, end_reason, recording_path, started_at, ended_at, price"
                             " FROM calls ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        CallRow r;
        r.rowId = q.value(0).toLongLong();
        r.callSid = q.value(1).toString();
        r.direction = q.value(2).toString();
        r.from = q.value(3).toString();
        r.to = q.value(4).toString();
        r.agentId = q.value(5).toString();
        r.state = q.value(6).toString();
        r.endReason = q.value(7).toString();
        r.recordingPath = q.value(8).toString();
        r.startedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        r.endedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        r.price = q.value(11).toString();
        rows << r;
    }
    return rows;
}

QList<bridge::TranscriptLine> CallStore::transcript(qint64 rowId) const
{
    QList<bridge::TranscriptLine> lines;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT offset_ms, role, text, interrupted, heard_ms FROM transcript"
                             " WHERE call_id=? ORDER BY offset_ms, %1")
                  .arg(m_dialect.insertOrder()));
    q.addBindValue(rowId);
    q.exec();
    while (q.next()) {
        bridge::TranscriptLine l;
        l.offsetMs = q.value(0).toLongLong();
        l.role = q.value(1).toString() == u"agent" ? bridge::TranscriptLine::Role::Agent
                                                   : bridge::TranscriptLine::Role::Caller;
        l.text = q.value(2).toString();
        l.interrupted = q.value(3).toBool();
        l.heardMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        lines << l;
    }
    return lines;
}

} // namespace patchline::store
