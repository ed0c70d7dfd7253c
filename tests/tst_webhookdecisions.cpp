// bridge::WebhookDecisions: repeated voice webhooks get the first answer (issue 16 §8),
// with an injected clock.
#include "bridge/WebhookDecisions.h"

#include <QTest>

using namespace patchline;

class TestWebhookDecisions : public QObject
{
    Q_OBJECT
private slots:
    void repeatGetsTheFirstAnswer()
    {
        bridge::WebhookDecisions d;
        QVERIFY(d.find(QStringLiteral("CA1"), 0).isNull());
        d.remember(QStringLiteral("CA1"), QStringLiteral("<Response>one</Response>"), 0);
        d.remember(QStringLiteral("CA1"), QStringLiteral("<Response>two</Response>"), 10);
        QCOMPARE(d.find(QStringLiteral("CA1"), 1000), QStringLiteral("<Response>one</Response>"));
        QVERIFY(d.find(QStringLiteral("CA2"), 1000).isNull());
    }

    void forgottenAfterRetention()
    {
        bridge::WebhookDecisions d(1000, 100);
        d.remember(QStringLiteral("CA1"), QStringLiteral("x"), 0);
        QCOMPARE(d.find(QStringLiteral("CA1"), 1000), QStringLiteral("x"));
        QVERIFY(d.find(QStringLiteral("CA1"), 1001).isNull());
        d.remember(QStringLiteral("CA2"), QStringLiteral("y"), 5000); // expires CA1
        QCOMPARE(d.size(), 1);
    }

    void bounded()
    {
        bridge::WebhookDecisions d(1000000, 3);
        for (int i = 0; i < 5; ++i)
            d.remember(QStringLiteral("CA%1").arg(i), QStringLiteral("t"), i);
        QCOMPARE(d.size(), 3);
        QVERIFY(d.find(QStringLiteral("CA0"), 10).isNull());
        QVERIFY(d.find(QStringLiteral("CA1"), 10).isNull());
        QCOMPARE(d.find(QStringLiteral("CA4"), 10), QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookDecisions)
#include "tst_webhookdecisions.moc"
