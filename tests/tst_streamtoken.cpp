// twilio stream tokens (issue 16 §1): bound to a CallSid, expiring, unforgeable.
#include "twilio/StreamToken.h"

#include <QTest>

using namespace patchline;

class TestStreamToken : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QByteArray key = "k1";
        const QString sid = QStringLiteral("CA0123456789abcdef0123456789abcdef");
        const QString t = twilio::makeStreamToken(key, sid, 1000);
        QVERIFY(t.startsWith(u"1000."));
        QVERIFY(t.size() <= 64);
        QString why;
        QVERIFY2(twilio::verifyStreamToken(key, sid, t, 999, &why), qPrintable(why));
        QVERIFY(twilio::verifyStreamToken(key, sid, t, 1000));
    }

    void refusals()
    {
        const QByteArray key = "k1";
        const QString sid = QStringLiteral("CA0123456789abcdef0123456789abcdef");
        const QString t = twilio::makeStreamToken(key, sid, 1000);
        QString why;
        QVERIFY(!twilio::verifyStreamToken(key, sid, t, 1001, &why));
        QVERIFY2(why.contains(u"expired"), qPrintable(why));
        QVERIFY(!twilio::verifyStreamToken(key, sid + u'0', t, 500, &why));
        QVERIFY2(why.contains(u"not issued for this CallSid"), qPrintable(why));
        QVERIFY(!twilio::verifyStreamToken("other", sid, t, 500, &why)); // another install
        QVERIFY(!twilio::verifyStreamToken(key, sid, {}, 500, &why));
        QVERIFY2(why.contains(u"no token"), qPrintable(why));
        // A later expiry with the old MAC does not pass.
        QString later = t;
        later.replace(0, 4, QStringLiteral("9999"));
        QVERIFY(!twilio::verifyStreamToken(key, sid, later, 500, &why));
        for (const QString &bad : {QStringLiteral("x.y"), QStringLiteral(".abc"),
                                   QStringLiteral("1000"), QString(200, u'1')}) {
            QVERIFY(!twilio::verifyStreamToken(key, sid, bad, 500, &why));
            QVERIFY2(why.contains(u"malformed") || why.contains(u"expired"), qPrintable(why));
        }
    }
};

QTEST_GUILESS_MAIN(TestStreamToken)
#include "tst_streamtoken.moc"
