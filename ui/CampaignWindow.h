#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace patchline::engine {
class CampaignRunner;
}

namespace patchline::ui {

class CampaignRowModel;

/// A running campaign (issue 19 §1): progress bar and counts (queued, dialling, live,
/// retrying, done, failed), Pause / Resume, Cancel (asks whether live calls are hung up),
/// Export results…, and the table of rows (CampaignRowModel). Double-click or Enter on a row
/// asks to open its call (openCall). Its calls are ordinary calls: they show in the calls
/// list and the wall as well. A top-level window; closing it hides it and leaves the campaign
/// running (New campaign… shows it again while the campaign runs).
/// GUI thread.
class CampaignWindow : public QWidget
{
    Q_OBJECT
public:
    CampaignWindow(engine::CampaignRunner *runner, QWidget *parent = nullptr);

    CampaignRowModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *bundlesButton() const { return m_bundles; }
    QLabel *countsLabel() const { return m_counts; }
    QProgressBar *progress() const { return m_progress; }
    /// Writes the results CSV to `path` (what Export results… does after its file dialog);
    /// the outcome shows under the table and in exported().
    void exportTo(const QString &path);
    /// Writes an incident bundle per failed call into `folder` (Bundles of failed calls…).
    void exportBundlesTo(const QString &folder);

signals:
    /// The operator wants to see this call (its CallSid).
    void openCall(const QString &callSid);
    void exported(const QString &path, const QString &error);
    void bundlesExported(int written, const QString &error);

private:
    void updateCounts();

    engine::CampaignRunner *m_runner;
    CampaignRowModel *m_model;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_bundles;
    QTableView *m_table;
    QLabel *m_note;
};

} // namespace patchline::ui
