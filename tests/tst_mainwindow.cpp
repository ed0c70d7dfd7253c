#include "TestUtil.h"
#include "bridge/Engine.h"
#include "ui/AgentsPanel.h"
#include "ui/CallListModel.h"
#include "ui/MainWindow.h"
#include "ui/TranscriptModel.h"
#include "ui/WaveformWidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace patchline;

/// The console, offscreen, during a real sandbox call.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void showsALiveSandboxCall()
    {
        bridge::Engine::Options o;
        o.sandbox = true;
        o.config.port = 0;
        o.config.dataDir = m_dir.path();
        bridge::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));

        ui::MainWindow w(&engine);
        QAbstractItemModelTester listTester(w.callModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            w.callProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester transcriptTester(
            w.transcriptModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // The agents dock lists the sandbox agent and shows its telephony readiness.
        QAbstractItemModelTester agentsTester(
            w.agentsPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::waitFor([&] { return w.agentsPanel()->model()->rowCount() == 1; }, 5000));
        QVERIFY(w.agentsPanel()->model()->index(0).data().toString().contains(
            QStringLiteral("(default)")));
        w.agentsPanel()->selectAgent(QStringLiteral("agent_sandbox_demo"));
        QVERIFY(test::waitFor(
            [&] {
                return w.agentsPanel()->detailsText().contains(
                    QStringLiteral("ready for phone calls"));
            },
            5000));
        QVERIFY(w.agentsPanel()->detailsText().contains(QStringLiteral("ulaw_8000")));

        // Ctrl+D dials a sandbox call.
        QSignalSpy placed(&engine, &bridge::Engine::sandboxCallPlaced);
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(placed.wait(5000));

        // The first call is selected; transcript and waveform fill while it runs.
        QVERIFY(test::waitFor([&] { return w.transcriptModel()->rowCount() >= 3; }, 30000));
        QVERIFY(w.selectedCall() != 0);
        const ui::CallEntry *e = w.callModel()->entry(w.selectedCall());
        QVERIFY(e);
        QVERIFY(e->levels.size() > 100);
        int callerVoiced = 0, agentVoiced = 0;
        for (int i = 0; i < e->levels.size(); ++i) {
            callerVoiced += e->levels.at(i).caller.rmsDb > -40 ? 1 : 0;
            agentVoiced += e->levels.at(i).agent.rmsDb > -40 ? 1 : 0;
        }
        QVERIFY(callerVoiced > 20);
        QVERIFY(agentVoiced > 20);
        QCOMPARE(w.callModel()->rowCount(), 1);
        QCOMPARE(w.callModel()->index(0, ui::CallListModel::State).data().toString(),
                 QStringLiteral("live"));
        QVERIFY(w.transcriptModel()->index(0).data().toString().contains(QStringLiteral("Agent")));

        // A screenshot of the console mid-call, for a person to look at.
        const QString shots = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR", m_dir.path());
        QDir().mkpath(shots);
        QVERIFY(w.grab().save(shots + QStringLiteral("/console-live.png")));

        // Ctrl+E ends the selected call.
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(test::waitFor(
            [&] {
                return w.callModel()->index(0, ui::CallListModel::State).data().toString() ==
                       QStringLiteral("ended");
            },
            10000));
        QCOMPARE(w.callModel()->liveCalls(), 0);
        QVERIFY(w.grab().save(shots + QStringLiteral("/console-ended.png")));

        // Window state is remembered.
        w.resize(1000, 700);
        w.close();
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
