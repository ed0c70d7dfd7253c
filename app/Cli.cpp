#include "app/Cli.h"

#include "audio/AudioConverter.h"
#include "campaign/CampaignCsv.h"
#include "settings/StoreLocation.h"
#include "twilio/E164.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include <cstdio>

namespace patchline::app {

CliOptions parseCommandLine(const QStringList &arguments, bool *exitNow, int *exitCode,
                            const CliDefaults &defaults)
{
    CliOptions o;
    o.engine.config = defaults.config;
    *exitNow = false;
    *exitCode = 0;
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "cli", "Patchline bridges Twilio phone calls to ElevenLabs Conversational AI agents "
               "and shows an operator what happens."));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("cli", "Use the built-in simulated carrier and agent."));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("cli", "Run the bridge without a window (servers)."));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QCoreApplication::translate("cli", "HTTP/WebSocket port (default 8787, 0 = any)."),
        QStringLiteral("port"));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        QCoreApplication::translate("cli", "Address to listen on (default 127.0.0.1)."),
        QStringLiteral("address"));
    const QCommandLineOption publicUrl(
        QStringLiteral("public-url"),
        QCoreApplication::translate(
            "cli", "Public https:// base URL Twilio uses to reach this app (your tunnel)."),
        QStringLiteral("url"));
    const QCommandLineOption agent(
        QStringLiteral("agent"), QCoreApplication::translate("cli", "Default ElevenLabs agent id."),
        QStringLiteral("id"));
    const QCommandLineOption demo(
        QStringLiteral("demo-call"),
        QCoreApplication::translate(
            "cli", "Place one sandbox call, print its transcript and figures, exit."));
    const QCommandLineOption calls(
        QStringLiteral("calls"),
        QCoreApplication::translate("cli", "Load benchmark: run N concurrent sandbox calls."),
        QStringLiteral("N"));
    const QCommandLineOption duration(
        QStringLiteral("duration"),
        QCoreApplication::translate("cli",
                                    "Load benchmark: length of each call in seconds (default 10)."),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption abuse(
        QStringLiteral("abuse"),
        QCoreApplication::translate(
            "cli", "Load benchmark: while the calls run, attack the server over loopback (a 20 MB "
                   "POST, an endless header, 2,000 idle connections, slowloris) and report what "
                   "the calls and the attackers saw."));
    const QCommandLineOption shards(
        QStringLiteral("shards"),
        QCoreApplication::translate(
            "cli", "Bridge threads; each call lives on one (default: one per core)."),
        QStringLiteral("K"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("cli", "Folder for the call log and recordings."),
        QStringLiteral("dir"));
    const QCommandLineOption storeUrl(
        QStringLiteral("store"),
        QCoreApplication::translate(
            "cli", "The call log's database: postgresql://user@host[:port]/database (password "
                   "from PATCHLINE_STORE_PASSWORD, PGPASSWORD or ~/.pgpass); default: "
                   "patchline.sqlite in the data folder."),
        QStringLiteral("url"));
    const QCommandLineOption node(
        QStringLiteral("node"),
        QCoreApplication::translate("cli", "This node's name on a shared database (letters, "
                                           "digits, '.', '_', '-'; default: none)."),
        QStringLiteral("name"));
    const QCommandLineOption lease(
        QStringLiteral("lease"),
        QCoreApplication::translate(
            "cli", "With --node: seconds without a heartbeat after which another node marks "
                   "this node's live calls interrupted (default 30; heartbeats every third)."),
        QStringLiteral("S"));
    const QCommandLineOption noRecord(QStringLiteral("no-record"),
                                      QCoreApplication::translate("cli", "Do not record calls."));
    const QCommandLineOption formats(
        QStringLiteral("sandbox-formats"),
        QCoreApplication::translate("cli",
                                    "Audio formats the sandbox agent announces, IN/OUT "
                                    "(default ulaw_8000/ulaw_8000, e.g. pcm_16000/pcm_44100)."),
        QStringLiteral("in/out"));
    const QCommandLineOption elevenBase(
        QStringLiteral("elevenlabs-api-base"),
        QCoreApplication::translate("cli", "ElevenLabs API base: a URL, or us / eu / in for the "
                                           "regional and data-residency hosts (default "
                                           "https://api.elevenlabs.io)."),
        QStringLiteral("url"));
    const QCommandLineOption dial(
        QStringLiteral("dial"),
        QCoreApplication::translate("cli", "Place an outbound call to this E.164 number through "
                                           "Twilio's REST API, print it, exit when it ends."),
        QStringLiteral("number"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("cli", "Caller ID for --dial: one of the account's numbers."),
        QStringLiteral("number"));
    const QCommandLineOption var(
        QStringLiteral("var"),
        QCoreApplication::translate("cli", "Dynamic variable for --dial, name=value (repeatable)."),
        QStringLiteral("name=value"));
    const QCommandLineOption twilioBase(
        QStringLiteral("twilio-api-base"),
        QCoreApplication::translate("cli",
                                    "Twilio REST base URL (default https://api.twilio.com)."),
        QStringLiteral("url"));
    const QCommandLineOption check(
        QStringLiteral("check"),
        QCoreApplication::translate("cli", "Run the pre-flight check (credentials, numbers, "
                                           "public URL, agent), print it and exit: 0 when "
                                           "nothing failed, 3 otherwise. With --dial/--from/--var "
                                           "it checks that call too."));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        QCoreApplication::translate(
            "cli", "Replay a call recording's caller side (left channel) to the agent through "
                   "the bridge at real-time pace, with no phone; print the transcript and "
                   "figures, exit (implies --headless)."),
        QStringLiteral("recording.wav"));
    const QCommandLineOption drain(
        QStringLiteral("drain"),
        QCoreApplication::translate(
            "cli", "Headless: on SIGTERM or Ctrl+C refuse new calls and give live calls up to S "
                   "seconds to end (default 30), then hang up the rest and exit."),
        QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption campaignFile(
        QStringLiteral("campaign"),
        QCoreApplication::translate(
            "cli", "Dial every row of a campaign CSV (a phone_number column; other columns are "
                   "dynamic variables) with --from and --agent, print progress and a summary, "
                   "exit 0 when every row reached a final state (implies --headless). Run the "
                   "same command again to resume an interrupted campaign."),
        QStringLiteral("file.csv"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        QCoreApplication::translate("cli", "Campaign: calls at once, 1-50 (default 1). Suite: "
                                           "replays at once, 1-20 (default 3)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption cps(
        QStringLiteral("cps"),
        QCoreApplication::translate(
            "cli", "Campaign: calls created per second, 0.1-100 (default 1, Twilio's default "
                   "account limit)."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption attempts(
        QStringLiteral("attempts"),
        QCoreApplication::translate(
            "cli", "Campaign: attempts per number for busy or no-answer, 1-10 (default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption retrySpacing(
        QStringLiteral("retry-spacing"),
        QCoreApplication::translate("cli", "Campaign: seconds between attempts (default 300)."),
        QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption callingWindow(
        QStringLiteral("calling-window"),
        QCoreApplication::translate("cli", "Campaign: call only between these local times of "
                                           "the callee, e.g. 09:00-20:00."),
        QStringLiteral("HH:MM-HH:MM"));
    const QCommandLineOption timeZone(
        QStringLiteral("timezone"),
        QCoreApplication::translate(
            "cli", "Campaign: time zone for numbers whose country has several (e.g. "
                   "America/New_York), for --calling-window."),
        QStringLiteral("zone"));
    const QCommandLineOption results(
        QStringLiteral("results"),
        QCoreApplication::translate(
            "cli", "Campaign: when it ends, write one CSV line per recipient with its outcome "
                   "and ElevenLabs' analysis to this file."),
        QStringLiteral("file.csv"));
    const QCommandLineOption suiteName(
        QStringLiteral("suite"),
        QCoreApplication::translate(
            "cli", "Run the regression suite NAME: replay each recorded call in it to its own "
                   "agent (or --agent), judge each against its original by the suite's rules, "
                   "print the verdicts, exit 0 when every case passed, 3 when any failed "
                   "(implies --headless)."),
        QStringLiteral("name"));
    const QCommandLineOption junit(
        QStringLiteral("junit"),
        QCoreApplication::translate("cli", "Suite: write the verdicts as JUnit XML to this file "
                                           "(for a CI job)."),
        QStringLiteral("file.xml"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("cli", "Suite: write the report as one self-contained HTML "
                                           "file (transcript differences, figures, waveforms)."),
        QStringLiteral("file.html"));
    const QCommandLineOption amd(
        QStringLiteral("amd"),
        QCoreApplication::translate("cli", "Campaign: answering-machine detection on."));
    // The order --help and patchline(1) list them in: the everyday ones first.
    p.addOptions({sandbox,   headless,  port,         bind,          publicUrl,    agent,
                  dataDir,   storeUrl,  node,         lease,         noRecord,     check,
                  dial,      from,      var,          replay,        campaignFile, concurrency,
                  cps,       attempts,  retrySpacing, callingWindow, timeZone,     amd,
                  results,   suiteName, junit,        report,        drain,        demo,
                  calls,     duration,  abuse,        shards,        formats,      elevenBase,
                  twilioBase});

    if (!p.parse(arguments)) {
        o.error = p.errorText() + QStringLiteral("; see --help");
        return o;
    }
    if (p.isSet(help)) {
        std::fputs(qPrintable(p.helpText()), stdout);
        *exitNow = true;
        return o;
    }
    if (p.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitNow = true;
        return o;
    }

    auto &cfg = o.engine.config;
    o.engine.sandbox = p.isSet(sandbox);
    o.check = p.isSet(check);
    o.headless = p.isSet(headless) || o.check || p.isSet(replay);
    o.demoCall = p.isSet(demo);
    if (p.isSet(replay)) {
        o.replayPath = p.value(replay);
        if (!QFileInfo(o.replayPath).isFile()) {
            o.error = QCoreApplication::translate(
                          "cli", "--replay '%1': no such file; give the path of a call "
                                 "recording (the history's review pane shows it)")
                          .arg(o.replayPath);
            return o;
        }
    }
    bool ok = false;
    if (p.isSet(port)) {
        const int portValue = p.value(port).toInt(&ok);
        if (!ok || portValue < 0 || portValue > 65535) {
            o.error =
                QCoreApplication::translate("cli", "--port '%1' is not a port number; use 0-65535")
                    .arg(p.value(port));
            return o;
        }
        cfg.port = quint16(portValue);
    }
    if (p.isSet(bind) && !cfg.bindAddress.setAddress(p.value(bind))) {
        o.error = QCoreApplication::translate(
                      "cli", "--bind '%1' is not an IP address; use e.g. 127.0.0.1")
                      .arg(p.value(bind));
        return o;
    }
    if (p.isSet(publicUrl)) {
        const QUrl u(p.value(publicUrl));
        if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") ||
            u.host().isEmpty() || u.hasQuery()) {
            o.error =
                QCoreApplication::translate(
                    "cli", "--public-url '%1' is not a base URL; use e.g. https://abc.ngrok.app")
                    .arg(p.value(publicUrl));
            return o;
        }
        cfg.publicUrl = p.value(publicUrl);
    }
    if (p.isSet(elevenBase)) {
        // reference/elevenlabs.md §1.1: regional hosts share the same paths.
        static const QHash<QString, QString> kHosts{
            {QStringLiteral("us"), QStringLiteral("https://api.us.elevenlabs.io")},
            {QStringLiteral("eu"), QStringLiteral("https://api.eu.residency.elevenlabs.io")},
            {QStringLiteral("in"), QStringLiteral("https://api.in.residency.elevenlabs.io")},
            {QStringLiteral("default"), QStringLiteral("https://api.elevenlabs.io")}};
        const QString v = p.value(elevenBase);
        const QUrl u(kHosts.value(v, v));
        if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") ||
            u.host().isEmpty()) {
            o.error = QCoreApplication::translate(
                          "cli", "--elevenlabs-api-base '%1' is not a URL or one of us, eu, in")
                          .arg(v);
            return o;
        }
        cfg.elevenLabsApiBase = u;
    }
    if (p.isSet(agent))
        cfg.defaultAgentId = p.value(agent);
    if (p.isSet(dataDir))
        cfg.dataDir = p.value(dataDir);
    if (p.isSet(storeUrl)) {
        QString why;
        settings::StoreLocation::parse(p.value(storeUrl), &why);
        if (!why.isEmpty()) {
            o.error = QStringLiteral("--store: ") + why;
            return o;
        }
        cfg.storeUrl = p.value(storeUrl);
    }
    if (p.isSet(node)) {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]{1,63}$"));
        if (!name.match(p.value(node)).hasMatch()) {
            o.error = QCoreApplication::translate("cli", "--node '%1' is not a node name; use 1 "
                                                         "to 63 letters, digits, '.', '_' or '-'")
                          .arg(p.value(node).left(80));
            return o;
        }
        cfg.nodeName = p.value(node);
    }
    if (p.isSet(lease)) {
        bool ok = false;
        const double s = p.value(lease).toDouble(&ok);
        if (!ok || s < 1.5 || s > 3600) {
            o.error = QCoreApplication::translate("cli", "--lease '%1' is not a number of seconds "
                                                         "from 1.5 to 3600")
                          .arg(p.value(lease).left(40));
            return o;
        }
        cfg.nodeLeaseMs = int(s * 1000);
    }
    if (p.isSet(noRecord))
        cfg.record = false;
    if (p.isSet(twilioBase)) {
        const QUrl u(p.value(twilioBase));
        if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") ||
            u.host().isEmpty()) {
            o.error = QCoreApplication::translate("cli", "--twilio-api-base '%1' is not a URL; use "
                                                         "e.g. https://api.dublin.ie1.twilio.com")
                          .arg(p.value(twilioBase));
            return o;
        }
        cfg.twilioApiBase = u;
    }
    o.dial.from = p.isSet(from) ? p.value(from) : defaults.defaultFrom;
    if (p.isSet(sandbox) && !p.isSet(from))
        o.dial.from = QStringLiteral("+15550100"); // the sandbox account's number
    o.dial.agentId = p.value(agent);
    if (p.isSet(dial)) {
        QString why;
        const QString to = twilio::normalizeE164(p.value(dial), &why);
        if (to.isEmpty()) {
            o.error = QCoreApplication::translate("cli", "--dial: %1").arg(why);
            return o;
        }
        o.dial.to = to;
        if (o.dial.from.isEmpty() && !o.check) {
            o.error = QCoreApplication::translate("cli", "--dial needs --from with one of the "
                                                         "Twilio account's numbers (or a default "
                                                         "From number in the settings)");
            return o;
        }
    }
    for (const QString &kv : p.values(var)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0) {
            o.error = QCoreApplication::translate("cli", "--var '%1' is not name=value; use e.g. "
                                                         "--var customer_name=Ada")
                          .arg(kv);
            return o;
        }
        o.dial.variables.insert(kv.left(eq), kv.mid(eq + 1));
    }

    if (p.isSet(calls)) {
        o.loadCalls = p.value(calls).toInt(&ok);
        if (!ok || o.loadCalls < 1 || o.loadCalls > 5000) {
            o.error =
                QCoreApplication::translate("cli", "--calls '%1' must be a number from 1 to 5000")
                    .arg(p.value(calls));
            return o;
        }
        o.loadDurationS = p.value(duration).toInt(&ok);
        if (!ok || o.loadDurationS < 1 || o.loadDurationS > 3600) {
            o.error =
                QCoreApplication::translate("cli", "--duration '%1' must be 1 to 3600 seconds")
                    .arg(p.value(duration));
            return o;
        }
    }
    if (p.isSet(shards)) {
        const int k = p.value(shards).toInt(&ok);
        if (!ok || k < 1 || k > 64) {
            o.error = QCoreApplication::translate(
                          "cli", "--shards '%1' must be a number of threads from 1 to 64")
                          .arg(p.value(shards));
            return o;
        }
        o.engine.config.shards = k;
    }
    o.drainS = p.value(drain).toInt(&ok);
    if (!ok || o.drainS < 0 || o.drainS > 3600) {
        o.error = QCoreApplication::translate("cli", "--drain '%1' must be 0 to 3600 seconds")
                      .arg(p.value(drain));
        return o;
    }
    o.abuse = p.isSet(abuse);
    if (o.abuse && !o.loadCalls) {
        o.error = QCoreApplication::translate("cli", "--abuse goes with --calls N");
        return o;
    }
    if (p.isSet(formats)) {
        const QStringList f = p.value(formats).split(u'/');
        if (f.size() != 2 || !audio::AudioFormat::parse(f.at(0)) ||
            !audio::AudioFormat::parse(f.at(1))) {
            o.error = QCoreApplication::translate(
                          "cli", "--sandbox-formats '%1' is not IN/OUT with formats like "
                                 "ulaw_8000, pcm_16000, pcm_22050, pcm_24000, pcm_44100, pcm_48000")
                          .arg(p.value(formats));
            return o;
        }
        o.engine.sandboxAgentInputFormat = f.at(0);
        o.engine.sandboxAgentOutputFormat = f.at(1);
    }
    if (p.isSet(campaignFile)) {
        o.headless = true;
        o.campaignPath = p.value(campaignFile);
        QFile f(o.campaignPath);
        if (!f.open(QIODevice::ReadOnly)) {
            o.error = QCoreApplication::translate(
                          "cli", "--campaign '%1' cannot be read (%2); give the path of a CSV "
                                 "file with a phone_number column")
                          .arg(o.campaignPath, f.errorString());
            return o;
        }
        // One byte over the limit is enough for the parser to refuse it with its own words.
        o.campaignCsv = f.read(campaign::kMaxCsvBytes + 1);
        auto &c = o.campaign;
        c.name = QFileInfo(o.campaignPath).completeBaseName();
        c.agentId = o.dial.agentId;
        c.from = o.dial.from;
        if (c.from.isEmpty()) {
            o.error = QCoreApplication::translate("cli", "--campaign needs --from with one of "
                                                         "the Twilio account's numbers (or a "
                                                         "default From number in the settings)");
            return o;
        }
        const auto intIn = [&](const QCommandLineOption &opt, int lo, int hi, int *out) {
            bool good = false;
            const int v = p.value(opt).toInt(&good);
            if (!good || v < lo || v > hi) {
                o.error = QCoreApplication::translate("cli", "--%1 '%2' must be a whole number "
                                                             "from %3 to %4")
                              .arg(opt.names().constFirst(), p.value(opt))
                              .arg(lo)
                              .arg(hi);
                return false;
            }
            *out = v;
            return true;
        };
        if (!intIn(concurrency, 1, 50, &c.concurrency) ||
            !intIn(attempts, 1, 10, &c.retry.maxAttempts) ||
            !intIn(retrySpacing, 0, 7 * 86400, &c.retry.spacingSecs))
            return o;
        c.cps = p.value(cps).toDouble(&ok);
        if (!ok || c.cps < 0.1 || c.cps > 100) {
            o.error = QCoreApplication::translate("cli", "--cps '%1' must be a number from 0.1 "
                                                         "to 100 calls per second")
                          .arg(p.value(cps));
            return o;
        }
        if (p.isSet(callingWindow)) {
            const QStringList parts = p.value(callingWindow).split(u'-');
            const QTime a = QTime::fromString(parts.value(0).trimmed(), u"HH:mm");
            const QTime b = QTime::fromString(parts.value(1).trimmed(), u"HH:mm");
            if (parts.size() != 2 || !a.isValid() || !b.isValid() || a == b) {
                o.error = QCoreApplication::translate("cli", "--calling-window '%1' is not two "
                                                             "different times HH:MM-HH:MM; use "
                                                             "e.g. 09:00-20:00")
                              .arg(p.value(callingWindow));
                return o;
            }
            c.window = {true, a, b};
        }
        if (p.isSet(timeZone)) {
            if (!QTimeZone(p.value(timeZone).toLatin1()).isValid()) {
                o.error = QCoreApplication::translate("cli", "--timezone '%1' is not a time "
                                                             "zone; use an IANA name such as "
                                                             "America/New_York")
                              .arg(p.value(timeZone));
                return o;
            }
            c.timeZone = p.value(timeZone);
        }
        c.machineDetection = p.isSet(amd);
        o.resultsPath = p.value(results);
    }
    if (p.isSet(suiteName)) {
        o.headless = true;
        if (p.isSet(campaignFile) || p.isSet(dial) || p.isSet(check) || p.isSet(replay)) {
            o.error =
                QCoreApplication::translate("cli", "--suite runs alone: leave out --campaign, "
                                                   "--dial, --check and --replay");
            return o;
        }
        o.suiteName = p.value(suiteName).trimmed();
        if (o.suiteName.isEmpty() || o.suiteName.size() > 80) {
            o.error = QCoreApplication::translate("cli", "--suite '%1' is not a suite name; give "
                                                         "the name shown in Regression suites")
                          .arg(p.value(suiteName).left(80));
            return o;
        }
        o.suiteAgentId = p.value(agent); // empty: each case's own agent
        o.junitPath = p.value(junit);
        o.reportPath = p.value(report);
        if (p.isSet(concurrency)) {
            bool good = false;
            o.suiteConcurrency = p.value(concurrency).toInt(&good);
            if (!good || o.suiteConcurrency < 1 || o.suiteConcurrency > 20) {
                o.error = QCoreApplication::translate("cli", "--concurrency '%1' must be a whole "
                                                             "number from 1 to 20 for --suite")
                              .arg(p.value(concurrency));
                return o;
            }
        }
    } else if (p.isSet(junit) || p.isSet(report)) {
        o.error = QCoreApplication::translate("cli", "--junit and --report need --suite NAME");
        return o;
    }
    if ((o.demoCall || o.loadCalls) && !o.engine.sandbox) {
        o.error = QCoreApplication::translate("cli", "--demo-call and --calls need --sandbox");
        return o;
    }
    return o;
}

} // namespace patchline::app
