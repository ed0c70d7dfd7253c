// `patchline --check` (issue 7 §4): the pre-flight check headless, exit 0 when nothing
// failed and 3 otherwise, run as a real process; and `patchline --replay` the same way.
#include "audio/AudioConverter.h"
#include "audio/WavFile.h"
#include "sim/Scenario.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>

class TestCheckCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v :
             {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
              "ELEVENLABS_API_KEY", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY"})
            env.remove(QLatin1String(v));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p->setProcessEnvironment(env);
        p->start(qEnvironmentVariable("PATCHLINE_BINARY"), args);
        return p;
    }

    /// Reads `p`'s stdout into `*out` until it holds `needle` or `ms` pass.
    static bool readUntil(QProcess *p, QString *out, const QString &needle, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!out->contains(needle) && t.elapsed() < ms) {
            p->waitForReadyRead(200);
            *out += QString::fromUtf8(p->readAllStandardOutput());
        }
        return out->contains(needle);
    }

    /// Sends SIGTERM (as systemd's stop does), waits up to `ms` for the exit and appends the
    /// rest of stdout to `*out`. True when the process exited normally in time.
    static bool terminate(QProcess *p, QString *out, int ms)
    {
        ::kill(pid_t(p->processId()), SIGTERM);
        const bool done = p->waitForFinished(ms);
        *out += QString::fromUtf8(p->readAllStandardOutput());
        return done && p->exitStatus() == QProcess::NormalExit;
    }

    /// A headless sandbox demo call, running until its agent has spoken.
    QProcess *demoCallSpeaking(const QString &drain, QString *out)
    {
        QProcess *p = start({QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                             QStringLiteral("--demo-call"), QStringLiteral("--port"),
                             QStringLiteral("0"), QStringLiteral("--drain"), drain,
                             QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("dd"))});
        if (!readUntil(p, out, QStringLiteral("] agent"), 30000))
            qWarning("no agent line: %s", qPrintable(*out));
        return p;
    }

private slots:
    void sigtermWithoutCallsStopsAtOnce()
    {
        // issue 17 §4: systemd's stop (SIGTERM) on an idle node exits 0 straight away.
        QProcess *p = start({QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                             QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("d0"))});
        QString out;
        QVERIFY2(readUntil(p, &out, QStringLiteral("Ready."), 30000), qPrintable(out));
        QVERIFY2(terminate(p, &out, 10000), qPrintable(out));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("stopping: no live calls")), qPrintable(out));
    }

    void journalGetsPriorityPrefixes()
    {
        // issue 17 §4: under systemd (JOURNAL_STREAM names stdout's device and inode) every
        // line carries a syslog priority; an error is <3>.
        const QString path = m_home.filePath(QStringLiteral("journal.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        struct stat st
        {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("JOURNAL_STREAM"),
                   QStringLiteral("%1:%2").arg(qulonglong(st.st_dev)).arg(qulonglong(st.st_ino)));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        p->setProcessEnvironment(env);
        p->setStandardOutputFile(path, QIODevice::Append);
        p->setStandardErrorFile(path, QIODevice::Append);
        // A bad command line: an error line on stderr.
        p->start(qEnvironmentVariable("PATCHLINE_BINARY"),
                 {QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                  QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                  QStringLiteral("nonsense")});
        QVERIFY(p->waitForFinished(20000));
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray out = f.readAll();
        QVERIFY2(out.startsWith("<3>patchline: --bind 'nonsense'"), out.constData());
        // And stdout: the headless runner's lines are <6>.
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // same inode
        f.close();
        p->start(qEnvironmentVariable("PATCHLINE_BINARY"),
                 {QStringLiteral("--check"), QStringLiteral("--sandbox"), QStringLiteral("--port"),
                  QStringLiteral("0")});
        QVERIFY(p->waitForFinished(30000));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.size() > 3);
        for (const QByteArray &l : lines)
            QVERIFY2(l.isEmpty() || (l.startsWith('<') && l.at(2) == '>'), l.constData());
        QVERIFY(std::any_of(lines.begin(), lines.end(),
                            [](const QByteArray &l) { return l.startsWith("<6>Patchline "); }));
    }

    void sigtermDrainsThenHangsUpLiveCalls()
    {
        // A live call gets --drain seconds, then is hung up; the process exits 0 after the
        // call has ended (its summary is printed), one plain line per event.
        QString out;
        QProcess *p = demoCallSpeaking(QStringLiteral("1"), &out);
        QVERIFY2(out.contains(QStringLiteral("] agent")), qPrintable(out));
        QVERIFY2(terminate(p, &out, 20000), qPrintable(out));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("stopping: new calls are refused")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("stopping: hanging up")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral(" ended: ")), qPrintable(out)); // the summary
        QVERIFY(!out.contains(QChar(0x1b)));
        QVERIFY(!out.contains(u'\r'));
    }

    void sigtermWaitsForTheLiveCallToEnd()
    {
        // Within --drain the call ends by itself (the sandbox caller hangs up): nothing is
        // hung up, and the process exits 0 once the call's session is gone.
        QString out;
        QProcess *p = demoCallSpeaking(QStringLiteral("120"), &out);
        QVERIFY2(terminate(p, &out, 90000), qPrintable(out));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("stopping: every call has ended")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("stopping: hanging up")));
        QVERIFY(out.contains(QStringLiteral(" ended: ")));
    }

    void secondSignalStopsAtOnce()
    {
        QString out;
        QProcess *p = demoCallSpeaking(QStringLiteral("30"), &out);
        ::kill(pid_t(p->processId()), SIGTERM);
        QVERIFY2(readUntil(p, &out, QStringLiteral("stopping: new calls are refused"), 10000),
                 qPrintable(out));
        QVERIFY2(terminate(p, &out, 10000), qPrintable(out));
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(out.contains(QStringLiteral("stopping at once")), qPrintable(out));
    }

    void sandboxPasses()
    {
        QProcess *p = start({QStringLiteral("--check"), QStringLiteral("--sandbox"),
                             QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(p->waitForFinished(30000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("✓ Public URL")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("✓ Agent audio formats")));
        QVERIFY(!out.contains(QStringLiteral("✗")));
    }

    void noAccountsFailsWithFixes()
    {
        QProcess *p =
            start({QStringLiteral("--check"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--dial"), QStringLiteral("+15550123")});
        QVERIFY(p->waitForFinished(30000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QCOMPARE(p->exitCode(), 3);
        QVERIFY2(out.contains(QStringLiteral("✗ Twilio credentials")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("✗ ElevenLabs API key")));
        QVERIFY(out.contains(QStringLiteral("✓ Number to call: +15550123")));
        QVERIFY(out.contains(QStringLiteral("ngrok http")));
    }

    void environmentCredentialsAreUsedAndNeverPrinted()
    {
        QProcess *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"),
                   QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("env_token_never_shown"));
        env.insert(QStringLiteral("ELEVENLABS_API_KEY"), QStringLiteral("xi_env_never_shown"));
        p->setProcessEnvironment(env);
        // Unreachable APIs: the check fails, naming the problem, never the secrets.
        p->start(qEnvironmentVariable("PATCHLINE_BINARY"),
                 {QStringLiteral("--check"), QStringLiteral("--port"), QStringLiteral("0"),
                  QStringLiteral("--twilio-api-base"), QStringLiteral("http://127.0.0.1:9"),
                  QStringLiteral("--elevenlabs-api-base"), QStringLiteral("http://127.0.0.1:9")});
        QVERIFY(p->waitForFinished(60000));
        const QString all =
            QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
        QCOMPARE(p->exitCode(), 3);
        QVERIFY2(all.contains(QStringLiteral("✗ Twilio credentials")), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("never_shown")));
    }

    void replayRunsHeadlessAndPrintsTheCall()
    {
        // A recording as Patchline writes it: caller left (silent through the greeting, then
        // one question), agent right.
        patchline::audio::AudioConverter dec(
            patchline::audio::AudioFormat::telephony(),
            {patchline::audio::AudioFormat::Encoding::Pcm16, 8000});
        const patchline::sim::Clip &said = patchline::sim::clip(QStringLiteral("caller0"));
        QByteArray pcm;
        dec.convert(said.mulaw, pcm);
        const size_t lead = 6 * 8000, n = size_t(pcm.size() / 2);
        std::vector<std::int16_t> st((lead + n + 3 * 8000) * 2, 0);
        for (size_t i = 0; i < n; ++i)
            st[(lead + i) * 2] = reinterpret_cast<const std::int16_t *>(pcm.constData())[i];
        const QString wav = m_home.filePath(QStringLiteral("CAoriginal.wav"));
        QFile f(wav);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(patchline::audio::encodeWav(st, 8000, 2));
        f.close();

        QProcess *p = start({QStringLiteral("--sandbox"), QStringLiteral("--replay"), wav,
                             QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("rd"))});
        QVERIFY(p->waitForFinished(60000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("replaying the caller side of")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("caller: ") + said.text));
        QVERIFY(out.contains(QStringLiteral("over 1 turns")));
        QVERIFY(out.contains(QStringLiteral("caller hung up"))); // at the end of the track
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_checkcli.moc"
