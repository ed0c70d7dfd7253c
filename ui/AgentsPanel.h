#pragma once

#include "elevenlabs/RestClient.h"

#include <QAbstractListModel>
#include <QHash>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace patchline::engine {
class Engine;
}

namespace patchline::ui {

/// The ElevenLabs agents the configured key can reach: name and id per row, the default
/// agent in bold. GUI thread only.
class AgentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { AgentIdRole = Qt::UserRole + 1, NameRole };
    using QAbstractListModel::QAbstractListModel;

    void setAgents(const QList<elevenlabs::AgentSummary> &agents);
    void setDefaultAgent(const QString &agentId);
    QString defaultAgent() const { return m_default; }
    /// Agent names by id (agents without a name are left out).
    QHash<QString, QString> names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<elevenlabs::AgentSummary> m_agents;
    QString m_default;
};

/// An agent's telephony readiness as one line of rich text: "✔ ready for phone calls", or
/// each problem (AgentDetails::telephonyProblems) on a line with ⚠. Used by the agents dock
/// and the settings pane's agent picker.
QString telephonyReadinessHtml(const QStringList &problems);

/// Agent picker: lists agents (GET /v1/convai/agents through the Engine, never from this
/// thread's sockets), shows the selected agent's telephony readiness (formats, first
/// message, overrides, required dynamic variables) and makes one the default for new
/// calls. The default is remembered (through defaultAgentChosen(), real accounts only).
class AgentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgentsPanel(engine::Engine *engine, QWidget *parent = nullptr);

    AgentListModel *model() const { return m_model; }
    /// Asks for the list again.
    void refresh();
    /// The details text shown for the selected agent (tests).
    QString detailsText() const;
    void selectAgent(const QString &agentId);

signals:
    /// The operator made `agentId` the default (real accounts only): store it.
    void defaultAgentChosen(const QString &agentId);

private:
    void onSelection();
    void onDetails(const elevenlabs::AgentDetails &d, const QString &error);

    engine::Engine *m_engine;
    AgentListModel *m_model;
    QListView *m_list;
    QLabel *m_status;
    QLabel *m_details;
    QPushButton *m_conversations = nullptr;
    QPushButton *m_makeDefault;
};

} // namespace patchline::ui
