// X-Twilio-Signature against Twilio's own Node library (issue 5 tests): random URLs and
// parameter sets signed by twilio.getExpectedTwilioSignature (tests/node/signatures.js,
// twilio@6.2.0 installed by packaging/dev test) must match computeSignature(), and a
// signature Twilio made over the URL with the default port spelled out must validate
// against the URL without it (reference/twilio.md §4.2).
#include "twilio/Signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace patchline;

class TestSignatureNode : public QObject
{
    Q_OBJECT
private slots:
    void matchesTwilioNodeLibrary()
    {
        const QString modules = qEnvironmentVariable("PATCHLINE_NODE_MODULES");
        QVERIFY2(QFile::exists(modules + QStringLiteral("/twilio/package.json")),
                 "twilio (npm) is missing: run packaging/dev test, which installs it");
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), modules);
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"), {qEnvironmentVariable("PATCHLINE_SOURCE_DIR") +
                                                QStringLiteral("/tests/node/signatures.js"),
                                            QStringLiteral("400")});
        QVERIFY2(node.waitForFinished(60000), "node did not finish");
        QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
        const QJsonObject doc = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        const QJsonArray cases = doc.value(u"cases").toArray();
        QCOMPARE(cases.size(), 400);
        qInfo("twilio (Node) %s, %lld cases", qPrintable(doc.value(u"library").toString()),
              qlonglong(cases.size()));
        int withArrays = 0, withPort = 0;
        for (const QJsonValue &v : cases) {
            const QJsonObject c = v.toObject();
            const QByteArray token = c.value(u"token").toString().toUtf8();
            const QString url = c.value(u"url").toString();
            twilio::FormParams params;
            const QJsonObject p = c.value(u"params").toObject();
            for (auto it = p.begin(); it != p.end(); ++it) {
                if (it.value().isArray()) {
                    ++withArrays;
                    for (const QJsonValue &x : it.value().toArray())
                        params.append({it.key(), x.toString()}); // repeated name, as sent
                } else {
                    params.append({it.key(), it.value().toString()});
                }
            }
            const QString expected = c.value(u"signature").toString();
            QVERIFY(c.value(u"valid").toBool()); // Node's own check of its signature
            QCOMPARE(twilio::computeSignature(token, url, params), expected);
            QVERIFY(twilio::validateSignature(token, url, params, expected.toLatin1()).ok);
            const QString portSig = c.value(u"signatureWithPort").toString();
            if (!portSig.isEmpty()) {
                ++withPort;
                const auto r = twilio::validateSignature(token, url, params, portSig.toLatin1());
                QVERIFY2(r.ok, qPrintable(url + u' ' + r.reason));
                QCOMPARE(r.signedUrl, c.value(u"withPort").toString());
            }
        }
        QVERIFY(withArrays > 10); // the repeated-name rule was exercised
        QVERIFY(withPort > 100);
    }
};

QTEST_GUILESS_MAIN(TestSignatureNode)
#include "tst_signature_node.moc"
