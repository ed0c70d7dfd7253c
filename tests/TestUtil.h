#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace patchline::test {

/// Spins the event loop until `done()` or the timeout; returns done().
inline bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

/// Starts `PATCHLINE_BINARY --headless --sandbox --port 0 --data-dir <dataDir>` plus `args`
/// as a node of its own: no keychain, HOME in `home`, output merged, `env` added.
inline void startHeadlessNode(QProcess &p, const QString &dataDir, const QString &home,
                              const QStringList &args,
                              const QList<QPair<QString, QString>> &env = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PATCHLINE_NO_KEYCHAIN"), QStringLiteral("1"));
    e.insert(QStringLiteral("HOME"), home);
    for (const auto &[k, v] : env)
        e.insert(k, v);
    p.setProcessEnvironment(e);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(qEnvironmentVariable("PATCHLINE_BINARY"),
            QStringList{QStringLiteral("--headless"), QStringLiteral("--sandbox"),
                        QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                        dataDir} +
                args);
}

} // namespace patchline::test
