#pragma once

#include <QString>

namespace patchline::settings {

/// Where the call log lives (issue 20 §1): a SQLite file (the embedded default) or a
/// PostgreSQL database given as `postgresql://user[:password]@host[:port]/database[?param=…]`
/// (libpq's URI form; `postgres://` is accepted too). Pure value; any thread.
///
/// The password may come from the URL (it is registered as a secret so logs redact it), from
/// the settings' keychain entry, or from libpq itself (`PGPASSWORD`, `~/.pgpass`) when empty.
/// Query parameters allowed: sslmode, sslrootcert, sslcert, sslkey, connect_timeout,
/// application_name, target_session_attrs (passed to libpq as connection options).
struct StoreLocation
{
    enum class Kind { SQLiteFile, PostgreSQL };
    Kind kind = Kind::SQLiteFile;
    QString path; ///< SQLiteFile: the database file

    // PostgreSQL
    QString host;
    int port = 5432;
    QString user;
    QString password; ///< secret: never in display(), logs or errors
    QString database;
    /// libpq connection options, `key=value` joined by ';' (QPSQL's setConnectOptions form),
    /// always with connect_timeout and TCP keepalives so a dead server is noticed in seconds.
    QString connectOptions;

    bool isPostgres() const { return kind == Kind::PostgreSQL; }
    /// What to show the operator: the file, or the URL without its password.
    QString display() const;

    /// A SQLite file location.
    static StoreLocation file(const QString &path);
    /// Parses `--store` / Settings → Database. Empty text or a path = SQLite file (a path
    /// is taken as is). A `postgresql://` URL is checked: host, database and user present,
    /// port 1–65535, only the parameters above, values without spaces, quotes or ';'. On a
    /// bad URL returns a SQLite location with empty path and `error` naming the part, the
    /// value (never the password) and the fix.
    static StoreLocation parse(const QString &text, QString *error);
};

} // namespace patchline::settings
