#pragma once

#include "store/History.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace patchline::store {
class Storage;
}

namespace patchline::ui {

class CompareDialog;
class HistoryModel;
class ReviewPane;

/// Recorded calls (issue 8 §3): filters (date range: presets or two dates, agent, direction,
/// outcome, with alarms) and a search box over transcripts (Ctrl+F), the matching calls in a table
/// (sortable; the query runs on the storage thread and its time is shown), the selected
/// call in a ReviewPane, and Compare (two rows selected, Ctrl+Shift+C). F5 refreshes.
/// Geometry and splitter are remembered. GUI thread only.
class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(store::Storage *storage, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    /// Runs the query with the current filters now.
    void refresh();
    /// Selects the call with `callSid` once the rows are in (e.g. from the live console).
    void selectCallSid(const QString &callSid);
    /// Opens the comparison of the two selected calls.
    void compareSelected();
    /// Opens the comparison of calls `callSidA` and `callSidB` (a replay and its original),
    /// whatever the filters show; the calls are looked up on the storage thread.
    void compareCallSids(const QString &callSidA, const QString &callSidB);
    /// Add to suite… (issue 19 §2): asks for a suite (an existing one or a new name), then
    /// addSelectedToSuite(name).
    void addSelectedToSuiteAsk();
    /// Adds the selected calls to suite `name` (created when new) on the storage thread; the
    /// outcome (added, skipped and why) shows in the status line and in addedToSuite().
    void addSelectedToSuite(const QString &name);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReviewPane *review() const { return m_review; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QComboBox *rangeBox() const { return m_range; }
    QDateEdit *fromDate() const { return m_fromDate; }
    QDateEdit *toDate() const { return m_toDate; }
    QPointer<CompareDialog> compareDialog() const { return m_compare; }
    QPushButton *suiteButton() const { return m_suiteButton; }
    store::HistoryFilter filter() const;
    /// Agent names by id, for the Agent column (from the console's agents list).
    void setAgentNames(const QHash<QString, QString> &names);

signals:
    /// A query finished: `rows` calls in `elapsedUs` on the storage thread.
    void refreshed(int rows, qint64 elapsedUs);
    /// addSelectedToSuite() finished: `added` calls are in suite `name` now; `skipped` says
    /// which were not and why; `error` when the store failed.
    void addedToSuite(const QString &name, int added, const QStringList &skipped,
                      const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void onSelection();
    QList<qint64> selectedRowIds() const;
    /// Adds calls (row ids) to suite `typed` on the storage thread (addSelectedToSuite).
    void addRowsToSuite(const QList<qint64> &rows, const QString &typed);
    bool m_askingSuite = false; ///< the Add to suite question is open
    /// Shows `text` in a message box that does not block (QMessageBox::Icon `icon`).
    void tell(int icon, const QString &text);

    store::Storage *m_storage;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ReviewPane *m_review;
    QSplitter *m_split;
    QComboBox *m_range;
    QComboBox *m_agent;
    QComboBox *m_direction;
    QComboBox *m_outcome;
    QDateEdit *m_fromDate; ///< "Between…": first day
    QDateEdit *m_toDate;   ///< "Between…": last day
    QCheckBox *m_alarms;
    QLineEdit *m_search;
    QLabel *m_status;
    QPushButton *m_compareButton;
    QPushButton *m_suiteButton;
    QTimer m_debounce;
    QString m_selectSid;
    quint64 m_query = 0;
    bool m_columnsSized = false; ///< sized to the first rows once
    QPointer<CompareDialog> m_compare;
};

} // namespace patchline::ui
