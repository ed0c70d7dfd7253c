#include "ui/CampaignWindow.h"

#include "engine/CampaignRunner.h"
#include "ui/CampaignModels.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace patchline::ui {

CampaignWindow::CampaignWindow(engine::CampaignRunner *runner, QWidget *parent)
    : QWidget(parent, Qt::Window), m_runner(runner), m_model(new CampaignRowModel(runner, this))
{
    setWindowTitle(tr("Campaign — %1").arg(runner->settings().name));
    m_title = new QLabel;
    m_progress = new QProgressBar;
    m_progress->setFormat(tr("%v of %m final"));
    m_counts = new QLabel;
    m_counts->setWordWrap(true);
    m_pause = new QPushButton(tr("&Pause"));
    m_pause->setToolTip(tr("No new calls; live calls go on"));
    m_cancel = new QPushButton(tr("&Cancel campaign…"));
    m_export = new QPushButton(tr("&Export results…"));
    m_bundles = new QPushButton(tr("&Bundles of failed calls…"));
    m_bundles->setToolTip(tr("One incident bundle (zip: recording, transcript, timeline, wire "
                             "log) per failed call"));
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Campaign rows"));
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_bundles);
    buttons->addWidget(m_export);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_title);
    v->addWidget(m_progress);
    v->addWidget(m_counts);
    v->addLayout(buttons);
    v->addWidget(m_table, 1);
    v->addWidget(m_note);
    resize(QSettings().value(QStringLiteral("campaign/windowSize"), QSize(900, 560)).toSize());

    connect(runner, &engine::CampaignRunner::countsChanged, this, &CampaignWindow::updateCounts);
    connect(runner, &engine::CampaignRunner::started, this, [this] {
        setWindowTitle(tr("Campaign — %1").arg(m_runner->settings().name));
        updateCounts();
        m_table->resizeColumnsToContents();
    });
    connect(runner, &engine::CampaignRunner::finished, this, &CampaignWindow::updateCounts);
    // Columns follow what the rows show (CallSids, "retrying at …"), at most once a second;
    // QTableView measures the visible rows only, so this stays cheap for long lists.
    auto *fit = new QTimer(this);
    fit->setSingleShot(true);
    fit->setInterval(1000);
    connect(fit, &QTimer::timeout, m_table, &QTableView::resizeColumnsToContents);
    connect(runner, &engine::CampaignRunner::rowChanged, fit, [fit] {
        if (!fit->isActive())
            fit->start();
    });
    connect(runner, &engine::CampaignRunner::pausedChanged, this,
            [this](bool paused, const QString &reason) {
                m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
                if (!reason.isEmpty())
                    m_note->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                        .arg(tr("Paused: %1").arg(reason).toHtmlEscaped()));
                updateCounts();
            });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { m_runner->setPaused(!m_runner->isPaused()); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const int live = m_runner->counts().live + m_runner->counts().dialling;
        QMessageBox box(QMessageBox::Question, tr("Cancel campaign?"),
                        tr("No further numbers are dialled and rows still waiting are marked "
                           "cancelled."),
                        QMessageBox::NoButton, this);
        QPushButton *hangUp = nullptr;
        if (live > 0) {
            box.setInformativeText(tr("%n call(s) are live.", nullptr, live));
            hangUp = box.addButton(tr("Cancel and &hang up"), QMessageBox::DestructiveRole);
        }
        QPushButton *keep =
            box.addButton(live > 0 ? tr("Cancel, let live calls &finish") : tr("Cancel &campaign"),
                          QMessageBox::AcceptRole);
        box.addButton(tr("&Keep running"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == hangUp || box.clickedButton() == keep)
            m_runner->cancel(box.clickedButton() == hangUp);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        QSettings st;
        const QString dir =
            st.value(QStringLiteral("campaign/exportFolder"),
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString();
        const QString name =
            QStringLiteral("%1-results.csv")
                .arg(m_runner->settings().name.isEmpty() ? QStringLiteral("campaign")
                                                         : m_runner->settings().name);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export campaign results"), QDir(dir).filePath(name), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        st.setValue(QStringLiteral("campaign/exportFolder"), QFileInfo(path).absolutePath());
        exportTo(path);
    });
    connect(m_bundles, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder for the incident bundles"),
            QSettings()
                .value(QStringLiteral("campaign/exportFolder"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString());
        if (!folder.isEmpty())
            exportBundlesTo(folder);
    });
    const auto open = [this](const QModelIndex &i) {
        const QString sid = i.siblingAtColumn(0).data(CampaignRowModel::CallSidRole).toString();
        if (!sid.isEmpty())
            emit openCall(sid);
    };
    connect(m_table, &QTableView::activated, this, open);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    updateCounts();
}

void CampaignWindow::exportTo(const QString &path)
{
    m_runner->exportResults(path, this, [this, path](const QString &error) {
        if (error.isEmpty())
            m_note->setText(tr("✓ Results exported to %1").arg(QDir::toNativeSeparators(path)));
        else
            m_note->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                .arg(tr("✗ Not exported: %1").arg(error).toHtmlEscaped()));
        emit exported(path, error);
    });
}

void CampaignWindow::exportBundlesTo(const QString &folder)
{
    m_runner->exportFailedBundles(folder, this, [this, folder](int written, const QString &error) {
        if (!error.isEmpty())
            m_note->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                .arg(tr("✗ Not exported: %1").arg(error).toHtmlEscaped()));
        else
            m_note->setText(tr("✓ %n incident bundle(s) written to %1", nullptr, written)
                                .arg(QDir::toNativeSeparators(folder)));
        emit bundlesExported(written, error);
    });
}

void CampaignWindow::updateCounts()
{
    const campaign::CampaignCounts c = m_runner->counts();
    m_progress->setRange(0, std::max(1, c.total()));
    m_progress->setValue(c.finished());
    m_counts->setText(tr("queued %1 · dialling %2 · live %3 · retrying %4 · done %5 · failed %6 · "
                         "cancelled %7")
                          .arg(c.queued)
                          .arg(c.dialling)
                          .arg(c.live)
                          .arg(c.retrying)
                          .arg(c.done)
                          .arg(c.failed)
                          .arg(c.cancelled));
    const bool over = c.total() > 0 && c.finished() == c.total();
    m_title->setText(QStringLiteral("<b>%1</b> — %2")
                         .arg(m_runner->settings().name.toHtmlEscaped(), over ? tr("finished")
                                                                         : m_runner->isPaused()
                                                                             ? tr("paused")
                                                                             : tr("running")));
    m_pause->setEnabled(!over);
    m_cancel->setEnabled(!over);
}

} // namespace patchline::ui
