#include "store/CampaignStore.h"

#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace patchline::store {

using campaign::CampaignRow;
using campaign::RowStatus;

namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

} // namespace

qint64 CampaignStore::create(const campaign::CampaignSettings &settings,
                             const QByteArray &sourceHash, const QList<CampaignRow> &rows)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, created_at, source_hash, settings, "
                             "state) VALUES (?, ?, ?, ?, 'running') RETURNING id"));
    q.addBindValue(settings.name);
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(QString::fromLatin1(sourceHash.toHex()));
    q.addBindValue(QString::fromUtf8(campaign::settingsToJson(settings)));
    if (!q.exec() || !q.next()) {
        fail(q.lastError());
        db.rollback();
        return 0;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite: a RETURNING statement holds the transaction until reset
    QSqlQuery r(db);
    r.prepare(QStringLiteral(
        "INSERT INTO campaign_rows (campaign_id, row, phone, agent_id, from_number, time_zone, "
        "not_before, variables, status, attempts, next_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "'queued', 0, 0)"));
    for (const CampaignRow &row : rows) {
        r.addBindValue(id);
        r.addBindValue(row.row);
        r.addBindValue(row.phone);
        r.addBindValue(row.agentId);
        r.addBindValue(row.from);
        r.addBindValue(row.timeZone);
        r.addBindValue(iso(row.notBefore));
        r.addBindValue(QString::fromUtf8(campaign::variablesToJson(row.variables)));
        if (!r.exec()) {
            fail(r.lastError());
            db.rollback();
            return 0;
        }
    }
    if (!db.commit()) {
        fail(db.lastError());
        db.rollback();
        return 0;
    }
    return id;
}

qint64 CampaignStore::findUnfinished(const QByteArray &sourceHash) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM campaigns WHERE source_hash = ? AND state IN "
                             "('running', 'paused') ORDER BY id DESC LIMIT 1"));
    q.addBindValue(QString::fromLatin1(sourceHash.toHex()));
    if (!q.exec()) {
        fail(q.lastError());
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool CampaignStore::load(qint64 id, campaign::CampaignSettings *settings, QList<CampaignRow> *rows,
                         QString *state) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery c(db);
    c.prepare(QStringLiteral("SELECT settings, state FROM campaigns WHERE id = ?"));
    c.addBindValue(id);
    if (!c.exec())
        return fail(c.lastError());
    if (!c.next()) {
        m_error = QStringLiteral("no campaign %1").arg(id);
        return false;
    }
    if (settings)
        *settings = campaign::settingsFromJson(c.value(0).toString().toUtf8());
    if (state)
        *state = c.value(1).toString();
    if (!rows)
        return true;
    rows->clear();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT row, phone, agent_id, from_number, time_zone, not_before, variables, status, "
        "attempts, next_at_ms, call_sid, outcome, error, duration_secs, conversation_id FROM "
        "campaign_rows WHERE campaign_id = ? ORDER BY row"));
    q.addBindValue(id);
    if (!q.exec())
        return fail(q.lastError());
    while (q.next()) {
        CampaignRow r;
        r.row = q.value(0).toInt();
        r.phone = q.value(1).toString();
        r.agentId = q.value(2).toString();
        r.from = q.value(3).toString();
        r.timeZone = q.value(4).toString();
        r.notBefore = fromIso(q.value(5));
        r.variables = campaign::variablesFromJson(q.value(6).toString().toUtf8());
        r.status = campaign::statusFromName(q.value(7).toString());
        r.attempts = q.value(8).toInt();
        r.nextAtMs = q.value(9).toLongLong();
        r.callSid = q.value(10).toString();
        r.outcome = q.value(11).toString();
        r.error = q.value(12).toString();
        r.durationSecs = q.value(13).isNull() ? -1 : q.value(13).toInt();
        r.conversationId = q.value(14).toString();
        rows->append(r);
    }
    return true;
}

QList<CampaignSummary> CampaignStore::list(int limit) const
{
    QList<CampaignSummary> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id, name, created_at, state, source_hash FROM campaigns ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), fromIso(q.value(2)),
                    q.value(3).toString(), QByteArray::fromHex(q.value(4).toString().toLatin1())});
    return out;
}

bool CampaignStore::claim(qint64 campaignId, int row, int attempts)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery sync(db);
    for (const QString &sql : dialect.durableCommitOn())
        sync.exec(sql);
    const auto restore = [&] {
        for (const QString &sql : dialect.durableCommitOff())
            sync.exec(sql);
    };
    if (!db.transaction()) {
        restore();
        return fail(db.lastError());
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE campaign_rows SET status = 'dialling', attempts = attempts + 1, call_sid = NULL, "
        "error = NULL WHERE campaign_id = ? AND row = ? AND attempts = ? AND status IN "
        "('queued', 'retrying')"));
    u.addBindValue(campaignId);
    u.addBindValue(row);
    u.addBindValue(attempts);
    bool ok = u.exec();
    const bool claimed = ok && u.numRowsAffected() == 1;
    if (ok && claimed) {
        QSqlQuery a(db);
        a.prepare(QStringLiteral("INSERT INTO campaign_attempts (campaign_id, row, attempt, "
                                 "claimed_at) VALUES (?, ?, ?, ?)"));
        a.addBindValue(campaignId);
        a.addBindValue(row);
        a.addBindValue(attempts + 1);
        a.addBindValue(iso(QDateTime::currentDateTimeUtc()));
        ok = a.exec();
        if (!ok)
            fail(a.lastError());
    } else if (!ok) {
        fail(u.lastError());
    }
    if (!ok || !claimed) {
        db.rollback();
        restore();
        return false;
    }
    ok = db.commit();
    if (!ok) {
        fail(db.lastError());
        db.rollback();
    }
    restore();
    return ok;
}

bool CampaignStore::unclaim(qint64 campaignId, int row, int attempt, RowStatus previous)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE campaign_rows SET status = ?, attempts = ? WHERE "
                             "campaign_id = ? AND row = ? AND attempts = ?"));
    u.addBindValue(campaign::statusName(previous));
    u.addBindValue(attempt - 1);
    u.addBindValue(campaignId);
    u.addBindValue(row);
    u.addBindValue(attempt);
    QSqlQuery d(db);
    d.prepare(QStringLiteral(
        "DELETE FROM campaign_attempts WHERE campaign_id = ? AND row = ? AND attempt = ?"));
    d.addBindValue(campaignId);
    d.addBindValue(row);
    d.addBindValue(attempt);
    if (!u.exec() || !d.exec() || !db.commit()) {
        fail(u.lastError().isValid() ? u.lastError() : d.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool CampaignStore::saveRow(qint64 campaignId, const CampaignRow &row)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE campaign_rows SET status = ?, attempts = ?, next_at_ms = ?, call_sid = ?, "
        "outcome = ?, error = ?, duration_secs = ?, conversation_id = ?, time_zone = ? WHERE "
        "campaign_id = ? AND row = ?"));
    u.addBindValue(campaign::statusName(row.status));
    u.addBindValue(row.attempts);
    u.addBindValue(row.nextAtMs);
    u.addBindValue(row.callSid.isEmpty() ? QVariant() : QVariant(row.callSid));
    u.addBindValue(row.outcome);
    u.addBindValue(row.error);
    u.addBindValue(row.durationSecs < 0 ? QVariant() : QVariant(row.durationSecs));
    u.addBindValue(row.conversationId);
    u.addBindValue(row.timeZone);
    u.addBindValue(campaignId);
    u.addBindValue(row.row);
    QSqlQuery a(db);
    a.prepare(QStringLiteral("UPDATE campaign_attempts SET call_sid = ?, outcome = ?, error = ? "
                             "WHERE campaign_id = ? AND row = ? AND attempt = ?"));
    a.addBindValue(row.callSid.isEmpty() ? QVariant() : QVariant(row.callSid));
    // The newest attempt's outcome is known once the row left Dialling/Live.
    const bool settled = row.status != RowStatus::Dialling && row.status != RowStatus::Live;
    a.addBindValue(settled ? QVariant(row.outcome) : QVariant());
    a.addBindValue(row.error);
    a.addBindValue(campaignId);
    a.addBindValue(row.row);
    a.addBindValue(row.attempts);
    if (!u.exec() || !a.exec() || !db.commit()) {
        fail(u.lastError().isValid() ? u.lastError() : a.lastError());
        db.rollback();
        return false;
    }
    return true;
}

bool CampaignStore::setState(qint64 campaignId, const QString &state)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE campaigns SET state = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(campaignId);
    return q.exec() || fail(q.lastError());
}

QList<CampaignAttempt> CampaignStore::attempts(qint64 campaignId) const
{
    QList<CampaignAttempt> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT row, attempt, claimed_at, call_sid, outcome, error FROM "
                             "campaign_attempts WHERE campaign_id = ? ORDER BY row, attempt"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        fail(q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toInt(), fromIso(q.value(2)),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace patchline::store
