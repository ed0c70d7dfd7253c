// Issue 19 §1: campaign CSV import. Every bad row is reported with its row, column, value and
// a fix; good rows survive next to bad ones; the file limits hold.
#include "campaign/CampaignCsv.h"

#include <QtTest>

using namespace patchline::campaign;

class TestCampaignCsv : public QObject
{
    Q_OBJECT

    /// The issues of `csv` as "row|column|value" strings, for compact comparisons.
    static QStringList where(const CampaignCsv &csv)
    {
        QStringList out;
        for (const CsvIssue &i : csv.issues)
            out << QStringLiteral("%1|%2|%3").arg(i.row).arg(i.column, i.value);
        return out;
    }

private slots:
    void goodFileWithVariables()
    {
        const CampaignCsv csv =
            parseCampaignCsv("phone_number,customer_name,agent_id,not_before\n"
                             "+1 (415) 555-1212,Ada,,2026-12-04T09:00:00+01:00\n"
                             "+44 20 7946 0958,\"Lovelace, Ada\",agent_x,\n");
        QVERIFY2(csv.issues.isEmpty(), qPrintable(where(csv).join(u'\n')));
        QVERIFY(csv.readable);
        QCOMPARE(csv.delimiter, QChar(u','));
        QCOMPARE(csv.recipients.size(), 2);
        const Recipient &a = csv.recipients.at(0);
        QCOMPARE(a.row, 2);
        QCOMPARE(a.phoneNumber, QStringLiteral("+14155551212"));
        QCOMPARE(a.info.regionCode, QStringLiteral("US"));
        QCOMPARE(a.notBefore,
                 QDateTime::fromString(QStringLiteral("2026-12-04T08:00:00Z"), Qt::ISODate));
        QCOMPARE(a.variables, (QList<QPair<QString, QString>>{
                                  {QStringLiteral("customer_name"), QStringLiteral("Ada")}}));
        const Recipient &b = csv.recipients.at(1);
        QCOMPARE(b.phoneNumber, QStringLiteral("+442079460958"));
        QCOMPARE(b.agentId, QStringLiteral("agent_x"));
        QCOMPARE(b.variables.first().second, QStringLiteral("Lovelace, Ada")); // quoted comma
        QCOMPARE(csv.validCount(), 2);
    }

    void semicolonsBomCrlfAndQuotes()
    {
        // A spreadsheet's "CSV UTF-8" export in a German locale.
        const CampaignCsv csv = parseCampaignCsv("\xEF\xBB\xBFphone_number;note\r\n+4930123456;"
                                                 "\"sagt \"\"Hallo\"\"\r\nzweite Zeile\"\r\n");
        QVERIFY2(csv.issues.isEmpty(), qPrintable(where(csv).join(u'\n')));
        QCOMPARE(csv.delimiter, QChar(u';'));
        QCOMPARE(csv.columns,
                 (QStringList{QStringLiteral("phone_number"), QStringLiteral("note")}));
        QCOMPARE(csv.recipients.size(), 1);
        QCOMPARE(csv.recipients.first().variables.first().second,
                 QStringLiteral("sagt \"Hallo\"\nzweite Zeile"));
    }

    void badRowsNameRowColumnValueAndFix()
    {
        const CampaignCsv csv = parseCampaignCsv("phone_number,from,not_before,customer_name\n"
                                                 "+14155551212,,,Ada\n"        // row 2: good
                                                 "0155,,,Bob\n"                // 3: not E.164
                                                 "+1 415 555 1212,,,Cy\n"      // 4: duplicate
                                                 "+14155551213,12,,Di\n"       // 5: bad From
                                                 "+14155551214,,tomorrow,Ed\n" // 6: bad time
                                                 "+14155551215,,,\n"           // 7: var empty
                                                 "+14155551216,,\n"            // 8: ragged
                                                 "\n"                          // 9: blank
                                                 "+1999555121,,,Flo\n",        // 10: invalid
                                                 {QStringLiteral("customer_name")});
        QVERIFY(csv.readable);
        const QStringList w = where(csv);
        QVERIFY2(w.contains(QStringLiteral("3|phone_number|0155")), qPrintable(w.join(u'\n')));
        QVERIFY(w.contains(QStringLiteral("4|phone_number|+1 415 555 1212")));
        QVERIFY(w.contains(QStringLiteral("5|from|12")));
        QVERIFY(w.contains(QStringLiteral("6|not_before|tomorrow")));
        QVERIFY(w.contains(QStringLiteral("7|customer_name|")));
        QVERIFY(w.contains(QStringLiteral("8||+14155551216,,")));
        QVERIFY(w.contains(QStringLiteral("10|phone_number|+1999555121")));
        for (const CsvIssue &i : csv.issues) {
            QVERIFY2(!i.message.isEmpty() && i.message.endsWith(u'.'), qPrintable(i.message));
            if (i.row == 4)
                QVERIFY2(i.message.contains(QStringLiteral("already in row 2")),
                         qPrintable(i.message));
            if (i.row == 3) // normalizeE164's message names the value and the fix
                QVERIFY2(i.message.contains(QStringLiteral("0155")), qPrintable(i.message));
        }
        // Every row is kept for the preview; only row 2 is valid. Row 9 (blank) is none.
        QCOMPARE(csv.recipients.size(), 8);
        QCOMPARE(csv.validCount(), 1);
        QCOMPARE(csv.recipients.last().row, 10);
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("required");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no phone column")
            << QByteArray("number,name\n+14155551212,Ada\n") << QStringList() << "phone_number";
        QTest::newRow("twice") << QByteArray("phone_number,name,name\n+14155551212,a,b\n")
                               << QStringList() << "appears twice";
        QTest::newRow("bad variable name")
            << QByteArray("phone_number,1st name\n+14155551212,Ada\n") << QStringList()
            << "\"1st name\" cannot be a dynamic variable name";
        QTest::newRow("unnamed") << QByteArray("phone_number,,x\n+14155551212,,y\n")
                                 << QStringList() << "Column 2 of the header has no name";
        QTest::newRow("required missing")
            << QByteArray("phone_number\n+14155551212\n") << QStringList{QStringLiteral("plan")}
            << "no such column";
        QTest::newRow("not utf-8") << QByteArray("phone_number,name\n+14155551212,M\xFCller\n")
                                   << QStringList() << "not UTF-8";
        QTest::newRow("open quote") << QByteArray("phone_number,name\n+14155551212,\"Ada\n")
                                    << QStringList() << "never ends";
        QTest::newRow("empty") << QByteArray("\n\n") << QStringList() << "empty";
        QTest::newRow("header only")
            << QByteArray("phone_number\n") << QStringList() << "no recipients";
    }

    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, required);
        QFETCH(QString, mention);
        const CampaignCsv parsed = parseCampaignCsv(csv, required);
        QVERIFY(!parsed.issues.isEmpty());
        QVERIFY2(parsed.issues.first().message.contains(mention),
                 qPrintable(parsed.issues.first().message));
    }

    void limits()
    {
        QByteArray big("phone_number\n");
        big.append(QByteArray(kMaxCsvBytes, 'x'));
        const CampaignCsv tooBig = parseCampaignCsv(big);
        QVERIFY(!tooBig.readable);
        QVERIFY(tooBig.issues.first().message.contains(QStringLiteral("at most 4 MiB")));

        QByteArray many("phone_number\n");
        for (int i = 0; i < kMaxCsvRows + 5; ++i)
            many.append("+1415555" + QByteArray::number(1000000 + i).right(4) + "\n");
        const CampaignCsv cut = parseCampaignCsv(many);
        QCOMPARE(cut.recipients.size(), kMaxCsvRows);
        QVERIFY(cut.issues.last().message.contains(QStringLiteral("5 rows after them")));

        QByteArray wide("phone_number");
        for (int i = 0; i < kMaxCsvColumns; ++i)
            wide.append(",v" + QByteArray::number(i));
        QVERIFY(!parseCampaignCsv(wide + "\n").readable);

        // A long hostile value is reported bounded and without control characters.
        const QByteArray hostile = "phone_number\n\"" + QByteArray(5000, 'A') + "\x1b[31m\"\n";
        const CampaignCsv h = parseCampaignCsv(hostile);
        QVERIFY(!h.issues.isEmpty());
        for (const CsvIssue &i : h.issues) {
            QVERIFY(i.value.size() <= 61);
            QVERIFY(!i.value.contains(QChar(0x1b)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCampaignCsv)
#include "tst_campaigncsv.moc"
