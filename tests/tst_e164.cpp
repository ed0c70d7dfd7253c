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

    void numberPlan_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("premium");
        QTest::newRow("US") << "+14155551212" << true << "US"
                            << "landline or mobile" << false;
        QTest::newRow("UK landline") << "+442071838750" << true << "GB"
                                     << "landline" << false;
        QTest::newRow("DE mobile") << "+4915112345678" << true << "DE"
                                   << "mobile" << false;
        QTest::newRow("US toll-free") << "+18005550199" << true << "US"
                                      << "toll-free" << false;
        QTest::newRow("UK premium") << "+449098790000" << true << "GB"
                                    << "premium rate" << true;
        QTest::newRow("fictional 555-01xx") << "+15550100" << false << "ZZ"
                                            << "unknown" << false;
    }

    void numberPlan()
    {
        QFETCH(QString, e164);
        QFETCH(bool, valid);
        QFETCH(QString, region);
        QFETCH(QString, type);
        QFETCH(bool, premium);
        const twilio::NumberInfo info = twilio::describeNumber(e164);
        QCOMPARE(info.valid, valid);
        QCOMPARE(info.regionCode, region);
        QCOMPARE(info.type, type);
        QCOMPARE(info.premium, premium);
        if (valid) {
            QVERIFY(!info.country.isEmpty());
            QVERIFY2(info.formatted.startsWith(u'+') && info.formatted.contains(u' '),
                     qPrintable(info.formatted));
        }
    }
};

QTEST_GUILESS_MAIN(TestE164)
#include "tst_e164.moc"
