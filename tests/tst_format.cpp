// One format per unit (issue 18 §3, #10): milliseconds, seconds, Twilio's negative price as
// money, ElevenLabs credits and alarm names, in English and in German.
#include "bridge/Alarms.h"
#include "campaign/CampaignCsv.h"
#include "twilio/E164.h"
#include "twilio/ErrorCodes.h"
#include "ui/Colors.h"
#include "ui/Format.h"
#include "ui/Icons.h"
#include "ui/Theme.h"
#include "ui/Translations.h"

#include <QLocale>
#include <QPalette>

#include <QtTest>
#include <cmath>

using namespace patchline;
using ui::Format;

class TestFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(ui::installTranslations(qApp, QStringLiteral("en"))); }
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void english()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Format::ms(980), QStringLiteral("980 ms"));
        QCOMPARE(Format::ms(1000), QStringLiteral("1,000 ms"));
        QCOMPARE(Format::ms(-1), QStringLiteral("–"));
        QCOMPARE(Format::seconds(12.46), QStringLiteral("12.5 s"));
        QCOMPARE(Format::twilioPrice(QStringLiteral("-0.01300 USD")), QStringLiteral("$0.0130"));
        QCOMPARE(Format::twilioPrice(QStringLiteral("-1.5 EUR")), QStringLiteral("€1.5000"));
        QCOMPARE(Format::credits(296), QStringLiteral("296 credits"));
        QCOMPARE(Format::credits(1), QStringLiteral("1 credit"));
        QCOMPARE(Format::credits(-1), QStringLiteral("–"));
        QCOMPARE(Format::count(12345), QStringLiteral("12,345"));
    }

    void german()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Format::ms(1000), QStringLiteral("1.000 ms"));
        QCOMPARE(Format::seconds(12.46), QStringLiteral("12,5 s"));
        const QString price = Format::twilioPrice(QStringLiteral("-0.01300 USD"));
        QVERIFY2(price.contains(QStringLiteral("0,0130")) && price.contains(u'$'),
                 qPrintable(price));
        QVERIFY(!price.contains(u'-'));
    }

    void unknownPriceTextStaysVisibleAndBounded()
    {
        QCOMPARE(Format::twilioPrice(QStringLiteral("free")), QStringLiteral("free"));
        const QString hostile = QString(500, u'x') + QStringLiteral("\nforged line");
        const QString shown = Format::twilioPrice(hostile);
        QVERIFY(shown.size() <= 41);
        QVERIFY(!shown.contains(u'\n'));
    }

    /// Issue 18 §3: one caller/agent palette, readable in light and dark themes (WCAG
    /// contrast ≥ 3:1 against the view's Base, the level for graphics and large text).
    void sideColoursReadInLightAndDarkThemes()
    {
        const auto luminance = [](const QColor &c) {
            const auto lin = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        const QPalette dark = ui::Theme::darkPalette(); // Settings → Appearance → Dark
        QVERIFY(!ui::Colors::dark(light));
        QVERIFY(ui::Colors::dark(dark));
        for (const QPalette &pal : {light, dark}) {
            const QColor base = pal.color(QPalette::Base);
            for (const QColor &c : {ui::Colors::caller(pal), ui::Colors::agent(pal),
                                    ui::Colors::bargeIn(pal), ui::Colors::turn(pal)})
                QVERIFY2(contrast(c, base) >= 3.0, qPrintable(QStringLiteral("%1 on %2: %3")
                                                                  .arg(c.name(), base.name())
                                                                  .arg(contrast(c, base))));
            // The two sides stay apart from each other too.
            QVERIFY(ui::Colors::caller(pal) != ui::Colors::agent(pal));
        }
    }

    void alarmNamesComeFromTheEvents()
    {
        const QList<bridge::CallEvent> events{
            {1000, QStringLiteral("barge-in"), QStringLiteral("caller talked over the agent")},
            {12000, QStringLiteral("alarm"),
             QStringLiteral("one-way audio: no sound from the caller for 10 s")},
            {15000, QStringLiteral("alarm-cleared"), QStringLiteral("one-way audio")},
            {40000, QStringLiteral("alarm"), QStringLiteral("dead air")},
        };
        const QList<ui::AlarmMark> marks = Format::alarms(events);
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.at(0).name, QStringLiteral("one-way audio"));
        QCOMPARE(marks.at(0).offsetMs, qint64(12000));
        QVERIFY(marks.at(0).detail.contains(QStringLiteral("10 s")));
        QCOMPARE(marks.at(1).name, QStringLiteral("dead air"));
        QCOMPARE(Format::alarmList(marks),
                 QStringLiteral("one-way audio (0:12) · dead air (0:40)"));
        QCOMPARE(Format::alarmList({}), QStringLiteral("none"));
    }
    void applicationIconIsBuiltIn()
    {
        // issue 17 §2: a window icon even where no icon theme has io.patchline.Patchline
        // (a build-tree run, offscreen): the compiled-in PNGs, sharp from 16 to 256 px.
        const QIcon icon = ui::Icons::application();
        QVERIFY(!icon.isNull());
        for (int size : {16, 32, 48, 64, 128, 256}) {
            QVERIFY(icon.availableSizes().contains(QSize(size, size)));
            const QImage img(
                QStringLiteral(":/appicon/%1x%1/io.patchline.Patchline.png").arg(size));
            QCOMPARE(img.size(), QSize(size, size));
            // Where the two waves meet, the white dot; the corner inside the frame is blue.
            QVERIFY(img.pixelColor(size * 136 / 256, size / 2).lightness() > 200);
            const QColor ground = img.pixelColor(size / 5, size / 5);
            QVERIFY(ground.blue() > ground.red());
        }
    }

    /// Runs last: it installs German on top of English. Issue 18 #10: states, Twilio
    /// statuses and Qt's own buttons (Yes/No) stayed English in the German console.
    void germanWords()
    {
        QVERIFY(ui::installTranslations(qApp, QStringLiteral("de")));
        QCOMPARE(Format::state(bridge::CallState::Live), QStringLiteral("aktiv"));
        QCOMPARE(Format::state(bridge::CallState::Ended), QStringLiteral("beendet"));
        QCOMPARE(Format::twilioStatus(QStringLiteral("in-progress")), QStringLiteral("läuft"));
        QCOMPARE(Format::eventKind(QStringLiteral("info")), QStringLiteral("Info"));
        QCOMPARE(Format::credits(2), QStringLiteral("2 Credits"));
        // core's file-local tr() helpers (issue 17: their hand-written contexts never matched
        // lupdate's, so these stayed English): E.164, Twilio errors, alarms, campaign CSV.
        QString why;
        twilio::normalizeE164(QStringLiteral("0155"), &why);
        QVERIFY2(why.contains(QStringLiteral("Ländervorwahl")), qPrintable(why));
        QCOMPARE(twilio::explainError(11200).title, QStringLiteral("Webhook fehlgeschlagen"));
        QCOMPARE(bridge::Alarm::name(bridge::Alarm::Kind::OneWayAudio),
                 QStringLiteral("Einweg-Audio"));
        const auto csv = campaign::parseCampaignCsv("phone_number\n+14155551212\n+14155551212\n");
        QVERIFY2(csv.issues.last().message.contains(QStringLiteral("steht schon in Zeile 2")),
                 qPrintable(csv.issues.last().message));
        // Qt's own strings come from qtbase_de (package qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Ja"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&No"), QStringLiteral("&Nein"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
