// Issue 20 §3 benchmark: a console's CPU while it watches the live calls of a remote node.
//
//   bench_cluster [CALLS=200] [SECONDS=10] [PATCHLINE_BINARY]
//
// Starts a headless sandbox node (`--calls N --duration S`, monitor token set) and watches it
// as a console does: cluster::ClusterWatch on its own thread, one call watched in full
// (30 Hz, levels), the rest as summaries, every batch delivered to this (the GUI's) thread.
// Prints the console's CPU per call-minute watched and as a share of the node's own CPU, in
// the same run (machines are shared and noisy: compare ratios). Always exits 0.

#include "cluster/ClusterWatch.h"
#include "store/NodeStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <ctime>

using namespace patchline;

namespace {
double processCpuS()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

double threadCpuS()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QString field(const QString &figures, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1=([^ ]+)").arg(name));
    return re.match(figures).captured(1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int calls = args.value(1, QStringLiteral("200")).toInt();
    const int seconds = args.value(2, QStringLiteral("10")).toInt();
    const QString binary = args.value(3, qEnvironmentVariable("PATCHLINE_BINARY"));
    const QByteArray token = "bench-token-0123456789abcdef";
    if (binary.isEmpty()) {
        std::printf("bench_cluster: no patchline binary (argument 3 or PATCHLINE_BINARY)\n");
        return 0;
    }
    QTemporaryDir data, home;
    QProcess node;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATCHLINE_MONITOR_TOKEN"), QString::fromLatin1(token));
    env.insert(QStringLiteral("PATCHLINE_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    node.setProcessEnvironment(env);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(binary,
               {QStringLiteral("--headless"), QStringLiteral("--sandbox"), QStringLiteral("--port"),
                QStringLiteral("0"), QStringLiteral("--no-record"), QStringLiteral("--data-dir"),
                data.path(), QStringLiteral("--node"), QStringLiteral("a"),
                QStringLiteral("--calls"), QString::number(calls), QStringLiteral("--duration"),
                QString::number(seconds)});
    // The node's port, from its "listening on 127.0.0.1:PORT" line.
    QString out;
    int port = 0;
    const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:(\\d+)"));
    while (!port && node.waitForReadyRead(10000)) {
        out += QString::fromUtf8(node.readAll());
        port = listening.match(out).captured(1).toInt();
    }
    if (!port) {
        std::printf("bench_cluster: the node did not start:\n%s\n", qPrintable(out));
        return 0;
    }

    QThread thread;
    thread.setObjectName(QStringLiteral("cluster"));
    thread.start();
    auto *watch = new cluster::ClusterWatch(token, QStringLiteral("console"), {});
    watch->moveToThread(&thread);
    qint64 batches = 0, updates = 0, levels = 0;
    QSet<quint64> seen;
    quint64 watched = 0;
    QObject::connect(
        watch, &cluster::ClusterWatch::updates, &app, [&](const QList<bridge::CallUpdate> &batch) {
            ++batches;
            for (const auto &u : batch) {
                ++updates;
                levels += u.levels.size();
                seen.insert(u.snapshot.id);
                if (!watched && u.snapshot.state == bridge::CallState::Live) {
                    watched = u.snapshot.id; // the call the operator selected
                    QMetaObject::invokeMethod(watch, [watch, id = watched] { watch->watch({id}); });
                }
            }
        });
    QObject::connect(watch, &cluster::ClusterWatch::log, &app,
                     [](const QString &line) { std::printf("console: %s\n", qPrintable(line)); });
    store::NodeInfo info;
    info.name = QStringLiteral("a");
    info.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    info.state = QStringLiteral("up");
    double threadStart = 0;
    QMetaObject::invokeMethod(
        watch,
        [watch, info, &threadStart] {
            threadStart = threadCpuS();
            watch->setNodes({info});
        },
        Qt::BlockingQueuedConnection);
    const double processStart = processCpuS();
    QObject::connect(&node, &QProcess::readyRead, &app,
                     [&] { out += QString::fromUtf8(node.readAll()); });
    QObject::connect(&node, &QProcess::finished, &app, [&] { app.quit(); });
    QTimer::singleShot((seconds + 120) * 1000, &app, [&] { app.quit(); });
    app.exec();
    out += QString::fromUtf8(node.readAll());
    double threadEnd = 0;
    QMetaObject::invokeMethod(
        watch, [&threadEnd] { threadEnd = threadCpuS(); }, Qt::BlockingQueuedConnection);
    const double processEnd = processCpuS();
    QMetaObject::invokeMethod(
        watch, [watch] { delete watch; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    const QString figures =
        out.split(u'\n').filter(QRegularExpression(QStringLiteral("^figures "))).value(0);
    const double callMinutes = field(figures, QStringLiteral("call_minutes")).toDouble();
    const double nodeCpu = field(figures, QStringLiteral("patchline_cpu_s")).toDouble();
    if (callMinutes <= 0) {
        std::printf("bench_cluster: no figures from the node:\n%s\n", qPrintable(out.right(2000)));
        return 0;
    }
    const double consoleCpu = processEnd - processStart;
    const double watchCpu = threadEnd - threadStart;
    std::printf("console watching %d remote calls for %d s (1 in full at 30 Hz, the rest as "
                "summaries): %lld batches, %lld call updates, %lld level steps, %lld calls seen\n",
                calls, seconds, batches, updates, levels, qint64(seen.size()));
    std::printf("console CPU %.3f s (cluster thread %.3f s) = %.4f CPU-s per call-minute "
                "watched; node CPU %.3f s = %.4f CPU-s/cm; console/node = %.3f\n",
                consoleCpu, watchCpu, consoleCpu / callMinutes, nodeCpu, nodeCpu / callMinutes,
                nodeCpu > 0 ? consoleCpu / nodeCpu : 0.0);
    return 0;
}
