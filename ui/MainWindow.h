#pragma once

#include "call/CallTypes.h"
#include "campaign/Campaign.h"
#include "settings/Config.h"
#include "ui/DialDialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QAction;
class QToolButton;
class QComboBox;
class QDockWidget;
class QSlider;
class QStackedWidget;
class QAbstractItemModel;

namespace patchline::engine {
class CampaignRunner;
class Engine;
} // namespace patchline::engine
namespace patchline::settings {
class Settings;
}

namespace patchline::ui {

class AgentsPanel;
class AlarmListModel;
class EmptyHint;
class CallListModel;
class CallWall;
class CampaignDialog;
class CampaignWindow;
class SuitesWindow;
class HistoryWindow;
class SettingsDialog;
class CallSortProxy;
class TranscriptModel;
class WaveformWidget;
class MetricsPane;
class WireInspector;

/// The console window: calls on the left (active first), the selected call on the right
/// (state, live two-lane waveform, live transcript), the event log below. Dial (Ctrl+D)
/// places a sandbox call; End (Ctrl+E) hangs up the selected call, Del in the list asks
/// first; Enter in the list opens the call; Mute agent (Ctrl+M) silences its agent.
/// Settings (Ctrl+,) and the pre-flight check (Ctrl+Shift+P) open the settings pane; without
/// accounts a banner explains the sandbox and offers "Connect real accounts".
/// Window geometry and splitter positions are remembered. GUI thread only; it never
/// touches sockets — it reads the Engine's queued CallUpdate batches.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `settings` may be null (tests): the Settings pane is then unavailable.
    explicit MainWindow(engine::Engine *engine, settings::Settings *settings = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    CallListModel *callModel() const { return m_calls; }
    QAbstractItemModel *callProxy() const;
    TranscriptModel *transcriptModel() const { return m_transcript; }
    WaveformWidget *waveform() const { return m_waveform; }
    WireInspector *wireInspector() const { return m_wire; }
    MetricsPane *metricsPane() const { return m_metrics; }
    /// "Mute agent" (Ctrl+M): the caller stops hearing the agent of the selected call.
    QAction *muteAction() const { return m_mute; }
    CallWall *wall() const { return m_wall; }
    /// The status bar's text of live calls and bridge CPU load.
    QString statusCallsText() const;
    /// The listen-in toggle of the call view (Ctrl+L).
    QToolButton *listenButton() const { return m_listen; }
    /// Shows the wall of live calls (true) or the selected call (false).
    void showWall(bool on);
    AgentsPanel *agentsPanel() const { return m_agents; }
    /// Opens the settings pane at `section` (see SettingsDialog::showSection).
    void openSettings(const QString &section = QStringLiteral("twilio"));
    /// Tells the engine which calls of other nodes are shown now (selected; the wall's).
    void updateWatched();
    /// The settings pane while it is open (tests).
    QPointer<SettingsDialog> settingsDialog() const { return m_settingsDialog; }
    /// Shows why the bridge did not start (port taken, the database refused, …) in the log
    /// and a dialog, then opens the settings at `section` ("server", "database").
    void showStartupError(const QString &error, const QString &section = QStringLiteral("server"));
    /// Shows a note about where secrets could not be read from (no keychain, …).
    void showSecretsNote(const QString &note);
    /// The status-bar pre-flight indicator (opens the Pre-flight page).
    QToolButton *preflightIndicator() const { return m_statusPreflight; }
    /// The status-bar badge counting Twilio requests refused for a bad signature.
    QToolButton *refusedIndicator() const { return m_statusRefused; }
    /// The sandbox banner (first run without accounts).
    QWidget *sandboxBanner() const { return m_bannerBox; }
    /// Opens the call history (Ctrl+H) at the selected call.
    void openHistory();
    QPointer<HistoryWindow> historyWindow() const { return m_history; }
    /// Selects a call by id (tests, keyboard).
    void selectCall(quint64 callId);
    quint64 selectedCall() const { return m_selected; }

    /// View → Reset layout: the default arrangement of panes and splitter for this window
    /// size (transcript beside the call, Metrics / Alarms / Wire / Log / Agents tabbed below).
    void resetLayout();
    /// Help → Keyboard shortcuts: every key of the console in one table (F1).
    void showShortcuts();
    /// The alarms of the selected call (the Alarms pane's model).
    QAbstractItemModel *alarmModel() const;
    /// The rich text of the call header (tests).
    QString headerText() const;
    /// Saves geometry, dock arrangement and splitter (also done on close).
    void saveWindowState();
    /// The ended calls of this window (snapshot, transcript, events; no levels or wire rows),
    /// with ids moved out of any engine's range, for the window that replaces this one when
    /// the bridge restarts. Live calls are not carried: the restart hangs them up.
    QList<bridge::CallUpdate> carryOverCalls() const;
    /// Shows calls carried over from the previous window (see carryOverCalls()).
    void adoptCalls(const QList<bridge::CallUpdate> &calls);

signals:
    /// The settings pane asked to restart the bridge (sandbox: with the simulated parties).
    void restartRequested(bool sandbox);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Widens calls-list columns whose cells in model rows first..last (CallListModel rows)
    /// are wider (new calls, agent names that arrived later); measures only those rows,
    /// never narrows. GUI thread.
    void widenColumnsFor(int first, int last);
    void buildMenus(QAction *newCall, QAction *history, QAction *settingsAction,
                    QAction *preflightAction);
    void applyDefaultLayout();
    /// The default dock and splitter sizes for the window's current size.
    void applyDefaultSizes();
    /// Shows the moment `offsetMs` into the selected call: its transcript line.
    void showMoment(qint64 offsetMs);
    void onUpdates(const QList<bridge::CallUpdate> &batch);
    void onSelectionChanged();
    void refreshHeader();
    void refreshStatus();
    /// Runs the pre-flight check in the background (real accounts) and shows its outcome in
    /// the status bar; `config` null = the running configuration.
    void checkInBackground(const settings::BridgeConfig *config = nullptr);
    void endSelected();
    /// Del in the calls list: asks first, then hangs up.
    void askToEndSelected();
    void openDialDialog();
    /// The agents the agents dock lists, for the pickers of New call, campaigns and suites.
    QList<DialDialog::AgentChoice> agentChoices() const;

public:
    /// The dial dialog while it is open (tests).
    QPointer<DialDialog> dialDialog() const { return m_dialDialog; }
    /// Call → New campaign… (issue 19): the dialog, then the campaign's window.
    void openCampaignDialog();
    /// Starts (or resumes, when `resumeId` ≠ 0) a campaign and shows its window.
    void runCampaign(qint64 resumeId, const QList<campaign::CampaignRow> &rows = {},
                     const QByteArray &sourceBytes = {},
                     const campaign::CampaignSettings &settings = {});
    /// Call → Open earlier campaign…: the stored campaigns, newest first; the one picked opens
    /// in the campaign window (openEarlierCampaign).
    void pickEarlierCampaign();
    /// Opens stored campaign `id` in the campaign window: a finished or cancelled one to read
    /// and export (nothing is dialled); a running or paused one after asking to resume it.
    /// Refused while another campaign runs in this console.
    void openEarlierCampaign(qint64 id, const QString &name, const QString &state);
    /// A stored campaign state ("running", "paused", "cancelled", "finished") in words.
    static QString campaignStateText(const QString &state);
    /// Shows a call by CallSid: selected in the calls list when it is there, else in History.
    void showCallSid(const QString &callSid);
    QPointer<CampaignDialog> campaignDialog() const { return m_campaignDialog; }
    QPointer<CampaignWindow> campaignWindow() const { return m_campaignWindow; }
    /// Call → Regression suites… (issue 19 §2): the suites window, made on first use.
    SuitesWindow *openSuites(const QString &select = {});
    QPointer<SuitesWindow> suitesWindow() const { return m_suitesWindow; }
    engine::CampaignRunner *campaignRunner() const { return m_campaign; }

private:
    engine::Engine *m_engine;
    settings::Settings *m_settings;
    CallListModel *m_calls;
    CallSortProxy *m_proxy;
    TranscriptModel *m_transcript;
    QTableView *m_table;
    QListView *m_transcriptView;
    WaveformWidget *m_waveform;
    AgentsPanel *m_agents;
    QLabel *m_header;
    QLabel *m_banner;
    QWidget *m_bannerBox;
    QPointer<SettingsDialog> m_settingsDialog;
    QPlainTextEdit *m_log;
    QSplitter *m_hsplit;
    WireInspector *m_wire;
    MetricsPane *m_metrics;
    AlarmListModel *m_alarmModel;
    QTableView *m_alarmView;
    EmptyHint *m_alarmHint;
    QList<QDockWidget *> m_docks; ///< transcript, metrics, alarms, wire, log, agents
    bool m_defaultLayoutPending = false;
    CallWall *m_wall;
    QStackedWidget *m_callStack;
    QAction *m_wallAction;
    QToolButton *m_listen;
    QComboBox *m_listenMix;
    QSlider *m_listenVolume;
    quint64 m_listening = 0; ///< the call listen-in plays (0 = none)
    double m_bridgeCpu = -1; ///< bridge thread CPU, % of a core (-1 = not known yet)

    QAction *m_dial;
    QAction *m_end;
    QAction *m_mute;
    QAction *m_testAgent;
    quint64 m_selectWhenSeen = 0;       ///< a call to select once its first update arrives
    QHash<quint64, QString> m_replayOf; ///< live replay call id → original CallSid
    QLabel *m_statusServer;
    QLabel *m_statusCalls;
    QToolButton *m_statusPreflight;
    QToolButton *m_statusRefused; ///< Twilio requests refused for a bad signature
    int m_refused = 0;
    quint64 m_preflightRun = 0;
    quint64 m_selected = 0;
    QPointer<DialDialog> m_dialDialog;
    QPointer<CampaignDialog> m_campaignDialog;
    QPointer<CampaignWindow> m_campaignWindow;
    QPointer<SuitesWindow> m_suitesWindow;
    QAction *m_suitesAction = nullptr;
    engine::CampaignRunner *m_campaign = nullptr; ///< child; the newest campaign
    /// At start: offers to resume a campaign a previous run left unfinished.
    void offerUnfinishedCampaign();
    bool m_campaignOffered = false;
    QAction *m_newCampaign = nullptr;
    QPointer<HistoryWindow> m_history;
};

} // namespace patchline::ui
