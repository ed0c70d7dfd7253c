#include "ui/MainWindow.h"

#include "engine/Engine.h"
#include "settings/Settings.h"
#include "ui/AgentsPanel.h"
#include "ui/CallListModel.h"
#include "ui/CallWall.h"
#include "ui/DialDialog.h"
#include "ui/HistoryWindow.h"
#include "ui/MetricsPane.h"
#include "ui/ReviewPane.h"
#include "ui/SettingsDialog.h"
#include "ui/TranscriptModel.h"
#include "ui/WaveformWidget.h"
#include "ui/WireInspector.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace patchline::ui {

namespace {
/// Version of the saved dock layout: a layout from an older build is not restored.
constexpr int kStateVersion = 3;
} // namespace

MainWindow::MainWindow(engine::Engine *engine, settings::Settings *settings, QWidget *parent)
    : QMainWindow(parent), m_engine(engine), m_settings(settings), m_calls(new CallListModel(this)),
      m_proxy(new CallSortProxy(this)), m_transcript(new TranscriptModel(m_calls, this))
{
    setWindowTitle(engine->isSandbox() ? tr("Patchline — sandbox") : tr("Patchline"));
    m_proxy->setSourceModel(m_calls);

    // Toolbar actions.
    auto *tb = addToolBar(tr("Calls"));
    tb->setObjectName(QStringLiteral("callsToolbar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_dial = tb->addAction(tr("&Dial sandbox call"));
    m_dial->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_dial->setToolTip(tr("Place a simulated call through the real bridge (Ctrl+D)"));
    m_dial->setEnabled(engine->isSandbox());
    connect(m_dial, &QAction::triggered, this, [this] { m_engine->placeSandboxCall(); });
    auto *newCall = tb->addAction(tr("&New call…"));
    newCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newCall->setToolTip(tr("Place an outbound test call through Twilio (Ctrl+N)"));
    connect(newCall, &QAction::triggered, this, &MainWindow::openDialDialog);
    connect(engine, &engine::Engine::dialed, this,
            [this](const QString &sid, const QString &error) {
                m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                                       (error.isEmpty() ? tr("calling: %1").arg(sid)
                                                        : tr("call not placed: %1").arg(error)));
                if (!error.isEmpty())
                    QMessageBox::warning(this, tr("Call not placed"), error);
            });
    m_testAgent = tb->addAction(tr("&Test agent"));
    m_testAgent->setObjectName(QStringLiteral("testAgentAction"));
    m_testAgent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_testAgent->setToolTip(tr("Talk to the default agent with your microphone and speakers, "
                               "no phone needed (Ctrl+T); End call hangs up"));
    connect(m_testAgent, &QAction::triggered, this, [this] {
        m_testAgent->setEnabled(false); // until the line answers
        phone::TestLineRequest request;
        request.agentId = m_agents->model()->defaultAgent(); // empty: the bridge's default
        m_engine->startTestAgent(request);
    });
    connect(engine, &engine::Engine::testAgentStarted, this,
            [this](quint64 id, const QString &error) {
                m_testAgent->setEnabled(true);
                m_log->appendPlainText(
                    QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                    (error.isEmpty() ? tr("Test agent: talking to the agent on call %1").arg(id)
                                     : tr("Test agent not started: %1").arg(error)));
                if (!error.isEmpty()) {
                    QMessageBox::warning(this, tr("Cannot test the agent"), error);
                    return;
                }
                m_selectWhenSeen = id;
                selectCall(id);
            });
    connect(engine, &engine::Engine::replayStarted, this,
            [this](quint64 id, const QString &original, const QString &error) {
                m_log->appendPlainText(
                    QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                    (error.isEmpty()
                         ? tr("Replay of %1 to its agent: call %2").arg(original).arg(id)
                         : tr("Replay of %1 not started: %2").arg(original, error)));
                if (!error.isEmpty()) {
                    QMessageBox::warning(m_history ? static_cast<QWidget *>(m_history) : this,
                                         tr("Cannot replay the call"), error);
                    return;
                }
                m_replayOf.insert(id, original);
                m_selectWhenSeen = id;
                selectCall(id);
                raise();
                activateWindow();
            });
    m_end = tb->addAction(tr("&End call"));
    m_end->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_end->setToolTip(tr("Hang up the selected call (Ctrl+E; Del in the list asks first)"));
    m_end->setEnabled(false);
    connect(m_end, &QAction::triggered, this, &MainWindow::endSelected);
    m_mute = tb->addAction(tr("&Mute agent"));
    m_mute->setObjectName(QStringLiteral("muteAction"));
    m_mute->setCheckable(true);
    m_mute->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_mute->setToolTip(tr("The caller stops hearing the agent of the selected call; the agent "
                          "keeps listening (Ctrl+M again to unmute)"));
    m_mute->setEnabled(false);
    connect(m_mute, &QAction::triggered, this, [this](bool on) {
        if (m_selected != 0)
            m_engine->setAgentMuted(m_selected, on);
    });
    auto *history = tb->addAction(tr("&History"));
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("Recorded calls: search, replay, export, compare (Ctrl+H); opens "
                           "at the selected call"));
    history->setEnabled(engine->storage() != nullptr);
    connect(history, &QAction::triggered, this, &MainWindow::openHistory);
    tb->addSeparator();
    auto *settingsAction = tb->addAction(tr("&Settings…"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setToolTip(tr("Accounts, server, recording, alarms (Ctrl+,)"));
    settingsAction->setEnabled(settings != nullptr);
    connect(settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    auto *preflightAction = tb->addAction(tr("&Pre-flight check"));
    preflightAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    preflightAction->setToolTip(tr("Check everything a real call needs (Ctrl+Shift+P)"));
    preflightAction->setEnabled(settings != nullptr);
    connect(preflightAction, &QAction::triggered, this,
            [this] { openSettings(QStringLiteral("preflight")); });

    // Calls list.
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("callTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Not ResizeToContents: that re-measures every cell on every update (50 live calls at
    // 30 Hz); columns are sized once when the first call arrives and stay user-resizable.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnHidden(CallListModel::Direction, true); // in the header of the call view
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumWidth(320);
    m_table->setAccessibleName(tr("Calls"));
    // The Delete key only: QKeySequence::Delete also binds Ctrl+D on Linux, which made the
    // window's Ctrl+D (dial) an ambiguous shortcut while the list had focus (issue 18 #1).
    auto *del =
        new QShortcut(QKeySequence(Qt::Key_Delete), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &MainWindow::askToEndSelected);
    // Enter (or a double click) opens the call: the call view, not the wall.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        selectCall(i.data(CallListModel::CallIdRole).toULongLong());
        m_wallAction->setChecked(false);
        m_waveform->setFocus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);

    // Call view.
    m_banner = new QLabel;
    m_banner->setWordWrap(true);
    m_banner->setVisible(engine->isSandbox());
    m_banner->setText(tr("<b>Sandbox mode.</b> Calls go through the real bridge to a simulated "
                         "carrier and agent on this computer; no accounts are needed. Press "
                         "<b>Dial sandbox call</b> (Ctrl+D) to start one."));
    m_bannerBox = new QFrame;
    m_bannerBox->setObjectName(QStringLiteral("sandboxBanner"));
    m_bannerBox->setStyleSheet(
        QStringLiteral("#sandboxBanner { background: #fff4d6; border-radius: 4px; }"
                       "#sandboxBanner QLabel { color: #5a4300; }"));
    m_bannerBox->setVisible(engine->isSandbox());
    m_banner->setVisible(true);
    auto *bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->setContentsMargins(8, 6, 8, 6);
    bannerLayout->addWidget(m_banner, 1);
    auto *connectButton = new QPushButton(tr("Connect real accounts…"));
    connectButton->setObjectName(QStringLiteral("connectAccounts"));
    connectButton->setEnabled(settings != nullptr);
    connect(connectButton, &QPushButton::clicked, this, [this] { openSettings(); });
    bannerLayout->addWidget(connectButton, 0, Qt::AlignVCenter);
    m_header = new QLabel;
    m_header->setTextFormat(Qt::RichText);
    // Wrapped, so a long header line never widens the window when a call is selected.
    m_header->setWordWrap(true);
    m_waveform = new WaveformWidget;
    m_transcriptView = new QListView;
    m_transcriptView->setModel(m_transcript);
    m_transcriptView->setItemDelegate(new TranscriptDelegate(m_transcriptView));
    m_transcriptView->setWordWrap(true);
    m_transcriptView->setUniformItemSizes(false);
    m_transcriptView->setAccessibleName(tr("Transcript"));
    connect(m_transcript, &QAbstractItemModel::rowsInserted, m_transcriptView,
            &QListView::scrollToBottom);

    auto *callView = new QWidget;
    auto *cv = new QVBoxLayout(callView);
    cv->setContentsMargins(0, 0, 0, 0);
    cv->addWidget(m_bannerBox);
    cv->addWidget(m_header);
    // Listen-in (issue 4 §4): the selected call on the operator's speakers.
    m_listen = new QToolButton;
    m_listen->setObjectName(QStringLiteral("listenButton"));
    // A style icon, not an emoji: Debian's default fonts have no headphones glyph.
    m_listen->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    m_listen->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_listen->setText(tr("&Listen in"));
    m_listen->setCheckable(true);
    m_listen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_listen->setToolTip(tr("Play the selected call on your speakers (Ctrl+L); speakers are "
                            "chosen in Settings → Audio"));
    m_listenMix = new QComboBox;
    m_listenMix->addItems({tr("Both sides"), tr("Caller only"), tr("Agent only")});
    m_listenMix->setAccessibleName(tr("Listen to"));
    m_listenVolume = new QSlider(Qt::Horizontal);
    m_listenVolume->setRange(0, 100);
    m_listenVolume->setValue(80);
    m_listenVolume->setMaximumWidth(120);
    m_listenVolume->setAccessibleName(tr("Listen-in volume"));
    const auto applyListen = [this] {
        m_engine->listenIn(m_listen->isChecked() ? m_selected : 0, m_listenMix->currentIndex(),
                           m_listenVolume->value() / 100.0);
    };
    connect(m_listen, &QToolButton::toggled, this, applyListen);
    connect(m_listenMix, &QComboBox::currentIndexChanged, this, [this, applyListen] {
        if (m_listen->isChecked())
            applyListen();
    });
    connect(m_listenVolume, &QSlider::valueChanged, this, [this, applyListen] {
        if (m_listen->isChecked())
            applyListen();
    });
    connect(engine, &engine::Engine::listenInChanged, this,
            [this](quint64 callId, const QString &error) {
                m_listening = callId;
                if (!error.isEmpty()) {
                    const QSignalBlocker block(m_listen);
                    m_listen->setChecked(false);
                    statusBar()->showMessage(error, 10000);
                    m_log->appendPlainText(
                        QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                        tr("listen-in: %1").arg(error));
                }
            });
    auto *listenBar = new QHBoxLayout;
    listenBar->addWidget(m_listen);
    listenBar->addWidget(m_listenMix);
    listenBar->addWidget(new QLabel(tr("Volume:")));
    listenBar->addWidget(m_listenVolume);
    listenBar->addStretch();
    cv->addLayout(listenBar);
    cv->addWidget(m_waveform, 1);

    // The wall of all live calls shares the place of the call view (Ctrl+Shift+W).
    m_wall = new CallWall(m_calls);
    m_callStack = new QStackedWidget;
    m_callStack->addWidget(callView);
    m_callStack->addWidget(m_wall);
    m_wallAction = new QAction(tr("&Wall"), this);
    m_wallAction->setObjectName(QStringLiteral("wallAction"));
    m_wallAction->setCheckable(true);
    m_wallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_wallAction->setToolTip(tr("All live calls at a glance; click one to open it (Ctrl+Shift+W)"));
    connect(m_wallAction, &QAction::toggled, this, [this](bool on) {
        m_callStack->setCurrentWidget(on ? m_wall : m_callStack->widget(0));
    });
    connect(m_wall, &CallWall::callClicked, this, [this](quint64 id) {
        selectCall(id);
        m_wallAction->setChecked(false);
    });

    m_hsplit = new QSplitter(Qt::Horizontal);
    m_hsplit->setObjectName(QStringLiteral("mainSplit"));
    m_hsplit->addWidget(m_table);
    m_hsplit->addWidget(m_callStack);
    m_hsplit->setStretchFactor(0, 2);
    m_hsplit->setStretchFactor(1, 3);
    m_hsplit->setSizes({440, 760});
    setCentralWidget(m_hsplit);

    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setAccessibleName(tr("Event log"));
    m_wire = new WireInspector(m_calls);
    m_metrics = new MetricsPane;

    // The call view's panes are docks the operator can move, tab, float or close (issue 4
    // §2); their arrangement is saved with the window.
    const auto dock = [this](const QString &title, const QString &name, QWidget *w,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *transcriptDock = dock(tr("Transcript"), QStringLiteral("transcriptDock"),
                                       m_transcriptView, Qt::BottomDockWidgetArea);
    QDockWidget *wireDock =
        dock(tr("Wire inspector"), QStringLiteral("wireDock"), m_wire, Qt::BottomDockWidgetArea);
    QDockWidget *logDock =
        dock(tr("Event log"), QStringLiteral("logDock"), m_log, Qt::BottomDockWidgetArea);
    QDockWidget *metricsDock =
        dock(tr("Metrics"), QStringLiteral("metricsDock"), m_metrics, Qt::BottomDockWidgetArea);
    splitDockWidget(transcriptDock, metricsDock, Qt::Horizontal);
    splitDockWidget(metricsDock, wireDock, Qt::Horizontal);
    splitDockWidget(wireDock, logDock, Qt::Horizontal);
    tabifyDockWidget(wireDock, logDock); // the log stays one click away
    resizeDocks({transcriptDock, metricsDock, wireDock}, {360, 430, 600}, Qt::Horizontal);
    resizeDocks({transcriptDock}, {260}, Qt::Vertical);

    // Agents: a dock the operator can move or close (state saved with the window).
    m_agents = new AgentsPanel(engine);
    connect(m_agents, &AgentsPanel::defaultAgentChosen, this, [this](const QString &id) {
        if (m_settings)
            m_settings->set(settings::Key::ElevenLabsDefaultAgent, id);
    });
    auto *agentsDock = new QDockWidget(tr("Agents"), this);
    agentsDock->setObjectName(QStringLiteral("agentsDock"));
    agentsDock->setWidget(m_agents);
    addDockWidget(Qt::RightDockWidgetArea, agentsDock);
    resizeDocks({agentsDock}, {250}, Qt::Horizontal); // the calls list keeps the room
    tb->addSeparator();
    tb->addAction(m_wallAction);
    auto *panes = new QToolButton;
    panes->setText(tr("Panes"));
    panes->setPopupMode(QToolButton::InstantPopup);
    auto *panesMenu = new QMenu(panes);
    for (QDockWidget *d : {transcriptDock, metricsDock, wireDock, logDock, agentsDock})
        panesMenu->addAction(d->toggleViewAction());
    panes->setMenu(panesMenu);
    tb->addWidget(panes);

    connect(engine, &engine::Engine::bridgeCpuLoad, this, [this](double percent) {
        m_bridgeCpu = percent;
        refreshStatus();
    });
    m_statusServer = new QLabel;
    m_statusCalls = new QLabel;
    // Status-bar badges: hidden until they have something to say; a click opens the setting.
    const auto badge = [this](const QString &section) {
        auto *b = new QToolButton;
        b->setAutoRaise(true);
        b->setVisible(false);
        connect(b, &QToolButton::clicked, this, [this, section] { openSettings(section); });
        return b;
    };
    m_statusPreflight = badge(QStringLiteral("preflight"));
    m_statusPreflight->setToolTip(tr("Open the pre-flight check (Ctrl+Shift+P)"));
    connect(engine, &engine::Engine::preflightFinished, this,
            [this](quint64 id, const QList<preflight::CheckLine> &lines) {
                if (id != m_preflightRun)
                    return;
                const int fails = preflight::Preflight::count(lines, preflight::Level::Fail);
                const int warns = preflight::Preflight::count(lines, preflight::Level::Warn);
                m_statusPreflight->setText(fails ? tr("✗ Pre-flight: %n problem(s)", nullptr, fails)
                                           : warns
                                               ? tr("! Pre-flight: %n warning(s)", nullptr, warns)
                                               : tr("✓ Pre-flight: ready"));
                m_statusPreflight->setStyleSheet(QStringLiteral("color: %1;")
                                                     .arg(fails   ? QStringLiteral("#b3261e")
                                                          : warns ? QStringLiteral("#9a5b00")
                                                                  : QStringLiteral("#2e7d32")));
                m_statusPreflight->setVisible(true);
            });
    // A wrong public URL shows up as refused webhooks: make it impossible to miss.
    m_statusRefused = badge(QStringLiteral("server"));
    m_statusRefused->setStyleSheet(QStringLiteral("color: #b3261e;"));
    connect(engine, &engine::Engine::signatureRefused, this,
            [this](const QString &path, const QString &reason) {
                ++m_refused;
                m_statusRefused->setText(
                    tr("⚠ %n Twilio request(s) refused (signature)", nullptr, m_refused));
                m_statusRefused->setToolTip(
                    tr("Last: %1 — %2\nUsually the public URL differs from the one Twilio "
                       "calls. Click to open Settings → Server.")
                        .arg(path, reason));
                m_statusRefused->setVisible(true);
            });
    statusBar()->addWidget(m_statusServer, 1);
    statusBar()->addPermanentWidget(m_statusRefused);
    statusBar()->addPermanentWidget(m_statusPreflight);
    statusBar()->addPermanentWidget(m_statusCalls);

    connect(engine, &engine::Engine::updates, this, &MainWindow::onUpdates);
    connect(engine, &engine::Engine::log, this, [this](const QString &line) {
        m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
    });
    connect(engine, &engine::Engine::sandboxCallPlaced, this, [this](const QString &sid) {
        m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                               tr("sandbox call %1 placed").arg(sid));
    });

    QSettings st;
    resize(1200, 760);
    restoreGeometry(st.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(st.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
    m_hsplit->restoreState(st.value(QStringLiteral("window/mainSplit")).toByteArray());
    refreshHeader();
    refreshStatus();
    if (!engine->isSandbox())
        checkInBackground();
}

void MainWindow::checkInBackground(const settings::BridgeConfig *config)
{
    preflight::Request r = m_engine->preflightRequest();
    if (config) {
        r.config = *config;
        r.needsPublicUrl = true; // stored settings are for real accounts
    }
    if (m_settings)
        r.from = m_settings->string(settings::Key::TwilioDefaultFrom);
    m_statusPreflight->setText(tr("Pre-flight: checking…"));
    m_statusPreflight->setStyleSheet({});
    m_statusPreflight->setVisible(true);
    m_preflightRun = m_engine->runPreflight(r);
}

MainWindow::~MainWindow() = default;

void MainWindow::openSettings(const QString &section)
{
    if (!m_settings)
        return;
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_engine, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::restartRequested, this,
                &MainWindow::restartRequested);
        // Settings changed: check them again in the background (issue 7 §4).
        connect(m_settingsDialog, &SettingsDialog::saved, this, [this] {
            if (m_engine->isSandbox() && !m_settings->hasAccounts())
                return;
            const settings::BridgeConfig c = m_settings->toBridgeConfig();
            checkInBackground(&c);
        });
    }
    m_settingsDialog->showSection(section);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::showStartupError(const QString &error)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                           tr("the bridge did not start: %1").arg(error));
    QTimer::singleShot(0, this, [this, error] {
        QMessageBox::critical(
            this, tr("Bridge not started"),
            tr("%1\n\nChange the port or bind address in Settings → Server.").arg(error));
        openSettings(QStringLiteral("server"));
    });
}

void MainWindow::showSecretsNote(const QString &note)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                           tr("secrets: %1").arg(note));
}

QAbstractItemModel *MainWindow::callProxy() const
{
    return m_proxy;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings st;
    st.setValue(QStringLiteral("window/geometry"), saveGeometry());
    st.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    st.setValue(QStringLiteral("window/mainSplit"), m_hsplit->saveState());
    const int live = m_calls->liveCalls();
    if (live > 0 && !m_engine->isSandbox()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Patchline?"),
            tr("%n call(s) are live. Quitting hangs them up.", nullptr, live));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::onUpdates(const QList<bridge::CallUpdate> &batch)
{
    const bool hadRows = m_calls->rowCount() > 0;
    m_calls->applyUpdates(batch);
    if (!hadRows && m_calls->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        if (m_selected == 0)
            selectCall(batch.first().snapshot.id); // first call: show it at once
    }
    if (m_selectWhenSeen != 0 && m_calls->entry(m_selectWhenSeen)) {
        selectCall(m_selectWhenSeen); // the Test agent call the operator just started
        m_selectWhenSeen = 0;
    }
    for (const bridge::CallUpdate &u : batch) {
        if (u.snapshot.state == bridge::CallState::Ended && m_replayOf.contains(u.snapshot.id)) {
            // A replay is over: show it next to its original.
            const QString original = m_replayOf.take(u.snapshot.id);
            openHistory();
            m_history->compareCallSids(original, u.snapshot.callSid);
        }
        if (u.snapshot.id == m_selected) {
            m_waveform->update();
            m_metrics->refresh();
            refreshHeader();
        }
        for (const bridge::CallEvent &e : u.events)
            if (e.kind != u"state" && e.kind != u"turn") // turns: in the metrics pane
                m_log->appendPlainText(
                    QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                    QStringLiteral("%1  %2: %3").arg(u.snapshot.callSid, e.kind, e.text));
    }
    refreshStatus();
}

QString MainWindow::statusCallsText() const
{
    return m_statusCalls->text();
}

void MainWindow::showWall(bool on)
{
    m_wallAction->setChecked(on);
}

void MainWindow::openHistory()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_engine->storage(), this);
        connect(m_history->review(), &ReviewPane::replayRequested, this,
                [this](const QString &path, const QString &agentId, const QString &callSid) {
                    m_engine->startReplay(path, agentId, callSid);
                });
    }
    const CallEntry *e = m_calls->entry(m_selected);
    if (e && !e->snapshot.callSid.isEmpty())
        m_history->selectCallSid(e->snapshot.callSid);
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

void MainWindow::selectCall(quint64 callId)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (i.data(CallListModel::CallIdRole).toULongLong() == callId) {
            m_table->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
            m_table->setCurrentIndex(i);
            return;
        }
    }
}

void MainWindow::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_selected = rows.isEmpty() ? 0 : rows.first().data(CallListModel::CallIdRole).toULongLong();
    m_transcript->setCall(m_selected);
    m_wire->setCall(m_selected);
    {
        // The button shows whether the selected call is the one being heard.
        const QSignalBlocker block(m_listen);
        m_listen->setChecked(m_listening != 0 && m_listening == m_selected);
    }
    m_waveform->setEntry(m_calls->entry(m_selected));
    m_metrics->setEntry(m_calls->entry(m_selected));
    refreshHeader();
}

void MainWindow::refreshHeader()
{
    const CallEntry *e = m_calls->entry(m_selected);
    m_end->setEnabled(e && e->snapshot.state != bridge::CallState::Ended);
    m_mute->setEnabled(e && e->snapshot.state < bridge::CallState::Ending);
    {
        const QSignalBlocker block(m_mute);
        m_mute->setChecked(e && e->snapshot.agentMuted);
    }
    if (!e) {
        m_header->setText(tr("<i>No call selected.</i>"));
        return;
    }
    const auto &s = e->snapshot;
    QString text = tr("<b>%1</b> &nbsp; %2 → %3 (%4) &nbsp; <b>%5</b> &nbsp; %6")
                       .arg(s.callSid.toHtmlEscaped(), s.from.toHtmlEscaped(), s.to.toHtmlEscaped(),
                            s.direction.toHtmlEscaped(), bridge::stateName(s.state),
                            formatDuration(s.durationMs));
    if (!s.twilioStatus.isEmpty())
        text += tr(" &nbsp; Twilio: %1").arg(s.twilioStatus.toHtmlEscaped());
    if (!s.price.isEmpty())
        text += tr(" &nbsp; price %1").arg(s.price.toHtmlEscaped());
    text += QStringLiteral("<br/>") +
            tr("caller→agent %1 frames · agent→caller %2 chunks · barge-ins %3 · pings %4/%5 · %6")
                .arg(s.callerFrames)
                .arg(s.agentChunks)
                .arg(s.bargeIns)
                .arg(s.pongs)
                .arg(s.pings)
                .arg(s.agentFormats.isEmpty() ? tr("agent connecting") : s.agentFormats);
    text += QStringLiteral("<br/>") +
            tr("turn latency %1 (p50 %2) · details in Metrics")
                .arg(s.turnLatencyLastMs < 0 ? tr("–") : tr("%1 ms").arg(s.turnLatencyLastMs))
                .arg(s.turnLatencyP50Ms < 0 ? tr("–") : tr("%1 ms").arg(s.turnLatencyP50Ms));
    if (s.agentMuted)
        text += QStringLiteral(" &nbsp; <b style='color:#b3261e'>%1</b>")
                    .arg(tr("Agent muted: the caller hears silence"));
    if (!s.alarms.isEmpty())
        text += QStringLiteral("<br/><span style='color:#b3261e'>⚠ %1</span>")
                    .arg(s.alarms.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!s.conversion.isEmpty())
        text += QStringLiteral("<br/>") + tr("conversion: %1").arg(s.conversion.toHtmlEscaped());
    if (!s.endReason.isEmpty())
        text += QStringLiteral("<br/>") + tr("Ended: %1").arg(s.endReason.toHtmlEscaped());
    m_header->setText(text);
}

void MainWindow::refreshStatus()
{
    const auto &cfg = m_engine->config();
    m_statusServer->setText(tr("Listening on %1:%2 · public URL %3")
                                .arg(cfg.bindAddress.toString())
                                .arg(m_engine->port())
                                .arg(cfg.publicBase()));
    m_statusCalls->setText(
        m_bridgeCpu < 0 ? tr("%n live call(s)", nullptr, m_calls->liveCalls())
                        : tr("%n live call(s) · bridge CPU %1%", nullptr, m_calls->liveCalls())
                              .arg(m_bridgeCpu, 0, 'f', m_bridgeCpu < 10 ? 1 : 0));
}

void MainWindow::openDialDialog()
{
    QList<DialDialog::AgentChoice> agents;
    for (int r = 0; r < m_agents->model()->rowCount(); ++r) {
        const QModelIndex i = m_agents->model()->index(r);
        agents.append({i.data(AgentListModel::AgentIdRole).toString(),
                       i.data(AgentListModel::NameRole).toString()});
    }
    auto *dialog = new DialDialog(m_engine, agents, m_engine->config().defaultAgentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_engine->dial(dialog->request()); });
    m_dialDialog = dialog;
    dialog->open();
}

void MainWindow::askToEndSelected()
{
    const CallEntry *e = m_calls->entry(m_selected);
    if (!e || e->snapshot.state == bridge::CallState::Ended)
        return;
    const quint64 id = m_selected;
    const auto answer =
        QMessageBox::question(this, tr("End call?"),
                              tr("Hang up %1 (%2 → %3)? The caller is disconnected.")
                                  .arg(e->snapshot.callSid, e->snapshot.from, e->snapshot.to),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes && m_calls->entry(id))
        m_engine->hangup(id);
}

void MainWindow::endSelected()
{
    const CallEntry *e = m_calls->entry(m_selected);
    if (!e || e->snapshot.state == bridge::CallState::Ended)
        return;
    m_engine->hangup(m_selected);
}

} // namespace patchline::ui
