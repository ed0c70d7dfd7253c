#include "store/SuiteStore.h"

#include "call/Tr.h"
#include "store/Storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace patchline::store {

namespace {

QString tr(const char *text)
{
    // lupdate files these under the member functions' class (call/Tr.h).
    return translateIn({"patchline::store::SuiteStore", "patchline::store"}, text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

QString SuiteStore::validName(const QString &name, QString *error)
{
    const QString n = name.trimmed();
    QString why;
    if (n.isEmpty())
        why = tr("Suite name is empty: type a name such as “checkout flow”.");
    else if (n.size() > kMaxNameChars)
        why = tr("Suite name “%1…” is %2 characters long: use at most %3.")
                  .arg(n.left(20))
                  .arg(n.size())
                  .arg(kMaxNameChars);
    else if (std::any_of(n.cbegin(), n.cend(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }))
        why = tr("Suite name contains control characters: use letters, digits and spaces.");
    if (error)
        *error = why;
    return why.isEmpty() ? n : QString();
}

qint64 SuiteStore::suiteId(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id FROM suites WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return fail(q.lastError());
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SuiteStore::ensureSuite(const QString &name, const QJsonObject &rules)
{
    m_error.clear();
    const QString n = validName(name, &m_error);
    if (n.isEmpty())
        return 0;
    if (const qint64 id = suiteId(n))
        return id;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO suites (name, created_at, rules) VALUES (?, ?, ?) RETURNING id"));
    q.addBindValue(n);
    q.addBindValue(now());
    q.addBindValue(json(rules));
    if (!q.exec() || !q.next())
        return fail(q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite: a RETURNING statement holds the transaction until reset
    return id;
}

int SuiteStore::addCases(qint64 suiteId, const QList<qint64> &callRows, QStringList *skipped)
{
    m_error.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString dir = QDir(m_dataDir).filePath(QStringLiteral("suites/%1").arg(suiteId));
    if (!QDir().mkpath(dir)) {
        m_error = tr("Cannot create the folder %1: check the data folder's permissions.").arg(dir);
        return -1;
    }
    Storage::restrictDir(QFileInfo(dir).absolutePath());
    Storage::restrictDir(dir);
    // One transaction: a database error leaves the suite as it was (and no copy behind).
    QStringList copies;
    const auto abandon = [&](const QSqlError &e) {
        fail(e);
        db.rollback();
        for (const QString &f : std::as_const(copies))
            QFile::remove(f);
        return -1;
    };
    if (!db.transaction()) {
        fail(db.lastError());
        return -1;
    }
    int added = 0;
    for (const qint64 row : callRows) {
        QSqlQuery c(db);
        c.prepare(
            QStringLiteral("SELECT call_sid, agent_id, recording_path FROM calls WHERE id = ?"));
        c.addBindValue(row);
        if (!c.exec())
            return abandon(c.lastError());
        if (!c.next()) {
            skipped->append(tr("call %1: not in the call log").arg(row));
            continue;
        }
        const QString sid = c.value(0).toString(), agent = c.value(1).toString(),
                      source = c.value(2).toString();
        QSqlQuery dup(db);
        dup.prepare(
            QStringLiteral("SELECT 1 FROM suite_cases WHERE suite_id = ? AND call_row = ?"));
        dup.addBindValue(suiteId);
        dup.addBindValue(row);
        if (dup.exec() && dup.next()) {
            skipped->append(tr("%1: already in the suite").arg(sid));
            continue;
        }
        if (source.isEmpty() || !QFileInfo::exists(source)) {
            skipped->append(tr("%1: its recording is gone (recording was off, or retention "
                               "deleted it)")
                                .arg(sid));
            continue;
        }
        // A name we make (never one from the network): the call's row id.
        const QString copy = QDir(dir).filePath(QStringLiteral("case-%1.wav").arg(row));
        QFile::remove(copy);
        if (!QFile::copy(source, copy)) {
            skipped->append(tr("%1: cannot copy its recording to %2").arg(sid, copy));
            continue;
        }
        Storage::restrictFile(copy);
        copies << copy;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO suite_cases (suite_id, call_row, call_sid, "
                                 "agent_id, recording_path, added_at) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(suiteId);
        q.addBindValue(row);
        q.addBindValue(sid);
        q.addBindValue(agent);
        q.addBindValue(copy);
        q.addBindValue(now());
        if (!q.exec())
            return abandon(q.lastError());
        ++added;
    }
    if (!db.commit())
        return abandon(db.lastError());
    return added;
}

bool SuiteStore::removeCase(qint64 caseId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT recording_path FROM suite_cases WHERE id = ?"));
    p.addBindValue(caseId);
    const QString path = p.exec() && p.next() ? p.value(0).toString() : QString();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM suite_cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return fail(q.lastError());
    if (!path.isEmpty())
        QFile::remove(path);
    return true;
}

bool SuiteStore::removeSuite(qint64 suiteId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    for (const char *sql :
         {"DELETE FROM suite_runs WHERE suite_id = ?", "DELETE FROM suite_cases WHERE suite_id = ?",
          "DELETE FROM suites WHERE id = ?"}) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(suiteId);
        if (!q.exec()) {
            fail(q.lastError());
            db.rollback();
            return false;
        }
    }
    if (!db.commit())
        return fail(db.lastError());
    QDir(QDir(m_dataDir).filePath(QStringLiteral("suites/%1").arg(suiteId))).removeRecursively();
    return true;
}

QList<SuiteSummary> SuiteStore::list() const
{
    QList<SuiteSummary> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT s.id, s.name, s.created_at, s.rules,"
                               " (SELECT COUNT(*) FROM suite_cases c WHERE c.suite_id = s.id),"
                               " r.finished_at, r.passed, r.failed FROM suites s"
                               " LEFT JOIN suite_runs r ON r.id = (SELECT MAX(id) FROM suite_runs "
                               "WHERE suite_id = s.id)"
                               " ORDER BY LOWER(s.name), s.name"))) {
        fail(q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), fromIso(q.value(2)),
                    q.value(4).toInt(), object(q.value(3)), fromIso(q.value(5)), q.value(6).toInt(),
                    q.value(7).toInt()});
    return out;
}

QList<SuiteCase> SuiteStore::cases(qint64 suiteId) const
{
    QList<SuiteCase> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, suite_id, call_row, call_sid, agent_id, recording_path, "
                             "added_at FROM suite_cases WHERE suite_id = ? ORDER BY id"));
    q.addBindValue(suiteId);
    if (!q.exec()) {
        fail(q.lastError());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    fromIso(q.value(6))});
    return out;
}

bool SuiteStore::setRules(qint64 suiteId, const QJsonObject &rules)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE suites SET rules = ? WHERE id = ?"));
    q.addBindValue(json(rules));
    q.addBindValue(suiteId);
    return q.exec() || fail(q.lastError());
}

qint64 SuiteStore::saveRun(qint64 suiteId, const QJsonObject &report, int passed, int failed)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO suite_runs (suite_id, agent_id, started_at, finished_at, "
                             "passed, failed, report) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(suiteId);
    q.addBindValue(report.value(u"agentId").toString());
    q.addBindValue(report.value(u"startedAt").toString());
    q.addBindValue(report.value(u"finishedAt").toString());
    q.addBindValue(passed);
    q.addBindValue(failed);
    q.addBindValue(json(report));
    if (!q.exec() || !q.next())
        return fail(q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite: a RETURNING statement holds the transaction until reset
    return id;
}

QList<QJsonObject> SuiteStore::runs(qint64 suiteId, int limit) const
{
    QList<QJsonObject> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id, report FROM suite_runs WHERE suite_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(suiteId);
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(q.lastError());
        return out;
    }
    while (q.next()) {
        QJsonObject o = object(q.value(1));
        o.insert(QStringLiteral("id"), q.value(0).toLongLong());
        out.append(o);
    }
    return out;
}

} // namespace patchline::store
