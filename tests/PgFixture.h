#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace patchline::test {

/// A throw-away PostgreSQL server for tests (issue 20: "CI starts a real PostgreSQL 15 from
/// Debian's postgresql package, initdb in a temporary folder as an unprivileged user, a random
/// port, torn down at the end"). Runs the server binaries of the newest
/// /usr/lib/postgresql/N/bin; as root (CI) every server command runs as the `postgres` user
/// (`runuser`), because PostgreSQL refuses to run as root. Listens on 127.0.0.1 and a socket
/// in its own folder only; trust authentication for the user `patchline`; fsync off (a test
/// server). Database `patchline` is created. Stopped (immediate) and deleted on destruction.
class PgFixture
{
public:
    PgFixture() = default;
    PgFixture(const PgFixture &) = delete;
    PgFixture &operator=(const PgFixture &) = delete;
    ~PgFixture() { stop(); }

    /// Starts the server; empty on success, else what failed (with the command's output).
    QString start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return QStringLiteral("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin: "
                                  "apt-get install postgresql");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("Qt's PostgreSQL driver QPSQL is missing: apt-get install "
                                  "libqt6sql6-psql");
        if (!m_dir.isValid())
            return QStringLiteral("cannot make a temporary folder");
        m_data = m_dir.filePath(QStringLiteral("data"));
        if (geteuid() == 0) {
            const passwd *pw = getpwnam("postgres");
            if (!pw)
                return QStringLiteral("running as root needs the `postgres` user (created by "
                                      "the postgresql package)");
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
        }
        QString out;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("patchline"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 &out))
            return QStringLiteral("initdb failed: ") + out;
        // A free port: bound and released at once (a clash right after is unlikely; start()
        // says so if it happens).
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
            m_port = probe.serverPort();
        }
        m_options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 "
                                   "-c fsync=off -c full_page_writes=off")
                        .arg(m_port)
                        .arg(m_dir.path());
        if (const QString e = up(); !e.isEmpty())
            return e;
        QSqlDatabase db = connect(QStringLiteral("postgres"));
        if (!db.isOpen())
            return QStringLiteral("cannot connect: ") + db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE patchline")))
            return QStringLiteral("CREATE DATABASE failed: ") + q.lastError().text();
        return {};
    }

    /// Stops the server at once (as a crash would) and, with `restart`, starts it again on the
    /// same port and data; false with `error` when it did not come back.
    bool restart(QString *error)
    {
        QString out;
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
                  QStringLiteral("-w"), QStringLiteral("restart")},
                 &out)) {
            *error = out + log();
            return false;
        }
        return true;
    }

    /// Starts the server (again, after down()) on the same port and data; empty or what
    /// failed.
    QString up()
    {
        QString out;
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-o"), m_options,
                  QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                  QStringLiteral("-w"), QStringLiteral("start")},
                 &out))
            return QStringLiteral("pg_ctl start failed: ") + out + log();
        m_running = true;
        return {};
    }

    /// Stops the server at once, as a crash would (connections are cut); up() brings it
    /// back.
    void down() { stop(); }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        QString out;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            &out);
    }

    quint16 port() const { return m_port; }
    /// The URL Patchline's `--store` takes, for `database`.
    QString url(const QString &database = QStringLiteral("patchline")) const
    {
        return QStringLiteral("postgresql://patchline@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }
    /// Creates an empty database (a test's own); empty or the error.
    QString createDatabase(const QString &name) const
    {
        QString error;
        {
            QSqlDatabase db = connect(QStringLiteral("postgres"));
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
                error = q.lastError().text();
            db.close();
        }
        return error;
    }
    /// A Qt SQL connection to `database` (its own connection name, open or with an error).
    QSqlDatabase connect(const QString &database = QStringLiteral("patchline")) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            QStringLiteral("QPSQL"), QStringLiteral("pgfixture-") + QUuid::createUuid().toString());
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("patchline"));
        db.setDatabaseName(database);
        db.open();
        return db;
    }
    /// The server's log (for failure messages).
    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("server.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
    }

private:
    static QString binDir()
    {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions)
            if (QFile::exists(root.filePath(v + QStringLiteral("/bin/pg_ctl"))))
                return root.filePath(v + QStringLiteral("/bin"));
        return {};
    }

    /// Runs a server tool (as `postgres` when we are root); false with its output.
    bool run(const QString &tool, const QStringList &args, QString *out) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const QString exe = m_bin + u'/' + tool;
        if (geteuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                QStringLiteral("--"), exe} +
                        args);
        else
            p.start(exe, args);
        if (!p.waitForFinished(60000)) {
            *out = QStringLiteral("%1 did not finish: %2").arg(tool, p.errorString());
            p.kill();
            return false;
        }
        *out = QString::fromLocal8Bit(p.readAll()).right(4000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_data;
    QString m_options;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace patchline::test
