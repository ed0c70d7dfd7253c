#include "TestUtil.h"
#include "engine/Engine.h"
#include "sim/Scenario.h"
#include "ui/AgentsPanel.h"
#include "ui/AlarmListModel.h"
#include "ui/CallListModel.h"
#include "ui/CallWall.h"
#include "ui/CompareDialog.h"
#include "ui/HistoryWindow.h"
#include "ui/MainWindow.h"
#include "ui/MetricsPane.h"
#include "ui/ReviewPane.h"
#include "ui/TranscriptModel.h"
#include "ui/Translations.h"
#include "ui/WaveformWidget.h"
#include "ui/WireInspector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

using namespace patchline;

/// The console, offscreen, during a real sandbox call.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A sandbox engine on any free port, its data in `dataDir`.
    static engine::Engine::Options sandboxOptions(const QString &dataDir)
    {
        engine::Engine::Options o;
        o.sandbox = true;
        o.config.port = 0;
        o.config.dataDir = dataDir;
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // English plural forms, as the app loads them (issue 18 #10).
        QVERIFY(ui::installTranslations(qApp, QStringLiteral("en")));
    }

    /// Issue 18 §2 and #10: menus, the call header an operator reads, plurals, the Alarms
    /// pane, Reset layout.
    void menusHeaderAlarmsAndLayout()
    {
        engine::Engine::Options o = sandboxOptions(m_dir.path());
        o.config.alarmOneWayAudioMs = 1500; // the caller is silent during the greeting
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        QAbstractItemModelTester alarmsTester(
            w.alarmModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Call"),
                                     QStringLiteral("View"), QStringLiteral("Tools"),
                                     QStringLiteral("Help")}));
        QVERIFY2(w.statusCallsText().startsWith(QStringLiteral("0 live calls")),
                 qPrintable(w.statusCallsText()));
        QVERIFY(w.headerText().contains(QStringLiteral("Ctrl+D")));

        QSignalSpy placed(&engine, &engine::Engine::sandboxCallPlaced);
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(placed.wait(5000));
        const QString sid = placed.first().first().toString();
        QVERIFY(test::waitFor([&] { return w.alarmModel()->rowCount() >= 1; }, 20000));
        QVERIFY2(w.statusCallsText().startsWith(QStringLiteral("1 live call ")) ||
                     w.statusCallsText() == QStringLiteral("1 live call"),
                 qPrintable(w.statusCallsText()));
        // The header leads with who and which agent; the CallSid and counters are elsewhere.
        const QString header = w.headerText();
        QVERIFY2(header.contains(QStringLiteral("+15550100 → ")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("Sandbox agent 1")), qPrintable(header));
        QVERIFY2(!header.contains(sid), qPrintable(header));
        QVERIFY2(!header.contains(QStringLiteral("frames")), qPrintable(header));
        const QModelIndex first = w.alarmModel()->index(0, ui::AlarmListModel::Alarm);
        QCOMPARE(first.data().toString(), QStringLiteral("one-way audio"));
        QVERIFY(w.alarmModel()
                    ->index(0, ui::AlarmListModel::Detail)
                    .data()
                    .toString()
                    .contains(QStringLiteral("one-way audio:")));
        // The calls list shows the agent's name (its id in the tooltip).
        QCOMPARE(w.callModel()->index(0, ui::CallListModel::Agent).data().toString(),
                 QStringLiteral("Sandbox agent 1"));

        // View → Reset layout brings every pane back, docked.
        auto *reset = w.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
        QVERIFY(reset);
        const auto docks = w.findChildren<QDockWidget *>();
        QCOMPARE(docks.size(), 6);
        for (QDockWidget *d : docks)
            d->hide();
        docks.first()->setFloating(true);
        reset->trigger();
        for (QDockWidget *d : docks) {
            QVERIFY2(!d->isHidden(), qPrintable(d->objectName()));
            QVERIFY2(!d->isFloating(), qPrintable(d->objectName()));
        }
        QCOMPARE(w.dockWidgetArea(w.findChild<QDockWidget *>(QStringLiteral("transcriptDock"))),
                 Qt::RightDockWidgetArea);
        engine.hangup(w.selectedCall());
        QVERIFY(test::waitFor([&] { return w.callModel()->liveCalls() == 0; }, 10000));

        // Saving settings restarts the bridge with a new window: the calls stay (issue 18).
        const QList<bridge::CallUpdate> carried = w.carryOverCalls();
        QCOMPARE(carried.size(), 1);
        ui::MainWindow next(&engine);
        next.adoptCalls(carried);
        QCOMPARE(next.callModel()->rowCount(), 1);
        const quint64 carriedId = carried.first().snapshot.id;
        QVERIFY(carriedId != w.selectedCall());
        next.selectCall(carriedId);
        QVERIFY(w.transcriptModel()->rowCount() >= 1);
        QCOMPARE(next.transcriptModel()->rowCount(), w.transcriptModel()->rowCount());
        QCOMPARE(next.callModel()->index(0, ui::CallListModel::State).data().toString(),
                 QStringLiteral("ended"));
        // A second restart moves the ids again: still no clash with 1, 2, 3 …
        const QList<bridge::CallUpdate> again = next.carryOverCalls();
        QVERIFY(again.first().snapshot.id != carriedId);
        QVERIFY(again.first().snapshot.id > 1000);
    }

    void showsALiveSandboxCall()
    {
        engine::Engine::Options o = sandboxOptions(m_dir.path());
        engine::Engine engine(o);
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

        // The agents dock lists the sandbox agent (the default) and its "changed prompt"
        // variant (issue 19 §3), and shows telephony readiness.
        QAbstractItemModelTester agentsTester(
            w.agentsPanel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(test::waitFor([&] { return w.agentsPanel()->model()->rowCount() == 2; }, 5000));
        QVERIFY(w.agentsPanel()->model()->index(0).data().toString().contains(
            QStringLiteral("(default)")));
        QVERIFY(w.agentsPanel()->model()->index(1).data().toString().contains(
            QStringLiteral("changed prompt")));
        w.agentsPanel()->selectAgent(QStringLiteral("agent_sandbox_demo"));
        QVERIFY(test::waitFor(
            [&] {
                return w.agentsPanel()->detailsText().contains(
                    QStringLiteral("ready for phone calls"));
            },
            5000));
        QVERIFY(w.agentsPanel()->detailsText().contains(QStringLiteral("ulaw_8000")));

        // Ctrl+D dials a sandbox call.
        QSignalSpy placed(&engine, &engine::Engine::sandboxCallPlaced);
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

        // The wire inspector lists both sockets' messages, filters them and copies them.
        ui::WireInspector *wire = w.wireInspector();
        QAbstractItemModelTester wireTester(wire->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(wire->model()->rowCount() > 100);
        // Issue 18 #7: audio frames hidden by default; the current message's fields in full.
        QVERIFY(wire->filter()->rowCount() > 0);
        QVERIFY(wire->filter()->rowCount() < wire->model()->rowCount() / 2);
        wire->table()->setCurrentIndex(wire->filter()->index(0, 0));
        QVERIFY2(wire->detailText().contains(QStringLiteral("\"type\"")),
                 qPrintable(wire->detailText()));
        wire->table()->clearSelection();
        wire->filter()->setHideAudio(true);
        for (int r = 0; r < wire->filter()->rowCount(); ++r) {
            const QString type = wire->filter()->index(r, ui::WireModel::Type).data().toString();
            QVERIFY2(type != u"media" && type != u"user_audio_chunk" && type != u"audio",
                     qPrintable(type));
        }
        wire->filter()->setSide(1); // Twilio only
        const QString lines = wire->selectedJsonLines();
        QVERIFY(lines.contains(QStringLiteral("\"type\":\"start\"")));
        QVERIFY(!lines.contains(QStringLiteral("\"side\":\"agent\"")));
        QVERIFY(!lines.contains(QStringLiteral("payload")));
        QCOMPARE(e->seqGaps, 0); // loopback loses nothing
        wire->filter()->setSide(0);
        wire->filter()->setHideAudio(false);

        // Listen-in: without a speaker it says why and the button goes back up.
        QSignalSpy listen(&engine, &engine::Engine::listenInChanged);
        w.listenButton()->click();
        QVERIFY(listen.wait(5000));
        if (listen.first().at(0).toULongLong() == 0) {
            QVERIFY(!listen.first().at(1).toString().isEmpty());
            QVERIFY(!w.listenButton()->isChecked());
        } else {
            QCOMPARE(listen.first().at(0).toULongLong(), w.selectedCall());
            w.listenButton()->click(); // stop
            QVERIFY(listen.wait(5000));
        }

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

    /// Issue 4 tests: a live barge-in, offscreen: the transcript strikes through what the
    /// caller did not hear, the metrics pane shows the time-to-yield, the waveform marks the
    /// barge-in and the turns; Ctrl+M mutes the agent and says so.
    void bargeInLive()
    {
        engine::Engine::Options o = sandboxOptions(m_dir.path());
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        QAbstractItemModelTester metricsTester(
            w.metricsPane()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy placed(&engine, &engine::Engine::sandboxCallPlaced);
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier);
        QVERIFY(placed.wait(5000));
        QVERIFY(test::waitFor(
            [&] {
                const ui::CallEntry *e = w.callModel()->entry(w.selectedCall());
                return e && e->snapshot.bargeIns >= 1;
            },
            45000));
        const ui::CallEntry *e = w.callModel()->entry(w.selectedCall());
        QCOMPARE(e->snapshot.state, bridge::CallState::Live);

        // Transcript: the interrupted agent line, heard part plain, the rest struck.
        QString partial;
        QVERIFY(test::waitFor(
            [&] {
                for (int r = 0; r < w.transcriptModel()->rowCount(); ++r) {
                    const QModelIndex i = w.transcriptModel()->index(r);
                    if (i.data(ui::TranscriptModel::InterruptedRole).toBool())
                        partial = i.data(ui::TranscriptModel::PartialHtmlRole).toString();
                }
                return !partial.isEmpty();
            },
            5000));
        const qsizetype struck = partial.indexOf(QStringLiteral("<s "));
        QVERIFY2(struck > 0, qPrintable(partial));
        const QString heard = partial.left(struck).section(QStringLiteral("&nbsp;"), -1);
        const QString unheard = partial.mid(struck).section(u'>', 1).section(u'<', 0, 0);
        QVERIFY2(heard.trimmed().size() > 5, qPrintable(partial));   // some was heard …
        QVERIFY2(unheard.trimmed().size() > 5, qPrintable(partial)); // … and some cut

        // Metrics pane: the barge-in's time-to-yield, the turns' latencies.
        ui::CallMetricsModel *metrics = w.metricsPane()->model();
        QVERIFY(test::waitFor(
            [&] { return !metrics->value(QStringLiteral("barge-in-1")).isEmpty(); }, 5000));
        const QString yield = metrics->value(QStringLiteral("barge-in-1"));
        QVERIFY2(yield.contains(QStringLiteral("time-to-yield")) &&
                     yield.contains(QStringLiteral(" ms")) && !yield.contains(u'–'),
                 qPrintable(yield));
        QVERIFY2(metrics->value(QStringLiteral("turn-1")).contains(QStringLiteral(" ms")),
                 qPrintable(metrics->value(QStringLiteral("turn-1"))));
        QCOMPARE(metrics->value(QStringLiteral("barge-ins")), QStringLiteral("1"));
        QVERIFY(!metrics->value(QStringLiteral("out-lead")).isEmpty());

        // Waveform markers: the barge-in and at least one turn.
        bool bargeMark = false, turnMark = false;
        for (const ui::WaveMarker &m : e->markers) {
            bargeMark = bargeMark || m.kind == ui::WaveMarker::Kind::BargeIn;
            turnMark = turnMark || (m.kind == ui::WaveMarker::Kind::Turn && m.spanFrames > 10);
        }
        QVERIFY(bargeMark);
        QVERIFY(turnMark);

        const QString shots = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR", m_dir.path());
        QDir().mkpath(shots);
        QTest::qWait(300); // one more repaint with the newest frames
        QVERIFY(w.grab().save(shots + QStringLiteral("/console-bargein.png")));

        // Ctrl+M mutes the agent of the selected call; the bridge confirms.
        QVERIFY(w.muteAction()->isEnabled());
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(test::waitFor([&] { return e->snapshot.agentMuted; }, 5000));
        QVERIFY(w.muteAction()->isChecked());
        QTest::keyClick(&w, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(test::waitFor([&] { return !e->snapshot.agentMuted; }, 5000));

        // Del in the list asks before hanging up: No keeps the call, Yes ends it.
        const auto answerNextQuestion = [&w](QMessageBox::StandardButton b) {
            QTimer::singleShot(300, &w, [&w, b] {
                QMessageBox *box = nullptr;
                for (QMessageBox *m : w.findChildren<QMessageBox *>())
                    box = m->isVisible() ? m : box;
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("Hang up")));
                box->button(b)->click();
            });
        };
        QTableView *table = w.findChild<QTableView *>(QStringLiteral("callTable"));
        QVERIFY(table);
        // Offscreen, synthetic keys do not reach widget shortcuts: press the list's Del
        // shortcut itself.
        QShortcut *del = nullptr;
        for (QShortcut *sc : table->findChildren<QShortcut *>())
            del = sc->key() == QKeySequence(Qt::Key_Delete) ? sc : del;
        QVERIFY(del);
        // Delete alone: not Ctrl+D as well, which is the window's "dial" (issue 18 #1).
        QCOMPARE(del->keys(), QList<QKeySequence>{QKeySequence(Qt::Key_Delete)});
        answerNextQuestion(QMessageBox::No);
        emit del->activated();
        QTest::qWait(300);
        QCOMPARE(e->snapshot.state, bridge::CallState::Live);
        // Ended while muted: the console no longer says "muted" (issue 18).
        w.muteAction()->trigger();
        QVERIFY(test::waitFor([&] { return e->snapshot.agentMuted; }, 5000));
        answerNextQuestion(QMessageBox::Yes);
        emit del->activated();
        QVERIFY(
            test::waitFor([&] { return e->snapshot.state == bridge::CallState::Ended; }, 10000));
        QVERIFY(!w.muteAction()->isEnabled());
        QVERIFY(!w.muteAction()->isChecked());
        QVERIFY2(!w.headerText().contains(QStringLiteral("Agent muted")),
                 qPrintable(w.headerText()));
    }

    void wallShowsEveryLiveCallAndOpensOne()
    {
        engine::Engine::Options o = sandboxOptions(m_dir.filePath(QStringLiteral("wall")));
        o.config.record = false;
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        w.resize(1400, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (int i = 0; i < 4; ++i)
            engine.placeSandboxCall();
        QVERIFY(test::waitFor([&] { return w.callModel()->liveCalls() == 4; }, 15000));
        QTest::keyClick(&w, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w.wall()->isVisible());
        QVERIFY(test::waitFor([&] { return w.wall()->tileCalls().size() == 4; }, 5000));
        // Let the tiles fill with a few seconds of audio and transcript, then look.
        QVERIFY(test::waitFor(
            [&] {
                for (quint64 id : w.wall()->tileCalls())
                    if (w.callModel()->entry(id)->levels.size() < 300) // 6 s of audio
                        return false;
                return true;
            },
            20000));
        const QString shots = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR", m_dir.path());
        QVERIFY(w.grab().save(shots + QStringLiteral("/console-wall.png")));
        const quint64 third = w.wall()->tileCalls().at(2);
        QTest::mouseClick(w.wall(), Qt::LeftButton, {}, w.wall()->tileRect(2).center());
        QCOMPARE(w.selectedCall(), third);
        QVERIFY(!w.wall()->isVisible()); // back to the call view, on that call
    }

    /// Replay (reference/operators.md §4 row 38): from the review of a recorded call, its
    /// caller side goes to the agent again; when the replay ends, both are compared.
    void replayFromHistoryIsComparedWithItsOriginal()
    {
        engine::Engine::Options o = sandboxOptions(m_dir.filePath(QStringLiteral("replay")));
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        w.resize(1400, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // A short recorded call: greeting, one question, the start of the answer.
        sim::Scenario s = sim::Scenario::demo();
        s.maxDurationMs = 9000;
        QSignalSpy placed(&engine, &engine::Engine::sandboxCallPlaced);
        engine.placeSandboxCall(s);
        QVERIFY(placed.wait(5000));
        const QString original = placed.first().first().toString();
        const auto entryOf = [&](const QString &sid) -> const ui::CallEntry * {
            ui::CallListModel *m = w.callModel();
            for (int r = 0; r < m->rowCount(); ++r) {
                const auto id = m->index(r, 0).data(ui::CallListModel::CallIdRole).toULongLong();
                if (const ui::CallEntry *e = m->entry(id); e && e->snapshot.callSid == sid)
                    return e;
            }
            return nullptr;
        };
        QVERIFY(test::waitFor(
            [&] {
                const ui::CallEntry *e = entryOf(original);
                return e && e->snapshot.state == bridge::CallState::Ended;
            },
            20000));

        w.openHistory();
        ui::HistoryWindow *h = w.historyWindow();
        QVERIFY(h);
        h->selectCallSid(original);
        QVERIFY(test::waitFor([&] { return h->review()->record().row.callSid == original; }, 5000));
        auto *replay = h->review()->findChild<QToolButton *>(QStringLiteral("replayButton"));
        QVERIFY(replay);
        QVERIFY(replay->isEnabled());
        QSignalSpy started(&engine, &engine::Engine::replayStarted);
        QTest::mouseClick(replay, Qt::LeftButton);
        QVERIFY(started.wait(5000));
        const quint64 id = started.first().at(0).toULongLong();
        QVERIFY2(id != 0, qPrintable(started.first().at(2).toString()));
        QCOMPARE(started.first().at(1).toString(), original);
        QVERIFY(test::waitFor([&] { return w.callModel()->entry(id) != nullptr; }, 5000));
        QCOMPARE(w.selectedCall(), id); // the console shows the replay live
        QCOMPARE(w.callModel()->entry(id)->snapshot.direction, bridge::kReplayDirection.toString());

        // The line hangs up at the end of the recording; then the comparison opens.
        QVERIFY(test::waitFor([&] { return !h->compareDialog().isNull(); }, 30000));
        const QString replaySid = w.callModel()->entry(id)->snapshot.callSid;
        ui::CompareDialog *c = h->compareDialog();
        QSignalSpy loaded(c, &ui::CompareDialog::loaded);
        QVERIFY(c->isLoaded() || loaded.wait(5000));
        QTableWidget *t = c->figures();
        QCOMPARE(t->verticalHeaderItem(0)->text(), ui::CompareDialog::tr("Call"));
        QCOMPARE(t->item(0, 0)->text(), original);
        QCOMPARE(t->item(0, 1)->text(), replaySid);
        QCOMPARE(t->item(1, 1)->text(), bridge::kReplayDirection.toString());
        const QString shots = qEnvironmentVariable("PATCHLINE_SCREENSHOT_DIR", m_dir.path());
        QVERIFY(c->grab().save(shots + QStringLiteral("/compare-replay.png")));
    }

    void laterWiderCallsWidenTheirColumn()
    {
        // Issue 18 leftover: columns were sized to the first call only; a later call with a
        // longer agent id was cut with "…". Now its column widens (never past 2/5 of the list).
        engine::Engine::Options o = sandboxOptions(m_dir.path());
        engine::Engine engine(o);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        ui::MainWindow w(&engine);
        w.resize(1600, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *table = w.findChild<QTableView *>(QStringLiteral("callTable"));
        QVERIFY(table);
        const auto call = [](quint64 id, const QString &agent) {
            bridge::CallUpdate u;
            u.snapshot.id = id;
            u.snapshot.callSid = QStringLiteral("CA%1").arg(id, 32, 10, QLatin1Char('0'));
            u.snapshot.direction = QStringLiteral("inbound");
            u.snapshot.from = QStringLiteral("+15550100");
            u.snapshot.to = QStringLiteral("+15550199");
            u.snapshot.agentId = agent;
            u.snapshot.state = bridge::CallState::Live;
            return u;
        };
        emit engine.updates({call(1, QStringLiteral("agent_a"))});
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const int agentColumn = ui::CallListModel::Agent;
        const int before = table->columnWidth(agentColumn);
        const QString longAgent = QStringLiteral("agent_") + QString(40, u'x');
        emit engine.updates({call(2, longAgent)});
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const int after = table->columnWidth(agentColumn);
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        const int cap = std::max(160, table->viewport()->width() * 2 / 5);
        QVERIFY(after == cap || after >= table->fontMetrics().horizontalAdvance(longAgent));
        // A narrower call later does not shrink it.
        emit engine.updates({call(3, QStringLiteral("a"))});
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->columnWidth(agentColumn), after);
    }

    void wireListFlagsSequenceGaps()
    {
        ui::CallListModel calls;
        ui::WireInspector inspector(&calls);
        bridge::CallUpdate u;
        u.snapshot.id = 1;
        u.snapshot.callSid = QStringLiteral("CA1");
        for (qint64 seq : {1, 2, 3, 5, 6}) // 4 lost
            u.wire.append({seq * 20, false, true, QStringLiteral("media"), 200, seq, seq, -1, {}});
        u.wire.append({140, true, false, QStringLiteral("user_audio_chunk"), 240, -1, -1, -1, {}});
        calls.applyUpdates({u});
        inspector.setCall(1);
        QAbstractItemModelTester tester(inspector.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(inspector.model()->rowCount(), 6);
        QCOMPARE(calls.entry(1)->seqGaps, 1);
        QVERIFY(inspector.model()->index(3, 0).data(ui::WireModel::GapRole).toBool());
        QVERIFY(!inspector.model()->index(4, 0).data(ui::WireModel::GapRole).toBool());
        inspector.filter()->setGapsOnly(true);
        QCOMPARE(inspector.filter()->rowCount(), 1);
        // More updates than the inspector keeps: the oldest rows leave, the count stays capped.
        bridge::CallUpdate more;
        more.snapshot = u.snapshot;
        for (int i = 0; i < ui::CallEntry::kWireCapacity; ++i)
            more.wire.append({1000 + i, true, true, QStringLiteral("ping"), 50, -1, -1, i, {}});
        calls.applyUpdates({more});
        QCOMPARE(inspector.model()->rowCount(), ui::CallEntry::kWireCapacity);
        QCOMPARE(calls.entry(1)->wireDropped, 6);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
