#include "store/NodeStore.h"

#include "call/Tr.h"
#include "store/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace patchline::store {

namespace {
QString tr(const char *s)
{
    return translateIn({"patchline::store::NodeStore", "patchline::store"}, s);
}
} // namespace

bool NodeStore::heartbeat(const NodeInfo &self)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    // A node coming back (after "lost" or "stopped") starts a new life: started_at anew.
    q.prepare(
        QStringLiteral("INSERT INTO nodes (name, public_url, version, state, capacity, load, "
                       "started_at, lease_ms, heartbeat_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1) ON "
                       "CONFLICT (name) DO UPDATE SET public_url = excluded.public_url, version = "
                       "excluded.version, state = excluded.state, capacity = excluded.capacity, "
                       "load = excluded.load, lease_ms = excluded.lease_ms, "
                       "started_at = CASE WHEN nodes.state IN ('lost', 'stopped') THEN "
                       "excluded.started_at ELSE nodes.started_at END, heartbeat_ms = %1")
            .arg(dialect.nowMs()));
    q.addBindValue(self.name);
    q.addBindValue(self.publicUrl);
    q.addBindValue(self.version);
    q.addBindValue(self.state);
    q.addBindValue(self.capacity);
    q.addBindValue(self.load);
    q.addBindValue(QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    q.addBindValue(self.leaseMs > 0 ? QVariant(self.leaseMs)
                                    : QVariant(QMetaType::fromType<qint64>()));
    return q.exec() || fail(q.lastError());
}

QList<NodeInfo> NodeStore::nodes() const
{
    QList<NodeInfo> out;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, public_url, version, state, capacity, load, "
                               "started_at, %1 - heartbeat_ms, COALESCE(lease_ms, 0) FROM nodes "
                               "ORDER BY name")
                    .arg(SqlDialect::of(db).nowMs()))) {
        fail(q.lastError());
        return out;
    }
    while (q.next()) {
        NodeInfo n;
        n.name = q.value(0).toString();
        n.publicUrl = q.value(1).toString();
        n.version = q.value(2).toString();
        n.state = q.value(3).toString();
        n.capacity = q.value(4).toInt();
        n.load = q.value(5).toInt();
        n.startedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        n.ageMs = q.value(7).toLongLong();
        n.leaseMs = q.value(8).toLongLong();
        out << n;
    }
    return out;
}

int NodeStore::reapLost(const QString &self, qint64 leaseMs, QStringList *lost)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const SqlDialect dialect = SqlDialect::of(db);
    if (!db.transaction()) {
        fail(db.lastError());
        return 0;
    }
    const auto abandon = [&](const QSqlError &e) {
        fail(e);
        db.rollback();
        return 0;
    };
    if (const QString lock = dialect.janitorLock(); !lock.isEmpty()) {
        QSqlQuery l(db);
        if (!l.exec(lock) || !l.next())
            return abandon(l.lastError());
        if (!l.value(0).toBool()) { // another node's janitor runs now
            db.rollback();
            return 0;
        }
    }
    QSqlQuery q(db);
    // Each node by its own lease (v9); one that did not say (older version) by ours.
    q.prepare(QStringLiteral("SELECT name, heartbeat_ms, COALESCE(lease_ms, ?) FROM nodes WHERE "
                             "name != ? AND state IN ('up', 'draining') AND heartbeat_ms < %1 - "
                             "COALESCE(lease_ms, ?)")
                  .arg(dialect.nowMs()));
    q.addBindValue(leaseMs);
    q.addBindValue(self);
    q.addBindValue(leaseMs);
    if (!q.exec())
        return abandon(q.lastError());
    struct Gone
    {
        QString name;
        qint64 lastMs, leaseMs;
    };
    QList<Gone> gone;
    while (q.next())
        gone.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    int marked = 0;
    for (const auto &[name, lastMs, nodeLeaseMs] : std::as_const(gone)) {
        // Only if it is still silent now: a heartbeat committed since the SELECT wins.
        QSqlQuery n(db);
        n.prepare(QStringLiteral("UPDATE nodes SET state = 'lost', load = 0 WHERE name = ? AND "
                                 "state IN ('up', 'draining') AND heartbeat_ms < %1 - ? "
                                 "RETURNING name")
                      .arg(dialect.nowMs()));
        n.addBindValue(name);
        n.addBindValue(nodeLeaseMs);
        if (!n.exec())
            return abandon(n.lastError());
        const bool stillSilent = n.next();
        n.finish();
        if (!stillSilent)
            continue;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE calls SET state = 'interrupted', end_reason = ?, "
                                 "ended_at = ? WHERE COALESCE(node, '') = ? AND state NOT IN "
                                 "('ended', 'interrupted')"));
        u.addBindValue(tr("node %1 stopped heartbeating for more than %2 s during the call; "
                          "marked interrupted by node %3")
                           .arg(name)
                           .arg(nodeLeaseMs / 1000.0, 0, 'f', 1)
                           .arg(self));
        u.addBindValue(QDateTime::fromMSecsSinceEpoch(lastMs).toString(Qt::ISODateWithMs));
        u.addBindValue(name);
        if (!u.exec())
            return abandon(u.lastError());
        marked += std::max(0, u.numRowsAffected());
        if (lost)
            lost->append(name);
    }
    if (!db.commit())
        return abandon(db.lastError());
    return marked;
}

QString NodeStore::ownerOf(const QString &callSid, bool *running) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COALESCE(c.node, ''), COALESCE(n.state, '') FROM calls c"
                             " LEFT JOIN nodes n ON n.name = c.node WHERE c.call_sid = ?"
                             " ORDER BY c.id DESC LIMIT 1"));
    q.addBindValue(callSid);
    if (running)
        *running = false;
    if (!q.exec()) {
        fail(q.lastError());
        return {};
    }
    if (!q.next())
        return {};
    const QString state = q.value(1).toString();
    if (running)
        *running = state == u"up" || state == u"draining";
    return q.value(0).toString();
}

bool NodeStore::post(const QString &node, const QString &kind, const QString &body)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const SqlDialect dialect = SqlDialect::of(db);
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO node_messages (node, kind, body, created_ms) VALUES "
                             "(?, ?, ?, %1)")
                  .arg(dialect.nowMs()));
    q.addBindValue(node);
    q.addBindValue(kind);
    q.addBindValue(body);
    bool ok = q.exec();
    QSqlError error = q.lastError();
    if (ok && dialect.isPostgres()) { // delivered at commit, to the nodes listening then
        QSqlQuery n(db);
        n.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        n.addBindValue(QString::fromLatin1(kNotifyChannel));
        n.addBindValue(node);
        ok = n.exec();
        error = n.lastError();
    }
    if (!ok || !db.commit()) {
        fail(ok ? db.lastError() : error);
        db.rollback();
        return false;
    }
    return true;
}

QList<QPair<QString, QString>> NodeStore::take(const QString &node)
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM node_messages WHERE node = ? RETURNING id, kind, body"));
    q.addBindValue(node);
    if (!q.exec()) {
        fail(q.lastError());
        return out;
    }
    QList<std::tuple<qint64, QString, QString>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    q.finish();
    std::sort(rows.begin(), rows.end());
    for (const auto &[id, kind, body] : std::as_const(rows))
        out.append({kind, body});
    return out;
}

} // namespace patchline::store
