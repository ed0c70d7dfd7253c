#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

namespace patchline::store {

/// Every difference between the two call-log engines, in one place (issue 20 §1): SQLite
/// (the embedded default, Qt's QSQLITE) and PostgreSQL (Qt's QPSQL). The schema and the
/// queries are written once in the SQL both understand (`INSERT … RETURNING id`,
/// `ON CONFLICT … DO UPDATE`, ISO-8601 text times); what is not shared comes from here.
/// Pure; any thread.
class SqlDialect
{
public:
    enum class Backend { SQLite, PostgreSQL };

    explicit SqlDialect(Backend backend = Backend::SQLite) : m_backend(backend) {}
    /// The dialect of an open connection (by its Qt driver name).
    static SqlDialect of(const QSqlDatabase &db);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }
    /// Qt's driver name: "QSQLITE" or "QPSQL".
    QString driver() const;

    /// Schema text written in SQLite's words, in this engine's words. PostgreSQL:
    /// `INTEGER PRIMARY KEY AUTOINCREMENT` → `BIGSERIAL PRIMARY KEY`, `INTEGER` → `BIGINT`
    /// (times in ms since 1970 do not fit 32 bits), `REAL` → `DOUBLE PRECISION`. The token
    /// `{rowid}` opens tables SQLite numbers by itself (transcript, events): nothing there,
    /// `id BIGSERIAL PRIMARY KEY,` on PostgreSQL.
    QString ddl(const QString &sqliteText) const;
    /// The column that orders rows as inserted: `rowid` / `id`.
    QString insertOrder() const;

    /// Statements run once per connection before anything else (SQLite: WAL,
    /// synchronous=NORMAL; PostgreSQL: none).
    QStringList sessionSetup() const;
    /// Statements that make the next commit survive power loss and that undo it (SQLite:
    /// PRAGMA synchronous=FULL / NORMAL; PostgreSQL commits durably already: none).
    QStringList durableCommitOn() const;
    QStringList durableCommitOff() const;

    /// Creates where the schema version is kept, when needed (PostgreSQL: a one-row table
    /// `patchline_schema`; SQLite keeps it in PRAGMA user_version).
    QStringList prepareVersion() const;
    /// Reads the schema version (one row, one column).
    QString readVersion() const;
    /// Sets the schema version.
    QString writeVersion(int version) const;
    /// Serialises migrations of nodes that start at once (PostgreSQL: a transaction-scoped
    /// advisory lock; SQLite: the file lock does it, empty).
    QString migrationLock() const;

    /// The database server's clock as ms since 1970 (an SQL expression): heartbeats and
    /// leases of nodes (issue 20 §2) compare times of one clock.
    QString nowMs() const;
    /// One row, one boolean: whether this transaction may run the lease janitor (PostgreSQL:
    /// pg_try_advisory_xact_lock; SQLite: empty, the write lock serialises).
    QString janitorLock() const;

    /// Full-text search over transcript lines (schema v4). SQLite: an FTS5 external-content
    /// table kept in step by triggers (unicode61: case and diacritics folded). PostgreSQL: a
    /// GIN index on `to_tsvector('patchline_search', text)`, a text search configuration
    /// copied from `simple` with `unaccent` where the extension can be created (the same
    /// folding as FTS5).
    QStringList fullTextIndex() const;
    /// The body of a CTE `hits` with columns `call_id` and `text` (the first matching line of
    /// each call) for one bound search value (searchValue()).
    QString searchHits() const;
    /// The bound value for searchHits() from what the operator typed: every word (letters,
    /// digits, apostrophes) prefix-matched, all words required, operators and quotes taken
    /// as words. Empty when nothing to search. SQLite: `"word"*` terms (FTS5 syntax);
    /// PostgreSQL: `'word':* & 'don' <-> 't':*` (to_tsquery syntax).
    QString searchValue(const QString &typed) const;

    /// True when trying the same write later may succeed. SQLite: busy, locked, I/O error,
    /// full (codes 5, 6, 10, 13). PostgreSQL: the connection is lost or refused
    /// (connectionLost()), insufficient resources (SQLSTATE class 53), serialization failure
    /// or deadlock (40001, 40P01), lock not available (55P03).
    bool isTransient(const QSqlError &e) const;
    /// PostgreSQL: the connection is gone (no SQLSTATE: libpq failed on its side; class 08;
    /// 57P01–57P03 shutdown, crash, starting up): close and open again before the next try.
    bool connectionLost(const QSqlError &e) const;
    /// Whether a failed first connection may succeed later. PostgreSQL reports connection
    /// failures without a SQLSTATE, so libpq's words decide: refused, timed out, no route,
    /// host name not resolved, the server starting up, shutting down or in recovery, too
    /// many clients. Anything else (no such database or role, a wrong password, TLS refused)
    /// needs the operator. SQLite: isTransient().
    bool openFailureTransient(const QSqlError &e) const;

private:
    Backend m_backend;
};

} // namespace patchline::store
