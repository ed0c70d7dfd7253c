#include "PgFixture.h"

#include <QSqlDriver>
#include <QTest>

using namespace patchline;

/// The PostgreSQL harness for issue 20 (nodes on a shared database): a real PostgreSQL from
/// Debian started in a temporary folder as an unprivileged user on a random port, reached
/// through Qt's QPSQL driver, and what a connection sees when the server restarts under it —
/// the behaviour the PostgreSQL store's reconnect-and-retry must handle.
class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void serverStartsAndSurvivesARestart()
    {
        test::PgFixture pg;
        const QString error = pg.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(pg.url().startsWith(QStringLiteral("postgresql://patchline@127.0.0.1:")));

        QSqlDatabase db = pg.connect();
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        // What the store will use: transactions, LISTEN/NOTIFY (issue 20 §2).
        QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));
        QVERIFY(db.driver()->hasFeature(QSqlDriver::EventNotifications));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (id bigserial PRIMARY KEY, text text)")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t (text) VALUES ('before')")));
        QVERIFY(q.exec(QStringLiteral("SELECT to_tsvector('english', 'shipped on Thursday') @@ "
                                      "plainto_tsquery('english', 'ship')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toBool(), true); // full-text search with stemming, as §1 needs

        // The server goes away (as a crash would) and comes back: the old connection fails
        // with an error, a new one sees every committed row.
        QString why;
        QVERIFY2(pg.restart(&why), qPrintable(why));
        QSqlQuery stale(db);
        QVERIFY(!stale.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(!stale.lastError().text().isEmpty());
        db.close();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery again(db);
        QVERIFY2(again.exec(QStringLiteral("SELECT text FROM t")),
                 qPrintable(again.lastError().text()));
        QVERIFY(again.next());
        QCOMPARE(again.value(0).toString(), QStringLiteral("before"));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
