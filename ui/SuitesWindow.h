#pragma once

#include "store/SuiteStore.h"
#include "suite/SuiteJudge.h"
#include "ui/DialDialog.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace patchline::store {
class Storage;
}
namespace patchline::engine {
class Engine;
class SuiteRunner;
} // namespace patchline::engine

namespace patchline::ui {

class SuiteReportModel;
class SuiteChecksModel;

/// One case of a suite run compared with its original (issue 19 §2): the checks (changed
/// values marked, verdicts), the agent's lines side by side with removed words struck and
/// added words underlined, and Compare calls (both recordings in CompareDialog). GUI thread.
class SuiteCaseDialog : public QDialog
{
    Q_OBJECT
public:
    SuiteCaseDialog(store::Storage *storage, const suite::CaseResult &result,
                    QWidget *parent = nullptr);
    SuiteChecksModel *checks() const { return m_checks; }
    QTextBrowser *lines() const { return m_lines; }

private:
    SuiteChecksModel *m_checks;
    QTextBrowser *m_lines;
};

/// Regression suites (issue 19 §2): the suites (left), and for the selected one its cases,
/// its rules (editable, saved as they change) and its runs: Run against each case's own agent
/// or a chosen one (Ctrl+R), progress, the report (cases × verdict; double-click or Enter
/// opens the case's comparison), earlier runs, Export HTML… and Export JUnit…. Cases are
/// added from History (Add to suite…). A top-level window; closing hides it and a run goes
/// on. Geometry and splitter are remembered. GUI thread.
class SuitesWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SuitesWindow(engine::Engine *engine, QWidget *parent = nullptr);
    ~SuitesWindow() override;

    /// The agents offered for a run (besides "each case's own agent").
    void setAgents(const QList<DialDialog::AgentChoice> &agents);
    /// Reads the suites again; `select` (a name) becomes the current one when given.
    void reload(const QString &select = {});
    /// Runs the selected suite with the picker's agent and concurrency.
    void runSelected();
    /// Writes the report on display as HTML / JUnit XML to `path`; exported() tells.
    void exportHtmlTo(const QString &path);
    void exportJunitTo(const QString &path);
    /// Opens the comparison of report row `row`.
    SuiteCaseDialog *openCase(int row);

    QListWidget *suiteList() const { return m_suites; }
    QTableWidget *caseTable() const { return m_cases; }
    SuiteReportModel *reportModel() const { return m_model; }
    QTableView *reportView() const { return m_report; }
    QComboBox *agentPicker() const { return m_agent; }
    QComboBox *pastRuns() const { return m_runs; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *wordsRule() const { return m_wordsOn; }
    QSpinBox *wordsPct() const { return m_words; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The rules as the widgets show them.
    suite::SuiteRules rules() const;

signals:
    /// Reloaded (the suites list is current).
    void reloaded();
    void runFinished(const patchline::suite::SuiteRun &run, const QString &error);
    void exported(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showSuite();
    void showRules(const suite::SuiteRules &r);
    void saveRules();
    void loadRuns();
    void showRun(const suite::SuiteRun &run);
    void removeSelectedCase();
    void removeSuite();
    qint64 currentSuiteId() const;
    /// The agent id the picker names; empty for "each case's own agent".
    QString pickedAgent() const;
    QString currentSuiteName() const;
    void setRunning(bool running);

    engine::Engine *m_engine;
    engine::SuiteRunner *m_runner;
    QList<store::SuiteSummary> m_summaries;
    QList<store::SuiteCase> m_caseRows;
    QList<suite::SuiteRun> m_pastRuns;
    QHash<QString, QString> m_agentNames; ///< agent id → name, for the cases table
    suite::SuiteRun m_shown;
    bool m_filling = false;

    QSplitter *m_split;
    QListWidget *m_suites;
    QPushButton *m_deleteSuite;
    QLabel *m_title;
    QComboBox *m_agent;
    QSpinBox *m_concurrency;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTableWidget *m_cases;
    QPushButton *m_removeCase;
    QCheckBox *m_criteria;
    QCheckBox *m_data;
    QCheckBox *m_alarms;
    QCheckBox *m_latencyOn;
    QSpinBox *m_latency;
    QSpinBox *m_slack;
    QCheckBox *m_lengthOn;
    QSpinBox *m_length;
    QCheckBox *m_bargeOn;
    QSpinBox *m_barge;
    QCheckBox *m_wordsOn;
    QSpinBox *m_words;
    QComboBox *m_runs;
    QPushButton *m_exportHtml;
    QPushButton *m_exportJunit;
    QTableView *m_report;
    SuiteReportModel *m_model;
    QPointer<SuiteCaseDialog> m_caseDialog;
};

} // namespace patchline::ui
