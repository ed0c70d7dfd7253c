// Issue 20 §3: a console attached to a cluster. The /monitor protocol (pure), a node's
// monitor socket and recordings route (real sockets on 127.0.0.1, a sandbox call), and two
// headless sandbox nodes on a real PostgreSQL 15 watched by an offscreen console.

#include "PgFixture.h"
#include "SandboxFixture.h"
#include "TestUtil.h"

#include "cluster/ClusterWatch.h"
#include "cluster/MonitorProtocol.h"
#include "server/MessageSocket.h"
#include "store/NodeStore.h"
#include "store/Storage.h"
#include "ui/CallListModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace patchline;
namespace monitor = cluster::monitor;

namespace {

const QByteArray kToken = "cluster-token-0123456789abcdef";

/// A raw console on a node's /monitor socket: what it received, as JSON objects.
struct RawConsole
{
    server::MessageSocket *socket = nullptr;
    QList<QJsonObject> messages;
    bool opened = false;
    int closeCode = 0;
    QString closeReason;

    void open(quint16 port, const QByteArray &authorization)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({QByteArrayLiteral("Authorization"), authorization});
        socket = server::MessageSocket::connectTo(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/monitor").arg(port)), headers, nullptr);
        socket->setMaxIncomingMessageSize(monitor::kMaxNodeMessage);
        QObject::connect(socket, &server::MessageSocket::opened, [this] { opened = true; });
        QObject::connect(socket, &server::MessageSocket::utf8Received, [this](const QByteArray &m) {
            messages.append(QJsonDocument::fromJson(m).object());
        });
        QObject::connect(socket, &server::MessageSocket::closed,
                         [this](int code, const QString &why) {
                             closeCode = code;
                             closeReason = why;
                         });
    }
    ~RawConsole() { delete socket; }
    /// The calls of every `update` received, in order.
    QList<QJsonObject> calls() const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : messages)
            if (m.value(u"type").toString() == u"update")
                for (const QJsonValue &c : m.value(u"calls").toArray())
                    out.append(c.toObject());
        return out;
    }
};

QNetworkReply *get(QNetworkAccessManager &nam, const QString &url, const QByteArray &token,
                   const QByteArray &range = {})
{
    QNetworkRequest rq{QUrl(url)};
    if (!token.isEmpty())
        rq.setRawHeader("Authorization", "Bearer " + token);
    if (!range.isEmpty())
        rq.setRawHeader("Range", range);
    QNetworkReply *r = nam.get(rq);
    test::waitFor([r] { return r->isFinished(); }, 10000);
    return r;
}

/// True once `path`'s size has not changed for 500 ms (the recorder finished its header).
bool stableSize(const QString &path)
{
    const qint64 before = QFileInfo(path).size();
    QTest::qWait(500);
    return before > 0 && QFileInfo(path).size() == before;
}

int status(QNetworkReply *r)
{
    return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

private slots:
    // ---- the protocol, pure ------------------------------------------------------------

    void updatesRoundTrip()
    {
        bridge::CallUpdate u;
        bridge::CallSnapshot &s = u.snapshot;
        s.id = 42;
        s.callSid = QStringLiteral("CA0123456789abcdef0123456789abcdef");
        s.direction = QStringLiteral("inbound");
        s.from = QStringLiteral("+4930123456");
        s.to = QStringLiteral("+4940654321");
        s.agentId = QStringLiteral("agent_x");
        s.state = bridge::CallState::Live;
        s.startedAt = QDateTime::fromMSecsSinceEpoch(1764720000123);
        s.durationMs = 12345;
        s.callerFrames = 617;
        s.bargeIns = 2;
        s.agentMuted = true;
        s.turnLatencyP90Ms = 840;
        s.inboundJitterP99Ms = 3.25;
        s.alarms = {QStringLiteral("dead air")};
        s.recordingPath = QStringLiteral("/var/lib/patchline/recordings/2026-12-03/CAx.wav");
        u.levels = {{{-12.5f, -20.0f}, {-96.0f, -96.0f}}, {{-3.0f, -9.9f}, {-40.0f, -45.1f}}};
        bridge::TranscriptLine line;
        line.role = bridge::TranscriptLine::Role::Agent;
        line.offsetMs = 1500;
        line.text = QStringLiteral("Grüß Gott — \"quoted\" <b>");
        line.interrupted = true;
        line.heardMs = 700;
        u.lines = {line};
        bridge::CallEvent e;
        e.kind = QStringLiteral("turn");
        e.offsetMs = 3000;
        e.latencyMs = 610;
        u.events = {e};

        const QByteArray wire = monitor::updatesFromJoined(
            QJsonDocument(monitor::encodeUpdate(u, true)).toJson(QJsonDocument::Compact));
        const QJsonObject msg = QJsonDocument::fromJson(wire).object();
        QCOMPARE(msg.value(u"type").toString(), QStringLiteral("update"));
        const auto back = monitor::decodeUpdate(msg.value(u"calls").toArray().first().toObject());
        QVERIFY(back);
        const bridge::CallSnapshot &b = back->snapshot;
        QCOMPARE(b.id, s.id);
        QCOMPARE(b.callSid, s.callSid);
        QCOMPARE(b.from, s.from);
        QCOMPARE(b.state, s.state);
        QCOMPARE(b.startedAt, s.startedAt);
        QCOMPARE(b.durationMs, s.durationMs);
        QCOMPARE(b.callerFrames, s.callerFrames);
        QCOMPARE(b.bargeIns, s.bargeIns);
        QCOMPARE(b.agentMuted, true);
        QCOMPARE(b.turnLatencyP90Ms, s.turnLatencyP90Ms);
        QCOMPARE(b.inboundJitterP99Ms, s.inboundJitterP99Ms);
        QCOMPARE(b.alarms, s.alarms);
        QCOMPARE(b.recordingPath, s.recordingPath);
        QCOMPARE(b.node, QString()); // set by the console from the connection, never the wire
        QCOMPARE(back->levels.size(), 2);
        QCOMPARE(back->levels[0].caller.peakDb, -12.5f);
        QCOMPARE(back->levels[1].agent.rmsDb, -45.1f);
        QCOMPARE(back->lines.size(), 1);
        QCOMPARE(back->lines[0].text, line.text);
        QCOMPARE(back->lines[0].role, bridge::TranscriptLine::Role::Agent);
        QCOMPARE(back->lines[0].heardMs, 700);
        QCOMPARE(back->events.size(), 1);
        QCOMPARE(back->events[0].latencyMs, 610);
        // Summaries carry no levels.
        QVERIFY(!monitor::encodeUpdate(u, false).contains(u"levels"));
    }

    void hostileUpdatesAreBounded()
    {
        QJsonArray lines, levels;
        for (int i = 0; i < 5000; ++i)
            lines.append(QJsonObject{{QStringLiteral("text"), QString(10000, u'x')}});
        for (int i = 0; i < 40000; ++i)
            levels.append(i % 2 ? 1e300 : -1e300);
        const QJsonObject o{{QStringLiteral("id"), 7},
                            {QStringLiteral("state"), 99},
                            {QStringLiteral("callSid"), QString(100000, u'\n')},
                            {QStringLiteral("durationMs"), QStringLiteral("NaN")},
                            {QStringLiteral("jitterP99"), -5},
                            {QStringLiteral("lines"), lines},
                            {QStringLiteral("levels"), levels}};
        const auto u = monitor::decodeUpdate(o);
        QVERIFY(u);
        QCOMPARE(u->snapshot.state, bridge::CallState::Ended); // clamped
        QVERIFY(u->snapshot.callSid.size() <= monitor::kMaxField + 1);
        QVERIFY(!u->snapshot.callSid.contains(u'\n'));
        QCOMPARE(u->snapshot.durationMs, 0);
        QCOMPARE(u->snapshot.inboundJitterP99Ms, 0.0);
        QCOMPARE(u->lines.size(), monitor::kMaxLinesPerCall);
        QCOMPARE(u->lines[0].text.size(), monitor::kMaxText);
        QCOMPARE(u->levels.size(), monitor::kMaxLevelsPerCall);
        QCOMPARE(u->levels[0].caller.peakDb, -96.0f); // dB clamped to [-96, 0]
        QCOMPARE(u->levels[0].caller.rmsDb, 0.0f);
        QVERIFY(!monitor::decodeUpdate(QJsonObject{{QStringLiteral("id"), -1}}));
        QVERIFY(!monitor::decodeUpdate(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}));
    }

    void commandsAreParsed()
    {
        auto c = monitor::parseCommand(monitor::watch({3, 5}));
        QCOMPARE(c.kind, QStringLiteral("watch"));
        QCOMPARE(c.ids, (QSet<quint64>{3, 5}));
        c = monitor::parseCommand(monitor::mute(9, true));
        QCOMPARE(c.kind, QStringLiteral("mute"));
        QCOMPARE(c.id, 9u);
        QVERIFY(c.muted);
        QCOMPARE(monitor::parseCommand(monitor::hangup(4)).id, 4u);
        QCOMPARE(monitor::parseCommand(monitor::listen(0)).kind, QStringLiteral("listen"));
        QCOMPARE(monitor::parseCommand("{\"type\":\"hangup\",\"id\":-3}").kind, QString());
        QCOMPARE(monitor::parseCommand("{\"type\":\"drop tables\"}").kind, QString());
        QCOMPARE(monitor::parseCommand("not json").kind, QString());
        QCOMPARE(monitor::parseCommand(QByteArray(monitor::kMaxConsoleMessage + 1, ' ')).kind,
                 QString());
        QJsonArray many;
        for (int i = 1; i <= 1000; ++i)
            many.append(i);
        c = monitor::parseCommand(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("watch")},
                                      {QStringLiteral("ids"), many}})
                .toJson());
        QCOMPARE(c.ids.size(), monitor::kMaxWatched);
    }

    void rangesAreParsed_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("unsatisfiable");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        // A file of 1000 bytes, at most 300 per answer.
        QTest::newRow("none") << QByteArray() << false << false << 0ll << -1ll;
        QTest::newRow("first-last") << QByteArray("bytes=0-99") << true << false << 0ll << 99ll;
        QTest::newRow("clamped") << QByteArray("bytes=100-999") << true << false << 100ll << 399ll;
        QTest::newRow("open") << QByteArray("bytes=900-") << true << false << 900ll << 999ll;
        QTest::newRow("suffix") << QByteArray("bytes=-50") << true << false << 950ll << 999ll;
        QTest::newRow("past end") << QByteArray("bytes=990-5000") << true << false << 990ll
                                  << 999ll;
        QTest::newRow("beyond") << QByteArray("bytes=1000-") << true << true << 1000ll << 999ll;
        QTest::newRow("several") << QByteArray("bytes=0-1,5-6") << false << false << 0ll << -1ll;
        QTest::newRow("reversed") << QByteArray("bytes=9-3") << false << false << 9ll << -1ll;
        QTest::newRow("garbage") << QByteArray("bytes=a-b") << false << false << 0ll << -1ll;
        QTest::newRow("unit") << QByteArray("items=0-1") << false << false << 0ll << -1ll;
        QTest::newRow("empty suffix") << QByteArray("bytes=-0") << true << true << 0ll << -1ll;
    }

    void rangesAreParsed()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, ok);
        QFETCH(bool, unsatisfiable);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const auto r = monitor::parseRange(header, 1000, 300);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.unsatisfiable, unsatisfiable);
        if (ok && !unsatisfiable) {
            QCOMPARE(r.first, first);
            QCOMPARE(r.last, last);
        }
    }

    void contentRangesAreParsed()
    {
        auto r = monitor::parseContentRange("bytes 0-99/1000");
        QVERIFY(r.ok);
        QCOMPARE(r.first, 0);
        QCOMPARE(r.last, 99);
        QCOMPARE(r.total, 1000);
        QVERIFY(monitor::parseContentRange("bytes 999-999/1000").ok);
        for (const char *bad : {"bytes 0-1000/1000", "bytes 5-4/10", "bytes */1000", "0-1/2",
                                "bytes -1-3/9", "bytes 0-1/x", ""})
            QVERIFY2(!monitor::parseContentRange(bad).ok, bad);
    }

    void onlyOurRecordingsCanBeNamed()
    {
        QCOMPARE(monitor::recordingFile(QStringLiteral("2026-12-03/CA0123abc.wav")),
                 QStringLiteral("recordings/2026-12-03/CA0123abc.wav"));
        for (const char *bad :
             {"../patchline.sqlite", "2026-12-03/../../etc/passwd.wav", "2026-12-03/a b.wav",
              "/etc/x.wav", "2026-12-03/x.wav/", "2026-12-3/x.wav", "2026-12-03/x.WAV",
              "2026-12-03/.wav", "2026-12-03/x.wav\n"})
            QVERIFY2(monitor::recordingFile(QString::fromLatin1(bad)).isEmpty(), bad);
        QCOMPARE(monitor::recordingKey(QStringLiteral("/data/recordings/2026-12-03/call-1-2.wav")),
                 QStringLiteral("2026-12-03/call-1-2.wav"));
        QCOMPARE(monitor::recordingKey(QStringLiteral("/etc/passwd")), QString());
    }

    void tokensAreChecked()
    {
        QVERIFY(monitor::authorized("Bearer " + kToken, kToken));
        QVERIFY(monitor::authorized("Bearer  " + kToken + " ", kToken));
        QVERIFY(!monitor::authorized("Bearer " + kToken + "x", kToken));
        QVERIFY(!monitor::authorized("Bearer " + kToken.left(10), kToken));
        QVERIFY(!monitor::authorized("Basic " + kToken, kToken));
        QVERIFY(!monitor::authorized(QByteArray(), kToken));
        QVERIFY(!monitor::authorized("Bearer ", QByteArray())); // no token: monitoring off
    }

    // ---- a node's monitor socket and recordings route ----------------------------------

    /// "The monitor socket refuses a wrong token" (issue 20 §3), before any 101; the
    /// recordings route answers 401 likewise; a node without a token has neither route.
    void monitorSocketRefusesAWrongToken()
    {
        test::SandboxFixture node;
        QVERIFY(node.start([](engine::Engine::Options &o) {
                        o.config.monitorToken = kToken;
                        o.config.nodeName = QStringLiteral("n1");
                    })
                    .isEmpty());
        QStringList log;
        connect(node.engine.get(), &engine::Engine::log, this,
                [&log](const QString &l) { log << l; });
        const quint16 port = node.engine->port();
        for (const QByteArray &auth : {QByteArray("Bearer wrong-token-0123456789abcdef"),
                                       QByteArray(), QByteArray("Basic " + kToken.toBase64())}) {
            RawConsole c;
            c.open(port, auth);
            QVERIFY(test::waitFor([&] { return c.closeCode != 0; }, 5000));
            QVERIFY(!c.opened);
            QVERIFY2(c.closeReason.contains(QStringLiteral("403")), qPrintable(c.closeReason));
            QVERIFY(c.messages.isEmpty());
        }
        QVERIFY(test::waitFor(
            [&] { return !log.filter(QStringLiteral("monitor or recording request")).isEmpty(); },
            5000));
        // Refusals are logged (at most one line per 10 s), never with what was sent.
        QVERIFY(log.filter(QStringLiteral("wrong-token")).isEmpty());
        RawConsole good;
        good.open(port, "Bearer " + kToken);
        QVERIFY(test::waitFor([&] { return !good.messages.isEmpty(); }, 5000));
        QCOMPARE(good.messages.first().value(u"type").toString(), QStringLiteral("hello"));
        QCOMPARE(good.messages.first().value(u"node").toString(), QStringLiteral("n1"));

        QNetworkAccessManager nam;
        const QString rec =
            QStringLiteral("http://127.0.0.1:%1/recordings?file=2026-12-03/CAx.wav").arg(port);
        std::unique_ptr<QNetworkReply> r(get(nam, rec, "wrong-token-0123456789abcdef"));
        QCOMPARE(status(r.get()), 401);
        r.reset(get(nam, rec, {}));
        QCOMPARE(status(r.get()), 401);
        r.reset(get(nam, rec, kToken));
        QCOMPARE(status(r.get()), 404);
        r.reset(
            get(nam,
                QStringLiteral("http://127.0.0.1:%1/recordings?file=../patchline.sqlite").arg(port),
                kToken));
        QCOMPARE(status(r.get()), 400);

        test::SandboxFixture plain; // no token: no monitor, no recordings
        QVERIFY(plain.start().isEmpty());
        r.reset(get(nam,
                    QStringLiteral("http://127.0.0.1:%1/recordings?file=2026-12-03/CAx.wav")
                        .arg(plain.engine->port()),
                    kToken));
        QCOMPARE(status(r.get()), 404);
        RawConsole none;
        none.open(plain.engine->port(), "Bearer " + kToken);
        QVERIFY(test::waitFor([&] { return none.closeCode != 0; }, 5000));
        QVERIFY(!none.opened);
    }

    /// A headless node's live call through its monitor socket: summaries, then 30 Hz with
    /// levels once watched, listen-in audio, end call; then its recording with Range.
    void monitorStreamsACallAndObeysTheConsole()
    {
        test::SandboxFixture node;
        QVERIFY(node.start([](engine::Engine::Options &o) {
                        o.config.monitorToken = kToken;
                        o.config.liveView = false; // as headless: levels only when watched
                    })
                    .isEmpty());
        const quint16 port = node.engine->port();
        RawConsole c;
        c.open(port, "Bearer " + kToken);
        QVERIFY(test::waitFor([&] { return c.opened; }, 5000));
        QSignalSpy placed(node.engine.get(), &engine::Engine::sandboxCallPlaced);
        node.engine->placeSandboxCall();
        QVERIFY(placed.wait(5000));
        const QString sid = placed.first().first().toString();
        quint64 id = 0;
        QVERIFY(test::waitFor(
            [&] {
                for (const QJsonObject &call : c.calls())
                    if (call.value(u"callSid").toString() == sid &&
                        call.value(u"state").toInt() == int(bridge::CallState::Live))
                        id = quint64(call.value(u"id").toDouble());
                return id != 0;
            },
            15000));
        QTest::qWait(1500);
        for (const QJsonObject &call : c.calls())
            QVERIFY2(!call.contains(u"levels"), "levels before the console watched the call");
        c.socket->sendTextUtf8(monitor::watch({id}));
        int withLevels = 0;
        QVERIFY(test::waitFor(
            [&] {
                withLevels = 0;
                for (const QJsonObject &call : c.calls())
                    withLevels += call.contains(u"levels") ? 1 : 0;
                return withLevels >= 20;
            },
            10000));
        // A transcript line reached the console.
        QVERIFY(test::waitFor(
            [&] {
                for (const QJsonObject &call : c.calls())
                    if (!call.value(u"lines").toArray().isEmpty())
                        return true;
                return false;
            },
            20000));
        // Listen-in: μ-law stereo blocks of the call's audio.
        c.socket->sendTextUtf8(monitor::listen(id));
        QByteArray heard;
        QVERIFY(test::waitFor(
            [&] {
                heard.clear();
                for (const QJsonObject &m : c.messages)
                    if (m.value(u"type").toString() == u"audio")
                        heard += QByteArray::fromBase64(m.value(u"ulaw").toString().toLatin1());
                return heard.size() >= 8000; // 0.5 s of stereo
            },
            10000));
        QVERIFY(heard.count(char(0xff)) < heard.size()); // not all silence
        c.socket->sendTextUtf8(monitor::listen(0));
        // End call from the console.
        c.socket->sendTextUtf8(monitor::hangup(id));
        QString reason;
        QVERIFY(test::waitFor(
            [&] {
                for (const QJsonObject &call : c.calls())
                    if (quint64(call.value(u"id").toDouble()) == id &&
                        call.value(u"state").toInt() == int(bridge::CallState::Ended))
                        reason = call.value(u"endReason").toString();
                return !reason.isEmpty();
            },
            10000));
        QVERIFY2(reason.contains(QStringLiteral("ended by an operator watching the cluster")),
                 qPrintable(reason));

        // Its recording, in ranges.
        QString path;
        QVERIFY(test::waitFor(
            [&] {
                path = node.last(sid).recordingPath;
                return !path.isEmpty() && QFileInfo(path).size() > 1000;
            },
            10000));
        QVERIFY(test::waitFor([&] { return stableSize(path); }, 10000)); // the file is closed
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        const QString url = QStringLiteral("http://127.0.0.1:%1/recordings?file=%2")
                                .arg(port)
                                .arg(monitor::recordingKey(path));
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> r(get(nam, url, kToken, "bytes=0-99"));
        QCOMPARE(status(r.get()), 206);
        QCOMPARE(r->rawHeader("Content-Range"), "bytes 0-99/" + QByteArray::number(whole.size()));
        QCOMPARE(r->readAll(), whole.left(100));
        r.reset(get(nam, url, kToken, "bytes=-10"));
        QCOMPARE(r->readAll(), whole.right(10));
        r.reset(get(nam, url, kToken, "bytes=" + QByteArray::number(whole.size()) + "-"));
        QCOMPARE(status(r.get()), 416);
        r.reset(get(nam, url, kToken));
        QCOMPARE(status(r.get()), 200);
        QCOMPARE(r->readAll(), whole);
    }

    /// The console's side (cluster::ClusterWatch) against a real node: a public URL that
    /// reaches another node is not watched, a node without a token is named once, and a
    /// recording larger than one Range request arrives whole, once for two requests.
    void consoleSideRules()
    {
        test::SandboxFixture node, plain;
        QVERIFY(node.start([](engine::Engine::Options &o) {
                        o.config.monitorToken = kToken;
                        o.config.nodeName = QStringLiteral("n1");
                    })
                    .isEmpty());
        QVERIFY(plain.start().isEmpty());
        // 2.5 MiB of "recording": three Range requests of 1 MiB.
        QByteArray big(5 * 512 * 1024 + 123, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 7919) >> 3);
        const QString rel = QStringLiteral("recordings/2026-01-02/big-1.wav");
        QVERIFY(QDir(node.dataDir()).mkpath(QStringLiteral("recordings/2026-01-02")));
        QFile out(QDir(node.dataDir()).filePath(rel));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(big) == big.size());
        out.close();

        QTemporaryDir cache;
        cluster::ClusterWatch watch(kToken, QStringLiteral("console"), {});
        QStringList log;
        connect(&watch, &cluster::ClusterWatch::log, this, [&log](const QString &l) { log << l; });
        const auto info = [](const QString &name, quint16 port) {
            store::NodeInfo n;
            n.name = name;
            n.publicUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
            n.state = QStringLiteral("up");
            return n;
        };
        watch.setNodes({info(QStringLiteral("n1"), node.engine->port()),
                        info(QStringLiteral("imposter"), node.engine->port()),
                        info(QStringLiteral("plain"), plain.engine->port())});
        QVERIFY(test::waitFor(
            [&] {
                return watch.connectedNodes() == 1 &&
                       !log.filter(QStringLiteral("reaches node 'n1' instead")).isEmpty() &&
                       !log.filter(QStringLiteral("node plain does not serve the monitor"))
                            .isEmpty();
            },
            10000));
        QTest::qWait(2500); // past the 2 s reconnect: said once, still one node
        QCOMPARE(log.filter(QStringLiteral("reaches node 'n1' instead")).size(), 1);
        QCOMPARE(log.filter(QStringLiteral("does not serve the monitor")).size(), 1);
        QCOMPARE(watch.connectedNodes(), 1);

        QStringList locals, errors;
        for (int i = 0; i < 2; ++i)
            watch.fetchRecording(QStringLiteral("n1"), QStringLiteral("/elsewhere/") + rel,
                                 cache.path(), [&](const QString &l, const QString &e) {
                                     locals << l;
                                     errors << e;
                                 });
        QVERIFY(test::waitFor([&] { return locals.size() == 2; }, 15000));
        QCOMPARE(errors, (QStringList{QString(), QString()}));
        QCOMPARE(locals.at(0), locals.at(1));
        QFile got(locals.at(0));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), big);
        QVERIFY(!QFile::exists(locals.at(0) + QStringLiteral(".part")));
        // A recording the node does not have: named, nothing left behind.
        QString error;
        bool done = false;
        watch.fetchRecording(QStringLiteral("n1"),
                             QStringLiteral("/x/recordings/2026-01-02/none-2.wav"), cache.path(),
                             [&](const QString &, const QString &e) {
                                 error = e;
                                 done = true;
                             });
        QVERIFY(test::waitFor([&] { return done; }, 10000));
        QVERIFY2(error.contains(QStringLiteral("no longer has this recording")), qPrintable(error));
    }

    // ---- two headless nodes on PostgreSQL and an offscreen console ----------------------

    void initTestCase() { m_pgError = m_pg.start(); }

    /// "A call on node A appears live in the console" (issue 20 §3): two headless sandbox
    /// nodes on one PostgreSQL; the console finds them in the nodes table, shows A's call
    /// live with its node, ends it on A, and plays its recording fetched from A.
    void callOnNodeAAppearsLiveInTheConsole()
    {
        QVERIFY2(m_pgError.isEmpty(), qPrintable(m_pgError));
        QVERIFY(m_pg.createDatabase(QStringLiteral("cluster")).isEmpty());
        const QString url = m_pg.url(QStringLiteral("cluster"));
        QTemporaryDir dirA, dirB;
        const auto startNode = [&](QProcess &p, const QString &name, const QString &data,
                                   const QStringList &extra) {
            test::startHeadlessNode(
                p, data, dirA.path(),
                QStringList{QStringLiteral("--store"), url, QStringLiteral("--node"), name,
                            QStringLiteral("--lease"), QStringLiteral("3")} +
                    extra,
                {{QStringLiteral("PATCHLINE_MONITOR_TOKEN"), QString::fromLatin1(kToken)}});
        };
        QProcess a, b;
        startNode(b, QStringLiteral("b"), dirB.path(), {});
        // Two one-minute calls on A: the console ends one; the other keeps A running while
        // the console fetches the first one's recording.
        startNode(a, QStringLiteral("a"), dirA.path(),
                  {QStringLiteral("--calls"), QStringLiteral("2"), QStringLiteral("--duration"),
                   QStringLiteral("60")});
        const auto stopNodes = qScopeGuard([&] {
            for (QProcess *p : {&a, &b}) {
                p->kill();
                p->waitForFinished(5000);
            }
        });

        test::SandboxFixture console;
        QVERIFY(console
                    .start([&](engine::Engine::Options &o) {
                        o.config.storeUrl = url;
                        o.config.monitorToken = kToken;
                        o.watchCluster = true;
                    })
                    .isEmpty());
        QVERIFY(console.engine->watchesCluster());
        ui::CallListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(console.engine.get(), &engine::Engine::updates, &model,
                &ui::CallListModel::applyUpdates);
        QVERIFY(test::waitFor([&] { return console.engine->watchedNodes() == 2; }, 20000));

        bridge::CallSnapshot live;
        QVERIFY(test::waitFor(
            [&] {
                for (const auto &u : console.updates)
                    if (u.snapshot.node == u"a" && u.snapshot.state == bridge::CallState::Live &&
                        (live.id == 0 || live.id == u.snapshot.id))
                        live = u.snapshot;
                return live.id != 0;
            },
            30000));
        QVERIFY(cluster::ClusterWatch::isRemote(live.id));
        QVERIFY(live.callSid.startsWith(u"CA"));
        // In the calls list, with its node.
        int row = -1;
        for (int i = 0; i < model.rowCount(); ++i)
            if (model.index(i, 0).data(ui::CallListModel::CallIdRole).toULongLong() == live.id)
                row = i;
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ui::CallListModel::Node).data().toString(), QStringLiteral("a"));
        // The transcript arrives; levels once the console watches it.
        QVERIFY(test::waitFor(
            [&] {
                for (const auto &u : console.updates)
                    if (u.snapshot.id == live.id && !u.lines.isEmpty())
                        return true;
                return false;
            },
            30000));
        console.engine->watchCalls({live.id});
        QVERIFY(test::waitFor(
            [&] {
                int n = 0;
                for (const auto &u : console.updates)
                    n += u.snapshot.id == live.id ? int(u.levels.size()) : 0;
                return n >= 50; // a second of 20 ms steps
            },
            10000));
        // End call on A from the console.
        console.engine->hangup(live.id);
        bridge::CallSnapshot ended;
        QVERIFY(test::waitFor(
            [&] {
                for (const auto &u : console.updates)
                    if (u.snapshot.id == live.id && u.snapshot.state == bridge::CallState::Ended)
                        ended = u.snapshot;
                return ended.id != 0;
            },
            10000));
        QVERIFY2(ended.endReason.contains(QStringLiteral("watching the cluster")),
                 qPrintable(ended.endReason));
        QCOMPARE(model.index(row, ui::CallListModel::Node).data().toString(), QStringLiteral("a"));

        // Its recording, fetched from A over /recordings in ranges, equals A's file.
        QString remotePath;
        QSqlDatabase db = m_pg.connect(QStringLiteral("cluster"));
        QVERIFY(test::waitFor(
            [&] {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT recording_path FROM calls WHERE call_sid = ? "
                                         "AND state = 'ended'"));
                q.addBindValue(live.callSid);
                if (q.exec() && q.next())
                    remotePath = q.value(0).toString();
                return !remotePath.isEmpty();
            },
            10000));
        QVERIFY(remotePath.startsWith(dirA.path()));
        QVERIFY(test::waitFor([&] { return stableSize(remotePath); }, 10000));
        // On another machine A's folder is not there: the same path under a root this machine
        // does not have (the node serves it by its date folder and name only).
        const QString elsewhere =
            QStringLiteral("/srv/node-a/recordings/") + cluster::monitor::recordingKey(remotePath);
        QVERIFY(!QFileInfo::exists(elsewhere));
        QString local, error;
        bool done = false;
        console.engine->fetchRecording(QStringLiteral("a"), elsewhere, this,
                                       [&](const QString &l, const QString &e) {
                                           local = l;
                                           error = e;
                                           done = true;
                                       });
        QVERIFY(test::waitFor([&] { return done; }, 15000));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(local.startsWith(console.dataDir()));
        QFile mine(local), theirs(remotePath);
        QVERIFY(mine.open(QIODevice::ReadOnly) && theirs.open(QIODevice::ReadOnly));
        QVERIFY(theirs.size() > 10000);
        QCOMPARE(mine.readAll(), theirs.readAll());

        // A console with another token is refused by both nodes and says so.
        test::SandboxFixture stranger;
        QStringList log;
        QVERIFY(stranger
                    .start([&](engine::Engine::Options &o) {
                        o.config.storeUrl = url;
                        o.config.monitorToken = "another-token-0123456789abcdef";
                        o.watchCluster = true;
                    })
                    .isEmpty());
        connect(stranger.engine.get(), &engine::Engine::log, this,
                [&log](const QString &l) { log << l; });
        QVERIFY(test::waitFor(
            [&] { return log.filter(QStringLiteral("refused the monitor token")).size() >= 2; },
            20000));
        QCOMPARE(stranger.engine->watchedNodes(), 0);
        qInfo("console watched nodes a and b; call %s on a shown live, ended from the console",
              qPrintable(live.callSid));
    }

private:
    test::PgFixture m_pg;
    QString m_pgError;
};

QTEST_MAIN(TestCluster)
#include "tst_cluster.moc"
