// The settings pane (issue 7 §1, §3, §5), offscreen, against the sandbox's real Twilio and
// ElevenLabs REST surfaces: fields from settings, environment shown read-only, bad values
// refused with nothing stored, masked secrets, Test buttons, the pre-flight page, the
// first-run banner, and screenshots to look at.
#include "SandboxFixture.h"
#include "TestUtil.h"
#include "audio/AudioDevice.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "ui/MainWindow.h"
#include "ui/PreflightModel.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace patchline;
using settings::Key;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::SandboxFixture m_box;
    QHash<QByteArray, QByteArray> m_env;
    std::unique_ptr<QSettings> m_qs;
    std::unique_ptr<settings::SecretStore> m_secrets;
    std::unique_ptr<settings::Settings> m_settings;

    void freshSettings()
    {
        m_settings.reset();
        m_qs = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
        m_qs->clear();
        settings::SecretStore::Options so;
        so.useKeychain = false; // the keychain paths are tst_secrets' job
        so.filePath = m_dir.filePath(QStringLiteral("secrets.json"));
        m_secrets = std::make_unique<settings::SecretStore>(so);
        m_settings = std::make_unique<settings::Settings>(
            m_qs.get(), m_secrets.get(), [this](const char *n) { return m_env.value(n); });
        m_settings->set(Key::SecretFallback, QStringLiteral("session"));
    }

    static void setText(QWidget *w, const QString &text)
    {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setText(text);
        else if (auto *c = qobject_cast<QComboBox *>(w))
            c->setEditText(text);
    }

    static void grab(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR", QDir::tempPath());
        w->grab().save(dir + QStringLiteral("/patchline-%1.png").arg(name));
    }

    /// Answers the message box that opens next (within 200 ms) with No; `*text` gets its text.
    void answerNo(QString *text)
    {
        QTimer::singleShot(200, this, [text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(ui::installTranslations(qApp, QStringLiteral("en"))); // English plurals
        QVERIFY(m_box.start([](engine::Engine::Options &o) { o.config.record = false; }).isEmpty());
    }

    void init() { freshSettings(); }

    void fieldsShowSettingsAndEnvironment()
    {
        m_settings->set(Key::TwilioAccountSid,
                        QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        m_env.insert("TWILIO_AUTH_TOKEN", "env_token_123456");
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        auto *sid = qobject_cast<QLineEdit *>(d.editor(Key::TwilioAccountSid));
        QCOMPARE(sid->text(), QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QVERIFY(sid->isEnabled());
        auto *token = qobject_cast<QLineEdit *>(d.editor(Key::TwilioAuthToken));
        QVERIFY(!token->isEnabled()); // the environment wins, and the pane says so
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        const auto notes = d.findChildren<QLabel *>();
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](QLabel *l) {
            return l->text().contains(QStringLiteral("TWILIO_AUTH_TOKEN"));
        }));
        m_env.clear();
    }

    void secretsAreMaskedAndRevealedOnDemand()
    {
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        auto *key = qobject_cast<QLineEdit *>(d.editor(Key::ElevenLabsApiKey));
        key->setText(QStringLiteral("xi_typed_secret_1"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(key->displayText().contains(QStringLiteral("xi_typed")), false);
        auto *reveal = key->findChild<QAction *>(QStringLiteral("reveal"));
        QVERIFY(reveal);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Password);
    }

    void badValueIsRefusedAndNothingIsStored()
    {
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        d.showSection(QStringLiteral("alarms"));
        setText(d.editor(Key::TwilioAccountSid), QStringLiteral("AC123"));
        setText(d.editor(Key::ServerPublicUrl), QStringLiteral("https://good.example"));
        QSignalSpy saved(&d, &ui::SettingsDialog::saved);
        d.save();
        QVERIFY2(d.errorText().contains(QStringLiteral("AC123")), qPrintable(d.errorText()));
        QVERIFY(d.errorText().contains(QStringLiteral("Twilio Account SID")));
        QCOMPARE(d.currentSection(), QStringLiteral("twilio")); // opened where the fix is
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_settings->string(Key::ServerPublicUrl), QString()); // not even the good one
    }

    void saveStoresValuesAndSecretsApart()
    {
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        setText(d.editor(Key::TwilioAccountSid),
                QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        setText(d.editor(Key::TwilioAuthToken), QStringLiteral("saved_token_98765"));
        setText(d.editor(Key::ServerPublicUrl), QStringLiteral("https://abc.ngrok.app"));
        setText(d.editor(Key::TwilioDefaultFrom), QStringLiteral("+15550100"));
        QSignalSpy saved(&d, &ui::SettingsDialog::saved);
        d.setLiveCallCount([] { return 2; });
        // The restart question (the bridge settings changed): answer No.
        QString question;
        answerNo(&question);
        d.save();
        QVERIFY(test::waitFor([&] { return saved.count() == 1; }, 5000));
        // It names the live calls a restart would hang up (and says nothing of it without).
        QVERIFY2(question.contains(QStringLiteral("2 calls in progress will be hung up")),
                 qPrintable(question));
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        QCOMPARE(m_settings->string(Key::ServerPublicUrl), QStringLiteral("https://abc.ngrok.app"));
        QCOMPARE(m_settings->secret(Key::TwilioAuthToken), QByteArray("saved_token_98765"));
        m_qs->sync();
        QFile ini(m_qs->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains("abc.ngrok.app"));
        QVERIFY(!stored.contains("saved_token_98765")); // never in QSettings

        ui::SettingsDialog again(m_settings.get(), m_box.engine.get());
        setText(again.editor(Key::ServerPublicUrl), QStringLiteral("https://def.ngrok.app"));
        QSignalSpy savedAgain(&again, &ui::SettingsDialog::saved);
        question.clear();
        answerNo(&question);
        again.save();
        QVERIFY(test::waitFor([&] { return savedAgain.count() == 1; }, 5000));
        QVERIFY2(!question.isEmpty() && !question.contains(QStringLiteral("hung up")),
                 qPrintable(question));
    }

    // Issue 18 #2: Cancel — or a keychain write the user cancels — leaves the config file
    // byte-identical; before, the plain values were written ahead of the secrets.
    void cancelLeavesTheConfigFileByteIdentical()
    {
        m_settings->set(Key::SecretFallback, QString()); // ask when there is no keychain
        m_qs->sync();
        const auto iniBytes = [this] {
            m_qs->sync();
            QFile ini(m_qs->fileName());
            return ini.open(QIODevice::ReadOnly) ? ini.readAll() : QByteArray("missing");
        };
        const QByteArray before = iniBytes();
        {
            ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
            setText(d.editor(Key::TwilioAccountSid),
                    QStringLiteral("AC0123456789abcdef0123456789abcdef"));
            setText(d.editor(Key::ServerPublicUrl), QStringLiteral("https://cancel.example"));
            d.show();
            d.reject();
        }
        QCOMPARE(iniBytes(), before);

        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        setText(d.editor(Key::TwilioAccountSid),
                QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        setText(d.editor(Key::TwilioAuthToken), QStringLiteral("typed_token_55555"));
        QSignalSpy saved(&d, &ui::SettingsDialog::saved);
        bool asked = false;
        QTimer::singleShot(200, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box && box->text().contains(settings::SecretStore::noKeychainPrefix());
            if (box)
                box->button(QMessageBox::Cancel)->click();
        });
        d.save();
        QVERIFY(test::waitFor([&] { return !d.errorText().isEmpty(); }, 5000));
        QVERIFY(asked);
        QVERIFY2(d.errorText().startsWith(QStringLiteral("Nothing was saved")),
                 qPrintable(d.errorText()));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(iniBytes(), before);
        QCOMPARE(m_settings->secret(Key::TwilioAuthToken), QByteArray());
    }

    /// Issue 18: the Server page showed the stored port while the app ran on another one.
    void serverPageSaysWhenThePortIsOverridden()
    {
        m_settings->set(Key::ServerPort, 8787);
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        auto *note = d.findChild<QLabel *>(QStringLiteral("portOverridden"));
        QVERIFY(m_box.engine->port() != 8787);
        QVERIFY(note);
        QVERIFY2(note->text().contains(QString::number(m_box.engine->port())),
                 qPrintable(note->text()));
        m_settings->set(Key::ServerPort, m_box.engine->port());
        ui::SettingsDialog same(m_settings.get(), m_box.engine.get());
        QVERIFY(!same.findChild<QLabel *>(QStringLiteral("portOverridden")));
    }

    void audioPageKeepsAnUnpluggedDeviceAndExplainsMissingOnes()
    {
        // A headset remembered from another day, not connected now (CI has no sound server).
        m_settings->set(Key::AudioInputDevice, QStringLiteral("alsa_input.usb-headset"));
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        d.showSection(QStringLiteral("audio"));
        auto *mic = qobject_cast<QComboBox *>(d.editor(Key::AudioInputDevice));
        auto *out = qobject_cast<QComboBox *>(d.editor(Key::AudioOutputDevice));
        QVERIFY(mic && out);
        QVERIFY2(mic->currentText().contains(QStringLiteral("not connected")),
                 qPrintable(mic->currentText()));
        QCOMPARE(out->currentData().toString(), QString()); // system default
        auto *note = d.findChild<QLabel *>(QStringLiteral("audioNote"));
        QVERIFY(note);
        if (audio::audioInputs().isEmpty())
            QVERIFY2(note->text().contains(QStringLiteral("No ")), qPrintable(note->text()));
        d.show();
        grab(&d, QStringLiteral("settings-audio"));
        QSignalSpy saved(&d, &ui::SettingsDialog::saved);
        d.save();
        QVERIFY(test::waitFor([&] { return saved.count() == 1; }, 5000));
        QCOMPARE(m_settings->string(Key::AudioInputDevice),
                 QStringLiteral("alsa_input.usb-headset"));
        QCOMPARE(m_settings->toBridgeConfig().audioInputId, QByteArray("alsa_input.usb-headset"));
    }

    void shorterRetentionAsksBeforeDeleting()
    {
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        auto *days = qobject_cast<QSpinBox *>(d.editor(Key::RecordingRetentionDays));
        QVERIFY(days);
        days->setValue(30);
        QSignalSpy saved(&d, &ui::SettingsDialog::saved);
        QString asked;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(200, this, [&asked, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
                // The restart question that may follow: not now.
                QTimer::singleShot(200, [] {
                    if (auto *next = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                        next->button(QMessageBox::No)->click();
                });
            });
        };
        answer(QMessageBox::No);
        d.save();
        QVERIFY2(asked.contains(QStringLiteral("30 day")), qPrintable(asked));
        QTest::qWait(300);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_settings->integer(Key::RecordingRetentionDays), 0); // nothing saved
        answer(QMessageBox::Yes);
        d.save();
        QVERIFY(test::waitFor([&] { return saved.count() == 1; }, 5000));
        QCOMPARE(m_settings->integer(Key::RecordingRetentionDays), 30);
    }

    void testButtonsCallTheServicesWithTypedValues()
    {
        const settings::BridgeConfig running = m_box.engine->config();
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        d.show();
        setText(d.editor(Key::TwilioAccountSid), running.twilioAccountSid);
        setText(d.editor(Key::TwilioAuthToken), QString::fromLatin1(running.twilioAuthToken));
        setText(d.editor(Key::TwilioApiBase), m_box.engine->sandboxTwilioApiBase());
        QSignalSpy done(&d, &ui::SettingsDialog::checkFinished);
        d.showSection(QStringLiteral("twilio"));
        auto buttons = d.findChildren<QPushButton *>();
        auto testButton = [&](const QString &section) {
            d.showSection(section);
            for (QPushButton *b : buttons)
                if (b->text() == ui::SettingsDialog::tr("&Test") && b->isVisible())
                    return b;
            return static_cast<QPushButton *>(nullptr);
        };
        QPushButton *twilio = testButton(QStringLiteral("twilio"));
        QVERIFY(twilio);
        twilio->click();
        QVERIFY(done.wait(10000));
        QVERIFY2(d.testResult(QStringLiteral("twilio")).contains(QStringLiteral("Sandbox")) ||
                     d.testResult(QStringLiteral("twilio")).contains(QStringLiteral("account")),
                 qPrintable(d.testResult(QStringLiteral("twilio"))));
        auto *from = qobject_cast<QComboBox *>(d.editor(Key::TwilioDefaultFrom));
        QVERIFY(from->findText(QStringLiteral("+15550100")) >= 0); // filled from the account
        grab(&d, QStringLiteral("settings-twilio"));
        // The result described the values tested: editing one clears it (issue 18).
        QTest::keyClick(d.editor(Key::TwilioAccountSid), Qt::Key_End);
        QTest::keyClicks(d.editor(Key::TwilioAccountSid), QStringLiteral("x"));
        QCOMPARE(d.testResult(QStringLiteral("twilio")), QString());
        QTest::keyClick(d.editor(Key::TwilioAccountSid), Qt::Key_Backspace);

        setText(d.editor(Key::ElevenLabsApiKey), QString::fromLatin1(running.elevenLabsApiKey));
        auto *region = qobject_cast<QComboBox *>(d.editor(Key::ElevenLabsApiBase));
        region->addItem(running.elevenLabsApiBase.toString(), running.elevenLabsApiBase.toString());
        region->setCurrentIndex(region->count() - 1);
        QPushButton *eleven = testButton(QStringLiteral("elevenlabs"));
        QVERIFY(eleven);
        eleven->click();
        QVERIFY(done.wait(10000));
        const QString result = d.testResult(QStringLiteral("elevenlabs"));
        QVERIFY2(result.contains(QStringLiteral("accepted")), qPrintable(result));
        auto *agent = qobject_cast<QComboBox *>(d.editor(Key::ElevenLabsDefaultAgent));
        QVERIFY(agent->findData(QStringLiteral("agent_sandbox_demo")) >= 0);
        QVERIFY(!result.contains(QString::fromLatin1(running.elevenLabsApiKey)));
        // Each listed agent is checked for the phone: the sandbox agent is ready.
        const int i = agent->findData(QStringLiteral("agent_sandbox_demo"));
        QVERIFY(test::waitFor(
            [&] { return agent->itemText(i).contains(QStringLiteral("ulaw_8000")); }, 5000));
        agent->setCurrentIndex(i);
        auto *note = d.findChild<QLabel *>(QStringLiteral("agentNote"));
        QVERIFY2(note->text().contains(QStringLiteral("ready for phone calls")),
                 qPrintable(note->text()));
    }

    void agentPickerMarksAgentsThatAreNotTelephonyReady()
    {
        test::SandboxFixture pcm; // an agent on PCM formats, like a fresh web agent
        QVERIFY(pcm.start([](engine::Engine::Options &o) {
                       o.config.record = false;
                       o.sandboxAgentInputFormat = QStringLiteral("pcm_16000");
                       o.sandboxAgentOutputFormat = QStringLiteral("pcm_44100");
                   })
                    .isEmpty());
        const settings::BridgeConfig running = pcm.engine->config();
        ui::SettingsDialog d(m_settings.get(), pcm.engine.get());
        d.resize(820, 600);
        d.show();
        setText(d.editor(Key::ElevenLabsApiKey), QString::fromLatin1(running.elevenLabsApiKey));
        auto *region = qobject_cast<QComboBox *>(d.editor(Key::ElevenLabsApiBase));
        region->addItem(running.elevenLabsApiBase.toString(), running.elevenLabsApiBase.toString());
        region->setCurrentIndex(region->count() - 1);
        QSignalSpy done(&d, &ui::SettingsDialog::checkFinished);
        d.showSection(QStringLiteral("elevenlabs"));
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text() == ui::SettingsDialog::tr("&Test") && b->isVisible())
                b->click();
        QVERIFY(done.wait(10000));
        auto *agent = qobject_cast<QComboBox *>(d.editor(Key::ElevenLabsDefaultAgent));
        const int i = agent->findData(QStringLiteral("agent_sandbox_demo"));
        QVERIFY(i >= 0);
        agent->setCurrentIndex(i);
        QVERIFY(test::waitFor(
            [&] { return agent->itemText(i).contains(QStringLiteral("not telephony-ready")); },
            5000));
        QVERIFY(
            agent->itemData(i, Qt::ToolTipRole).toString().contains(QStringLiteral("pcm_16000")));
        auto *note = d.findChild<QLabel *>(QStringLiteral("agentNote"));
        QVERIFY2(note->text().contains(QStringLiteral("pcm_44100")), qPrintable(note->text()));
        grab(&d, QStringLiteral("settings-agent-not-ready"));
    }

    void preflightPageListsProblemsAndLeadsToTheFix()
    {
        ui::SettingsDialog d(m_settings.get(), m_box.engine.get());
        d.resize(820, 600);
        d.show();
        QAbstractItemModelTester tester(d.preflightModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&d, &ui::SettingsDialog::checkFinished);
        d.showSection(QStringLiteral("preflight")); // runs the check when first shown
        QVERIFY(done.wait(15000));
        ui::PreflightModel *m = d.preflightModel();
        QVERIFY(m->rowCount() >= 4);
        // No accounts and no public URL: red lines, each with a fix and a section.
        int publicUrlRow = -1;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r);
            if (i.data(ui::PreflightModel::LevelRole).toInt() == int(preflight::Level::Fail))
                QVERIFY2(!i.data(ui::PreflightModel::FixRole).toString().isEmpty(),
                         qPrintable(i.data().toString()));
            if (i.data(ui::PreflightModel::IdRole).toString() == u"server.publicUrl")
                publicUrlRow = r;
        }
        QVERIFY(publicUrlRow >= 0);
        QCOMPARE(m->index(publicUrlRow).data(ui::PreflightModel::LevelRole).toInt(),
                 int(preflight::Level::Fail));
        grab(&d, QStringLiteral("settings-preflight"));
        auto *view = d.findChild<QListView *>(QStringLiteral("preflightView"));
        QVERIFY(view);
        QApplication::setActiveWindow(&d);
        view->setFocus();
        view->setCurrentIndex(m->index(publicUrlRow));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(d.currentSection(), QStringLiteral("server"));
    }

    void realModeShowsThePreflightOutcomeInTheStatusBar()
    {
        engine::Engine::Options o; // real accounts mode, but none configured
        o.config.port = 0;
        o.config.record = false;
        o.config.dataDir = m_dir.filePath(QStringLiteral("real"));
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine, m_settings.get());
        w.show();
        QVERIFY(!w.sandboxBanner()->isVisible());
        QVERIFY(test::waitFor(
            [&] { return w.preflightIndicator()->text().contains(QStringLiteral("problem")); },
            15000));
        QVERIFY(w.preflightIndicator()->text().startsWith(u'✗'));
        // An unsigned Twilio request: the refusal badge appears in the status bar.
        QVERIFY(!w.refusedIndicator()->isVisible());
        QNetworkAccessManager nam;
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1/twilio/status").arg(engine.port())));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        std::unique_ptr<QNetworkReply> reply(nam.post(req, QByteArray("CallSid=CA1")));
        QVERIFY(test::waitFor([&] { return w.refusedIndicator()->isVisible(); }, 5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QVERIFY(w.refusedIndicator()->text().contains(u'1'));
        w.preflightIndicator()->click();
        QVERIFY(!w.settingsDialog().isNull());
        QCOMPARE(w.settingsDialog()->currentSection(), QStringLiteral("preflight"));
    }

    void firstRunBannerOpensTheSettings()
    {
        ui::MainWindow w(m_box.engine.get(), m_settings.get());
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.sandboxBanner()->isVisible());
        grab(&w, QStringLiteral("first-run"));
        auto *connectButton = w.findChild<QPushButton *>(QStringLiteral("connectAccounts"));
        QVERIFY(connectButton);
        connectButton->click();
        QVERIFY(!w.settingsDialog().isNull());
        QCOMPARE(w.settingsDialog()->currentSection(), QStringLiteral("twilio"));
        w.settingsDialog()->reject();
        QTest::keyClick(&w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(test::waitFor([&] { return !w.settingsDialog().isNull(); }, 2000));
        QCOMPARE(w.settingsDialog()->currentSection(), QStringLiteral("preflight"));
        QSignalSpy done(w.settingsDialog().data(), &ui::SettingsDialog::checkFinished);
        QVERIFY(done.wait(15000));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
