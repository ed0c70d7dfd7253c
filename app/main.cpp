#include "app/Cli.h"
#include "app/Headless.h"
#include "app/LogSink.h"
#include "engine/Engine.h"
#include "settings/Redact.h"
#include "settings/SecretStore.h"
#include "settings/Settings.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

/// Calls `onStop` on the main thread for each SIGINT/SIGTERM (self-pipe: the handler only
/// writes a byte).
void installStopOnSignal(QCoreApplication *app, std::function<void()> onStop)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [onStop = std::move(onStop)] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[0], &c, 1);
        onStop();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

/// Raises the open-file limit to its hard limit (issue 15 §2): every call holds two
/// sockets, every HTTP client one. Warns when even the hard limit is below what 1,000 calls
/// and the HTTP front's connection cap need.
void raiseFileLimit()
{
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    if (rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    constexpr rlim_t kNeeded = 1000 * 2 + 256 + 64;
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < kNeeded)
        patchline::app::logLine(patchline::app::LogPriority::Warning,
                                QStringLiteral("warning: the open-file limit is %1; about %2 are "
                                               "needed for 1,000 calls (raise LimitNOFILE or "
                                               "'ulimit -n')")
                                    .arg(rl.rlim_cur)
                                    .arg(kNeeded));
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--check" || a == "--replay" || a.startsWith("--replay=") ||
            a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // PulseAudio shows us by name and as a phone stream (reference/qt64.md §A3).
    qputenv("PULSE_PROP_OVERRIDE", "application.name='Patchline'");
    qputenv("PULSE_PROP", "media.role=phone");

    raiseFileLimit();
    // issue 16 §4: whatever Patchline creates (database, recordings, exports, settings) is
    // the owner's only; Storage also sets the modes explicitly.
    umask(077);
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Patchline"));
    QCoreApplication::setApplicationName(QStringLiteral("patchline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHLINE_VERSION));
    if (!headless) {
        QGuiApplication::setDesktopFileName(QStringLiteral("io.patchline.Patchline"));
        QApplication::setWindowIcon(patchline::ui::Icons::application());
    }
    // Qt's own messages as journald-friendly lines; redacted in front of that (issue 17 §4).
    patchline::app::installLogMessageHandler();
    patchline::settings::installRedactingMessageHandler();

    // Settings: non-secret values in QSettings, secrets in the OS keychain (or the fallback the
    // user chose), the environment on top (issue 7). PATCHLINE_NO_KEYCHAIN=1 skips the keychain.
    QSettings qsettings;
    patchline::settings::SecretStore::Options secretOptions;
    secretOptions.useKeychain = qEnvironmentVariableIntValue("PATCHLINE_NO_KEYCHAIN") != 1;
    patchline::settings::SecretStore secrets(secretOptions);
    patchline::settings::Settings settings(&qsettings, &secrets);
    patchline::ui::installTranslations(
        app.get(), settings.string(patchline::settings::Key::AppearanceLanguage));
    // PATCHLINE_THEME (light, dark) overrides the setting for one run (screenshots).
    if (auto *gui = qobject_cast<QApplication *>(app.get()))
        patchline::ui::Theme::apply(
            gui, qEnvironmentVariable("PATCHLINE_THEME",
                                      settings.string(patchline::settings::Key::AppearanceTheme)));
    std::unique_ptr<patchline::engine::Engine> engine;
    std::unique_ptr<patchline::app::Headless> runner;
    std::unique_ptr<patchline::ui::MainWindow> window;
    int exitCode = 0;
    bool forceSandbox = false; // the user chose "Use the sandbox" in the settings pane

    // Resolves the configuration and starts the engine plus the window or the headless runner.
    // Runs again (in-process) when the settings pane asks for a restart.
    std::function<void(const QStringList &)> startup = [&](const QStringList &secretNotes) {
        // A restart (settings saved) keeps the calls the operator was looking at and the
        // window's arrangement (issue 18: the list emptied on every save).
        QList<patchline::bridge::CallUpdate> carried;
        if (window) {
            window->saveWindowState();
            carried = window->carryOverCalls();
        }
        window.reset();
        runner.reset();
        engine.reset();
        patchline::app::CliDefaults defaults{
            settings.toBridgeConfig(),
            settings.string(patchline::settings::Key::TwilioDefaultFrom)};
        bool exitNow = false;
        patchline::app::CliOptions options = patchline::app::parseCommandLine(
            QCoreApplication::arguments(), &exitNow, &exitCode, defaults);
        if (exitNow) {
            QCoreApplication::exit(exitCode);
            return;
        }
        if (!options.error.isEmpty()) {
            patchline::app::logLine(patchline::app::LogPriority::Error, options.error);
            exitCode = 2;
            QCoreApplication::exit(exitCode);
            return;
        }
        for (const QString &note : secretNotes)
            patchline::app::logLine(patchline::app::LogPriority::Notice,
                                    QStringLiteral("note: secrets: ") + note);
        if (!options.engine.sandbox && options.engine.config.twilioAuthToken.isEmpty() &&
            headless && !options.check)
            patchline::app::logLine(patchline::app::LogPriority::Warning,
                                    QStringLiteral("note: TWILIO_AUTH_TOKEN is not set, so every "
                                                   "Twilio webhook will be refused (403); set it, "
                                                   "or use --sandbox"));
        // First run without accounts: the sandbox, with a banner offering the settings (§5).
        if (!headless && (!settings.hasAccounts() || forceSandbox))
            options.engine.sandbox = true;

        options.engine.config.liveView = !headless; // nobody reads levels or wire rows there
        options.engine.watchCluster = !headless;    // a console shows the other nodes' calls
        engine = std::make_unique<patchline::engine::Engine>(options.engine);
        QString error;
        if (!engine->start(&error)) {
            patchline::app::logLine(patchline::app::LogPriority::Error, error);
            exitCode = 1;
            if (headless) {
                QCoreApplication::exit(exitCode);
                return;
            }
        }
        if (headless) {
            runner = std::make_unique<patchline::app::Headless>(engine.get(), options);
            QObject::connect(runner.get(), &patchline::app::Headless::finished, app.get(),
                             [&](int c) {
                                 exitCode = c;
                                 QCoreApplication::exit(c);
                             });
            runner->run();
            return;
        }
        exitCode = 0;
        window = std::make_unique<patchline::ui::MainWindow>(engine.get(), &settings);
        window->adoptCalls(carried);
        QObject::connect(window.get(), &patchline::ui::MainWindow::restartRequested, app.get(),
                         [&](bool sandbox) {
                             forceSandbox = sandbox;
                             patchline::app::logLine(
                                 patchline::app::LogPriority::Info,
                                 sandbox ? QStringLiteral("restarting the bridge in the sandbox")
                                         : QStringLiteral("restarting the bridge"));
                             // After the window's slot has returned: it is deleted by startup.
                             QTimer::singleShot(0, app.get(), [&] { startup({}); });
                         });
        if (!error.isEmpty())
            window->showStartupError(error, engine->startErrorSection());
        for (const QString &note : secretNotes)
            window->showSecretsNote(note);
        window->show();
    };
    // Headless: a graceful stop (drain, issue 17 §4); the window quits (its close asks first).
    installStopOnSignal(app.get(), [&] {
        if (runner)
            runner->stop();
        else
            QCoreApplication::quit();
    });
    // Async (keychain); startup always runs inside the event loop, so exit() works.
    settings.loadSecrets([&](const QStringList &notes) {
        QTimer::singleShot(0, app.get(), [&, notes] { startup(notes); });
    });
    const int loop = app->exec();
    window.reset();
    runner.reset();
    engine.reset();
    // Qt's default handler again: logLine()'s sink is a static that exit() destroys.
    qInstallMessageHandler(nullptr);
    return exitCode ? exitCode : loop;
}
