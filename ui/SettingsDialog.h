#pragma once

#include <functional>

#include "preflight/Preflight.h"
#include "settings/Settings.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace patchline::engine {
class Engine;
}

namespace patchline::ui {

class PreflightModel;

/// The settings pane (issue 7 §1): sections Twilio, ElevenLabs, Server, Audio, Recording, Alarms,
/// Appearance and Pre-flight. Each credential section has a Test button that calls the real
/// API with the values typed (saved or not) and shows the result inline; the Pre-flight page
/// lists every check with its fix and jumps to the setting that fixes it. Secrets are masked
/// (Show reveals them) and go to the keychain; when none is reachable the user chooses
/// "this session only" or "a file only you can read". Values set by environment variables
/// are shown read-only with the variable's name.
///
/// GUI thread only; network work runs in the Engine (bridge thread).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(settings::Settings *settings, engine::Engine *engine, QWidget *parent = nullptr);

    /// How many calls are live now (the window's calls list): the restart question names
    /// them, or says nothing about hanging up when there are none. Unset = 0.
    void setLiveCallCount(std::function<int()> count) { m_liveCallCount = std::move(count); }
    /// Shows a section: "twilio", "elevenlabs", "server", "recording", "alarms",
    /// "appearance" or "preflight".
    void showSection(const QString &name);
    QString currentSection() const;
    /// The configuration the fields describe now, unsaved edits included.
    settings::BridgeConfig candidate() const;
    /// Runs the pre-flight check on candidate() and shows it on the Pre-flight page.
    void runPreflight();
    /// Validates every field, then stores them (secrets asynchronously). On a bad value it
    /// shows the error, opens the section and focuses the field; nothing is stored then.
    void save();

    /// The editor of `key` (tests).
    QWidget *editor(settings::Key key) const { return m_fields.value(int(key)); }
    PreflightModel *preflightModel() const { return m_preflight; }
    QString errorText() const;
    QString testResult(const QString &section) const;

signals:
    /// Everything was stored; `bridgeChanged` when the running bridge needs a restart.
    void saved(bool bridgeChanged);
    /// The user wants the bridge restarted now (sandbox = stay in/enter the sandbox).
    void restartRequested(bool sandbox);
    /// A pre-flight run or a Test finished (tests).
    void checkFinished();

private:
    /// Lists microphones and speakers again (Qt 6.4 misses hot-plug, qt64.md §A3).
    void fillAudioDevices();
    /// Shows the picked agent's telephony problems (or that it is ready) under the picker.
    void showAgentNote();
    QWidget *addPage(const QString &name, const QString &title);
    QLineEdit *addLine(QFormLayout *form, settings::Key key, const QString &placeholder = {});
    QLineEdit *addSecret(QFormLayout *form, settings::Key key);
    QWidget *envNote(settings::Key key, QWidget *field);
    QVariant fieldValue(settings::Key key) const;
    void addTestRow(QFormLayout *form, const QString &section, int scope);
    void startCheck(const QString &target, int scope);
    void onCheck(quint64 runId, const QList<preflight::CheckLine> &lines);
    void saveSecrets(QList<settings::Key> keys, bool bridgeChanged);
    void finishSave(bool bridgeChanged);
    void setSaving(bool saving);
    static QString sectionOf(settings::Key key);

    settings::Settings *m_settings;
    engine::Engine *m_engine;
    std::function<int()> m_liveCallCount;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QStringList m_sectionNames;
    QHash<int, QWidget *> m_fields;
    /// Plain values of the save in progress: written after every secret is stored.
    QList<std::pair<settings::Key, QVariant>> m_pendingValues;
    int m_secretsStored = 0; ///< secrets of the save in progress already stored
    bool m_saving = false;   ///< a save waits for the keychain
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QLabel *> m_testResults; ///< by section
    QComboBox *m_from = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_language = nullptr;
    QTableWidget *m_numberAgents = nullptr;
    QLabel *m_error;
    QLabel *m_preflightSummary = nullptr;
    QLabel *m_audioNote = nullptr;
    QLabel *m_agentNote = nullptr; ///< the picked agent's telephony readiness
    static constexpr int kProblemsRole = Qt::UserRole + 1;
    static constexpr int kCheckedRole = Qt::UserRole + 2;
    QListView *m_preflightView = nullptr;
    PreflightModel *m_preflight;
    QString m_checkTarget;  ///< section whose Test runs, or "preflight"
    quint64 m_checkRun = 0; ///< the Engine's id of that run
};

} // namespace patchline::ui
