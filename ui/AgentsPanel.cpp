#include "ui/AgentsPanel.h"

#include "ui/ConversationsDialog.h"

#include "engine/Engine.h"

#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace patchline::ui {

void AgentListModel::setAgents(const QList<elevenlabs::AgentSummary> &agents)
{
    beginResetModel();
    m_agents = agents;
    endResetModel();
}

void AgentListModel::setDefaultAgent(const QString &agentId)
{
    m_default = agentId;
    if (!m_agents.isEmpty())
        emit dataChanged(index(0), index(int(m_agents.size()) - 1),
                         {Qt::DisplayRole, Qt::FontRole});
}

QHash<QString, QString> AgentListModel::names() const
{
    QHash<QString, QString> out;
    for (const auto &a : m_agents)
        if (!a.name.isEmpty())
            out.insert(a.agentId, a.name);
    return out;
}

int AgentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_agents.size());
}

QVariant AgentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &a = m_agents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.agentId == m_default ? tr("%1 (default)").arg(a.name) : a.name;
    case Qt::ToolTipRole:
        return a.agentId;
    case Qt::FontRole: {
        QFont f;
        f.setBold(a.agentId == m_default);
        return f;
    }
    case AgentIdRole:
        return a.agentId;
    case NameRole:
        return a.name;
    default:
        return {};
    }
}

AgentsPanel::AgentsPanel(engine::Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new AgentListModel(this))
{
    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("ElevenLabs agents"));
    m_status = new QLabel(tr("Loading agents…"));
    m_status->setWordWrap(true);
    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_makeDefault = new QPushButton(tr("Use for new calls"));
    m_makeDefault->setEnabled(false);
    auto *refreshButton = new QPushButton(tr("Refresh"));
    m_conversations = new QPushButton(tr("Conversations…"));
    m_conversations->setToolTip(tr("ElevenLabs' records of this agent's conversations: "
                                   "transcript, reason it ended, cost, audio"));
    m_conversations->setEnabled(false);
    connect(m_conversations, &QPushButton::clicked, this, [this] {
        const QString id = m_list->currentIndex().data(AgentListModel::AgentIdRole).toString();
        if (id.isEmpty())
            return;
        auto *d = new ConversationsDialog(m_engine, id, this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_makeDefault);
    buttons->addWidget(m_conversations);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto *v = new QVBoxLayout(this);
    v->addWidget(m_status);
    v->addWidget(m_list, 1);
    v->addWidget(m_details);
    v->addLayout(buttons);

    m_model->setDefaultAgent(engine->config().defaultAgentId);
    connect(refreshButton, &QPushButton::clicked, this, &AgentsPanel::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AgentsPanel::onSelection);
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        const QString id = m_list->currentIndex().data(AgentListModel::AgentIdRole).toString();
        if (id.isEmpty())
            return;
        m_engine->setDefaultAgent(id);
        m_model->setDefaultAgent(id);
        if (!m_engine->isSandbox())
            emit defaultAgentChosen(id);
    });
    connect(engine, &engine::Engine::agentsListed, this,
            [this](const QList<elevenlabs::AgentSummary> &agents, const QString &error) {
                m_model->setAgents(agents);
                m_status->setText(error.isEmpty() ? tr("%n agent(s)", nullptr, int(agents.size()))
                                                  : error);
            });
    connect(engine, &engine::Engine::agentDetails, this, &AgentsPanel::onDetails);
    refresh();
}

void AgentsPanel::refresh()
{
    m_status->setText(tr("Loading agents…"));
    m_engine->requestAgents();
}

QString AgentsPanel::detailsText() const
{
    return m_details->text();
}

void AgentsPanel::selectAgent(const QString &agentId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r);
        if (i.data(AgentListModel::AgentIdRole).toString() == agentId) {
            m_list->setCurrentIndex(i);
            return;
        }
    }
}

void AgentsPanel::onSelection()
{
    const QString id = m_list->currentIndex().data(AgentListModel::AgentIdRole).toString();
    m_makeDefault->setEnabled(!id.isEmpty());
    m_conversations->setEnabled(!id.isEmpty());
    if (id.isEmpty())
        return;
    m_details->setText(tr("Loading %1…").arg(id.toHtmlEscaped()));
    m_engine->requestAgentDetails(id);
}

QString telephonyReadinessHtml(const QStringList &problems)
{
    if (problems.isEmpty())
        return AgentsPanel::tr("<span style='color:#1b873a'>✔ ready for phone calls</span>");
    QStringList escaped; // escape each reason, then join: the <br/> must stay markup
    for (const QString &p : problems)
        escaped << p.toHtmlEscaped();
    return QStringLiteral("<span style='color:#b07000'>⚠ %1</span>")
        .arg(escaped.join(QStringLiteral("<br/>⚠ ")));
}

void AgentsPanel::onDetails(const elevenlabs::AgentDetails &d, const QString &error)
{
    // Others ask for agents' details too (the settings pane marks every agent it lists).
    const QString current = m_list->currentIndex().data(AgentListModel::AgentIdRole).toString();
    if (!d.agentId.isEmpty() && d.agentId != current)
        return;
    if (!error.isEmpty()) {
        m_details->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(error.toHtmlEscaped()));
        return;
    }
    const QStringList problems = d.telephonyProblems();
    QString html = tr("<b>%1</b><br/>formats %2 in / %3 out · language %4<br/>first message: %5")
                       .arg(d.agentId.toHtmlEscaped(), d.inputFormat, d.outputFormat, d.language,
                            d.firstMessage.isEmpty() ? tr("<i>none</i>")
                                                     : d.firstMessage.left(120).toHtmlEscaped());
    html += QStringLiteral("<br/>") + tr("overrides allowed: %1")
                                          .arg(d.allowedOverrides.isEmpty()
                                                   ? tr("none")
                                                   : d.allowedOverrides.join(QStringLiteral(", ")));
    if (!d.requiredDynamicVariables().isEmpty())
        html += QStringLiteral("<br/>") +
                tr("needs dynamic variables: %1")
                    .arg(d.requiredDynamicVariables().join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<br/>") + telephonyReadinessHtml(problems);
    m_details->setText(html);
}

} // namespace patchline::ui
