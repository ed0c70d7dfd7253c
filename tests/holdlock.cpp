// Test helper (issue 16 §10): another process holding the call database's write lock.
// Usage: holdlock DB — opens DB, takes the write lock (BEGIN EXCLUSIVE), prints "locked",
// and releases it (COMMIT) when its standard input reaches end of file.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: holdlock DATABASE\n");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
    if (!db.open()) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], qPrintable(db.lastError().text()));
        return 3;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
        std::fprintf(stderr, "cannot lock: %s\n", qPrintable(q.lastError().text()));
        return 4;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    char buf[64];
    while (std::fgets(buf, sizeof buf, stdin)) {
    }
    return q.exec(QStringLiteral("COMMIT")) ? 0 : 5;
}
