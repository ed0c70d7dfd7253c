#include "ui/DialDialog.h"

#include "engine/Engine.h"
#include "twilio/E164.h"
#include "ui/PreflightModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace patchline::ui {

DialDialog::DialDialog(engine::Engine *engine, const QList<AgentChoice> &agents,
                       const QString &defaultAgent, QWidget *parent)
    : QDialog(parent), m_engine(engine)
{
    setWindowTitle(tr("New outbound call"));
    m_to = new QComboBox;
    m_to->setEditable(true);
    m_to->addItems(QSettings().value(QStringLiteral("dial/recent")).toStringList());
    m_to->setCurrentText({});
    m_to->lineEdit()->setPlaceholderText(tr("+14155551212"));
    m_toStatus = new QLabel;
    m_toStatus->setWordWrap(true);
    m_from = new QComboBox;
    m_from->setPlaceholderText(tr("Loading the account's numbers…"));
    m_agent = new QComboBox;
    fillAgentPicker(m_agent, agents, defaultAgent);
    m_vars = new QTableWidget(0, 2);
    m_vars->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_vars->horizontalHeader()->setStretchLastSection(true);
    m_vars->setToolTip(tr("Dynamic variables for the agent's {{placeholders}}; names starting "
                          "with override_ override the agent's first message, prompt, "
                          "language or voice"));
    auto *addVar = new QPushButton(tr("Add variable"));
    connect(addVar, &QPushButton::clicked, this, [this] { m_vars->insertRow(m_vars->rowCount()); });
    m_record = new QCheckBox(tr("Record the call (stereo WAV, caller left / agent right)"));
    m_record->setChecked(true);
    m_amd = new QCheckBox(tr("Detect answering machines (Twilio AMD; shows who answered)"));
    m_amd->setToolTip(tr("MachineDetection=Enable: Twilio listens for a few seconds after "
                         "the answer and reports human or machine before the agent starts"));
    m_agentWarning = new QLabel;
    m_agentWarning->setWordWrap(true);
    m_agentWarning->setStyleSheet(QStringLiteral("color: #9a5b00"));
    m_warning = new QLabel;
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #9a5b00"));
    m_preflight = new QLabel;
    m_preflight->setWordWrap(true);
    m_preflight->setTextFormat(Qt::RichText);
    m_preflight->setAccessibleName(tr("Pre-flight check"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Call"));

    auto *form = new QFormLayout;
    form->addRow(tr("&To"), m_to);
    form->addRow(QString(), m_toStatus);
    form->addRow(tr("&From"), m_from);
    form->addRow(tr("&Agent"), m_agent);
    form->addRow(QString(), m_agentWarning);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(m_vars);
    v->addWidget(addVar, 0, Qt::AlignLeft);
    v->addWidget(m_record);
    v->addWidget(m_amd);
    v->addWidget(m_warning);
    v->addWidget(m_preflight);
    v->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &DialDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_to, &QComboBox::currentTextChanged, this, &DialDialog::validate);
    connect(m_from, &QComboBox::currentTextChanged, this, &DialDialog::validate);
    connect(m_agent, &QComboBox::currentTextChanged, this, [this] {
        // What the agent needs is checked before the call, not discovered as a 1008 close.
        m_required.clear();
        m_agentNotes.clear();
        if (!agentId().isEmpty())
            m_engine->requestAgentDetails(agentId());
        validate();
    });
    connect(m_vars, &QTableWidget::itemChanged, this, &DialDialog::validate);
    connect(engine, &engine::Engine::agentDetails, this,
            [this](const elevenlabs::AgentDetails &d, const QString &error) {
                if (d.agentId != agentId())
                    return;
                m_required = error.isEmpty() ? d.requiredDynamicVariables() : QStringList();
                m_agentNotes = error.isEmpty() ? d.telephonyProblems() : QStringList{error};
                validate();
            });
    connect(engine, &engine::Engine::numbersListed, this,
            [this](const QStringList &numbers, const QString &error) {
                m_from->clear();
                m_from->addItems(numbers);
                if (!numbers.isEmpty())
                    m_from->setCurrentIndex(0);
                m_from->setPlaceholderText(error.isEmpty() ? tr("No voice numbers on the account")
                                                           : error);
                validate();
            });
    connect(engine, &engine::Engine::accountRead, this,
            [this](const QString &name, const QString &type, const QString &error) {
                m_trial = type == u"Trial";
                if (!error.isEmpty())
                    m_warning->setText(error);
                else if (m_trial)
                    m_warning->setText(tr("%1 is a trial account: Twilio strips <Stream> from "
                                          "TwiML on trial accounts, so the agent will not be "
                                          "connected, and only verified numbers can be called.")
                                           .arg(name));
            });
    connect(engine, &engine::Engine::preflightFinished, this,
            [this](quint64 id, const QList<preflight::CheckLine> &lines) {
                if (id != m_preflightRun)
                    return;
                m_preflightRun = 0;
                QPushButton *call = m_buttons->button(QDialogButtonBox::Ok);
                call->setEnabled(true);
                if (preflight::Preflight::passed(lines)) {
                    m_preflight->clear();
                    remember(request().to);
                    QDialog::accept();
                    return;
                }
                m_preflight->setText(tr("<b style='color:#b00020'>This call would fail:</b>") +
                                     PreflightModel::toHtml(lines, true));
                m_callAnyway = true;
                call->setText(tr("Call anyway"));
            });
    engine->requestTwilioAccount();
    if (!defaultAgent.isEmpty())
        engine->requestAgentDetails(defaultAgent);
    validate();
}

QString DialDialog::preflightText() const
{
    return m_preflight->text();
}

void DialDialog::validate()
{
    // The form changed: a previous check no longer applies.
    m_callAnyway = false;
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Call"));
    QString error;
    const QString to = twilio::normalizeE164(m_to->currentText(), &error);
    if (to.isEmpty()) {
        m_problem = error;
        // Nothing typed yet: a hint, not an error (issue 18 #10).
        m_toStatus->setText(
            m_to->currentText().trimmed().isEmpty()
                ? tr("Type the number to call in international form, e.g. +14155551212.")
                : QStringLiteral("<span style='color:#b00020'>%1</span>")
                      .arg(error.toHtmlEscaped()));
    } else {
        // The numbering plan (libphonenumber): country and type, and what is not dialable.
        const twilio::NumberInfo info = twilio::describeNumber(to);
        QString described =
            info.valid ? tr("will dial %1 · %2 · %3").arg(info.formatted, info.country, info.type)
                       : tr("will dial %1").arg(to);
        if (info.premium)
            described += tr(" · premium rate: the call costs extra");
        if (!info.valid && m_engine->isSandbox())
            described += tr(" (not a real number: fine for the sandbox)");
        m_toStatus->setText(described);
        if (!info.valid && !m_engine->isSandbox())
            m_problem =
                info.country.isEmpty()
                    ? tr("%1 is not a dialable number in any numbering plan; check the "
                         "country code and the digits")
                          .arg(to)
                    : tr("%1 is not a valid number in %2; check the digits").arg(to, info.country);
        else if (m_from->currentText().isEmpty())
            m_problem = tr("choose the caller ID (From) among the account's numbers");
        else if (agentId().isEmpty())
            m_problem = tr("choose the agent that answers");
        else
            m_problem.clear();
        if (m_problem.isEmpty()) {
            const auto given = request().variables;
            QStringList missing;
            for (const QString &v : std::as_const(m_required))
                if (given.value(v).isEmpty())
                    missing << v;
            if (!missing.isEmpty())
                m_problem =
                    tr("agent %1 needs the dynamic variable(s) %2; add them below, or "
                       "ElevenLabs will refuse the call")
                        .arg(m_agent->currentText().trimmed(), missing.join(QStringLiteral(", ")));
        }
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
    if (!to.isEmpty() && !m_problem.isEmpty())
        m_toStatus->setText(
            QStringLiteral("%1<br/><span style='color:#b00020'>%2</span>")
                .arg(m_toStatus->text().toHtmlEscaped(), m_problem.toHtmlEscaped()));
    m_agentWarning->setText(m_agentNotes.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(m_problem);
}

QString DialDialog::agentId() const
{
    return agentIdOf(m_agent);
}

void DialDialog::fillAgentPicker(QComboBox *picker, const QList<AgentChoice> &agents,
                                 const QString &defaultAgent)
{
    picker->setEditable(true);
    // Enter must not add a typed id as an item without its id data (it would dial nobody).
    picker->setInsertPolicy(QComboBox::NoInsert);
    for (const AgentChoice &a : agents) {
        picker->addItem(a.name.isEmpty() ? a.id : a.name, a.id);
        picker->setItemData(picker->count() - 1, a.id, Qt::ToolTipRole);
    }
    const int def = picker->findData(defaultAgent);
    if (def >= 0)
        picker->setCurrentIndex(def);
    else
        picker->setCurrentText(defaultAgent);
}

QString DialDialog::agentIdOf(const QComboBox *picker)
{
    const int i = picker->currentIndex();
    if (i >= 0 && picker->itemText(i) == picker->currentText()) {
        const QString id = picker->itemData(i).toString();
        if (!id.isEmpty())
            return id;
    }
    return picker->currentText().trimmed();
}

bridge::DialRequest DialDialog::request() const
{
    bridge::DialRequest r;
    r.to = twilio::normalizeE164(m_to->currentText(), nullptr);
    r.from = m_from->currentText();
    r.agentId = agentId();
    r.record = m_record->isChecked();
    if (m_amd->isChecked())
        r.machineDetection = QStringLiteral("Enable");
    for (int row = 0; row < m_vars->rowCount(); ++row) {
        const auto *k = m_vars->item(row, 0);
        const auto *val = m_vars->item(row, 1);
        if (k && !k->text().trimmed().isEmpty())
            r.variables.insert(k->text().trimmed(), val ? val->text() : QString());
    }
    return r;
}

void DialDialog::accept()
{
    if (!m_problem.isEmpty() || m_preflightRun)
        return;
    if (m_callAnyway) {
        remember(request().to);
        QDialog::accept();
        return;
    }
    preflight::Request r = m_engine->preflightRequest();
    r.to = request().to;
    r.from = request().from;
    r.agentId = request().agentId;
    r.setCallVariables(request().variables);
    QPushButton *call = m_buttons->button(QDialogButtonBox::Ok);
    call->setEnabled(false);
    call->setText(tr("Checking…"));
    m_preflight->setText(tr("Checking this call before dialling…"));
    m_preflightRun = m_engine->runPreflight(r);
}

void DialDialog::remember(const QString &number)
{
    QSettings st;
    QStringList recent = st.value(QStringLiteral("dial/recent")).toStringList();
    recent.removeAll(number);
    recent.prepend(number);
    st.setValue(QStringLiteral("dial/recent"), recent.mid(0, 10));
}

} // namespace patchline::ui
