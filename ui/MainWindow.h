#pragma once

#include "bridge/CallTypes.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListView;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QAction;
class QAbstractItemModel;

namespace patchline::bridge {
class Engine;
}

namespace patchline::ui {

class AgentsPanel;
class CallListModel;
class DialDialog;
class CallSortProxy;
class TranscriptModel;
class WaveformWidget;

/// The console window: calls on the left (active first), the selected call on the right
/// (state, live two-lane waveform, live transcript), the event log below. Dial (Ctrl+D)
/// places a sandbox call; End (Ctrl+E or Del in the list) hangs up the selected call.
/// Window geometry and splitter positions are remembered. GUI thread only; it never
/// touches sockets — it reads the Engine's queued CallUpdate batches.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(bridge::Engine *engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    CallListModel *callModel() const { return m_calls; }
    QAbstractItemModel *callProxy() const;
    TranscriptModel *transcriptModel() const { return m_transcript; }
    WaveformWidget *waveform() const { return m_waveform; }
    AgentsPanel *agentsPanel() const { return m_agents; }
    /// Selects a call by id (tests, keyboard).
    void selectCall(quint64 callId);
    quint64 selectedCall() const { return m_selected; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onUpdates(const QList<bridge::CallUpdate> &batch);
    void onSelectionChanged();
    void refreshHeader();
    void refreshStatus();
    void endSelected();
    void openDialDialog();

public:
    /// The dial dialog while it is open (tests).
    QPointer<DialDialog> dialDialog() const { return m_dialDialog; }

private:
    bridge::Engine *m_engine;
    CallListModel *m_calls;
    CallSortProxy *m_proxy;
    TranscriptModel *m_transcript;
    QTableView *m_table;
    QListView *m_transcriptView;
    WaveformWidget *m_waveform;
    AgentsPanel *m_agents;
    QLabel *m_header;
    QLabel *m_banner;
    QPlainTextEdit *m_log;
    QSplitter *m_hsplit;
    QSplitter *m_vsplit;
    QAction *m_dial;
    QAction *m_end;
    QLabel *m_statusServer;
    QLabel *m_statusCalls;
    quint64 m_selected = 0;
    QPointer<DialDialog> m_dialDialog;
};

} // namespace patchline::ui
