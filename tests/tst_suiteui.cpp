#include "TestUtil.h"
#include "engine/Engine.h"
#include "engine/SuiteRunner.h"
#include "sim/SimAgent.h"
#include "store/Storage.h"
#include "suite/SuiteReport.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"
#include "ui/MainWindow.h"
#include "ui/SuiteModels.h"
#include "ui/SuitesWindow.h"
#include "ui/Translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace patchline;

/// Regression suites in the console (issue 19 §2), offscreen: History → Add to suite…, the
/// suites window (cases, rules, a run against the "changed prompt" agent, the report, a
/// case's comparison, exports) and Call → Regression suites….
class TestSuiteUi : public QObject
{
    Q_OBJECT

    static sim::Scenario shortCall()
    {
        using K = sim::CallerStep::Kind;
        sim::Scenario s;
        s.name = QStringLiteral("suite-ui");
        s.agentLines = {QStringLiteral("agent0"), QStringLiteral("agent3")};
        s.caller = {{K::SayAfterAgentQuiet, 500, QStringLiteral("caller2")},
                    {K::HangupAfterAgentQuiet, 800, {}}};
        s.maxDurationMs = 30000;
        return s;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(ui::installTranslations(qApp, QStringLiteral("en")));
    }

    void addRunAndReadTheReport()
    {
        QTemporaryDir dir;
        engine::Engine::Options o;
        o.sandbox = true;
        o.config.port = 0;
        o.config.dataDir = dir.path();
        o.sandboxOutboundScenario = shortCall();
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Two recorded calls.
        QSignalSpy finished(&engine, &engine::Engine::sandboxCallFinished);
        engine.placeSandboxCall(shortCall());
        engine.placeSandboxCall(shortCall());
        QVERIFY(test::waitFor([&] { return finished.size() == 2; }, 40000));
        QTest::qWait(1500); // the bridge's end of call and the post-call webhooks
        engine.storage()->flush();

        // History: select both, Add to suite.
        ui::HistoryWindow history(engine.storage());
        QSignalSpy refreshed(&history, &ui::HistoryWindow::refreshed);
        history.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(test::waitFor([&] { return history.model()->rowCount() >= 2; }, 5000));
        QVERIFY(!history.suiteButton()->isEnabled());
        history.table()->selectAll();
        QVERIFY(history.suiteButton()->isEnabled());
        QSignalSpy added(&history, &ui::HistoryWindow::addedToSuite);
        history.addSelectedToSuite(QStringLiteral("   "));
        QCOMPARE(added.size(), 1);
        QVERIFY(added.first().at(3).toString().contains(QStringLiteral("empty")));
        history.addSelectedToSuite(QStringLiteral("Order status"));
        QVERIFY(added.wait(10000));
        QCOMPARE(added.last().at(1).toInt(), 2);
        QVERIFY(added.last().at(3).toString().isEmpty());

        // Call → Regression suites… opens the window on that suite.
        QAction *action = w.findChild<QAction *>(QStringLiteral("suitesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        action->trigger();
        ui::SuitesWindow *s = w.suitesWindow();
        QVERIFY(s);
        QVERIFY(test::waitFor([&] { return s->suiteList()->count() == 1; }, 5000));
        QVERIFY2(s->suiteList()->item(0)->text().contains(QStringLiteral("Order status (2 cases)")),
                 qPrintable(s->suiteList()->item(0)->text()));
        QVERIFY(test::waitFor([&] { return s->caseTable()->rowCount() == 2; }, 5000));
        QAbstractItemModelTester reportTester(
            s->reportModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A rule changed is saved with the suite.
        s->wordsRule()->setChecked(true);
        s->wordsPct()->setValue(70);
        QVERIFY(test::waitFor([&] { return s->statusLabel()->text() == u"Rules saved."; }, 5000));
        s->reload(QStringLiteral("Order status"));
        QSignalSpy reloaded(s, &ui::SuitesWindow::reloaded);
        QVERIFY(reloaded.wait(5000));
        QVERIFY(s->wordsRule()->isChecked());
        QCOMPARE(s->wordsPct()->value(), 70);
        QCOMPARE(s->rules().minAgentSimilarityPct, 70.0);

        // Run against each case's own agent (the picker's first entry, offered once): both
        // cases pass.
        QCOMPARE(s->agentPicker()->findText(QStringLiteral("Each case's own agent")), 0);
        QCOMPARE(
            s->agentPicker()->findText(QStringLiteral("Each case's own agent"), Qt::MatchExactly),
            0);
        int own = 0;
        for (int i = 0; i < s->agentPicker()->count(); ++i)
            own += s->agentPicker()->itemText(i) == u"Each case's own agent";
        QCOMPARE(own, 1);
        QSignalSpy ownRun(s, &ui::SuitesWindow::runFinished);
        s->runSelected();
        QVERIFY(ownRun.wait(90000));
        const auto ownReport = ownRun.first().at(0).value<suite::SuiteRun>();
        QVERIFY2(ownReport.passed(), qPrintable(ownReport.cases.value(0).failures().join(u';')));
        QCOMPARE(ownReport.cases.value(0).agentId, QStringLiteral("agent_sandbox_demo"));

        // Run against the changed-prompt agent: both cases fail, the report says why.
        int changed = -1;
        for (int i = 0; i < s->agentPicker()->count(); ++i)
            if (s->agentPicker()->itemData(i).toString() == sim::SimAgent::changedPromptAgentId())
                changed = i;
        QVERIFY2(changed > 0, "the changed-prompt agent is offered");
        s->agentPicker()->setCurrentIndex(changed);
        QSignalSpy ran(s, &ui::SuitesWindow::runFinished);
        QTest::keyClick(s, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(s->cancelButton()->isEnabled());
        QVERIFY(ran.wait(90000));
        QVERIFY2(ran.first().at(1).toString().isEmpty(), qPrintable(ran.first().at(1).toString()));
        QCOMPARE(s->reportModel()->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const QModelIndex verdict = s->reportModel()->index(r, ui::SuiteReportModel::Verdict);
            QCOMPARE(verdict.data().toString(), QStringLiteral("failed"));
            const QString diffs =
                s->reportModel()->index(r, ui::SuiteReportModel::Differences).data().toString();
            QVERIFY2(diffs.contains(QStringLiteral("Turn latency p90")), qPrintable(diffs));
            QVERIFY2(diffs.contains(QStringLiteral("Agent's words the same")), qPrintable(diffs));
        }
        QVERIFY(s->statusLabel()->text().contains(QStringLiteral("passed 0 of 2, failed 2")));
        QVERIFY(test::waitFor(
            [&] { return s->pastRuns()->isEnabled() && s->pastRuns()->count() == 2; }, 5000));

        // Enter on a case: its comparison with the words marked.
        s->reportView()->setCurrentIndex(s->reportModel()->index(0, 0));
        ui::SuiteCaseDialog *d = s->openCase(0);
        QVERIFY(d);
        QAbstractItemModelTester checksTester(
            d->checks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(d->checks()->rowCount() > 5);
        QVERIFY(d->lines()->toHtml().contains(QStringLiteral("line-through")));
        QVERIFY(d->lines()->toPlainText().contains(QStringLiteral("Patchline")));

        // Exports.
        QSignalSpy exported(s, &ui::SuitesWindow::exported);
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString xml = dir.filePath(QStringLiteral("r.xml"));
        s->exportHtmlTo(html);
        QVERIFY(exported.wait(20000));
        s->exportJunitTo(xml);
        QVERIFY(exported.wait(10000));
        for (const auto &args : std::as_const(exported))
            QVERIFY2(args.at(1).toString().isEmpty(), qPrintable(args.at(1).toString()));
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("<svg"));
        QFile junit(xml);
        QVERIFY(junit.open(QIODevice::ReadOnly));
        QVERIFY(junit.readAll().contains("failures=\"2\""));

        // Closing hides the window; the action shows it again.
        s->close();
        QVERIFY(!s->isVisible());
        action->trigger();
        QVERIFY(s->isVisible());
    }
};

QTEST_MAIN(TestSuiteUi)
#include "tst_suiteui.moc"
