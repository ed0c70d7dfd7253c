#include "ui/CampaignDialog.h"

#include "engine/CampaignRunner.h"
#include "engine/Engine.h"
#include "ui/CampaignModels.h"
#include "ui/PreflightModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace patchline::ui {

namespace {
const QString kGroup = QStringLiteral("campaign/");
}

CampaignDialog::CampaignDialog(engine::Engine *engine, const QList<DialDialog::AgentChoice> &agents,
                               const QString &defaultAgent, const QString &defaultFrom,
                               QWidget *parent)
    : QDialog(parent), m_engine(engine), m_model(new CampaignPreviewModel(this))
{
    setWindowTitle(tr("New campaign"));
    QSettings st;
    auto *open = new QPushButton(tr("&Open CSV…"));
    m_file = new QLabel(tr("A CSV file with a phone_number column; other columns become the "
                           "agent's dynamic variables (agent_id, from and not_before are "
                           "optional)."));
    m_file->setWordWrap(true);
    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Recipients"));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_removeInvalid = new QPushButton(tr("&Remove rows with problems"));
    m_removeInvalid->setEnabled(false);

    m_name = new QLineEdit;
    m_agent = new QComboBox;
    DialDialog::fillAgentPicker(m_agent, agents, defaultAgent);
    m_from = new QComboBox;
    m_from->setEditable(true);
    m_from->setInsertPolicy(QComboBox::NoInsert);
    m_from->setCurrentText(defaultFrom);
    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, 50);
    m_concurrency->setValue(st.value(kGroup + QStringLiteral("concurrency"), 2).toInt());
    m_concurrency->setToolTip(tr("Calls at the same time (1–50)"));
    m_cps = new QDoubleSpinBox;
    m_cps->setRange(0.1, 100);
    m_cps->setDecimals(1);
    m_cps->setSingleStep(0.5);
    m_cps->setValue(st.value(kGroup + QStringLiteral("cps"), 1.0).toDouble());
    m_cps->setSuffix(tr(" per second"));
    m_cps->setToolTip(tr("Twilio accepts 1 new call per second per account unless your "
                         "limit was raised; faster requests are queued or refused (429)"));
    m_window = new QCheckBox(tr("Only call between"));
    m_window->setChecked(st.value(kGroup + QStringLiteral("window"), false).toBool());
    m_windowStart = new QTimeEdit(QTime::fromString(
        st.value(kGroup + QStringLiteral("windowStart"), QStringLiteral("09:00")).toString(),
        u"HH:mm"));
    m_windowEnd = new QTimeEdit(QTime::fromString(
        st.value(kGroup + QStringLiteral("windowEnd"), QStringLiteral("20:00")).toString(),
        u"HH:mm"));
    for (QTimeEdit *t : {m_windowStart, m_windowEnd})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new QComboBox;
    m_zone->setEditable(false);
    m_zoneNote = new QLabel;
    m_zoneNote->setWordWrap(true);
    m_attempts = new QSpinBox;
    m_attempts->setRange(1, 10);
    m_attempts->setValue(st.value(kGroup + QStringLiteral("attempts"), 3).toInt());
    m_spacing = new QSpinBox;
    m_spacing->setRange(0, 1440);
    m_spacing->setValue(st.value(kGroup + QStringLiteral("spacingMin"), 5).toInt());
    m_spacing->setSuffix(tr(" min apart"));
    m_retryBusy = new QCheckBox(tr("busy"));
    m_retryBusy->setChecked(true);
    m_retryNoAnswer = new QCheckBox(tr("no answer"));
    m_retryNoAnswer->setChecked(true);
    m_retryFailed = new QCheckBox(tr("failed"));
    m_amd = new QCheckBox(tr("Answering-machine detection"));
    m_amd->setToolTip(tr("MachineDetection=Enable: Twilio reports human or machine before the "
                         "agent starts"));
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #9a5b00"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_preflight = new QLabel;
    m_preflight->setObjectName(QStringLiteral("campaignPreflight"));
    m_preflight->setWordWrap(true);
    m_preflight->setTextFormat(Qt::RichText); // PreflightModel::toHtml escapes what it shows
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start campaign"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(open);
    fileRow->addWidget(m_file, 1);
    auto *tableBox = new QWidget;
    auto *tv = new QVBoxLayout(tableBox);
    tv->setContentsMargins(0, 0, 0, 0);
    tv->addLayout(fileRow);
    tv->addWidget(m_table, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_summary, 1);
    below->addWidget(m_removeInvalid);
    tv->addLayout(below);

    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(m_window);
    windowRow->addWidget(m_windowStart);
    windowRow->addWidget(new QLabel(tr("and")));
    windowRow->addWidget(m_windowEnd);
    windowRow->addWidget(new QLabel(tr("callee's local time")));
    windowRow->addStretch();
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_attempts);
    retryRow->addWidget(m_spacing);
    retryRow->addWidget(new QLabel(tr("after")));
    retryRow->addWidget(m_retryBusy);
    retryRow->addWidget(m_retryNoAnswer);
    retryRow->addWidget(m_retryFailed);
    retryRow->addStretch();
    auto *settingsBox = new QWidget;
    auto *form = new QFormLayout(settingsBox);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Agent"), m_agent);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&Concurrency"), m_concurrency);
    form->addRow(tr("Calls &created"), m_cps);
    // A row of several widgets: its label's mnemonic focuses the first of them.
    auto *windowBox = new QWidget;
    windowBox->setLayout(windowRow);
    windowRow->setContentsMargins(0, 0, 0, 0);
    windowBox->setFocusProxy(m_window);
    auto *retryBox = new QWidget;
    retryBox->setLayout(retryRow);
    retryRow->setContentsMargins(0, 0, 0, 0);
    retryBox->setFocusProxy(m_attempts);
    form->addRow(tr("Calling &window"), windowBox);
    form->addRow(tr("Time &zone"), m_zone);
    form->addRow(QString(), m_zoneNote);
    form->addRow(tr("&Attempts"), retryBox);
    form->addRow(QString(), m_amd);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(tableBox);
    split->addWidget(settingsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *v = new QVBoxLayout(this);
    v->addWidget(split, 1);
    v->addWidget(m_warning);
    v->addWidget(m_preflight);
    v->addWidget(m_status);
    v->addWidget(m_buttons);
    resize(st.value(kGroup + QStringLiteral("dialogSize"), QSize(900, 680)).toSize());

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open campaign CSV"),
            QSettings().value(kGroup + QStringLiteral("folder")).toString(),
            tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_removeInvalid, &QPushButton::clicked, this, [this] {
        const int n = m_model->removeInvalidRows();
        m_status->setText(tr("%n row(s) with problems removed.", nullptr, n));
    });
    connect(m_model, &CampaignPreviewModel::reparsed, this, &CampaignDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QCheckBox *b : {m_window, m_retryBusy, m_retryNoAnswer, m_retryFailed})
        connect(b, &QCheckBox::toggled, this, &CampaignDialog::validate);
    for (QTimeEdit *t : {m_windowStart, m_windowEnd})
        connect(t, &QTimeEdit::timeChanged, this, &CampaignDialog::validate);
    connect(m_from, &QComboBox::currentTextChanged, this, &CampaignDialog::validate);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &CampaignDialog::validate);
    connect(m_agent, &QComboBox::currentTextChanged, this, [this] {
        if (!agentId().isEmpty())
            m_engine->requestAgentDetails(agentId());
        m_model->setRequiredVariables({});
    });
    connect(engine, &engine::Engine::agentDetails, this,
            [this](const elevenlabs::AgentDetails &d, const QString &error) {
                if (d.agentId == agentId() && error.isEmpty())
                    m_model->setRequiredVariables(d.requiredDynamicVariables());
            });
    connect(engine, &engine::Engine::numbersListed, this,
            [this](const QStringList &numbers, const QString &) {
                const QString keep = m_from->currentText();
                m_from->clear();
                m_from->addItems(numbers);
                m_from->setCurrentText(keep.isEmpty() && !numbers.isEmpty() ? numbers.first()
                                                                            : keep);
                validate();
            });
    connect(engine, &engine::Engine::accountRead, this,
            [this](const QString &name, const QString &type, const QString &error) {
                if (!error.isEmpty())
                    m_warning->setText(error);
                else if (type == u"Trial")
                    m_warning->setText(
                        tr("%1 is a trial account: it can call only the numbers verified on it, "
                           "Twilio strips <Stream> (the agent is not connected) and limits "
                           "concurrent calls. Upgrade the account before running a campaign.")
                            .arg(name));
            });
    connect(engine, &engine::Engine::preflightFinished, this,
            [this](quint64 id, const QList<preflight::CheckLine> &lines) {
                if (id != m_preflightRun)
                    return;
                m_preflightRun = 0;
                m_startAnyway = true;
                startButton()->setEnabled(true);
                if (preflight::Preflight::passed(lines)) {
                    m_preflight->clear();
                    accept();
                    return;
                }
                m_preflight->setText(tr("<b style='color:#b00020'>Calls of this campaign would "
                                        "fail:</b>") +
                                     PreflightModel::toHtml(lines, true));
                startButton()->setText(tr("Start &anyway"));
            });
    // Another From or agent: the check runs again at Start.
    const auto recheck = [this] {
        m_startAnyway = false;
        m_preflight->clear();
        startButton()->setText(tr("&Start campaign"));
    };
    connect(m_from, &QComboBox::currentTextChanged, this, recheck);
    connect(m_agent, &QComboBox::currentTextChanged, this, recheck);
    engine->requestTwilioAccount();
    if (!agentId().isEmpty())
        engine->requestAgentDetails(agentId());
    validate();
}

QPushButton *CampaignDialog::startButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CampaignDialog::agentId() const
{
    return DialDialog::agentIdOf(m_agent);
}

bool CampaignDialog::openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot open the file"),
                             tr("%1 cannot be read: %2. Choose another file.")
                                 .arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    QSettings().setValue(kGroup + QStringLiteral("folder"), QFileInfo(path).absolutePath());
    setCsv(f.read(campaign::kMaxCsvBytes + 1), QFileInfo(path).fileName());
    return true;
}

void CampaignDialog::setCsv(const QByteArray &bytes, const QString &name)
{
    m_fileName = name;
    m_file->setText(name);
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(name).completeBaseName());
    m_model->setCsv(bytes);
    m_table->resizeColumnsToContents();
}

void CampaignDialog::validate()
{
    const campaign::CampaignCsv &csv = m_model->csv();
    const int total = int(csv.recipients.size());
    const int valid = csv.validCount();
    const int bad = total - valid;
    m_removeInvalid->setEnabled(bad > 0);
    if (m_fileName.isEmpty())
        m_summary->setText(tr("Open a CSV file to see its rows here."));
    else if (!csv.readable)
        m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                               .arg(m_model->fileProblems().join(u' ').toHtmlEscaped()));
    else if (bad)
        m_summary->setText(
            tr("%1 of %n row(s) can be dialled, %2 cannot (in red, reasons on the right). "
               "Double-click a cell to fix it, or remove those rows.",
               nullptr, total)
                .arg(valid)
                .arg(bad));
    else
        m_summary->setText(tr("All %n row(s) can be dialled.", nullptr, total));

    // Countries with several local times need a zone for the calling window.
    QStringList ambiguousCountries;
    QStringList zones;
    const int year = QDate::currentDate().year();
    for (const campaign::Recipient &r : csv.recipients) {
        if (!r.valid || !campaign::uniqueTimeZoneForRegion(r.info.regionCode, year).isEmpty() ||
            ambiguousCountries.contains(r.info.country))
            continue;
        ambiguousCountries.append(r.info.country);
        zones += campaign::timeZonesForRegion(r.info.regionCode);
    }
    const bool needZone = m_window->isChecked() && !ambiguousCountries.isEmpty();
    if (m_zone->count() != zones.size() + 1) {
        const QString keep = m_zone->currentText();
        const QSignalBlocker quiet(m_zone);
        m_zone->clear();
        m_zone->addItem(tr("Choose…"), QString());
        for (const QString &z : zones)
            m_zone->addItem(z, z);
        const int i = m_zone->findText(keep);
        m_zone->setCurrentIndex(i > 0 ? i : 0);
    }
    m_zone->setEnabled(needZone);
    m_zoneNote->setText(needZone ? tr("%1 span several time zones: choose the one to use for "
                                      "their numbers.")
                                       .arg(ambiguousCountries.join(QStringLiteral(", ")))
                                 : QString());
    for (QWidget *w : {static_cast<QWidget *>(m_windowStart), static_cast<QWidget *>(m_windowEnd)})
        w->setEnabled(m_window->isChecked());

    QString problem;
    if (m_fileName.isEmpty())
        problem = tr("Open a CSV file first.");
    else if (!csv.readable)
        problem = tr("The file cannot be used as it is; see the message above the settings.");
    else if (total == 0)
        problem = tr("The file has no recipient rows.");
    else if (bad)
        problem = tr("Fix or remove the %n row(s) with problems first.", nullptr, bad);
    else if (m_from->currentText().trimmed().isEmpty())
        problem = tr("Choose the From number (one of the account's numbers).");
    else if (m_window->isChecked() && m_windowStart->time() == m_windowEnd->time())
        problem = tr("The calling window starts and ends at the same time; widen it or switch "
                     "it off.");
    else if (needZone && m_zone->currentData().toString().isEmpty())
        problem = tr("Choose a time zone for %1, or switch the calling window off.")
                      .arg(ambiguousCountries.join(QStringLiteral(", ")));
    m_problem = problem;
    m_status->setText(problem);
    startButton()->setEnabled(problem.isEmpty());
}

campaign::CampaignSettings CampaignDialog::settings() const
{
    campaign::CampaignSettings s;
    s.name = m_name->text().trimmed();
    s.agentId = agentId();
    s.from = m_from->currentText().trimmed();
    s.concurrency = m_concurrency->value();
    s.cps = m_cps->value();
    s.window = {m_window->isChecked(), m_windowStart->time(), m_windowEnd->time()};
    s.timeZone = m_zone->currentData().toString();
    s.retry.maxAttempts = m_attempts->value();
    s.retry.spacingSecs = m_spacing->value() * 60;
    s.retry.onBusy = m_retryBusy->isChecked();
    s.retry.onNoAnswer = m_retryNoAnswer->isChecked();
    s.retry.onFailed = m_retryFailed->isChecked();
    s.machineDetection = m_amd->isChecked();
    return s;
}

QList<campaign::CampaignRow> CampaignDialog::rows() const
{
    return engine::CampaignRunner::rowsFrom(m_model->csv());
}

QByteArray CampaignDialog::sourceBytes() const
{
    return m_model->bytes();
}

void CampaignDialog::accept()
{
    validate();
    if (!m_problem.isEmpty() || m_preflightRun)
        return;
    if (!m_startAnyway) {
        preflight::Request r = m_engine->preflightRequest();
        r.from = m_from->currentText().trimmed();
        r.agentId = agentId();
        // No `to`: every row's number was validated in the preview.
        startButton()->setEnabled(false);
        startButton()->setText(tr("Checking…"));
        m_preflight->setText(tr("Checking the accounts, the From number, the public URL and the "
                                "agent before dialling…"));
        m_preflightRun = m_engine->runPreflight(r);
        return;
    }
    QSettings st;
    st.setValue(kGroup + QStringLiteral("concurrency"), m_concurrency->value());
    st.setValue(kGroup + QStringLiteral("cps"), m_cps->value());
    st.setValue(kGroup + QStringLiteral("window"), m_window->isChecked());
    st.setValue(kGroup + QStringLiteral("windowStart"), m_windowStart->time().toString(u"HH:mm"));
    st.setValue(kGroup + QStringLiteral("windowEnd"), m_windowEnd->time().toString(u"HH:mm"));
    st.setValue(kGroup + QStringLiteral("attempts"), m_attempts->value());
    st.setValue(kGroup + QStringLiteral("spacingMin"), m_spacing->value());
    st.setValue(kGroup + QStringLiteral("dialogSize"), size());
    QDialog::accept();
}

} // namespace patchline::ui
