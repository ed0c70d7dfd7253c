#include "ui/MainWindow.h"

#include "engine/CampaignRunner.h"
#include "engine/Engine.h"
#include "settings/Settings.h"
#include "store/CallStore.h"
#include "store/CampaignStore.h"
#include "store/Storage.h"
#include "ui/AgentsPanel.h"
#include "ui/AlarmListModel.h"
#include "ui/CallListModel.h"
#include "ui/CallWall.h"
#include "ui/CampaignDialog.h"
#include "ui/CampaignWindow.h"
#include "ui/DialDialog.h"
#include "ui/EmptyHint.h"
#include "ui/Format.h"
#include "ui/HistoryWindow.h"
#include "ui/Icons.h"
#include "ui/MetricsPane.h"
#include "ui/ReviewPane.h"
#include "ui/SettingsDialog.h"
#include "ui/SuitesWindow.h"
#include "ui/TranscriptModel.h"
#include "ui/WaveformWidget.h"
#include "ui/WireInspector.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace patchline::ui {

namespace {
/// Listen in: the button owns the shortcut; the menu and the shortcuts list name it.
QKeySequence listenKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_L);
}

/// Version of the saved dock layout: a layout from an older build is not restored.
constexpr int kStateVersion = 4;
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
    tb->setIconSize(QSize(22, 22));
    using IK = Icons::Kind;
    m_dial = tb->addAction(Icons::icon(IK::Dial), tr("&Dial sandbox call"));
    m_dial->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_dial->setToolTip(tr("Place a simulated call through the real bridge (Ctrl+D)"));
    m_dial->setEnabled(engine->isSandbox());
    connect(m_dial, &QAction::triggered, this, [this] { m_engine->placeSandboxCall(); });
    auto *newCall = tb->addAction(Icons::icon(IK::NewCall), tr("&New call…"));
    newCall->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newCall->setToolTip(tr("Place an outbound test call through Twilio (Ctrl+N)"));
    connect(newCall, &QAction::triggered, this, &MainWindow::openDialDialog);
    m_newCampaign = new QAction(Icons::icon(IK::NewCall), tr("New &campaign…"), this);
    m_newCampaign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCampaign->setToolTip(
        tr("Dial a list of numbers from a CSV file, with retries (Ctrl+Shift+N)"));
    connect(m_newCampaign, &QAction::triggered, this, &MainWindow::openCampaignDialog);
    m_suitesAction = new QAction(Icons::icon(IK::History), tr("Regression &suites…"), this);
    m_suitesAction->setObjectName(QStringLiteral("suitesAction"));
    m_suitesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // Also from History, whose Add to suite… points here.
    m_suitesAction->setShortcutContext(Qt::ApplicationShortcut);
    m_suitesAction->setToolTip(tr("Replay recorded calls to an agent and judge them against the "
                                  "originals (Ctrl+Shift+S)"));
    m_suitesAction->setEnabled(engine->storage() != nullptr);
    connect(m_suitesAction, &QAction::triggered, this, [this] { openSuites(); });
    connect(engine, &engine::Engine::dialed, this,
            [this](const QString &sid, const QString &error) {
                m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                                       (error.isEmpty() ? tr("calling: %1").arg(sid)
                                                        : tr("call not placed: %1").arg(error)));
                if (!error.isEmpty())
                    QMessageBox::warning(this, tr("Call not placed"), error);
            });
    m_testAgent = tb->addAction(Icons::icon(IK::TestAgent), tr("&Test agent"));
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
    tb->addSeparator();
    m_end = tb->addAction(Icons::icon(IK::EndCall), tr("&End call"));
    m_end->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_end->setToolTip(tr("Hang up the selected call (Ctrl+E; Del in the list asks first)"));
    m_end->setEnabled(false);
    connect(m_end, &QAction::triggered, this, &MainWindow::endSelected);
    m_mute = tb->addAction(Icons::icon(IK::Mute), tr("&Mute agent"));
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
    tb->addSeparator();
    auto *history = tb->addAction(Icons::icon(IK::History), tr("&History"));
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setToolTip(tr("Recorded calls: search, replay, export, compare (Ctrl+H); opens "
                           "at the selected call"));
    history->setEnabled(engine->storage() != nullptr);
    connect(history, &QAction::triggered, this, &MainWindow::openHistory);
    auto *settingsAction = new QAction(Icons::icon(IK::Settings), tr("&Settings…"), this);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setToolTip(tr("Accounts, server, recording, alarms (Ctrl+,)"));
    settingsAction->setEnabled(settings != nullptr);
    connect(settingsAction, &QAction::triggered, this, [this] { openSettings(); });
    auto *preflightAction = new QAction(Icons::icon(IK::Preflight), tr("&Pre-flight check"), this);
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
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumWidth(320);
    m_table->setAccessibleName(tr("Calls"));
    m_table->resizeColumnsToContents(); // the headers' widths until the first call
    // Which node holds a call matters only when the console watches a cluster (issue 20 §3).
    // Then it comes second, where a narrow window still shows it.
    m_table->setColumnHidden(CallListModel::Node, !engine->watchesCluster());
    if (engine->watchesCluster())
        m_table->horizontalHeader()->moveSection(CallListModel::Node, CallListModel::State);
    EmptyHint::install(m_table, engine->isSandbox()
                                    ? tr("No calls yet. Ctrl+D dials a sandbox call.")
                                    : tr("No calls yet. Calls appear here when Twilio sends one; "
                                         "Ctrl+N places a test call."));
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

    // Call view. The sandbox banner: one slim line, dismissable (remembered).
    m_banner = new QLabel;
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setText(tr("<b>Sandbox:</b> a simulated carrier and agent on this computer. "
                         "<b>Ctrl+D</b> dials a call."));
    m_banner->setToolTip(tr("Sandbox mode: calls go through the real bridge to a simulated "
                            "carrier and agent on this computer; no accounts are needed."));
    m_banner->setMinimumWidth(0);
    m_banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bannerBox = new QFrame;
    m_bannerBox->setObjectName(QStringLiteral("sandboxBanner"));
    m_bannerBox->setStyleSheet(
        QStringLiteral("#sandboxBanner { background: #fff4d6; border-radius: 4px; }"
                       "#sandboxBanner QLabel, #sandboxBanner QPushButton, "
                       "#sandboxBanner QToolButton { color: #5a4300; }"));
    m_bannerBox->setVisible(
        engine->isSandbox() &&
        !QSettings().value(QStringLiteral("ui/sandboxBannerDismissed")).toBool());
    auto *bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->setContentsMargins(8, 2, 2, 2);
    bannerLayout->addWidget(m_banner, 1);
    auto *connectButton = new QPushButton(tr("Connect accounts…"));
    connectButton->setToolTip(tr("Enter your Twilio and ElevenLabs accounts to take real calls"));
    connectButton->setObjectName(QStringLiteral("connectAccounts"));
    connectButton->setFlat(true);
    connectButton->setEnabled(settings != nullptr);
    connect(connectButton, &QPushButton::clicked, this, [this] { openSettings(); });
    bannerLayout->addWidget(connectButton, 0, Qt::AlignVCenter);
    auto *dismiss = new QToolButton;
    dismiss->setObjectName(QStringLiteral("dismissBanner"));
    dismiss->setAutoRaise(true);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setToolTip(tr("Hide this note (the window title still says sandbox)"));
    dismiss->setAccessibleName(tr("Hide the sandbox note"));
    connect(dismiss, &QToolButton::clicked, this, [this] {
        m_bannerBox->hide();
        QSettings().setValue(QStringLiteral("ui/sandboxBannerDismissed"), true);
    });
    bannerLayout->addWidget(dismiss, 0, Qt::AlignVCenter);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("callHeader"));
    m_header->setTextFormat(Qt::RichText);
    // Wrapped, so a long header line never widens the window when a call is selected.
    m_header->setWordWrap(true);
    m_header->setContentsMargins(4, 2, 4, 2);
    m_waveform = new WaveformWidget;
    m_transcriptView = new QListView;
    m_transcriptView->setModel(m_transcript);
    m_transcriptView->setItemDelegate(new TranscriptDelegate(m_transcriptView));
    m_transcriptView->setWordWrap(true);
    m_transcriptView->setUniformItemSizes(false);
    m_transcriptView->setAccessibleName(tr("Transcript"));
    EmptyHint::install(m_transcriptView,
                       tr("What the caller and the agent say appears here while a call runs."));
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
    m_listen->setIcon(Icons::icon(IK::Listen));
    m_listen->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_listen->setText(tr("&Listen in"));
    m_listen->setCheckable(true);
    m_listen->setShortcut(listenKeys());
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
        updateWatched();
    });
    connect(m_wall, &CallWall::callClicked, this, [this](quint64 id) {
        selectCall(id);
        m_wallAction->setChecked(false);
    });

    // The calls list above the call view: every column fits at 1024 px, and the waveform
    // gets the window's whole width (issue 18 §2).
    m_hsplit = new QSplitter(Qt::Vertical);
    m_hsplit->setObjectName(QStringLiteral("mainSplit"));
    m_hsplit->setChildrenCollapsible(false);
    m_hsplit->addWidget(m_table);
    m_hsplit->addWidget(m_callStack);
    m_hsplit->setStretchFactor(0, 1);
    m_hsplit->setStretchFactor(1, 3);
    m_hsplit->setSizes({170, 430});
    setCentralWidget(m_hsplit);

    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setAccessibleName(tr("Event log"));
    m_log->setPlaceholderText(tr("Calls, alarms and errors are logged here as they happen."));
    m_wire = new WireInspector(m_calls);
    m_metrics = new MetricsPane;
    m_alarmModel = new AlarmListModel(this);
    m_alarmView = new QTableView;
    m_alarmView->setObjectName(QStringLiteral("alarmList"));
    m_alarmView->setModel(m_alarmModel);
    m_alarmView->verticalHeader()->hide();
    m_alarmView->horizontalHeader()->setStretchLastSection(true);
    m_alarmView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alarmView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alarmView->setWordWrap(false);
    m_alarmView->setAccessibleName(tr("Alarms of the selected call"));
    m_alarmHint = EmptyHint::install(m_alarmView, tr("No alarms on this call."));
    // A click goes to that moment: the transcript line spoken then.
    connect(m_alarmView, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        showMoment(i.data(AlarmListModel::OffsetMsRole).toLongLong());
    });
    connect(m_alarmView, &QAbstractItemView::clicked, this, [this](const QModelIndex &i) {
        showMoment(i.data(AlarmListModel::OffsetMsRole).toLongLong());
    });

    // The panes are docks the operator can move, tab, float or close (issue 4 §2); their
    // arrangement is saved with the window, and View → Reset layout brings this one back:
    // the transcript beside the call, the engineering panes tabbed below.
    const auto dock = [this](const QString &title, const QString &name, QWidget *w,
                             Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *transcriptDock = dock(tr("Transcript"), QStringLiteral("transcriptDock"),
                                       m_transcriptView, Qt::RightDockWidgetArea);
    QDockWidget *metricsDock =
        dock(tr("Metrics"), QStringLiteral("metricsDock"), m_metrics, Qt::BottomDockWidgetArea);
    QDockWidget *alarmsDock =
        dock(tr("Alarms"), QStringLiteral("alarmsDock"), m_alarmView, Qt::BottomDockWidgetArea);
    QDockWidget *wireDock =
        dock(tr("Wire inspector"), QStringLiteral("wireDock"), m_wire, Qt::BottomDockWidgetArea);
    QDockWidget *logDock =
        dock(tr("Event log"), QStringLiteral("logDock"), m_log, Qt::BottomDockWidgetArea);

    // Agents: a dock the operator can move or close (state saved with the window).
    m_agents = new AgentsPanel(engine);
    connect(m_agents, &AgentsPanel::defaultAgentChosen, this, [this](const QString &id) {
        if (m_settings)
            m_settings->set(settings::Key::ElevenLabsDefaultAgent, id);
    });
    // The calls list and the wall name agents as the agents list does.
    connect(m_agents->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_calls->setAgentNames(m_agents->model()->names());
        if (m_history)
            m_history->setAgentNames(m_agents->model()->names());
        if (m_calls->rowCount() > 0)
            widenColumnsFor(0, m_calls->rowCount() - 1);
    });
    QDockWidget *agentsDock =
        dock(tr("Agents"), QStringLiteral("agentsDock"), m_agents, Qt::BottomDockWidgetArea);
    m_docks = {transcriptDock, metricsDock, alarmsDock, wireDock, logDock, agentsDock};
    tb->addSeparator();
    tb->addAction(m_wallAction);
    m_wallAction->setIcon(Icons::icon(IK::Wall));
    tb->addAction(settingsAction);
    tb->addAction(preflightAction);
    for (QAction *a : {m_wallAction, settingsAction, preflightAction})
        a->setPriority(QAction::LowPriority); // icon only on the toolbar; text in the menus
    buildMenus(newCall, history, settingsAction, preflightAction);

    connect(engine, &engine::Engine::bridgeCpuLoad, this, [this](double percent) {
        m_bridgeCpu = percent;
        refreshStatus();
    });
    m_statusServer = new QLabel;
    // The address can be long (public URL): it never widens the window; the tooltip has it.
    m_statusServer->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    // The first start uses the screen: 85 % of a large one, all of a small one (maximised,
    // so the window manager's frame is accounted for).
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1200, 760);
    const bool small = avail.width() < 1280 || avail.height() < 800;
    resize(small ? avail.size() - QSize(16, 48)
                 : QSize(avail.width() * 85 / 100, avail.height() * 85 / 100));
    applyDefaultLayout();
    if (!restoreGeometry(st.value(QStringLiteral("window/geometry")).toByteArray()) && small)
        setWindowState(Qt::WindowMaximized);
    // A saved arrangement wins; else the default is laid out again at the first show, when
    // the window has its real size.
    m_defaultLayoutPending =
        !restoreState(st.value(QStringLiteral("window/state")).toByteArray(), kStateVersion);
    m_hsplit->restoreState(st.value(QStringLiteral("window/mainSplit")).toByteArray());
    refreshHeader();
    refreshStatus();
    if (!engine->isSandbox())
        checkInBackground();
}

void MainWindow::buildMenus(QAction *newCall, QAction *history, QAction *settingsAction,
                            QAction *preflightAction)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(history);
    file->addSeparator();
    file->addAction(settingsAction);
    // A cluster is its shared database plus the monitor token (Settings → Database).
    QAction *cluster = file->addAction(tr("Connect to &cluster…"), this,
                                       [this] { openSettings(QStringLiteral("database")); });
    cluster->setStatusTip(tr("Share the call database with headless nodes and watch their "
                             "live calls"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *call = menuBar()->addMenu(tr("&Call"));
    call->addAction(m_dial);
    call->addAction(newCall);
    call->addAction(m_newCampaign);
    QAction *earlier =
        call->addAction(tr("Open &earlier campaign…"), this, &MainWindow::pickEarlierCampaign);
    earlier->setObjectName(QStringLiteral("earlierCampaignAction"));
    earlier->setEnabled(m_engine->storage() != nullptr);
    call->addAction(m_suitesAction);
    call->addAction(m_testAgent);
    call->addSeparator();
    call->addAction(m_end);
    call->addAction(m_mute);
    // The listen-in button owns Ctrl+L; the menu names the key without a second binding.
    call->addAction(Icons::icon(Icons::Kind::Listen),
                    tr("&Listen in") + u'\t' + listenKeys().toString(QKeySequence::NativeText),
                    this, [this] { m_listen->click(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_wallAction);
    view->addSeparator();
    for (QDockWidget *d : std::as_const(m_docks))
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(preflightAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Documentation"), this, [this] {
        const QString dir = QCoreApplication::applicationDirPath();
        for (const QString &candidate :
             {dir + QStringLiteral("/../share/doc/patchline/README.md"),
              dir + QStringLiteral("/../README.md"), dir + QStringLiteral("/README.md")}) {
            if (QFileInfo::exists(candidate)) {
                QDesktopServices::openUrl(
                    QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath()));
                return;
            }
        }
        QMessageBox::information(this, tr("Documentation"),
                                 tr("The README was not found next to the program. It is in "
                                    "the source tree and in /usr/share/doc/patchline when "
                                    "installed as a package."));
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Patchline"), this, [this] {
        QMessageBox::about(
            this, tr("About Patchline"),
            tr("<h3>Patchline %1</h3><p>An operator console for AI phone agents: Twilio calls "
               "bridged to ElevenLabs Conversational AI agents, watched live, recorded and "
               "reviewed.</p><p>Qt %2 · speexdsp · libsndfile · QtKeychain · SQLite</p>")
                .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                     QString::fromLatin1(qVersion())));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showShortcuts()
{
    struct Key
    {
        QString keys, what;
    };
    QList<Key> rows;
    for (QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        QString what = a->text();
        what.remove(u'&');
        what = what.section(u'\t', 0, 0);
        rows.append({a->shortcut().toString(QKeySequence::NativeText), what});
    }
    rows.append(
        {listenKeys().toString(QKeySequence::NativeText), tr("Listen in to the selected call")});
    rows.append({tr("Del"), tr("End the selected call (asks first; in the calls list)")});
    rows.append({tr("Enter"), tr("Open the selected call (in the calls list)")});
    rows.append({tr("Space, ←, →"), tr("History: play / pause, back / forward 5 s")});
    std::sort(rows.begin(), rows.end(), [](const Key &a, const Key &b) { return a.what < b.what; });
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows.at(r).keys));
        table->setItem(r, 1, new QTableWidgetItem(rows.at(r).what));
    }
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *v = new QVBoxLayout(&dialog);
    v->addWidget(table);
    v->addWidget(buttons);
    dialog.resize(520, 480);
    dialog.exec();
}

void MainWindow::applyDefaultLayout()
{
    // Re-adding docks makes QMainWindow grow to its layout's size hint: keep the window's.
    const QSize keep = size();
    QDockWidget *transcript = m_docks.at(0);
    for (QDockWidget *d : std::as_const(m_docks)) {
        d->setFloating(false);
        d->show();
    }
    addDockWidget(Qt::RightDockWidgetArea, transcript);
    for (qsizetype i = 1; i < m_docks.size(); ++i)
        addDockWidget(Qt::BottomDockWidgetArea, m_docks.at(i));
    for (qsizetype i = 2; i < m_docks.size(); ++i)
        tabifyDockWidget(m_docks.at(i - 1), m_docks.at(i));
    m_docks.at(1)->raise(); // Metrics
    m_wallAction->setChecked(false);
    if (layout())
        layout()->activate();
    if (!(windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        resize(keep);
    applyDefaultSizes();
}

void MainWindow::applyDefaultSizes()
{
    // Sizes follow the window: 1024×700 and 1920×1080 both get a usable waveform.
    resizeDocks({m_docks.at(0)}, {std::clamp(width() * 28 / 100, 260, 560)}, Qt::Horizontal);
    resizeDocks({m_docks.at(1)}, {std::clamp(height() * 27 / 100, 160, 320)}, Qt::Vertical);
    const int central = std::max(300, height() * 55 / 100);
    m_hsplit->setSizes({central * 28 / 100, central * 72 / 100});
}

void MainWindow::resetLayout()
{
    applyDefaultLayout();
    QSettings st;
    st.remove(QStringLiteral("window/state"));
    st.remove(QStringLiteral("window/mainSplit"));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_campaignOffered) {
        m_campaignOffered = true;
        QTimer::singleShot(0, this, &MainWindow::offerUnfinishedCampaign);
    }
    if (m_defaultLayoutPending) {
        m_defaultLayoutPending = false;
        // After this event the window has its size from the window manager.
        QTimer::singleShot(0, this, [this] { applyDefaultSizes(); });
    }
}

void MainWindow::showMoment(qint64 offsetMs)
{
    // The transcript line spoken at that moment (the last one that started before it).
    int row = -1;
    for (int r = 0; r < m_transcript->rowCount(); ++r)
        if (m_transcript->index(r).data(TranscriptModel::OffsetMsRole).toLongLong() <= offsetMs)
            row = r;
    if (row < 0)
        return;
    const QModelIndex i = m_transcript->index(row);
    m_transcriptView->setCurrentIndex(i);
    m_transcriptView->scrollTo(i, QAbstractItemView::PositionAtCenter);
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
        m_settingsDialog->setLiveCallCount([this] { return m_calls->liveCalls(); });
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

void MainWindow::showStartupError(const QString &error, const QString &section)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                           tr("the bridge did not start: %1").arg(error));
    QTimer::singleShot(0, this, [this, error, section] {
        QMessageBox::critical(
            this, tr("Bridge not started"),
            section == u"database"
                ? tr("%1\n\nCheck the call database in Settings → Database (empty = the local "
                     "file).")
                      .arg(error)
                : tr("%1\n\nChange the port or bind address in Settings → Server.").arg(error));
        openSettings(section);
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

void MainWindow::saveWindowState()
{
    QSettings st;
    st.setValue(QStringLiteral("window/geometry"), saveGeometry());
    st.setValue(QStringLiteral("window/state"), saveState(kStateVersion));
    st.setValue(QStringLiteral("window/mainSplit"), m_hsplit->saveState());
}

QList<bridge::CallUpdate> MainWindow::carryOverCalls() const
{
    // Engine ids count up from 1; carried calls get fresh ids from 2^62 on, so a new
    // engine's calls never meet them, however often the bridge restarts.
    constexpr quint64 kCarriedBase = quint64(1) << 62;
    static quint64 carried = 0;
    QList<bridge::CallUpdate> out;
    for (int r = 0; r < m_calls->rowCount(); ++r) {
        const quint64 id = m_calls->index(r, 0).data(CallListModel::CallIdRole).toULongLong();
        const CallEntry *e = m_calls->entry(id);
        if (!e || e->snapshot.state != bridge::CallState::Ended)
            continue;
        bridge::CallUpdate u;
        u.snapshot = e->snapshot;
        u.snapshot.id = kCarriedBase + ++carried;
        u.lines = e->lines; // they carry their barge-in marks already
        u.events = e->events;
        // A barge-in before any agent line (no line offset) would mark the newest agent
        // line again on adoption: point it at no line.
        for (bridge::CallEvent &ev : u.events)
            if (ev.kind == u"barge-in" && ev.lineOffsetMs < 0)
                ev.lineOffsetMs = std::numeric_limits<qint64>::max();
        out.append(u);
    }
    return out;
}

void MainWindow::widenColumnsFor(int first, int last)
{
    QHeaderView *header = m_table->horizontalHeader();
    // Never past 2/5 of the list (a long agent name keeps its tooltip), never narrower.
    const int cap = std::max(160, m_table->viewport()->width() * 2 / 5);
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        if (header->visualIndex(c) == header->count() - 1 || header->isSectionHidden(c))
            continue; // the last one shown stretches (Node moves second on a cluster)
        int want = 0;
        for (int r = first; r <= last; ++r)
            want = std::max(
                want,
                m_table->sizeHintForIndex(m_proxy->mapFromSource(m_calls->index(r, c))).width());
        want = std::min(want + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4,
                        cap);
        if (want > header->sectionSize(c))
            header->resizeSection(c, want);
    }
}

void MainWindow::adoptCalls(const QList<bridge::CallUpdate> &calls)
{
    if (calls.isEmpty())
        return;
    m_calls->applyUpdates(calls);
    m_table->resizeColumnsToContents();
    refreshHeader();
    refreshStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
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

void MainWindow::updateWatched()
{
    // A call on another node streams in full (levels, 30 Hz) only while it is shown: the
    // selected one, or every live call while the wall shows them (issue 20 §3).
    if (!m_engine->watchesCluster())
        return;
    QSet<quint64> ids;
    if (m_selected)
        ids.insert(m_selected);
    if (m_wallAction && m_wallAction->isChecked())
        for (int r = 0; r < m_calls->rowCount(); ++r)
            if (m_calls->index(r, 0).data(CallListModel::ActiveRole).toBool())
                ids.insert(m_calls->index(r, 0).data(CallListModel::CallIdRole).toULongLong());
    m_engine->watchCalls(ids);
}

void MainWindow::onUpdates(const QList<bridge::CallUpdate> &batch)
{
    const int hadRows = m_calls->rowCount();
    m_calls->applyUpdates(batch);
    if (hadRows == 0 && m_calls->rowCount() > 0)
        m_table->resizeColumnsToContents();
    else if (m_calls->rowCount() > hadRows) // later calls may be wider: their rows only
        widenColumnsFor(hadRows, m_calls->rowCount() - 1);
    if (m_wallAction->isChecked() && m_calls->rowCount() > hadRows)
        updateWatched(); // a new call on the wall
    if (m_selected == 0 && !batch.isEmpty())
        selectCall(batch.first().snapshot.id); // the first call (of this bridge): show it
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
            m_alarmModel->refresh();
            refreshHeader();
        }
        for (const bridge::CallEvent &e : u.events)
            if (e.kind != u"state" && e.kind != u"turn") // turns: in the metrics pane
                m_log->appendPlainText(
                    QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                    QStringLiteral("%1  %2: %3")
                        .arg(u.snapshot.callSid, Format::eventKind(e.kind), e.text));
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
        m_history->setAgentNames(m_agents->model()->names());
        // Recordings of calls other nodes held come from those nodes (issue 20 §3).
        m_history->review()->setRecordingFetcher(
            [engine = m_engine](const QString &node, const QString &path, QObject *context,
                                std::function<void(const QString &, const QString &)> done) {
                engine->fetchRecording(node, path, context, std::move(done));
            });
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
    updateWatched();
    m_transcript->setCall(m_selected);
    m_wire->setCall(m_selected);
    {
        // The button shows whether the selected call is the one being heard.
        const QSignalBlocker block(m_listen);
        m_listen->setChecked(m_listening != 0 && m_listening == m_selected);
    }
    m_waveform->setEntry(m_calls->entry(m_selected));
    m_metrics->setEntry(m_calls->entry(m_selected));
    m_alarmModel->setEntry(m_calls->entry(m_selected));
    m_alarmHint->setText(m_selected == 0 ? tr("Select a call to see its alarms.")
                                         : tr("No alarms on this call."));
    refreshHeader();
}

void MainWindow::refreshHeader()
{
    const CallEntry *e = m_calls->entry(m_selected);
    const bool ending = e && e->snapshot.state >= bridge::CallState::Ending;
    m_end->setEnabled(e && e->snapshot.state != bridge::CallState::Ended);
    m_mute->setEnabled(e && !ending);
    {
        // An ended call is not muted any more, whatever its last snapshot said.
        const QSignalBlocker block(m_mute);
        m_mute->setChecked(e && !ending && e->snapshot.agentMuted);
    }
    if (!e) {
        m_header->setToolTip({});
        m_header->setText(
            m_calls->rowCount() == 0
                ? tr("<span style='color:gray'>No calls yet. %1</span>")
                      .arg(m_engine->isSandbox()
                               ? tr("Press <b>Ctrl+D</b> to dial a sandbox call.")
                               : tr("Calls appear here when Twilio sends one, or press "
                                    "<b>Ctrl+N</b> to place a test call."))
                : tr("<span style='color:gray'>Select a call in the list.</span>"));
        return;
    }
    // What an operator reads first: who, which agent, state and time, the latest alarm.
    // The engineering counters are in the Metrics pane.
    const auto &s = e->snapshot;
    const QString state =
        s.state == bridge::CallState::Ended && s.failed ? tr("failed") : Format::state(s.state);
    const QString badgeColour =
        s.state == bridge::CallState::Live ? QStringLiteral("#1b873a")
        : s.state == bridge::CallState::Ended
            ? (s.failed ? QStringLiteral("#b3261e") : QStringLiteral("#707070"))
            : QStringLiteral("#9a5b00");
    QString text = tr("<span style='font-size:large'><b>%1 → %2</b></span> &nbsp; %3 &nbsp; "
                      "<span style='color:white; background:%4'>&nbsp;%5&nbsp;</span> %6")
                       .arg(s.from.toHtmlEscaped(), s.to.toHtmlEscaped(),
                            m_calls->agentName(s.agentId).toHtmlEscaped(), badgeColour,
                            state.toHtmlEscaped(), formatDuration(s.durationMs));
    QStringList facts;
    facts << Format::direction(s.direction);
    if (!s.twilioStatus.isEmpty())
        facts << tr("Twilio: %1").arg(Format::twilioStatus(s.twilioStatus));
    if (!s.price.isEmpty())
        facts << tr("price %1").arg(Format::twilioPrice(s.price));
    if (s.turns > 0)
        facts << tr("last turn %1").arg(Format::ms(s.turnLatencyLastMs));
    facts << tr("barge-ins %1").arg(Format::count(s.bargeIns));
    text += QStringLiteral("<br/><span style='color:gray'>%1</span>")
                .arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (s.agentMuted && !ending)
        text += QStringLiteral("<br/><b style='color:#b3261e'>%1</b>")
                    .arg(tr("Agent muted: the caller hears silence"));
    if (!s.alarms.isEmpty()) {
        // The newest alarm still active (its whole text from the events), with how many more.
        QString latest = s.alarms.last();
        const QList<AlarmMark> raised = Format::alarms(e->events);
        for (auto it = raised.rbegin(); it != raised.rend(); ++it) {
            if (std::any_of(s.alarms.begin(), s.alarms.end(), [&](const QString &active) {
                    return active == it->name || active.startsWith(it->name + u':') ||
                           active == it->detail;
                })) {
                latest = it->detail;
                break;
            }
        }
        text += QStringLiteral("<br/><span style='color:#b3261e'>⚠ %1</span>")
                    .arg(s.alarms.size() > 1 ? tr("%1 (+%2 more, see Alarms)")
                                                   .arg(latest.toHtmlEscaped())
                                                   .arg(s.alarms.size() - 1)
                                             : latest.toHtmlEscaped());
    }
    if (!s.endReason.isEmpty())
        text += QStringLiteral("<br/>") + tr("Ended: %1").arg(s.endReason.toHtmlEscaped());
    m_header->setText(text);
    m_header->setToolTip(QStringLiteral("<p>%1</p>").arg(s.callSid.toHtmlEscaped()));
}

QString MainWindow::headerText() const
{
    return m_header->text();
}

QAbstractItemModel *MainWindow::alarmModel() const
{
    return m_alarmModel;
}

void MainWindow::refreshStatus()
{
    const auto &cfg = m_engine->config();
    m_statusServer->setText(tr("Listening on %1:%2 · public URL %3")
                                .arg(cfg.bindAddress.toString())
                                .arg(m_engine->port())
                                .arg(cfg.publicBase()));
    m_statusServer->setToolTip(m_statusServer->text());
    m_statusCalls->setText(
        m_bridgeCpu < 0 ? tr("%n live call(s)", nullptr, m_calls->liveCalls())
                        : tr("%n live call(s) · bridge CPU %1%", nullptr, m_calls->liveCalls())
                              .arg(m_bridgeCpu, 0, 'f', m_bridgeCpu < 10 ? 1 : 0));
}

QList<DialDialog::AgentChoice> MainWindow::agentChoices() const
{
    QList<DialDialog::AgentChoice> agents;
    for (int r = 0; r < m_agents->model()->rowCount(); ++r) {
        const QModelIndex i = m_agents->model()->index(r);
        agents.append({i.data(AgentListModel::AgentIdRole).toString(),
                       i.data(AgentListModel::NameRole).toString()});
    }
    return agents;
}

void MainWindow::openDialDialog()
{
    const QList<DialDialog::AgentChoice> agents = agentChoices();
    auto *dialog = new DialDialog(m_engine, agents, m_engine->config().defaultAgentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_engine->dial(dialog->request()); });
    m_dialDialog = dialog;
    dialog->open();
}

void MainWindow::openCampaignDialog()
{
    if (m_campaign && m_campaign->counts().finished() < m_campaign->counts().total()) {
        QMessageBox::information(
            this, tr("A campaign is running"),
            tr("“%1” is still running. Cancel it, or wait until it has finished, before "
               "starting another one.")
                .arg(m_campaign->settings().name));
        if (m_campaignWindow) {
            m_campaignWindow->show();
            m_campaignWindow->raise();
        }
        return;
    }
    const QList<DialDialog::AgentChoice> agents = agentChoices();
    QString from = m_settings ? m_settings->string(settings::Key::TwilioDefaultFrom) : QString();
    if (from.isEmpty() && m_engine->isSandbox())
        from = QStringLiteral("+15550100"); // the sandbox account's number
    auto *dialog =
        new CampaignDialog(m_engine, agents, m_engine->config().defaultAgentId, from, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        runCampaign(0, dialog->rows(), dialog->sourceBytes(), dialog->settings());
    });
    m_campaignDialog = dialog;
    dialog->open();
}

void MainWindow::runCampaign(qint64 resumeId, const QList<campaign::CampaignRow> &rows,
                             const QByteArray &sourceBytes,
                             const campaign::CampaignSettings &settings)
{
    if (m_campaignWindow)
        m_campaignWindow->deleteLater();
    delete m_campaign;
    m_campaign = new engine::CampaignRunner(m_engine, this);
    connect(m_campaign, &engine::CampaignRunner::log, this, [this](const QString &line) {
        m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) +
                               tr("campaign: %1").arg(line));
    });
    connect(m_campaign, &engine::CampaignRunner::started, this,
            [this](qint64 id, bool, const QString &error) {
                if (!id)
                    QMessageBox::warning(this, tr("Campaign not started"), error);
            });
    auto *window = new CampaignWindow(m_campaign, this);
    connect(window, &CampaignWindow::openCall, this, &MainWindow::showCallSid);
    m_campaignWindow = window;
    if (resumeId)
        m_campaign->resume(resumeId);
    else
        m_campaign->start(rows, engine::CampaignRunner::sourceHash(sourceBytes, settings),
                          settings);
    window->show();
}

SuitesWindow *MainWindow::openSuites(const QString &select)
{
    if (!m_suitesWindow)
        m_suitesWindow = new SuitesWindow(m_engine, this);
    m_suitesWindow->setAgents(agentChoices());
    m_suitesWindow->reload(select);
    m_suitesWindow->show();
    m_suitesWindow->raise();
    m_suitesWindow->activateWindow();
    return m_suitesWindow;
}

void MainWindow::showCallSid(const QString &callSid)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        const CallEntry *e = m_calls->entry(i.data(CallListModel::CallIdRole).toULongLong());
        if (e && e->snapshot.callSid == callSid) {
            selectCall(e->snapshot.id);
            raise();
            activateWindow();
            return;
        }
    }
    openHistory();
    m_history->selectCallSid(callSid);
}

void MainWindow::pickEarlierCampaign()
{
    m_engine->storage()->query<QList<store::CampaignSummary>>(
        this,
        [](store::CallStore &s) { return store::CampaignStore(s.connectionName()).list(200); },
        [this](const QList<store::CampaignSummary> &all) {
            if (all.isEmpty()) {
                auto *box = new QMessageBox(QMessageBox::Information, tr("No campaigns yet"),
                                            tr("No campaign has run here yet: Call → New "
                                               "campaign… (Ctrl+Shift+N) starts one."),
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            QStringList items;
            for (const store::CampaignSummary &c : all)
                items << tr("%1 · %2 · %3")
                             .arg(c.name,
                                  QLocale().toString(c.createdAt.toLocalTime(),
                                                     QLocale::ShortFormat),
                                  campaignStateText(c.state));
            auto *ask = new QInputDialog(this);
            ask->setAttribute(Qt::WA_DeleteOnClose);
            ask->setWindowTitle(tr("Open earlier campaign"));
            ask->setLabelText(tr("Campaign (newest first):"));
            ask->setComboBoxItems(items);
            ask->setComboBoxEditable(false);
            connect(ask, &QInputDialog::textValueSelected, this,
                    [this, all, items](const QString &picked) {
                        const int i = int(items.indexOf(picked));
                        if (i >= 0)
                            openEarlierCampaign(all.at(i).id, all.at(i).name, all.at(i).state);
                    });
            ask->open();
        });
}

QString MainWindow::campaignStateText(const QString &state)
{
    if (state == u"running")
        return tr("running");
    if (state == u"paused")
        return tr("paused");
    if (state == u"cancelled")
        return tr("cancelled");
    if (state == u"finished")
        return tr("finished");
    return state;
}

void MainWindow::openEarlierCampaign(qint64 id, const QString &name, const QString &state)
{
    if (m_campaign && m_campaign->campaignId() == id && m_campaignWindow) {
        m_campaignWindow->show();
        m_campaignWindow->raise();
        return;
    }
    if (m_campaign && m_campaign->counts().finished() < m_campaign->counts().total()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("A campaign is running"),
            tr("“%1” is still running. Cancel it, or wait until it has finished, before opening "
               "another one.")
                .arg(m_campaign->settings().name),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (state != u"running" && state != u"paused") {
        runCampaign(id); // every row is final: it opens to be read and exported
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Resume campaign?"),
        tr("“%1” is %2. Opening it resumes it: finished rows stay finished, rows not yet dialled "
           "are dialled, rows waiting for a retry get it when it is due.")
            .arg(name, campaignStateText(state)),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *b) {
        if (box->standardButton(b) == QMessageBox::Yes)
            runCampaign(id);
    });
    box->open();
}

void MainWindow::offerUnfinishedCampaign()
{
    m_engine->storage()->query<store::CampaignSummary>(
        this,
        [](store::CallStore &s) {
            const QList<store::CampaignSummary> all =
                store::CampaignStore(s.connectionName()).list(20);
            for (const store::CampaignSummary &c : all)
                if (c.state == u"running" || c.state == u"paused")
                    return c;
            return store::CampaignSummary{};
        },
        [this](const store::CampaignSummary &c) {
            if (!c.id || m_campaign)
                return;
            const auto answer = QMessageBox::question(
                this, tr("Resume campaign?"),
                tr("The campaign “%1” (started %2) did not finish when Patchline last ran. "
                   "Resuming repeats no attempt: finished rows stay finished, rows waiting for "
                   "a retry get it when it is due.")
                    .arg(c.name,
                         QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes)
                runCampaign(c.id);
        });
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
