#pragma once

#include "campaign/Campaign.h"
#include "ui/DialDialog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace patchline::engine {
class Engine;
}

namespace patchline::ui {

class CampaignPreviewModel;

/// "New campaign" (issue 19 §1): open a CSV, see every row validated (number valid, its
/// country and type, duplicates, the agent's required dynamic variables) and fix cells in
/// place or drop the bad rows; choose agent, From, concurrency (1–50), calls per second,
/// calling window in the callee's local time (a zone asked for when a country has several),
/// retries for busy / no-answer / failed, answering-machine detection. Start is possible only
/// with no bad rows left. The last settings are remembered. GUI thread; talks to the Engine
/// only.
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    CampaignDialog(engine::Engine *engine, const QList<DialDialog::AgentChoice> &agents,
                   const QString &defaultAgent, const QString &defaultFrom,
                   QWidget *parent = nullptr);

    /// Opens a file (also the "Open CSV…" button's work); false with a message shown when
    /// it cannot be read.
    bool openFile(const QString &path);
    /// Uses these bytes as if read from `name` (tests, drag and drop).
    void setCsv(const QByteArray &bytes, const QString &name);

    /// The campaign to start; valid when accepted.
    campaign::CampaignSettings settings() const;
    QList<campaign::CampaignRow> rows() const;
    /// The file's bytes after the edits (hashed to find the campaign again on resume).
    QByteArray sourceBytes() const;
    /// Why Start is disabled (empty when it is enabled).
    QString problem() const { return m_problem; }

    CampaignPreviewModel *preview() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *startButton() const;
    QPushButton *removeInvalidButton() const { return m_removeInvalid; }
    QCheckBox *windowBox() const { return m_window; }
    QComboBox *timeZoneField() const { return m_zone; }
    QSpinBox *concurrencyField() const { return m_concurrency; }

    /// Start: runs the pre-flight for the campaign's From and agent first (issue 19 §1:
    /// credentials, trial limits, the From number, the public URL, the agent); when it passes
    /// the dialog is accepted, else the failing lines show with their fixes and Start becomes
    /// "Start anyway".
    void accept() override;
    QLabel *preflightLabel() const { return m_preflight; }

private:
    void validate();
    QString agentId() const;

    engine::Engine *m_engine;
    CampaignPreviewModel *m_model;
    QLabel *m_file;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_removeInvalid;
    QLineEdit *m_name;
    QComboBox *m_agent;
    QComboBox *m_from;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_cps;
    QCheckBox *m_window;
    QTimeEdit *m_windowStart;
    QTimeEdit *m_windowEnd;
    QComboBox *m_zone;
    QLabel *m_zoneNote;
    QSpinBox *m_attempts;
    QSpinBox *m_spacing;
    QCheckBox *m_retryBusy;
    QCheckBox *m_retryNoAnswer;
    QCheckBox *m_retryFailed;
    QCheckBox *m_amd;
    QLabel *m_warning;
    QLabel *m_preflight; ///< the pre-flight's verdict before Start
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    QString m_fileName;
    quint64 m_preflightRun = 0; ///< the pre-flight run Start waits for (0: none)
    bool m_startAnyway = false; ///< the pre-flight ran (passed, or the operator saw why not)
};

} // namespace patchline::ui
