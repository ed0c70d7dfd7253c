#include "ui/SuitesWindow.h"

#include "engine/Engine.h"
#include "engine/SuiteRunner.h"
#include "store/CallStore.h"
#include "store/Storage.h"
#include "suite/SuiteReport.h"
#include "ui/CompareDialog.h"
#include "ui/SuiteModels.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace patchline::ui {

namespace {

QString lastFolder()
{
    return QSettings()
        .value(QStringLiteral("suites/exportFolder"),
               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

QString fileSafe(QString name)
{
    // A file name we make from the suite's name: letters, digits, - and _ only.
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    return name.left(60);
}

} // namespace

SuiteCaseDialog::SuiteCaseDialog(store::Storage *storage, const suite::CaseResult &result,
                                 QWidget *parent)
    : QDialog(parent), m_checks(new SuiteChecksModel(result, this)), m_lines(new QTextBrowser)
{
    setWindowTitle(result.passed ? tr("Case %1: passed").arg(result.originalCallSid)
                                 : tr("Case %1: failed").arg(result.originalCallSid));
    auto *summary = new QLabel;
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    const QStringList failures = result.failures();
    summary->setText(failures.isEmpty()
                         ? tr("The replay %1 (agent %2) kept to every rule.")
                               .arg(result.replayCallSid, result.agentId)
                         : tr("The replay %1 (agent %2) broke these rules:\n%3")
                               .arg(result.replayCallSid, result.agentId,
                                    QStringLiteral("• ") + failures.join(QStringLiteral("\n• "))));
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("checksTable"));
    table->setModel(m_checks);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setAccessibleName(tr("Checks"));
    m_lines->setObjectName(QStringLiteral("agentLines"));
    m_lines->setOpenLinks(false);
    m_lines->setHtml(suite::agentLinesHtml(result, true));
    m_lines->setAccessibleName(tr("The agent's lines, original and replay"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(table);
    split->addWidget(m_lines);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *compare = buttons->addButton(tr("&Compare calls"), QDialogButtonBox::ActionRole);
    compare->setToolTip(tr("Both calls side by side: figures and full transcripts"));
    compare->setEnabled(storage && result.originalRowId && result.replayRowId);
    connect(compare, &QPushButton::clicked, this, [this, storage, result] {
        auto *d = new CompareDialog(storage, result.originalRowId, result.replayRowId, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *v = new QVBoxLayout(this);
    v->addWidget(summary);
    v->addWidget(split, 1);
    v->addWidget(buttons);
    resize(900, 640);
}

SuitesWindow::SuitesWindow(engine::Engine *engine, QWidget *parent)
    : QWidget(parent, Qt::Window), m_engine(engine),
      m_runner(new engine::SuiteRunner(engine, this)), m_split(new QSplitter),
      m_suites(new QListWidget), m_deleteSuite(new QPushButton(tr("&Delete suite…"))),
      m_title(new QLabel), m_agent(new QComboBox), m_concurrency(new QSpinBox),
      m_run(new QPushButton(tr("&Run"))), m_cancel(new QPushButton(tr("C&ancel run"))),
      m_progress(new QProgressBar), m_status(new QLabel), m_tabs(new QTabWidget),
      m_cases(new QTableWidget), m_removeCase(new QPushButton(tr("Re&move case"))),
      m_criteria(new QCheckBox(tr("Evaluation criteria that passed must pass again"))),
      m_data(new QCheckBox(tr("Collected data must match"))),
      m_alarms(new QCheckBox(tr("No alarm the original did not raise"))),
      m_latencyOn(new QCheckBox(tr("Turn latency p90 may grow by at most"))),
      m_latency(new QSpinBox), m_slack(new QSpinBox),
      m_lengthOn(new QCheckBox(tr("Call length may change by at most"))), m_length(new QSpinBox),
      m_bargeOn(new QCheckBox(tr("Extra barge-ins allowed"))), m_barge(new QSpinBox),
      m_wordsOn(new QCheckBox(tr("The agent's words must be the same for at least"))),
      m_words(new QSpinBox), m_runs(new QComboBox),
      m_exportHtml(new QPushButton(tr("Export &HTML…"))),
      m_exportJunit(new QPushButton(tr("Export &JUnit XML…"))), m_report(new QTableView),
      m_model(new SuiteReportModel(this))
{
    setWindowTitle(tr("Regression suites"));
    setObjectName(QStringLiteral("suitesWindow"));

    // Left: the suites.
    m_suites->setObjectName(QStringLiteral("suiteList"));
    m_suites->setAccessibleName(tr("Suites"));
    m_suites->setMinimumWidth(m_suites->fontMetrics().averageCharWidth() * 24);
    auto *left = new QWidget;
    auto *lv = new QVBoxLayout(left);
    lv->setContentsMargins(0, 0, 0, 0);
    auto *suitesLabel = new QLabel(tr("&Suites"));
    suitesLabel->setBuddy(m_suites);
    auto *hint = new QLabel(tr("Add recorded calls from History: select them, then Add to "
                               "suite…"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    lv->addWidget(suitesLabel);
    lv->addWidget(m_suites, 1);
    lv->addWidget(hint);
    lv->addWidget(m_deleteSuite);

    // Right: title, run bar, progress, tabs.
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_agent->setObjectName(QStringLiteral("suiteAgent"));
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setMinimumContentsLength(22);
    m_agent->setToolTip(tr("Each case's own agent (the one the recorded call talked to), or one "
                           "agent for every case: a changed or branch agent"));
    m_concurrency->setRange(1, 20);
    m_concurrency->setValue(QSettings().value(QStringLiteral("suites/concurrency"), 3).toInt());
    m_concurrency->setAccessibleName(tr("Replays at once"));
    m_concurrency->setToolTip(tr("How many cases are replayed at the same time"));
    m_run->setObjectName(QStringLiteral("runSuite"));
    m_run->setToolTip(tr("Replay every case to the agent and judge it against its original "
                         "(Ctrl+R)"));
    m_run->setDefault(true);
    m_cancel->setEnabled(false);
    auto *agentLabel = new QLabel(tr("A&gent:"));
    agentLabel->setBuddy(m_agent);
    auto *atOnceLabel = new QLabel(tr("At &once:"));
    atOnceLabel->setBuddy(m_concurrency);
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(agentLabel);
    runBar->addWidget(m_agent, 1);
    runBar->addWidget(atOnceLabel);
    runBar->addWidget(m_concurrency);
    runBar->addWidget(m_run);
    runBar->addWidget(m_cancel);
    m_progress->setVisible(false);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("suiteStatus"));

    // Cases tab.
    m_cases->setObjectName(QStringLiteral("caseTable"));
    m_cases->setColumnCount(4);
    m_cases->setHorizontalHeaderLabels(
        {tr("Original call"), tr("Agent"), tr("Added"), tr("Recording")});
    m_cases->verticalHeader()->hide();
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_cases->setAccessibleName(tr("Cases"));
    m_removeCase->setToolTip(tr("Take the selected cases out of the suite (Del); the calls "
                                "stay in History"));
    auto *casesTab = new QWidget;
    auto *cv = new QVBoxLayout(casesTab);
    cv->addWidget(m_cases, 1);
    auto *caseButtons = new QHBoxLayout;
    caseButtons->addStretch();
    caseButtons->addWidget(m_removeCase);
    cv->addLayout(caseButtons);

    // Rules tab.
    // The same ranges SuiteRules::fromJson accepts, so showing a suite never changes it.
    m_latency->setRange(0, 10000);
    m_latency->setSuffix(tr(" %"));
    m_slack->setRange(0, 60000);
    m_slack->setSingleStep(50);
    m_slack->setSuffix(tr(" ms"));
    m_slack->setToolTip(tr("Growth up to this many milliseconds always passes: a few frames of "
                           "jitter are not a change"));
    m_length->setRange(0, 10000);
    m_length->setSuffix(tr(" %"));
    m_barge->setRange(0, 1000);
    m_words->setRange(1, 100);
    m_words->setSuffix(tr(" %"));
    m_wordsOn->setToolTip(tr("Off by default: an LLM agent rarely says the same words twice "
                             "even when nothing changed; the difference is shown either way"));
    auto *rulesTab = new QWidget;
    auto *grid = new QFormLayout(rulesTab);
    grid->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    grid->addRow(m_criteria);
    grid->addRow(m_data);
    grid->addRow(m_alarms);
    const auto pair = [](QWidget *a, QWidget *b, QWidget *c = nullptr) {
        auto *w = new QWidget;
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a);
        h->addWidget(b);
        if (c)
            h->addWidget(c);
        h->addStretch();
        w->setFocusProxy(a);
        return w;
    };
    grid->addRow(pair(m_latencyOn, m_latency));
    grid->addRow(tr("Latency growth that always passes:"), m_slack);
    grid->addRow(pair(m_lengthOn, m_length));
    grid->addRow(pair(m_bargeOn, m_barge));
    grid->addRow(pair(m_wordsOn, m_words));
    auto *rulesNote = new QLabel(tr("Rules are saved with the suite as you change them; the "
                                    "next run uses them."));
    rulesNote->setWordWrap(true);
    rulesNote->setForegroundRole(QPalette::PlaceholderText);
    grid->addRow(rulesNote);

    // Runs tab.
    m_runs->setObjectName(QStringLiteral("pastRuns"));
    m_runs->setAccessibleName(tr("Run shown"));
    m_runs->setMinimumContentsLength(30);
    m_report->setObjectName(QStringLiteral("reportTable"));
    m_report->setModel(m_model);
    m_report->verticalHeader()->hide();
    m_report->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_report->setSelectionMode(QAbstractItemView::SingleSelection);
    m_report->setWordWrap(false);
    m_report->horizontalHeader()->setStretchLastSection(false);
    m_report->horizontalHeader()->setSectionResizeMode(SuiteReportModel::Differences,
                                                       QHeaderView::Stretch);
    m_report->setAccessibleName(tr("Report"));
    m_report->setToolTip(tr("Double-click or Enter: the case compared with its original"));
    m_exportHtml->setToolTip(tr("One self-contained HTML file: verdicts, figures, transcript "
                                "differences and waveforms"));
    m_exportJunit->setToolTip(tr("JUnit XML for a CI job"));
    auto *runsTab = new QWidget;
    auto *rv = new QVBoxLayout(runsTab);
    auto *runsBar = new QHBoxLayout;
    auto *runLabel = new QLabel(tr("R&un:"));
    runLabel->setBuddy(m_runs);
    runsBar->addWidget(runLabel);
    runsBar->addWidget(m_runs, 1);
    runsBar->addWidget(m_exportHtml);
    runsBar->addWidget(m_exportJunit);
    rv->addLayout(runsBar);
    rv->addWidget(m_report, 1);

    m_tabs->addTab(casesTab, tr("&Cases"));
    m_tabs->addTab(rulesTab, tr("Ru&les"));
    m_tabs->addTab(runsTab, tr("Run&s"));

    auto *right = new QWidget;
    auto *rlay = new QVBoxLayout(right);
    rlay->setContentsMargins(0, 0, 0, 0);
    rlay->addWidget(m_title);
    rlay->addLayout(runBar);
    rlay->addWidget(m_progress);
    rlay->addWidget(m_status);
    rlay->addWidget(m_tabs, 1);
    m_split->addWidget(left);
    m_split->addWidget(right);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 4);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_split);

    setAgents({});

    connect(m_suites, &QListWidget::currentRowChanged, this, &SuitesWindow::showSuite);
    connect(m_run, &QPushButton::clicked, this, &SuitesWindow::runSelected);
    connect(m_cancel, &QPushButton::clicked, m_runner, &engine::SuiteRunner::cancel);
    connect(m_removeCase, &QPushButton::clicked, this, &SuitesWindow::removeSelectedCase);
    connect(m_deleteSuite, &QPushButton::clicked, this, &SuitesWindow::removeSuite);
    for (QCheckBox *b :
         {m_criteria, m_data, m_alarms, m_latencyOn, m_lengthOn, m_bargeOn, m_wordsOn})
        connect(b, &QCheckBox::toggled, this, &SuitesWindow::saveRules);
    for (QSpinBox *b : {m_latency, m_slack, m_length, m_barge, m_words})
        connect(b, &QSpinBox::valueChanged, this, &SuitesWindow::saveRules);
    connect(m_runs, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_pastRuns.size())
            showRun(m_pastRuns.at(i));
    });
    connect(m_report, &QTableView::activated, this,
            [this](const QModelIndex &i) { openCase(i.row()); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export suite report"),
            lastFolder() + QStringLiteral("/%1.html").arg(fileSafe(m_shown.suiteName)),
            tr("HTML files (*.html)"));
        if (!path.isEmpty())
            exportHtmlTo(path);
    });
    connect(m_exportJunit, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export JUnit XML"),
            lastFolder() + QStringLiteral("/%1.xml").arg(fileSafe(m_shown.suiteName)),
            tr("XML files (*.xml)"));
        if (!path.isEmpty())
            exportJunitTo(path);
    });
    connect(m_runner, &engine::SuiteRunner::log, this,
            [this](const QString &line) { m_status->setText(line); });
    connect(m_runner, &engine::SuiteRunner::caseFinished, this,
            [this](const suite::CaseResult &r, int done, int total) {
                m_model->addCase(r);
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            });
    connect(m_runner, &engine::SuiteRunner::finished, this,
            [this](const suite::SuiteRun &run, const QString &error) {
                setRunning(false);
                m_shown = run;
                if (run.cases.isEmpty()) {
                    m_status->setText(error);
                    // Not blocking: this runs inside the runner's report.
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Suite not run"), error,
                                                QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                } else {
                    m_status->setText(
                        error.isEmpty()
                            ? tr("Suite %1: %2").arg(run.suiteName, suite::summaryLine(run))
                            : error);
                    m_model->setRun(run);
                }
                emit runFinished(run, error);
                reload(run.suiteName);
            });

    const auto key = [this](QKeySequence seq, auto fn, QWidget *on = nullptr) {
        auto *s = new QShortcut(seq, on ? on : this);
        if (on)
            s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_R), [this] { runSelected(); });
    key(QKeySequence::Refresh, [this] { reload(currentSuiteName()); });
    key(QKeySequence(Qt::Key_Escape), [this] { close(); });
    key(QKeySequence::Close, [this] { close(); });
    key(
        QKeySequence(Qt::Key_Delete), [this] { removeSelectedCase(); }, m_cases);

    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("suites/geometry")).toByteArray()))
        resize(1000, 640);
    if (!m_split->restoreState(s.value(QStringLiteral("suites/split")).toByteArray()))
        m_split->setSizes({240, 760});
    setRunning(false);
    showSuite();
}

SuitesWindow::~SuitesWindow() = default;

void SuitesWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("suites/geometry"), saveGeometry());
    s.setValue(QStringLiteral("suites/split"), m_split->saveState());
    s.setValue(QStringLiteral("suites/concurrency"), m_concurrency->value());
    hide(); // a run goes on; Regression suites… shows the window again
    event->ignore();
}

void SuitesWindow::setAgents(const QList<DialDialog::AgentChoice> &agents)
{
    const QString current = pickedAgent();
    m_agentNames.clear();
    for (const DialDialog::AgentChoice &a : agents)
        if (!a.name.isEmpty())
            m_agentNames.insert(a.id, a.name);
    m_agent->clear();
    DialDialog::fillAgentPicker(m_agent, agents, QString());
    m_agent->insertItem(0, tr("Each case's own agent"), QString());
    m_agent->setCurrentIndex(0);
    if (!current.isEmpty())
        for (int i = 1; i < m_agent->count(); ++i)
            if (m_agent->itemData(i).toString() == current)
                m_agent->setCurrentIndex(i);
}

QString SuitesWindow::pickedAgent() const
{
    // The first entry, "each case's own agent", has no id; anything else is an agent id
    // (picked or typed: a branch agent).
    if (m_agent->count() == 0 ||
        (m_agent->currentIndex() == 0 && m_agent->currentText() == m_agent->itemText(0)))
        return {};
    return DialDialog::agentIdOf(m_agent);
}

qint64 SuitesWindow::currentSuiteId() const
{
    const int row = m_suites->currentRow();
    return row >= 0 && row < m_summaries.size() ? m_summaries.at(row).id : 0;
}

QString SuitesWindow::currentSuiteName() const
{
    const int row = m_suites->currentRow();
    return row >= 0 && row < m_summaries.size() ? m_summaries.at(row).name : QString();
}

void SuitesWindow::reload(const QString &select)
{
    const QString keep = select.isEmpty() ? currentSuiteName() : select;
    const QString dataDir = m_engine->storage()->dataDir();
    m_engine->storage()->query<QList<store::SuiteSummary>>(
        this,
        [dataDir](store::CallStore &s) {
            return store::SuiteStore(s.connectionName(), dataDir).list();
        },
        [this, keep](const QList<store::SuiteSummary> &list) {
            m_summaries = list;
            m_filling = true;
            m_suites->clear();
            int pick = list.isEmpty() ? -1 : 0;
            for (int i = 0; i < list.size(); ++i) {
                const store::SuiteSummary &x = list.at(i);
                QString line = tr("%1 (%n case(s))", nullptr, x.cases).arg(x.name);
                if (x.lastRunAt.isValid())
                    line += x.lastFailed ? tr(" · last run: %1 failed").arg(x.lastFailed)
                                         : tr(" · last run: passed");
                auto *item = new QListWidgetItem(line, m_suites);
                item->setToolTip(line.toHtmlEscaped());
                if (x.name == keep)
                    pick = i;
            }
            m_suites->setCurrentRow(pick); // no showSuite() from the signal while filling
            m_filling = false;
            showSuite();
            emit reloaded();
        });
}

void SuitesWindow::showSuite()
{
    if (m_filling)
        return;
    const int row = m_suites->currentRow();
    const bool any = row >= 0 && row < m_summaries.size();
    m_title->setText(any ? m_summaries.at(row).name : tr("No suite yet"));
    const bool running = m_runner->isRunning();
    m_deleteSuite->setEnabled(any && !running);
    m_run->setEnabled(any && !running && m_summaries.at(row).cases > 0);
    m_removeCase->setEnabled(any);
    m_filling = true;
    showRules(any ? suite::SuiteRules::fromJson(m_summaries.at(row).rules) : suite::SuiteRules());
    m_filling = false;
    m_cases->setRowCount(0);
    m_caseRows.clear();
    if (!m_runner->isRunning()) {
        m_model->clear();
        m_shown = {};
    }
    if (!any) {
        m_runs->clear();
        m_exportHtml->setEnabled(false);
        m_exportJunit->setEnabled(false);
        return;
    }
    const qint64 id = m_summaries.at(row).id;
    const QString dataDir = m_engine->storage()->dataDir();
    m_engine->storage()->query<QList<store::SuiteCase>>(
        this,
        [id, dataDir](store::CallStore &s) {
            return store::SuiteStore(s.connectionName(), dataDir).cases(id);
        },
        [this, id](const QList<store::SuiteCase> &cases) {
            if (id != currentSuiteId())
                return;
            m_caseRows = cases;
            m_cases->setRowCount(int(cases.size()));
            for (int i = 0; i < cases.size(); ++i) {
                const store::SuiteCase &c = cases.at(i);
                const QStringList cells{
                    c.callSid, m_agentNames.value(c.agentId, c.agentId),
                    QLocale().toString(c.addedAt.toLocalTime(), QLocale::ShortFormat),
                    c.recordingPath};
                for (int k = 0; k < cells.size(); ++k)
                    m_cases->setItem(i, k, new QTableWidgetItem(cells.at(k)));
            }
            m_cases->resizeColumnsToContents();
        });
    loadRuns();
}

void SuitesWindow::showRules(const suite::SuiteRules &r)
{
    m_criteria->setChecked(r.criteriaMustPass);
    m_data->setChecked(r.dataMustMatch);
    m_alarms->setChecked(r.noNewAlarms);
    m_latencyOn->setChecked(r.latencyP90GrowthPct >= 0);
    m_latency->setValue(r.latencyP90GrowthPct >= 0 ? int(r.latencyP90GrowthPct) : 20);
    m_slack->setValue(r.latencySlackMs);
    m_lengthOn->setChecked(r.lengthChangePct >= 0);
    m_length->setValue(r.lengthChangePct >= 0 ? int(r.lengthChangePct) : 50);
    m_bargeOn->setChecked(r.extraBargeInsAllowed >= 0);
    m_barge->setValue(std::max(0, r.extraBargeInsAllowed));
    m_wordsOn->setChecked(r.minAgentSimilarityPct > 0);
    m_words->setValue(r.minAgentSimilarityPct > 0 ? int(r.minAgentSimilarityPct) : 60);
    m_latency->setEnabled(m_latencyOn->isChecked());
    m_length->setEnabled(m_lengthOn->isChecked());
    m_barge->setEnabled(m_bargeOn->isChecked());
    m_words->setEnabled(m_wordsOn->isChecked());
}

suite::SuiteRules SuitesWindow::rules() const
{
    suite::SuiteRules r;
    r.criteriaMustPass = m_criteria->isChecked();
    r.dataMustMatch = m_data->isChecked();
    r.noNewAlarms = m_alarms->isChecked();
    r.latencyP90GrowthPct = m_latencyOn->isChecked() ? m_latency->value() : -1;
    r.latencySlackMs = m_slack->value();
    r.lengthChangePct = m_lengthOn->isChecked() ? m_length->value() : -1;
    r.extraBargeInsAllowed = m_bargeOn->isChecked() ? m_barge->value() : -1;
    r.minAgentSimilarityPct = m_wordsOn->isChecked() ? m_words->value() : 0;
    return r;
}

void SuitesWindow::saveRules()
{
    m_latency->setEnabled(m_latencyOn->isChecked());
    m_length->setEnabled(m_lengthOn->isChecked());
    m_barge->setEnabled(m_bargeOn->isChecked());
    m_words->setEnabled(m_wordsOn->isChecked());
    const int row = m_suites->currentRow();
    if (m_filling || row < 0 || row >= m_summaries.size())
        return;
    const QJsonObject json = rules().toJson();
    m_summaries[row].rules = json;
    const qint64 id = m_summaries.at(row).id;
    const QString dataDir = m_engine->storage()->dataDir();
    m_engine->storage()->query<QString>(
        this,
        [id, json, dataDir](store::CallStore &s) {
            store::SuiteStore suites(s.connectionName(), dataDir);
            return suites.setRules(id, json) ? QString() : suites.errorString();
        },
        [this](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Rules saved.")
                                              : tr("Rules not saved: %1").arg(error));
        });
}

void SuitesWindow::loadRuns()
{
    const qint64 id = currentSuiteId();
    const QString dataDir = m_engine->storage()->dataDir();
    m_engine->storage()->query<QList<QJsonObject>>(
        this,
        [id, dataDir](store::CallStore &s) {
            return store::SuiteStore(s.connectionName(), dataDir).runs(id);
        },
        [this, id](const QList<QJsonObject> &runs) {
            if (id != currentSuiteId())
                return;
            m_pastRuns.clear();
            for (const QJsonObject &o : runs)
                m_pastRuns.append(suite::SuiteRun::fromJson(o));
            QSignalBlocker block(m_runs);
            m_runs->clear();
            for (const suite::SuiteRun &r : std::as_const(m_pastRuns))
                m_runs->addItem(tr("%1 · %2 · %3")
                                    .arg(QLocale().toString(r.startedAt, QLocale::ShortFormat),
                                         r.agentId.isEmpty() ? tr("own agents") : r.agentId,
                                         suite::summaryLine(r)));
            if (m_runs->count() == 0)
                m_runs->addItem(tr("No run yet: Run (Ctrl+R)"));
            m_runs->setEnabled(!m_pastRuns.isEmpty() && !m_runner->isRunning());
            if (!m_runner->isRunning() && !m_pastRuns.isEmpty()) {
                m_runs->setCurrentIndex(0);
                showRun(m_pastRuns.first());
            }
            m_exportHtml->setEnabled(!m_shown.cases.isEmpty());
            m_exportJunit->setEnabled(!m_shown.cases.isEmpty());
        });
}

void SuitesWindow::showRun(const suite::SuiteRun &run)
{
    m_shown = run;
    m_model->setRun(run);
    m_report->resizeColumnToContents(SuiteReportModel::Case);
    m_report->resizeColumnToContents(SuiteReportModel::Verdict);
    m_exportHtml->setEnabled(!run.cases.isEmpty());
    m_exportJunit->setEnabled(!run.cases.isEmpty());
}

void SuitesWindow::runSelected()
{
    const QString name = currentSuiteName();
    const int row = m_suites->currentRow();
    if (name.isEmpty() || m_runner->isRunning() || m_summaries.at(row).cases == 0)
        return;
    m_model->clear();
    m_shown = {};
    setRunning(true);
    m_progress->setRange(0, 0);
    m_tabs->setCurrentIndex(2);
    engine::SuiteRunner::Options o;
    o.concurrency = m_concurrency->value();
    QSettings().setValue(QStringLiteral("suites/concurrency"), o.concurrency);
    m_runner->start(name, pickedAgent(), o);
}

void SuitesWindow::setRunning(bool running)
{
    m_run->setEnabled(!running && currentSuiteId() != 0);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_agent->setEnabled(!running);
    m_concurrency->setEnabled(!running);
    m_runs->setEnabled(!running && !m_pastRuns.isEmpty());
    m_suites->setEnabled(!running);
    m_deleteSuite->setEnabled(!running && currentSuiteId() != 0);
}

void SuitesWindow::removeSelectedCase()
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_cases->selectionModel()->selectedRows())
        if (i.row() < m_caseRows.size())
            ids << m_caseRows.at(i.row()).id;
    if (ids.isEmpty() || m_runner->isRunning())
        return;
    const QString dataDir = m_engine->storage()->dataDir();
    m_engine->storage()->query<bool>(
        this,
        [ids, dataDir](store::CallStore &s) {
            store::SuiteStore suites(s.connectionName(), dataDir);
            bool ok = true;
            for (qint64 id : ids)
                ok = suites.removeCase(id) && ok;
            return ok;
        },
        [this, n = int(ids.size())](bool ok) {
            m_status->setText(ok ? tr("%n case(s) taken out of the suite", nullptr, n)
                                 : tr("Could not take the cases out; see the log"));
            reload();
        });
}

void SuitesWindow::removeSuite()
{
    const qint64 id = currentSuiteId();
    const QString name = currentSuiteName();
    if (!id || m_runner->isRunning())
        return;
    if (QMessageBox::question(this, tr("Delete suite"),
                              tr("Delete suite “%1” with its cases and runs? The recorded calls "
                                 "stay in History.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    const QString dataDir = m_engine->storage()->dataDir();
    m_engine->storage()->query<bool>(
        this,
        [id, dataDir](store::CallStore &s) {
            return store::SuiteStore(s.connectionName(), dataDir).removeSuite(id);
        },
        [this](bool) { reload(); });
}

void SuitesWindow::exportHtmlTo(const QString &path)
{
    QSettings().setValue(QStringLiteral("suites/exportFolder"), QFileInfo(path).absolutePath());
    m_status->setText(tr("Writing %1…").arg(path));
    engine::SuiteRunner::exportHtml(
        m_engine, m_shown, path, this, [this, path](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("Report written to %1").arg(path)
                                              : tr("Report not written: %1").arg(error));
            emit exported(path, error);
        });
}

void SuitesWindow::exportJunitTo(const QString &path)
{
    QSettings().setValue(QStringLiteral("suites/exportFolder"), QFileInfo(path).absolutePath());
    m_engine->storage()->writeFile(
        path, suite::junitXml(m_shown), this, [this, path](const QString &error) {
            m_status->setText(error.isEmpty() ? tr("JUnit XML written to %1").arg(path)
                                              : tr("JUnit XML not written: %1").arg(error));
            emit exported(path, error);
        });
}

SuiteCaseDialog *SuitesWindow::openCase(int row)
{
    const suite::CaseResult *r = m_model->result(row);
    if (!r)
        return nullptr;
    if (m_caseDialog)
        m_caseDialog->close();
    m_caseDialog = new SuiteCaseDialog(m_engine->storage(), *r, this);
    m_caseDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_caseDialog->show();
    return m_caseDialog;
}

} // namespace patchline::ui
