#include "store/SqlDialect.h"

#include "store/History.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>

namespace patchline::store {

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == u"QPSQL" ? Backend::PostgreSQL : Backend::SQLite);
}

QString SqlDialect::driver() const
{
    return isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::ddl(const QString &sqliteText) const
{
    QString s = sqliteText;
    if (!isPostgres())
        return s.replace(QLatin1String("{rowid}"), QString());
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    s.replace(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"),
              QLatin1String("BIGSERIAL PRIMARY KEY"));
    s.replace(QLatin1String("{rowid}"), QLatin1String("id BIGSERIAL PRIMARY KEY,"));
    s.replace(integer, QStringLiteral("BIGINT"));
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    return s;
}

QString SqlDialect::insertOrder() const
{
    return isPostgres() ? QStringLiteral("id") : QStringLiteral("rowid");
}

QStringList SqlDialect::sessionSetup() const
{
    if (isPostgres())
        return {};
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL")};
}

QStringList SqlDialect::durableCommitOn() const
{
    return isPostgres() ? QStringList() : QStringList{QStringLiteral("PRAGMA synchronous=FULL")};
}

QStringList SqlDialect::durableCommitOff() const
{
    return isPostgres() ? QStringList() : QStringList{QStringLiteral("PRAGMA synchronous=NORMAL")};
}

QStringList SqlDialect::prepareVersion() const
{
    if (!isPostgres())
        return {};
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS patchline_schema (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO patchline_schema (version) SELECT 0 WHERE NOT EXISTS "
                       "(SELECT 1 FROM patchline_schema)")};
}

QString SqlDialect::readVersion() const
{
    return isPostgres() ? QStringLiteral("SELECT version FROM patchline_schema")
                        : QStringLiteral("PRAGMA user_version");
}

QString SqlDialect::writeVersion(int version) const
{
    return (isPostgres() ? QStringLiteral("UPDATE patchline_schema SET version=%1")
                         : QStringLiteral("PRAGMA user_version=%1"))
        .arg(version);
}

QString SqlDialect::migrationLock() const
{
    // Any constant both nodes agree on: "Patchln" in ASCII.
    return isPostgres() ? QStringLiteral("SELECT pg_advisory_xact_lock(88379494722670)")
                        : QString();
}

QString SqlDialect::nowMs() const
{
    return isPostgres()
               ? QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
               : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

QString SqlDialect::janitorLock() const
{
    return isPostgres() ? QStringLiteral("SELECT pg_try_advisory_xact_lock(88379494722671)")
                        : QString();
}

QStringList SqlDialect::fullTextIndex() const
{
    if (isPostgres())
        return {QStringLiteral("CREATE TEXT SEARCH CONFIGURATION patchline_search (COPY = simple)"),
                // unaccent is a trusted extension (PostgreSQL ≥ 13): a database owner may create
                // it. Where it cannot be created, search still works, without folding diacritics.
                QStringLiteral(
                    "DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS unaccent; ALTER TEXT SEARCH "
                    "CONFIGURATION patchline_search ALTER MAPPING FOR hword, hword_part, word WITH "
                    "unaccent, simple; EXCEPTION WHEN OTHERS THEN RAISE NOTICE 'unaccent: %', "
                    "SQLERRM; END $$"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS transcript_fts ON transcript USING GIN "
                               "(to_tsvector('patchline_search', text))")};
    return {
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS transcript_fts USING fts5("
                       " text, content='transcript', content_rowid='rowid')"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS transcript_ai AFTER INSERT ON transcript BEGIN"
            " INSERT INTO transcript_fts(rowid, text) VALUES (new.rowid, new.text); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS transcript_ad AFTER DELETE ON transcript BEGIN"
                       " INSERT INTO transcript_fts(transcript_fts, rowid, text)"
                       " VALUES ('delete', old.rowid, old.text); END"),
        QStringLiteral(
            "CREATE TRIGGER IF NOT EXISTS transcript_au AFTER UPDATE OF text ON transcript"
            " BEGIN INSERT INTO transcript_fts(transcript_fts, rowid, text)"
            " VALUES ('delete', old.rowid, old.text);"
            " INSERT INTO transcript_fts(rowid, text) VALUES (new.rowid, new.text); END"),
        QStringLiteral("INSERT INTO transcript_fts(transcript_fts) VALUES ('rebuild')")};
}

QString SqlDialect::searchHits() const
{
    if (isPostgres())
        return QStringLiteral(
            "SELECT DISTINCT ON (t.call_id) t.call_id AS call_id, t.text AS text FROM transcript t"
            " WHERE to_tsvector('patchline_search', t.text) @@ to_tsquery('patchline_search', ?)"
            " ORDER BY t.call_id, t.offset_ms, t.id");
    // SQLite: a bare column next to MIN() comes from the row holding the minimum.
    return QStringLiteral("SELECT t.call_id AS call_id, MIN(t.offset_ms), t.text AS text"
                          " FROM transcript_fts f JOIN transcript t ON t.rowid = f.rowid"
                          " WHERE transcript_fts MATCH ? GROUP BY t.call_id");
}

QString SqlDialect::searchValue(const QString &typed) const
{
    if (!isPostgres())
        return ftsQuery(typed);
    static const QRegularExpression words(QStringLiteral("[\\w']+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (auto it = words.globalMatch(typed); it.hasNext();) {
        // Apostrophes separate tokens in both engines ("don't" = don, t): a phrase of the
        // parts, the last one prefix-matched, as FTS5 does with "don't"*.
        const QStringList parts = it.next().captured().split(u'\'', Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        QStringList quoted;
        for (const QString &p : parts)
            quoted << u'\'' + p + u'\''; // \w only: no quote inside
        terms << u'(' + quoted.join(QStringLiteral(" <-> ")) + QStringLiteral(":*)");
    }
    return terms.join(QStringLiteral(" & "));
}

bool SqlDialect::connectionLost(const QSqlError &e) const
{
    if (!isPostgres() || !e.isValid())
        return false;
    const QString code = e.nativeErrorCode();
    return code.isEmpty() || code.startsWith(u"08") || code == u"57P01" || code == u"57P02" ||
           code == u"57P03";
}

bool SqlDialect::openFailureTransient(const QSqlError &e) const
{
    if (!isPostgres())
        return isTransient(e);
    const QString text = e.databaseText() + u' ' + e.driverText();
    for (const char *passing :
         {"Connection refused", "timeout expired", "timed out", "No route to host",
          "Network is unreachable", "could not translate host name", "starting up", "shutting down",
          "recovery", "not yet accepting connections", "too many clients",
          "server closed the connection", "Connection reset"})
        if (text.contains(QLatin1String(passing), Qt::CaseInsensitive))
            return true;
    return false;
}

bool SqlDialect::isTransient(const QSqlError &e) const
{
    if (!e.isValid())
        return false;
    const QString code = e.nativeErrorCode();
    if (isPostgres())
        return connectionLost(e) || code.startsWith(u"53") || code == u"40001" ||
               code == u"40P01" || code == u"55P03";
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_IOERR 10, SQLITE_FULL 13 (extended codes keep
    // the primary code in the low byte).
    bool ok = false;
    const int c = code.toInt(&ok) & 0xff;
    return ok && (c == 5 || c == 6 || c == 10 || c == 13);
}

} // namespace patchline::store
