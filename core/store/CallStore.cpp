#include "store/CallStore.h"

#include <QFile>

#include <QCoreApplication>

#include "audio/WavFile.h"

#include <QJsonDocument>
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // Other connections (a reader, a second window) may hold the lock briefly: wait, do not
    // fail the write.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = QCoreApplication::translate("Store", "cannot open call database '%1': %2")
                      .arg(path, db.lastError().text());
        return false;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!migrate())
        return false;
    recoverInterruptedCalls();
    return true;
}

void CallStore::recoverInterruptedCalls()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery open(db);
    open.exec(QStringLiteral("SELECT id, started_at, recording_path FROM calls WHERE state NOT IN "
                             "('ended', 'interrupted')"));
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
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

bool CallStore::migrate()
{
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        m_error = QCoreApplication::translate(
                      "Store", "call database has schema version %1, newer than this "
                               "Patchline (%2); use a newer build or another data folder")
                      .arg(version)
                      .arg(kSchemaVersion);
        return false;
    }
    if (version < 1) {
        const bool ok =
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS calls ("
                                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                " call_sid TEXT, stream_sid TEXT, direction TEXT,"
                                " from_number TEXT, to_number TEXT, agent_id TEXT,"
                                " conversation_id TEXT, state TEXT,"
                                " started_at TEXT, ended_at TEXT, end_reason TEXT,"
                                " recording_path TEXT)")) &&
            exec(QStringLiteral("CREATE INDEX IF NOT EXISTS calls_sid ON calls(call_sid)")) &&
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS transcript ("
                                " call_id INTEGER REFERENCES calls(id) ON DELETE CASCADE,"
                                " offset_ms INTEGER, role TEXT, text TEXT,"
                                " interrupted INTEGER DEFAULT 0)")) &&
            exec(QStringLiteral("CREATE INDEX IF NOT EXISTS transcript_call ON "
                                "transcript(call_id, offset_ms)")) &&
            exec(QStringLiteral("PRAGMA user_version=1"));
        if (!ok)
            return false;
    }
    if (version < 2) {
        // v2: ElevenLabs post-call webhooks (transcript, analysis, cost), issue 6 §8.
        const bool ok =
            exec(QStringLiteral("CREATE TABLE IF NOT EXISTS post_call ("
                                " conversation_id TEXT PRIMARY KEY, type TEXT, agent_id TEXT,"
                                " status TEXT, termination_reason TEXT, call_successful TEXT,"
                                " summary TEXT, duration_secs INTEGER, cost REAL,"
                                " payload TEXT, received_at TEXT)")) &&
            exec(QStringLiteral("CREATE INDEX IF NOT EXISTS calls_conversation ON "
                                "calls(conversation_id)")) &&
            exec(QStringLiteral("ALTER TABLE transcript ADD COLUMN heard_ms INTEGER")) &&
            exec(QStringLiteral("PRAGMA user_version=2"));
        if (!ok)
            return false;
    }
    if (version < 3) {
        // v3: what Twilio charged for the call (issue 5 §4).
        const bool ok = exec(QStringLiteral("ALTER TABLE calls ADD COLUMN price TEXT")) &&
                        exec(QStringLiteral("PRAGMA user_version=3"));
        if (!ok)
            return false;
    }
    return true;
}

void CallStore::savePostCall(const elevenlabs::PostCallData &d)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO post_call (conversation_id, type, agent_id, status,"
        " termination_reason, call_successful, summary, duration_secs, cost, payload,"
        " received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    for (const QVariant &v :
         {QVariant(d.conversationId), QVariant(d.type), QVariant(d.agentId), QVariant(d.status),
          QVariant(d.terminationReason), QVariant(d.callSuccessful), QVariant(d.summary),
          QVariant(d.durationSecs), QVariant(d.cost),
          QVariant(QString::fromUtf8(QJsonDocument(d.raw).toJson(QJsonDocument::Compact))),
          QVariant(QDateTime::currentDateTime().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        m_error = q.lastError().text();
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

void CallStore::saveCall(const bridge::CallSnapshot &s)
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
            " recording_path, price) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE calls SET call_sid=?, stream_sid=?, direction=?, from_number=?,"
            " to_number=?, agent_id=?, conversation_id=?, state=?, started_at=?, ended_at=?,"
            " end_reason=?, recording_path=?, price=? WHERE id=?"));
    }
    for (const QVariant &v :
         {QVariant(s.callSid), QVariant(s.streamSid), QVariant(s.direction), QVariant(s.from),
          QVariant(s.to), QVariant(s.agentId), QVariant(s.conversationId),
          QVariant(bridge::stateName(s.state)), QVariant(s.startedAt.toString(Qt::ISODateWithMs)),
          QVariant(endedAt), QVariant(s.endReason), QVariant(s.recordingPath), QVariant(s.price)})
        q.addBindValue(v);
    if (it != m_rowIds.end())
        q.addBindValue(*it);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return;
    }
    if (it == m_rowIds.end())
        m_rowIds.insert(s.id, q.lastInsertId().toLongLong());
}

void CallStore::addTranscript(quint64 callId, const bridge::TranscriptLine &line)
{
    const auto it = m_rowIds.constFind(callId);
    if (it == m_rowIds.constEnd())
        return;
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
    if (!q.exec())
        m_error = q.lastError().text();
}

void CallStore::markInterrupted(quint64 callId, qint64 offsetMs, qint64 heardMs)
{
    const auto it = m_rowIds.constFind(callId);
    if (it == m_rowIds.constEnd())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE transcript SET interrupted=1, heard_ms=? WHERE call_id=? "
                             "AND offset_ms=? AND role='agent'"));
    q.addBindValue(heardMs >= 0 ? QVariant(heardMs) : QVariant());
    q.addBindValue(*it);
    q.addBindValue(offsetMs);
    if (!q.exec())
        m_error = q.lastError().text();
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
                             " WHERE call_id=? ORDER BY offset_ms, rowid"));
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
