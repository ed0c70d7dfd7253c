#include "SandboxFixture.h"
#include "TestUtil.h"
#include "ui/AgentsPanel.h"
#include "ui/CallListModel.h"
#include "ui/DialDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace patchline;

/// The "New call" dialog, offscreen, against the sandbox's Twilio REST surface.
class TestDialDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void dialFromTheConsole()
    {
        test::SandboxFixture box;
        QVERIFY(box.start([](engine::Engine::Options &o) {
                       o.config.record = false;
                       o.sandboxAgentRequiredVariables = {QStringLiteral("customer")};
                   })
                    .isEmpty());
        ui::MainWindow w(box.engine.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(test::waitFor([&] { return w.agentsPanel()->model()->rowCount() > 0; }, 5000));
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(test::waitFor([&] { return !w.dialDialog().isNull(); }, 2000));
        ui::DialDialog *d = w.dialDialog();
        // Issue 18 #8: the agent by name, its id used for the call; #10: a hint, not a red
        // error, before anything is typed.
        QVERIFY2(!d->agentField()->currentText().startsWith(QStringLiteral("agent_")),
                 qPrintable(d->agentField()->currentText()));
        QCOMPARE(d->agentId(), box.engine->config().defaultAgentId);
        QVERIFY(!d->agentId().isEmpty());
        for (QLabel *l : d->findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(QStringLiteral("color:#b00020")), qPrintable(l->text()));
        // From is filled from the account's numbers (IncomingPhoneNumbers).
        QVERIFY(test::waitFor([&] { return d->fromField()->count() > 0; }, 5000));
        QCOMPARE(d->fromField()->currentText(), QStringLiteral("+15550100"));

        d->toField()->setCurrentText(QStringLiteral("555-0199"));
        QVERIFY(d->problem().contains(QStringLiteral("country code")));
        d->toField()->setCurrentText(QStringLiteral("+1 555 0199"));
        // The agent's prompt needs {{customer}}: caught before the call (GET agent).
        QVERIFY(
            test::waitFor([&] { return d->problem().contains(QStringLiteral("customer")); }, 5000));
        d->variables()->insertRow(0);
        d->variables()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("customer")));
        d->variables()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Ada")));
        QCOMPARE(d->request().variables.value(QStringLiteral("customer")), QStringLiteral("Ada"));
        QVERIFY2(d->problem().isEmpty(), qPrintable(d->problem()));
        const QString shots = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            d->grab().save(shots + QStringLiteral("/dial-dialog.png"));
        }

        // The pre-flight check runs for this very call before it goes out: an override the
        // agent does not allow is caught (it would close the conversation with 1008).
        d->variables()->insertRow(1);
        d->variables()->setItem(1, 0, new QTableWidgetItem(QStringLiteral("override_prompt")));
        d->variables()->setItem(1, 1, new QTableWidgetItem(QStringLiteral("Be brief.")));
        d->accept();
        QVERIFY(test::waitFor([&] { return d->preflightText().contains(u'✗'); }, 10000));
        QVERIFY2(d->preflightText().contains(QStringLiteral("prompt")),
                 qPrintable(d->preflightText()));
        QCOMPARE(d->result(), int(QDialog::Rejected)); // still open, nothing dialled
        if (!shots.isEmpty())
            d->grab().save(shots + QStringLiteral("/dial-dialog-preflight.png"));
        QVERIFY(d->isVisible());
        d->variables()->removeRow(1); // fixed: the check runs again and passes

        d->machineDetection()->setChecked(true);
        QSignalSpy dialed(box.engine.get(), &engine::Engine::dialed);
        d->accept();
        QVERIFY(dialed.wait(10000));
        const QString sid = dialed.first().at(0).toString();
        QVERIFY2(!sid.isEmpty(), qPrintable(dialed.first().at(1).toString()));
        QVERIFY(test::waitFor([&] { return w.callModel()->rowCount() == 1; }, 10000));
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Live; }, 10000));
        // Answering-machine detection went to Twilio and its verdict is on the call.
        QVERIFY(test::waitFor(
            [&] {
                return !box.events(sid, QStringLiteral("info"))
                            .filter(QStringLiteral("answered by: human"))
                            .isEmpty();
            },
            5000));
        // The number is remembered for next time.
        QCOMPARE(QSettings().value(QStringLiteral("dial/recent")).toStringList().first(),
                 QStringLiteral("+15550199"));
        box.engine->hangup(box.last(sid).id);
        QVERIFY(
            test::waitFor([&] { return box.last(sid).state == bridge::CallState::Ended; }, 5000));
        w.close();
        box.stop();
    }

    void numberPlanChecksWithRealAccounts()
    {
        QTemporaryDir dir;
        engine::Engine::Options o; // real-accounts mode (none configured: nothing is dialled)
        o.config.port = 0;
        o.config.dataDir = dir.path();
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::DialDialog d(&engine, {{QStringLiteral("agent_listed"), QStringLiteral("Listed")}},
                         QStringLiteral("agent_x"));
        // A typed id and Enter: used as typed, not swallowed as an item without its id.
        d.agentField()->lineEdit()->clear();
        QTest::keyClicks(d.agentField()->lineEdit(), QStringLiteral("agent_typed"));
        QTest::keyClick(d.agentField()->lineEdit(), Qt::Key_Return);
        QCOMPARE(d.agentId(), QStringLiteral("agent_typed"));
        QCOMPARE(d.request().agentId, QStringLiteral("agent_typed"));
        d.toField()->setCurrentText(QStringLiteral("+1 415 555 1212"));
        const auto status = [&d] {
            QString all;
            for (QLabel *l : d.findChildren<QLabel *>())
                all += l->text() + u'\n';
            return all;
        };
        QVERIFY2(status().contains(QStringLiteral("United States")), qPrintable(status()));
        QVERIFY(!d.problem().contains(QStringLiteral("not a")));
        d.toField()->setCurrentText(QStringLiteral("+1 555 0123")); // 555-01xx: fictional
        QVERIFY2(d.problem().contains(QStringLiteral("not a dialable number")),
                 qPrintable(d.problem()));
        d.toField()->setCurrentText(QStringLiteral("+44 909 879 0000"));
        QVERIFY(status().contains(QStringLiteral("premium rate")));
    }
};

QTEST_MAIN(TestDialDialog)
#include "tst_dialdialog.moc"
