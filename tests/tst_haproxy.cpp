// Issue 20 §4 with HAProxy itself: the shipped packaging/haproxy.cfg.example (only its
// addresses replaced) in front of two headless sandbox nodes. New requests are balanced over
// both; a node stopping with SIGTERM while a call is live says 503 on /health, HAProxy routes
// new requests to the other node, and requests for the draining node's own host name (its
// stream URLs) still reach it.

#include "TestUtil.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace patchline;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestHaproxy : public QObject
{
    Q_OBJECT

    struct Node
    {
        QProcess process;
        QString out;
        quint16 port = 0;
    };

    void startNode(Node &n, const QString &dir, const QStringList &extra)
    {
        test::startHeadlessNode(n.process, dir, dir,
                                QStringList{QStringLiteral("--no-record")} + extra);
        const QRegularExpression listening(QStringLiteral("listening on [0-9.]+:(\\d+)"));
        test::waitFor(
            [&] {
                n.out += QString::fromUtf8(n.process.readAll());
                n.port = quint16(listening.match(n.out).captured(1).toUInt());
                return n.port != 0;
            },
            20000);
    }

    /// GET `path` through HAProxy; the server that answered (X-Served-By) and the status.
    QPair<QString, int> get(const QString &path, const QByteArray &host = {})
    {
        QNetworkRequest rq(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_front).arg(path)));
        if (!host.isEmpty())
            rq.setRawHeader("Host", host);
        std::unique_ptr<QNetworkReply> r(m_nam.get(rq));
        test::waitFor([&] { return r->isFinished(); }, 10000);
        return {QString::fromLatin1(r->rawHeader("X-Served-By")),
                r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
    }

private slots:
    void drainingNodeIsRoutedAround()
    {
        const QString haproxy = QStandardPaths::findExecutable(
            QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        QVERIFY2(!haproxy.isEmpty(), "haproxy is not installed (packaging/dev test installs it)");
        QTemporaryDir dirA, dirB, work;
        Node a, b;
        // A holds a minute-long call, so SIGTERM leaves it draining (up to --drain 30 s).
        startNode(a, dirA.path(),
                  {QStringLiteral("--node"), QStringLiteral("n1"), QStringLiteral("--calls"),
                   QStringLiteral("1"), QStringLiteral("--duration"), QStringLiteral("60")});
        startNode(b, dirB.path(), {QStringLiteral("--node"), QStringLiteral("n2")});
        QVERIFY2(a.port && b.port, qPrintable(a.out + b.out));
        const auto stop = qScopeGuard([&] {
            for (QProcess *p : {&a.process, &b.process}) {
                p->kill();
                p->waitForFinished(5000);
            }
        });

        // The shipped example, its addresses replaced: plain HTTP on a free port, the two
        // nodes, a response header naming the server (for this test only).
        QFile example(QStringLiteral(PATCHLINE_SOURCE_DIR "/packaging/haproxy.cfg.example"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QString cfg = QString::fromUtf8(example.readAll());
        m_front = freePort();
        QVERIFY(m_front);
        const qsizetype before = cfg.size();
        cfg.replace(QRegularExpression(QStringLiteral("bind :443 [^\\n]*")),
                    QStringLiteral("bind 127.0.0.1:%1").arg(m_front));
        cfg.replace(QStringLiteral("10.0.0.11:8787"), QStringLiteral("127.0.0.1:%1").arg(a.port));
        cfg.replace(QStringLiteral("10.0.0.12:8787"), QStringLiteral("127.0.0.1:%1").arg(b.port));
        cfg.replace(QStringLiteral("    balance leastconn\n"),
                    QStringLiteral("    balance leastconn\n    http-response set-header "
                                   "X-Served-By %s\n"));
        cfg.replace(QStringLiteral("log stdout format raw local0"), QString());
        // A test machine's file limit (ulimit -n) is below what maxconn 20000 needs.
        cfg.replace(QStringLiteral("maxconn 20000"), QStringLiteral("maxconn 500"));
        QVERIFY(cfg.contains(QStringLiteral("127.0.0.1:%1").arg(a.port)) && cfg.size() != before);
        const QString cfgPath = work.filePath(QStringLiteral("haproxy.cfg"));
        QFile f(cfgPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cfg.toUtf8());
        f.close();
        QProcess lb;
        lb.setProcessChannelMode(QProcess::MergedChannels);
        lb.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), cfgPath});
        const auto stopLb = qScopeGuard([&] {
            lb.kill();
            lb.waitForFinished(5000);
        });
        QVERIFY2(lb.waitForStarted(5000), qPrintable(lb.errorString()));

        // Both nodes up (rise 3 × 2 s): requests reach both.
        QSet<QString> served;
        QVERIFY2(test::waitFor(
                     [&] {
                         const auto [server, status] = get(QStringLiteral("/health"));
                         if (status == 200)
                             served.insert(server);
                         QTest::qWait(100);
                         return served.size() == 2;
                     },
                     30000),
                 qPrintable(QString::fromUtf8(lb.readAll())));
        QCOMPARE(served, (QSet<QString>{QStringLiteral("n1"), QStringLiteral("n2")}));

        // A stops with its call live: it drains, /health 503, and HAProxy marks it down.
        ::kill(pid_t(a.process.processId()), SIGTERM);
        QVERIFY(test::waitFor(
            [&] {
                QNetworkRequest rq(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(a.port)));
                std::unique_ptr<QNetworkReply> r(m_nam.get(rq));
                test::waitFor([&] { return r->isFinished(); }, 5000);
                return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 503;
            },
            10000));
        QTest::qWait(6000); // fall 2 × inter 2 s, and some slack
        QVERIFY2(a.process.state() == QProcess::Running, "node A should still be draining");
        for (int i = 0; i < 20; ++i) {
            const auto [server, status] = get(QStringLiteral("/health"));
            QCOMPARE(server, QStringLiteral("n2"));
            QCOMPARE(status, 200);
        }
        // Its own host name (its stream URLs) still reaches it while it drains.
        const auto [server, status] = get(QStringLiteral("/health"), "n1.voice.example.com");
        QCOMPARE(server, QStringLiteral("n1"));
        QCOMPARE(status, 503);
        qInfo("HAProxy: both nodes served; after SIGTERM n1 drained (503) and 20 of 20 new "
              "requests went to n2, its own host name still reached n1");
    }

private:
    QNetworkAccessManager m_nam;
    quint16 m_front = 0;
};

QTEST_MAIN(TestHaproxy)
#include "tst_haproxy.moc"
