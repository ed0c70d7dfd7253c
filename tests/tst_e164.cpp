#include "twilio/E164.h"

#include <QTest>

using namespace patchline;

/// E.164 normalisation and refusal of what cannot be dialled (issue 5 §2).
class TestE164 : public QObject
{
    Q_OBJECT
private slots:
    void normalisation_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("mention");
        QTest::newRow("valid") << "+14155551212"
                               << "+14155551212"
                               << "";
        QTest::newRow("spaces and dashes") << "+1 (415) 555-1212"
                                           << "+14155551212"
                                           << "";
        QTest::newRow("00 prefix") << "0049 30 1234567"
                                   << "+49301234567"
                                   << "";
        QTest::newRow("missing +") << "4155551212"
                                   << ""
                                   << "country code";
        QTest::newRow("too long") << "+1234567890123456"
                                  << ""
                                  << "too long";
        QTest::newRow("letters") << "+1 800 FLOWERS"
                                 << ""
                                 << "letters";
        QTest::newRow("too short") << "+1555"
                                   << ""
                                   << "too short";
        QTest::newRow("empty") << ""
                               << ""
                               << "enter the number";
    }

    void normalisation()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        QFETCH(QString, mention);
        QString error;
        QCOMPARE(twilio::normalizeE164(typed, &error), e164);
        if (!mention.isEmpty()) {
            QVERIFY2(error.contains(mention), qPrintable(error));
            if (!typed.isEmpty())
                QVERIFY2(error.contains(typed), qPrintable(error)); // names the value
        }
    }
};

QTEST_GUILESS_MAIN(TestE164)
#include "tst_e164.moc"
