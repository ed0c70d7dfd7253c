#include "ui/SettingsDialog.h"

#include "audio/AudioDevice.h"
#include "engine/Engine.h"
#include "settings/SecretStore.h"
#include "store/Storage.h"
#include "ui/AgentsPanel.h"
#include "ui/PreflightModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace patchline::ui {

using settings::Key;
using settings::SettingType;

namespace {
/// Region choices of the ElevenLabs API (reference/elevenlabs.md §1.1).
const QList<QPair<const char *, QString>> kRegions{
    {QT_TRANSLATE_NOOP("SettingsDialog", "Default (api.elevenlabs.io)"),
     QStringLiteral("https://api.elevenlabs.io")},
    {QT_TRANSLATE_NOOP("SettingsDialog", "United States"), QStringLiteral("us")},
    {QT_TRANSLATE_NOOP("SettingsDialog", "EU data residency"), QStringLiteral("eu")},
    {QT_TRANSLATE_NOOP("SettingsDialog", "India data residency"), QStringLiteral("in")}};

/// Runs `f` on Return/Enter and swallows the key (owned by the watched widget).
class EnterFilter : public QObject
{
public:
    EnterFilter(std::function<void()> f, QObject *parent) : QObject(parent), m_f(std::move(f)) {}
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() != QEvent::KeyPress)
            return false;
        const int key = static_cast<QKeyEvent *>(e)->key();
        if (key != Qt::Key_Return && key != Qt::Key_Enter)
            return false;
        m_f();
        return true;
    }

private:
    std::function<void()> m_f;
};

} // namespace

SettingsDialog::SettingsDialog(settings::Settings *settings, engine::Engine *engine,
                               QWidget *parent)
    : QDialog(parent), m_settings(settings), m_engine(engine), m_nav(new QListWidget),
      m_pages(new QStackedWidget), m_error(new QLabel), m_preflight(new PreflightModel(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_nav->setMaximumWidth(170);
    m_nav->setAccessibleName(tr("Sections"));

    // Twilio.
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("twilio"), tr("Twilio")));
        addLine(form, Key::TwilioAccountSid, QStringLiteral("AC…"));
        addSecret(form, Key::TwilioAuthToken);
        addLine(form, Key::TwilioApiKeySid, tr("optional, SK…"));
        addSecret(form, Key::TwilioApiSecret);
        m_from = new QComboBox;
        m_from->setEditable(true);
        m_from->setAccessibleName(tr("Default From number"));
        m_from->lineEdit()->setPlaceholderText(tr("press Test to list the account's numbers"));
        m_from->setEditText(m_settings->string(Key::TwilioDefaultFrom));
        m_fields.insert(int(Key::TwilioDefaultFrom), m_from);
        form->addRow(tr("Default From number:"), m_from);
        m_numberAgents = new QTableWidget(0, 2);
        m_numberAgents->setHorizontalHeaderLabels({tr("Number (E.164)"), tr("Agent id")});
        m_numberAgents->horizontalHeader()->setStretchLastSection(true);
        m_numberAgents->verticalHeader()->hide();
        m_numberAgents->setMaximumHeight(110);
        m_numberAgents->setAccessibleName(tr("Inbound number to agent"));
        const QVariantMap map = m_settings->map(Key::TwilioNumberAgents);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const int row = m_numberAgents->rowCount();
            m_numberAgents->insertRow(row);
            m_numberAgents->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_numberAgents->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
        }
        m_fields.insert(int(Key::TwilioNumberAgents), m_numberAgents);
        auto *mapButtons = new QHBoxLayout;
        auto *addRow = new QPushButton(tr("Add number"));
        auto *removeRow = new QPushButton(tr("Remove"));
        connect(addRow, &QPushButton::clicked, this, [this] {
            const int row = m_numberAgents->rowCount();
            m_numberAgents->insertRow(row);
            m_numberAgents->setItem(row, 0, new QTableWidgetItem(m_from->currentText()));
            m_numberAgents->setItem(row, 1,
                                    new QTableWidgetItem(m_agent->currentData().toString()));
            m_numberAgents->editItem(m_numberAgents->item(row, 0));
        });
        connect(removeRow, &QPushButton::clicked, this,
                [this] { m_numberAgents->removeRow(m_numberAgents->currentRow()); });
        mapButtons->addWidget(addRow);
        mapButtons->addWidget(removeRow);
        mapButtons->addStretch();
        auto *mapBox = new QVBoxLayout;
        mapBox->addWidget(m_numberAgents);
        mapBox->addLayout(mapButtons);
        form->addRow(tr("Inbound calls:"), mapBox);
        addLine(form, Key::TwilioApiBase);
        addTestRow(form, QStringLiteral("twilio"), preflight::Request::Twilio);
    }
    // ElevenLabs.
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("elevenlabs"), tr("ElevenLabs")));
        addSecret(form, Key::ElevenLabsApiKey);
        m_region = new QComboBox;
        m_region->setAccessibleName(tr("ElevenLabs API region"));
        for (const auto &[label, value] : kRegions)
            m_region->addItem(tr(label), value);
        const QString base = m_settings->string(Key::ElevenLabsApiBase);
        int idx = m_region->findData(base);
        if (idx < 0) {
            m_region->addItem(base, base); // a custom URL (e.g. the sandbox)
            idx = m_region->count() - 1;
        }
        m_region->setCurrentIndex(idx);
        m_fields.insert(int(Key::ElevenLabsApiBase), m_region);
        form->addRow(tr("API region:"), m_region);
        m_agent = new QComboBox;
        m_agent->setAccessibleName(tr("Default agent"));
        const QString agent = m_settings->string(Key::ElevenLabsDefaultAgent);
        m_agent->addItem(agent.isEmpty() ? tr("(none: press Test to list the agents)") : agent,
                         agent);
        m_fields.insert(int(Key::ElevenLabsDefaultAgent), m_agent);
        form->addRow(tr("Default agent:"), m_agent);
        m_agentNote = new QLabel;
        m_agentNote->setObjectName(QStringLiteral("agentNote"));
        m_agentNote->setWordWrap(true);
        form->addRow(QString(), m_agentNote);
        connect(m_agent, &QComboBox::currentIndexChanged, this, &SettingsDialog::showAgentNote);
        // Each listed agent's telephony details (formats, first message): marks in the picker.
        connect(engine, &engine::Engine::agentDetails, this,
                [this](const elevenlabs::AgentDetails &d, const QString &error) {
                    const int i = d.agentId.isEmpty() ? -1 : m_agent->findData(d.agentId);
                    if (i < 0)
                        return;
                    const QStringList problems =
                        error.isEmpty() ? d.telephonyProblems() : QStringList{error};
                    const QString name = d.name.isEmpty() ? d.agentId : d.name;
                    m_agent->setItemText(
                        i, problems.isEmpty()
                               ? tr("%1 (%2) · %3 / %4")
                                     .arg(name, d.agentId, d.inputFormat, d.outputFormat)
                               : tr("⚠ %1 (%2) · not telephony-ready").arg(name, d.agentId));
                    m_agent->setItemData(i, problems.join(u'\n'), Qt::ToolTipRole);
                    m_agent->setItemData(i, problems, kProblemsRole);
                    m_agent->setItemData(i, true, kCheckedRole);
                    if (i == m_agent->currentIndex())
                        showAgentNote();
                });
        addSecret(form, Key::ElevenLabsWebhookSecret);
        addTestRow(form, QStringLiteral("elevenlabs"),
                   preflight::Request::ElevenLabs | preflight::Request::Agent);
    }
    // Server.
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("server"), tr("Server")));
        auto *port = new QSpinBox;
        port->setRange(0, 65535);
        port->setValue(m_settings->integer(Key::ServerPort));
        port->setAccessibleName(tr("Port"));
        m_fields.insert(int(Key::ServerPort), port);
        form->addRow(tr("Port:"), port);
        // A port given on the command line (or the sandbox's) wins for this run: say so.
        if (m_engine->port() != 0 && m_engine->port() != m_settings->integer(Key::ServerPort)) {
            auto *running = new QLabel(
                tr("This run listens on port %1 (from --port or the sandbox); the port above "
                   "applies when Patchline starts without --port.")
                    .arg(m_engine->port()));
            running->setObjectName(QStringLiteral("portOverridden"));
            running->setWordWrap(true);
            running->setStyleSheet(QStringLiteral("color: #9a5b00;"));
            form->addRow(QString(), running);
        }
        addLine(form, Key::ServerBind, QStringLiteral("127.0.0.1"));
        addLine(form, Key::ServerPublicUrl,
                tr("https://… (your tunnel; press Test to detect ngrok)"));
        auto *convert = new QCheckBox(tr("Convert audio when the agent does not use μ-law 8 kHz"));
        convert->setChecked(m_settings->flag(Key::AudioConvertFormats));
        m_fields.insert(int(Key::AudioConvertFormats), convert);
        form->addRow(QString(), convert);
        auto *unsolicited = new QCheckBox(tr("Accept streams without Patchline's webhook"));
        unsolicited->setToolTip(
            tr("Media streams that did not come through Patchline's voice webhook, for your own "
               "TwiML pointing at Patchline. Such calls get the default agent; their stream "
               "parameters cannot choose the agent, prompt or variables."));
        unsolicited->setChecked(m_settings->flag(Key::ServerAllowUnsolicitedStreams));
        m_fields.insert(int(Key::ServerAllowUnsolicitedStreams), unsolicited);
        form->addRow(QString(), unsolicited);
        auto *shards = new QSpinBox;
        shards->setRange(0, 64);
        shards->setSpecialValueText(tr("one per core"));
        shards->setValue(m_settings->integer(Key::BridgeShards));
        shards->setAccessibleName(tr("Bridge threads"));
        shards->setToolTip(tr("Each call lives on one bridge thread; more threads spread calls "
                              "over more cores. Takes effect when the bridge restarts."));
        m_fields.insert(int(Key::BridgeShards), shards);
        form->addRow(tr("Bridge threads:"), shards);
        addTestRow(form, QStringLiteral("server"), preflight::Request::Server);
    }
    // Audio devices (Test agent; listen-in).
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("audio"), tr("Audio")));
        m_audioNote = new QLabel;
        m_audioNote->setObjectName(QStringLiteral("audioNote"));
        m_audioNote->setWordWrap(true);
        form->addRow(QString(), m_audioNote);
        for (Key k : {Key::AudioInputDevice, Key::AudioOutputDevice}) {
            auto *box = new QComboBox;
            box->setObjectName(QString::fromLatin1(settings::settingSpec(k).name));
            const QString label =
                QCoreApplication::translate("settings", settings::settingSpec(k).label);
            box->setAccessibleName(label);
            m_fields.insert(int(k), box);
            form->addRow(label + u':', box);
        }
        auto *rescan = new QPushButton(tr("&Look for devices again"));
        rescan->setToolTip(tr("Qt 6.4 does not notice devices plugged in while it runs"));
        connect(rescan, &QPushButton::clicked, this, &SettingsDialog::fillAudioDevices);
        form->addRow(QString(), rescan);
        fillAudioDevices();
    }
    // Recording.
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("recording"), tr("Recording")));
        auto *enabled =
            new QCheckBox(tr("Record every call (stereo WAV: caller left, agent right)"));
        enabled->setChecked(m_settings->flag(Key::RecordingEnabled));
        m_fields.insert(int(Key::RecordingEnabled), enabled);
        form->addRow(QString(), enabled);
        QLineEdit *folder = addLine(form, Key::RecordingFolder, settings::defaultDataDir());
        auto *browse = folder->addAction(style()->standardIcon(QStyle::SP_DirOpenIcon),
                                         QLineEdit::TrailingPosition);
        browse->setToolTip(tr("Browse…"));
        connect(browse, &QAction::triggered, this, [this, folder] {
            const QString dir =
                QFileDialog::getExistingDirectory(this, tr("Recordings folder"), folder->text());
            if (!dir.isEmpty())
                folder->setText(dir);
        });
        auto *days = new QSpinBox;
        days->setRange(0, 3650);
        days->setSpecialValueText(tr("forever"));
        days->setSuffix(tr(" days"));
        days->setValue(m_settings->integer(Key::RecordingRetentionDays));
        days->setAccessibleName(tr("Keep recordings"));
        m_fields.insert(int(Key::RecordingRetentionDays), days);
        form->addRow(tr("Keep recordings:"), days);
    }
    // The call log's database (issue 20 §1).
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("database"), tr("Database")));
        auto *about = new QLabel(
            tr("Calls, transcripts, campaigns and suites are kept in a local file "
               "(patchline.sqlite in the data folder). A team shares one PostgreSQL database "
               "instead: several headless nodes and consoles then see one history. Takes "
               "effect when the bridge restarts."));
        about->setWordWrap(true);
        form->addRow(QString(), about);
        QLineEdit *url =
            addLine(form, Key::StoreUrl, tr("empty: the local file; postgresql://user@host/db"));
        url->setObjectName(QStringLiteral("storeUrl"));
        addSecret(form, Key::StorePassword);
        const bool failed = !m_engine->storeError().isEmpty();
        const store::Storage *storage = m_engine->storage();
        const bool waiting = !failed && storage && !storage->reachable();
        auto *where = new QLabel(
            failed    ? tr("Not open: %1").arg(m_engine->storeError())
            : waiting ? tr("Waiting for the database: %1 cannot be reached; calls go on and "
                           "their records wait in memory")
                            .arg(storage->databasePath())
                      : tr("In use now: %1").arg(storage ? storage->databasePath() : tr("none")));
        where->setTextFormat(Qt::PlainText); // a path, URL or error, never markup
        where->setObjectName(QStringLiteral("storeInUse"));
        where->setWordWrap(true);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        where->setStyleSheet(failed    ? QStringLiteral("color: #b3261e;")
                             : waiting ? QStringLiteral("color: #9a6700;")
                                       : QStringLiteral("color: palette(mid);"));
        form->addRow(QString(), where);
        // Issue 20 §3: the same token on every node and console of the cluster.
        auto *cluster = new QLabel(
            tr("With a shared PostgreSQL database and the same monitor token on every node, this "
               "console also shows the live calls of the other nodes (end, mute and listen-in "
               "work on them) and plays their recordings. Nodes ask consoles for this token on "
               "/monitor and /recordings; empty turns both off."));
        cluster->setWordWrap(true);
        form->addRow(QString(), cluster);
        addSecret(form, Key::MonitorToken);
        auto *watching = new QLabel(
            m_engine->watchesCluster()
                ? tr("Watching the live calls of %n other node(s) now.", nullptr,
                     m_engine->watchedNodes())
                : tr("Not watching a cluster: that needs a PostgreSQL database and a token."));
        watching->setObjectName(QStringLiteral("clusterState"));
        watching->setWordWrap(true);
        watching->setStyleSheet(QStringLiteral("color: palette(mid);"));
        form->addRow(QString(), watching);
    }
    // Alarms.
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("alarms"), tr("Alarms")));
        for (Key k : {Key::AlarmOneWayAudioMs, Key::AlarmDeadAirMs, Key::AlarmAgentSilentMs,
                      Key::AlarmNotForwardedMs, Key::AlarmUnpairedCloseMs}) {
            const settings::SettingSpec &spec = settings::settingSpec(k);
            auto *box = new QSpinBox;
            box->setRange(spec.min, spec.max);
            box->setSingleStep(500);
            box->setSuffix(tr(" ms"));
            box->setValue(m_settings->integer(k));
            box->setAccessibleName(QCoreApplication::translate("settings", spec.label));
            m_fields.insert(int(k), box);
            form->addRow(QCoreApplication::translate("settings", spec.label) + u':', box);
        }
    }
    // Appearance.
    {
        auto *form = new QFormLayout(addPage(QStringLiteral("appearance"), tr("Appearance")));
        m_language = new QComboBox;
        m_language->addItem(tr("System"), QString());
        m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
        m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
        m_language->setCurrentIndex(
            std::max(0, m_language->findData(m_settings->string(Key::AppearanceLanguage))));
        m_language->setAccessibleName(tr("Language"));
        m_fields.insert(int(Key::AppearanceLanguage), m_language);
        form->addRow(tr("Language:"), m_language);
        auto *theme = new QComboBox;
        theme->addItem(tr("System"), QString());
        theme->addItem(tr("Light"), QStringLiteral("light"));
        theme->addItem(tr("Dark"), QStringLiteral("dark"));
        theme->setCurrentIndex(
            std::max(0, theme->findData(m_settings->string(Key::AppearanceTheme))));
        theme->setAccessibleName(tr("Theme"));
        m_fields.insert(int(Key::AppearanceTheme), theme);
        form->addRow(tr("Theme:"), theme);
        auto *note = new QLabel(tr("Language and theme apply at the next start."));
        note->setWordWrap(true);
        form->addRow(QString(), note);
    }
    // Pre-flight.
    {
        auto *page = addPage(QStringLiteral("preflight"), tr("Pre-flight check"));
        auto *v = new QVBoxLayout(page);
        m_preflightSummary = new QLabel(tr("Checks everything a real call needs, with these "
                                           "settings (saved or not)."));
        m_preflightSummary->setWordWrap(true);
        m_preflightView = new QListView;
        m_preflightView->setObjectName(QStringLiteral("preflightView"));
        m_preflightView->setModel(m_preflight);
        m_preflightView->setWordWrap(true);
        m_preflightView->setAlternatingRowColors(true);
        m_preflightView->setAccessibleName(tr("Pre-flight results"));
        auto *buttons = new QHBoxLayout;
        auto *run = new QPushButton(tr("&Run check"));
        auto *go = new QPushButton(tr("&Go to setting"));
        auto *apply = new QPushButton(tr("&Apply suggestion"));
        go->setEnabled(false);
        apply->setEnabled(false);
        buttons->addWidget(run);
        buttons->addStretch();
        buttons->addWidget(apply);
        buttons->addWidget(go);
        v->addWidget(m_preflightSummary);
        v->addWidget(m_preflightView, 1);
        v->addLayout(buttons);
        connect(run, &QPushButton::clicked, this, &SettingsDialog::runPreflight);
        const auto current = [this] { return m_preflightView->currentIndex(); };
        auto goTo = [this, current] {
            const QString section = current().data(PreflightModel::SectionRole).toString();
            if (m_sectionNames.contains(section))
                showSection(section);
        };
        connect(go, &QPushButton::clicked, this, goTo);
        connect(m_preflightView, &QListView::doubleClicked, this, goTo);
        // Enter on a line goes to its setting (and does not press the dialog's Save).
        m_preflightView->installEventFilter(new EnterFilter(goTo, m_preflightView));
        connect(apply, &QPushButton::clicked, this, [this, current] {
            const QString id = current().data(PreflightModel::IdRole).toString();
            const QString value = current().data(PreflightModel::SuggestionRole).toString();
            if (id == u"server.publicUrl")
                static_cast<QLineEdit *>(editor(Key::ServerPublicUrl))->setText(value);
            else if (id == u"twilio.from")
                m_from->setEditText(value);
            runPreflight();
        });
        connect(m_preflightView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, go, apply](const QModelIndex &i) {
                    go->setEnabled(
                        m_sectionNames.contains(i.data(PreflightModel::SectionRole).toString()));
                    apply->setEnabled(!i.data(PreflightModel::SuggestionRole).toString().isEmpty());
                });
    }

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        if (m_sectionNames.value(row) == u"preflight" && m_preflight->rowCount() == 0)
            runPreflight();
    });
    connect(m_engine, &engine::Engine::preflightFinished, this, &SettingsDialog::onCheck);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_saveButton = box->button(QDialogButtonBox::Save);
    connect(box, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *sandbox = box->addButton(tr("Use the &sandbox"), QDialogButtonBox::ResetRole);
    sandbox->setToolTip(tr("Restart the bridge with the simulated carrier and agent"));
    connect(sandbox, &QPushButton::clicked, this, [this] {
        emit restartRequested(true);
        reject();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_nav);
    top->addWidget(m_pages, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(top, 1);
    outer->addWidget(m_error);
    outer->addWidget(box);
    m_nav->setCurrentRow(0);
    resize(760, 560);

    // A Test result describes the values it tested: editing a field of that page clears it
    // (issue 18: results stayed on screen after the fields changed).
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString section = sectionOf(Key(it.key()));
        const auto stale = [this, section] {
            if (QLabel *l = m_testResults.value(section))
                l->clear();
        };
        // User edits only: the dialog itself renames combo items (agent readiness).
        if (auto *e = qobject_cast<QLineEdit *>(it.value())) {
            connect(e, &QLineEdit::textEdited, this, stale);
        } else if (auto *c = qobject_cast<QComboBox *>(it.value())) {
            connect(c, &QComboBox::activated, this, stale);
            if (c->lineEdit())
                connect(c->lineEdit(), &QLineEdit::textEdited, this, stale);
        } else if (auto *sp = qobject_cast<QSpinBox *>(it.value()))
            connect(sp, &QSpinBox::valueChanged, this, stale);
        else if (auto *cb = qobject_cast<QCheckBox *>(it.value()))
            connect(cb, &QCheckBox::toggled, this, stale);
    }
}

QWidget *SettingsDialog::addPage(const QString &name, const QString &title)
{
    m_sectionNames << name;
    m_nav->addItem(title);
    auto *page = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(scroll);
    return page;
}

QWidget *SettingsDialog::envNote(Key key, QWidget *field)
{
    const settings::SettingSpec &spec = settings::settingSpec(key);
    if (!m_settings->fromEnvironment(key))
        return field;
    // The environment wins (issue 7 §2): show it, read-only, with the variable's name.
    field->setEnabled(false);
    auto *w = new QWidget;
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(field, 1);
    auto *note = new QLabel(tr("set by %1").arg(QLatin1String(spec.envVar)));
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    h->addWidget(note);
    return w;
}

QLineEdit *SettingsDialog::addLine(QFormLayout *form, Key key, const QString &placeholder)
{
    auto *edit = new QLineEdit(m_settings->string(key));
    edit->setPlaceholderText(placeholder);
    const QString label = QCoreApplication::translate("settings", settings::settingSpec(key).label);
    edit->setAccessibleName(label);
    m_fields.insert(int(key), edit);
    form->addRow(label + u':', envNote(key, edit));
    return edit;
}

QLineEdit *SettingsDialog::addSecret(QFormLayout *form, Key key)
{
    auto *edit = new QLineEdit(QString::fromUtf8(m_settings->secret(key)));
    edit->setEchoMode(QLineEdit::Password);
    const QString label = QCoreApplication::translate("settings", settings::settingSpec(key).label);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(tr("not set"));
    // Reveal on demand (issue 7 §3).
    auto *reveal = edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                   QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show"));
    reveal->setObjectName(QStringLiteral("reveal"));
    connect(reveal, &QAction::toggled, edit, [edit, reveal](bool on) {
        edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(on ? tr("Hide") : tr("Show"));
    });
    m_fields.insert(int(key), edit);
    form->addRow(label + u':', envNote(key, edit));
    return edit;
}

void SettingsDialog::addTestRow(QFormLayout *form, const QString &section, int scope)
{
    auto *test = new QPushButton(tr("&Test"));
    test->setToolTip(tr("Call the real service with the values above (saved or not)"));
    auto *result = new QLabel;
    result->setWordWrap(true);
    result->setTextFormat(Qt::RichText);
    result->setAccessibleName(tr("Test result"));
    m_testResults.insert(section, result);
    connect(test, &QPushButton::clicked, this,
            [this, section, scope] { startCheck(section, scope); });
    auto *row = new QVBoxLayout;
    row->addWidget(test, 0, Qt::AlignLeft);
    row->addWidget(result);
    form->addRow(QString(), row);
}

QString SettingsDialog::currentSection() const
{
    return m_sectionNames.value(m_pages->currentIndex());
}

void SettingsDialog::showSection(const QString &name)
{
    const int row = int(m_sectionNames.indexOf(name));
    if (row >= 0)
        m_nav->setCurrentRow(row);
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SettingsDialog::testResult(const QString &section) const
{
    const QLabel *l = m_testResults.value(section);
    return l ? l->text() : QString();
}

void SettingsDialog::showAgentNote()
{
    const int i = m_agent->currentIndex();
    if (i < 0 || !m_agent->itemData(i, kCheckedRole).toBool()) {
        m_agentNote->clear();
        return;
    }
    const QStringList problems = m_agent->itemData(i, kProblemsRole).toStringList();
    m_agentNote->setText(telephonyReadinessHtml(problems));
}

void SettingsDialog::fillAudioDevices()
{
    const auto fill = [this](Key key, const QList<audio::DeviceInfo> &devices) {
        auto *box = qobject_cast<QComboBox *>(m_fields.value(int(key)));
        // Keep what the operator picked on screen, else what is stored.
        const QString wanted =
            box->count() > 0 ? box->currentData().toString() : m_settings->string(key);
        box->clear();
        box->addItem(tr("System default"), QString());
        for (const audio::DeviceInfo &d : devices)
            box->addItem(d.isDefault ? tr("%1 (default)").arg(d.description) : d.description,
                         QString::fromUtf8(d.id));
        int at = box->findData(wanted);
        if (at < 0) { // remembered by id, not connected now: keep it, say so
            box->addItem(tr("%1 (not connected)").arg(wanted), wanted);
            at = box->count() - 1;
        }
        box->setCurrentIndex(at);
    };
    const auto inputs = audio::audioInputs();
    const auto outputs = audio::audioOutputs();
    fill(Key::AudioInputDevice, inputs);
    fill(Key::AudioOutputDevice, outputs);
    m_audioNote->setText(
        inputs.isEmpty() || outputs.isEmpty()
            ? tr("<b>No %1 found.</b> Test agent needs a microphone and speakers (or a headset); "
                 "phone calls do not. Check that the sound server (PulseAudio or PipeWire) runs, "
                 "connect a device, then press \"Look for devices again\".")
                  .arg(inputs.isEmpty() && outputs.isEmpty() ? tr("audio devices")
                       : inputs.isEmpty()                    ? tr("microphone")
                                                             : tr("speakers"))
            : tr("Used by Test agent (talk to the agent without a phone). Devices are "
                 "remembered by id; a missing one falls back to the system default."));
}

QVariant SettingsDialog::fieldValue(Key key) const
{
    QWidget *w = m_fields.value(int(key));
    if (key == Key::TwilioNumberAgents) {
        QVariantMap m;
        for (int r = 0; r < m_numberAgents->rowCount(); ++r) {
            const QString number = m_numberAgents->item(r, 0)
                                       ? m_numberAgents->item(r, 0)->text().trimmed()
                                       : QString();
            const QString agent = m_numberAgents->item(r, 1)
                                      ? m_numberAgents->item(r, 1)->text().trimmed()
                                      : QString();
            if (!number.isEmpty() || !agent.isEmpty())
                m.insert(number, agent);
        }
        return m;
    }
    if (auto *e = qobject_cast<QLineEdit *>(w)) {
        if (settings::settingSpec(key).type == SettingType::Secret)
            return e->text().trimmed().toUtf8();
        return e->text().trimmed();
    }
    if (auto *c = qobject_cast<QComboBox *>(w))
        return c->isEditable() ? QVariant(c->currentText().trimmed()) : c->currentData();
    if (auto *s = qobject_cast<QSpinBox *>(w))
        return s->value();
    if (auto *c = qobject_cast<QCheckBox *>(w))
        return c->isChecked();
    return m_settings->value(key);
}

settings::BridgeConfig SettingsDialog::candidate() const
{
    settings::BridgeConfig c = m_settings->toBridgeConfig();
    auto v = [this](Key k) {
        return m_settings->fromEnvironment(k) ? m_settings->value(k) : fieldValue(k);
    };
    c.twilioAccountSid = v(Key::TwilioAccountSid).toString();
    c.twilioAuthToken = v(Key::TwilioAuthToken).toByteArray();
    c.twilioApiKey = v(Key::TwilioApiKeySid).toString().toUtf8();
    c.twilioApiSecret = v(Key::TwilioApiSecret).toByteArray();
    c.twilioApiBase = QUrl(v(Key::TwilioApiBase).toString());
    c.elevenLabsApiKey = v(Key::ElevenLabsApiKey).toByteArray();
    c.elevenLabsApiBase =
        QUrl(settings::elevenLabsRegionBase(v(Key::ElevenLabsApiBase).toString()));
    c.defaultAgentId = v(Key::ElevenLabsDefaultAgent).toString();
    c.elevenLabsWebhookSecret = v(Key::ElevenLabsWebhookSecret).toByteArray();
    c.port = quint16(v(Key::ServerPort).toInt());
    c.bindAddress.setAddress(v(Key::ServerBind).toString());
    c.publicUrl = v(Key::ServerPublicUrl).toString();
    c.convertFormats = v(Key::AudioConvertFormats).toBool();
    c.allowUnsolicitedStreams = v(Key::ServerAllowUnsolicitedStreams).toBool();
    return c;
}

void SettingsDialog::startCheck(const QString &target, int scope)
{
    m_checkTarget = target;
    preflight::Request r;
    r.config = candidate();
    r.scope = scope;
    r.needsPublicUrl = true; // these settings are for real accounts
    r.from = fieldValue(Key::TwilioDefaultFrom).toString();
    if (QLabel *l = m_testResults.value(target))
        l->setText(tr("Checking…"));
    if (target == u"preflight")
        m_preflightSummary->setText(tr("Checking…"));
    m_checkRun = m_engine->runPreflight(r);
}

void SettingsDialog::runPreflight()
{
    startCheck(QStringLiteral("preflight"), preflight::Request::All);
}

void SettingsDialog::onCheck(quint64 runId, const QList<preflight::CheckLine> &lines)
{
    if (runId != m_checkRun || m_checkTarget.isEmpty())
        return; // a run someone else started, or an older one
    const QString target = std::exchange(m_checkTarget, QString());
    // Fill the pickers with what the check found.
    for (const preflight::CheckLine &l : lines) {
        if (l.id == u"twilio.from" && !l.choices.isEmpty()) {
            const QString keep = m_from->currentText();
            m_from->clear();
            m_from->addItems(l.choices);
            m_from->setEditText(keep.isEmpty() ? l.choices.first() : keep);
        } else if (l.id == u"elevenlabs.key" && !l.choices.isEmpty()) {
            const QString keep = m_agent->currentData().toString();
            m_agent->clear();
            for (const QString &c : l.choices) {
                const QString id = c.section(u'\t', 0, 0);
                const QString name = c.section(u'\t', 1);
                m_agent->addItem(QStringLiteral("%1 (%2)").arg(name, id), id);
            }
            const int i = m_agent->findData(keep);
            m_agent->setCurrentIndex(std::max(0, i));
            for (int a = 0; a < std::min(m_agent->count(), 50); ++a)
                m_engine->requestAgentDetails(m_agent->itemData(a).toString());
        }
    }
    if (target == u"preflight") {
        m_preflight->setLines(lines);
        const int fails = preflight::Preflight::count(lines, preflight::Level::Fail);
        const int warns = preflight::Preflight::count(lines, preflight::Level::Warn);
        m_preflightSummary->setText(
            fails   ? tr("<b style='color:#b3261e'>%n problem(s) would stop a real call.</b> "
                           "Select a line and press Go to setting (or Enter).",
                         nullptr, fails)
            : warns ? tr("<b>Ready, with %n warning(s).</b>", nullptr, warns)
                    : tr("<b style='color:#2e7d32'>Ready: every check passed.</b>"));
    } else if (QLabel *l = m_testResults.value(target)) {
        l->setText(PreflightModel::toHtml(lines));
    }
    emit checkFinished();
}

QString SettingsDialog::sectionOf(Key key)
{
    const QString name = QLatin1String(settings::settingSpec(key).name);
    const QString prefix = name.section(u'/', 0, 0);
    if (prefix == u"audio")
        return QStringLiteral("server");
    if (prefix == u"secrets")
        return QStringLiteral("appearance");
    return prefix;
}

void SettingsDialog::save()
{
    if (m_saving)
        return;
    m_error->setVisible(false);
    // 1. Validate everything first: nothing is stored while any field is wrong.
    QList<Key> keys;
    for (Key k : settings::allKeys())
        if (m_fields.contains(int(k)) && !m_settings->fromEnvironment(k))
            keys << k;
    for (Key k : std::as_const(keys)) {
        const QString err = settings::Settings::validate(k, fieldValue(k));
        if (!err.isEmpty()) {
            m_error->setText(err);
            m_error->setVisible(true);
            showSection(sectionOf(k));
            m_fields.value(int(k))->setFocus();
            return;
        }
    }
    // Retention (issue 8 §2): deleting recordings needs a yes.
    const int days = fieldValue(Key::RecordingRetentionDays).toInt();
    const int oldDays = m_settings->integer(Key::RecordingRetentionDays);
    if (keys.contains(Key::RecordingRetentionDays) && days > 0 &&
        (oldDays == 0 || days < oldDays)) {
        const auto answer = QMessageBox::question(
            this, tr("Delete old recordings?"),
            tr("Recordings of calls that ended more than %n day(s) ago will be deleted when the "
               "bridge starts (now, if you restart it). The calls, their transcripts and figures "
               "stay in the history.",
               nullptr, days),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            showSection(QStringLiteral("recording"));
            m_fields.value(int(Key::RecordingRetentionDays))->setFocus();
            return; // nothing saved
        }
    }
    // 2. Non-secret values.
    static const QList<Key> kBridgeKeys{Key::TwilioAccountSid,
                                        Key::TwilioAuthToken,
                                        Key::TwilioApiKeySid,
                                        Key::TwilioApiSecret,
                                        Key::TwilioApiBase,
                                        Key::TwilioNumberAgents,
                                        Key::ElevenLabsApiKey,
                                        Key::ElevenLabsApiBase,
                                        Key::ElevenLabsDefaultAgent,
                                        Key::ElevenLabsWebhookSecret,
                                        Key::ServerPort,
                                        Key::ServerBind,
                                        Key::ServerPublicUrl,
                                        Key::AudioConvertFormats,
                                        Key::RecordingEnabled,
                                        Key::RecordingFolder,
                                        Key::AlarmOneWayAudioMs,
                                        Key::AlarmDeadAirMs,
                                        Key::AlarmAgentSilentMs,
                                        Key::AlarmNotForwardedMs,
                                        Key::AlarmUnpairedCloseMs,
                                        Key::RecordingRetentionDays,
                                        Key::BridgeShards,
                                        Key::ServerAllowUnsolicitedStreams,
                                        Key::StoreUrl,
                                        Key::StorePassword,
                                        Key::MonitorToken};
    bool bridgeChanged = false;
    QList<Key> secrets;
    m_pendingValues.clear();
    m_secretsStored = 0;
    for (Key k : std::as_const(keys)) {
        const QVariant v = fieldValue(k);
        const bool changed = m_settings->value(k) != v;
        if (changed && kBridgeKeys.contains(k))
            bridgeChanged = true;
        if (settings::settingSpec(k).type == SettingType::Secret) {
            if (changed)
                secrets << k;
            continue;
        }
        m_pendingValues.append({k, v});
    }
    // 3. Secrets first, one after the other (the keychain is asynchronous); the plain values
    // are written only once every secret is stored, so a refused or cancelled keychain write
    // leaves the config file as it was (issue 18 #2).
    setSaving(true);
    saveSecrets(secrets, bridgeChanged);
}

void SettingsDialog::setSaving(bool saving)
{
    // One save at a time: a second Save during a keychain write would restart the chain.
    m_saving = saving;
    if (m_saveButton)
        m_saveButton->setEnabled(!saving);
}

void SettingsDialog::saveSecrets(QList<Key> keys, bool bridgeChanged)
{
    if (keys.isEmpty()) {
        for (const auto &[k, v] : std::as_const(m_pendingValues))
            m_settings->set(k, v);
        m_pendingValues.clear();
        setSaving(false);
        finishSave(bridgeChanged);
        return;
    }
    const Key k = keys.first();
    // The keychain answers later: the dialog may be gone by then (closed meanwhile).
    QPointer<SettingsDialog> self = this;
    m_settings->setSecret(
        k, fieldValue(k).toByteArray(),
        [this, self, keys, bridgeChanged](const QString &error) mutable {
            if (!self)
                return;
            if (error.isEmpty()) {
                ++m_secretsStored;
                keys.removeFirst();
                saveSecrets(keys, bridgeChanged);
                return;
            }
            if (error.startsWith(settings::SecretStore::noKeychainPrefix())) {
                // No keychain (issue 7 §2): the user decides, never silently.
                QMessageBox ask(QMessageBox::Warning, tr("No keychain"), error,
                                QMessageBox::NoButton, this);
                auto *session = ask.addButton(tr("Keep for this session"), QMessageBox::AcceptRole);
                auto *file = ask.addButton(tr("Store in a private file"), QMessageBox::AcceptRole);
                ask.addButton(QMessageBox::Cancel);
                ask.setInformativeText(tr("A private file is readable only by your user account, "
                                          "but it is not encrypted."));
                ask.exec();
                if (!self)
                    return;
                if (ask.clickedButton() == session || ask.clickedButton() == file) {
                    m_settings->set(Key::SecretFallback, ask.clickedButton() == file
                                                             ? QStringLiteral("file")
                                                             : QStringLiteral("session"));
                    saveSecrets(keys, bridgeChanged);
                    return;
                }
            }
            m_pendingValues.clear(); // nothing of this save is written
            setSaving(false);
            m_error->setText(
                m_secretsStored == 0
                    ? tr("Nothing was saved: %1").arg(error)
                    : tr("Not saved: %1 (%n secret(s) before it were stored already; the other "
                         "settings were not).",
                         nullptr, m_secretsStored)
                          .arg(error));
            m_error->setVisible(true);
        });
}

void SettingsDialog::finishSave(bool bridgeChanged)
{
    emit saved(bridgeChanged);
    const bool leaveSandbox = m_engine->isSandbox() && m_settings->hasAccounts();
    if (bridgeChanged || leaveSandbox) {
        const int live = m_liveCallCount ? m_liveCallCount() : 0;
        // What happens, what it costs (only when a call is live), then the question.
        QStringList text{leaveSandbox ? tr("Your accounts are set.")
                                      : tr("The bridge restarts to apply these settings.")};
        if (live > 0)
            text << tr("%n call(s) in progress will be hung up.", nullptr, live);
        text << (leaveSandbox ? tr("Leave the sandbox and restart the bridge with them now?")
                              : tr("Restart now?"));
        const QString question = text.join(u' ');
        const auto answer = QMessageBox::question(this, tr("Apply settings"), question);
        if (answer == QMessageBox::Yes) {
            emit restartRequested(false);
            accept();
            return;
        }
    }
    accept();
}

} // namespace patchline::ui
