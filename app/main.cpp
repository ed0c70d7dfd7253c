#include "app/Cli.h"
#include "app/Headless.h"
#include "bridge/Engine.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QSocketNotifier>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

/// Quits the event loop on SIGINT/SIGTERM (self-pipe: the handler only writes a byte).
void installQuitOnSignal(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[0], &c, 1);
        app->quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--headless" || a == "--help" || a == "-h" || a == "--version" || a == "-v" ||
            a == "--help-all")
            return true;
    }
    return false;
}

void loadTranslations(QCoreApplication *app)
{
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("patchline"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        app->installTranslator(own);
}

} // namespace

int main(int argc, char **argv)
{
    // PulseAudio shows us by name and as a phone stream (reference/qt64.md §A3).
    qputenv("PULSE_PROP_OVERRIDE", "application.name='Patchline'");
    qputenv("PULSE_PROP", "media.role=phone");

    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Patchline"));
    QCoreApplication::setApplicationName(QStringLiteral("patchline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATCHLINE_VERSION));
    if (!headless)
        QGuiApplication::setDesktopFileName(QStringLiteral("app.patchline.Patchline"));
    loadTranslations(app.get());

    bool exitNow = false;
    int exitCode = 0;
    patchline::app::CliOptions options =
        patchline::app::parseCommandLine(QCoreApplication::arguments(), &exitNow, &exitCode);
    if (exitNow)
        return exitCode;
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "patchline: %s\n", qPrintable(options.error));
        return 2;
    }
    if (!options.engine.sandbox && options.engine.config.twilioAuthToken.isEmpty() && headless)
        std::fprintf(stderr, "patchline: note: TWILIO_AUTH_TOKEN is not set, so every Twilio "
                             "webhook will be refused (403); set it, or use --sandbox\n");
    if (!headless && options.engine.config.twilioAuthToken.isEmpty() &&
        options.engine.config.elevenLabsApiKey.isEmpty())
        options.engine.sandbox = true; // first run without accounts: the sandbox (issue 7)

    // The agent chosen in the console is the default for real accounts (not the sandbox).
    if (!headless && !options.engine.sandbox && options.engine.config.defaultAgentId.isEmpty())
        options.engine.config.defaultAgentId =
            QSettings().value(QStringLiteral("agents/default")).toString();
    installQuitOnSignal(app.get());
    patchline::bridge::Engine engine(options.engine);
    QString error;
    if (!engine.start(&error)) {
        std::fprintf(stderr, "patchline: %s\n", qPrintable(error));
        return 1;
    }

    if (headless) {
        patchline::app::Headless runner(&engine, options);
        int code = 0;
        QObject::connect(&runner, &patchline::app::Headless::finished, app.get(), [&](int c) {
            code = c;
            QCoreApplication::quit();
        });
        runner.run();
        const int loop = app->exec();
        return code ? code : loop;
    }

    patchline::ui::MainWindow window(&engine);
    window.show();
    return app->exec();
}
