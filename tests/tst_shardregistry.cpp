// Issue 15 §1: the CallSid → shard registry the HTTP front and the shards share.
#include "bridge/ShardRegistry.h"

#include <QTest>
#include <QThread>

#include <memory>

using patchline::bridge::ShardRegistry;

class TestShardRegistry : public QObject
{
    Q_OBJECT
private slots:
    void firstClaimWins()
    {
        ShardRegistry r;
        QCOMPARE(r.owner(QStringLiteral("CA1")), -1);
        QCOMPARE(r.claim(QStringLiteral("CA1"), 1), 1);
        QCOMPARE(r.claim(QStringLiteral("CA1"), 0), 1); // a later claim sees the owner
        QCOMPARE(r.owner(QStringLiteral("CA1")), 1);
        QCOMPARE(r.claim(QString(), 0), 0); // no CallSid: nothing remembered
        QCOMPARE(r.size(), 1);
    }

    void boundedForgetsTheOldest()
    {
        ShardRegistry r(10);
        for (int i = 0; i < 11; ++i)
            r.claim(QStringLiteral("CA%1").arg(i), i % 2);
        QVERIFY(r.size() <= 10);
        QCOMPARE(r.owner(QStringLiteral("CA0")), -1); // the oldest went
        QCOMPARE(r.owner(QStringLiteral("CA10")), 0); // the newest stays
        QCOMPARE(r.owner(QStringLiteral("CA9")), 1);
    }

    void concurrentClaimsAgree()
    {
        // Two threads race to claim the same CallSids for different shards: each CallSid
        // ends with exactly one owner, and both threads were told the same one.
        ShardRegistry r;
        QList<int> seenA(1000), seenB(1000);
        std::unique_ptr<QThread> a(QThread::create([&] {
            for (int i = 0; i < 1000; ++i)
                seenA[i] = r.claim(QStringLiteral("CA%1").arg(i), 0);
        }));
        std::unique_ptr<QThread> b(QThread::create([&] {
            for (int i = 0; i < 1000; ++i)
                seenB[i] = r.claim(QStringLiteral("CA%1").arg(i), 1);
        }));
        a->start();
        b->start();
        a->wait();
        b->wait();
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(seenA[i], seenB[i]);
            QCOMPARE(r.owner(QStringLiteral("CA%1").arg(i)), seenA[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestShardRegistry)
#include "tst_shardregistry.moc"
