#pragma once

#include "call/CallTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace patchline::engine {
class Engine;
}

namespace patchline::ui {

/// "New call" (issue 5 §2): To with live E.164 validation and normalisation, From from the
/// account's voice numbers, the agent, dynamic variables as a table, a record toggle, and a
/// trial-account warning. Before the call goes out, the pre-flight check runs for exactly
/// this call (issue 7 §4); red lines are shown with their fixes. Recent To numbers are
/// remembered. GUI thread; talks to the
/// Engine only (no sockets here).
class DialDialog : public QDialog
{
    Q_OBJECT
public:
    /// One agent of the picker: its ElevenLabs id and its name (empty = unknown, the id is
    /// shown).
    struct AgentChoice
    {
        QString id;
        QString name;
    };
    /// `agents` are offered by name (the id in the tooltip); an id typed into the field is
    /// used as it is.
    DialDialog(engine::Engine *engine, const QList<AgentChoice> &agents,
               const QString &defaultAgent, QWidget *parent = nullptr);

    /// Accepts only a complete form, after the pre-flight check of this call passed (or the
    /// operator chose "Call anyway" after reading its red lines); remembers the number.
    void accept() override;
    /// The red/amber lines of the last pre-flight check of this call, as shown.
    QString preflightText() const;
    /// The call to place; valid when accepted.
    bridge::DialRequest request() const;
    /// Why the form cannot be submitted (empty when it can).
    QString problem() const { return m_problem; }

    QComboBox *toField() const { return m_to; }
    QComboBox *fromField() const { return m_from; }
    QTableWidget *variables() const { return m_vars; }
    QCheckBox *machineDetection() const { return m_amd; }
    QComboBox *agentField() const { return m_agent; }
    /// The agent id chosen: the picked entry's id, or the text typed.
    QString agentId() const;

    /// Fills an editable agent picker: `agents` by name (the id as data and tooltip),
    /// `defaultAgent` selected (or typed when it is not in the list). Enter never inserts a
    /// typed id as an entry without its id. Shared by New call and New campaign.
    static void fillAgentPicker(QComboBox *picker, const QList<AgentChoice> &agents,
                                const QString &defaultAgent);
    /// The agent id a picker names: the picked entry's id, or the text typed.
    static QString agentIdOf(const QComboBox *picker);

private:
    void validate();
    void remember(const QString &number);

    engine::Engine *m_engine;
    QComboBox *m_to;
    QLabel *m_toStatus;
    QComboBox *m_from;
    QComboBox *m_agent;
    QTableWidget *m_vars;
    QCheckBox *m_record;
    QCheckBox *m_amd;
    QLabel *m_warning;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    QStringList m_required;   ///< dynamic variables the selected agent needs
    QStringList m_agentNotes; ///< telephony problems of the selected agent
    QLabel *m_agentWarning;
    bool m_trial = false;
    quint64 m_preflightRun = 0; ///< the running pre-dial check, 0 = none
    bool m_callAnyway = false;  ///< the check failed and the operator may still call
    QLabel *m_preflight;
};

} // namespace patchline::ui
