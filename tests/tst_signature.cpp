#include "twilio/Signature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace patchline::twilio;

namespace {
const QByteArray kToken = "12345";
const QString kUrl = QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2");
FormParams defaultParams()
{
    return {{QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
            {QStringLiteral("Caller"), QStringLiteral("+14158675309")},
            {QStringLiteral("Digits"), QStringLiteral("1234")},
            {QStringLiteral("From"), QStringLiteral("+14158675309")},
            {QStringLiteral("To"), QStringLiteral("+18005551212")}};
}
} // namespace

// Official vectors: reference/twilio.md §4.5.
class TestSignature : public QObject
{
    Q_OBJECT
private slots:
    void officialVectors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("V1") << kUrl << "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
        QTest::newRow("V2") << "https://mycompany.com:443/myapp.php?foo=1&bar=2"
                            << "kvajT1Ptam85bY51eRf/AJRuM3w=";
        QTest::newRow("V3") << "http://mycompany.com:1234/myapp.php?foo=1&bar=2"
                            << "Zmvh+3yNM1Phv2jhDCwEM3q5ebU=";
        QTest::newRow("V4") << "http://mycompany.com:80/myapp.php?foo=1&bar=2"
                            << "0ZXoZLH/DfblKGATFgpif+LLRf4=";
        QTest::newRow("V5") << "https://user:pass@mycompany.com/myapp.php?foo=1&bar=2"
                            << "CukzLTc1tT5dXEDIHm/tKBanW10=";
        QTest::newRow("V6") << "https://user@mycompany.com/myapp.php?foo=1&bar=2"
                            << "2YRLlVAflCqxaNicjMpJcSTgzSs=";
        QTest::newRow("V7") << "https://user:pass@mycompany.com:443/myapp.php?foo=1&bar=2"
                            << "ZQFR1PTIZXF2MXB8ZnKCvnnA+rI=";
        QTest::newRow("V8") << "https://mycompany.com/myapp.php?foo=1&bar=2&Body=It%27s+amazing"
                            << "TfZzewPq8wqrGlMfyAud8+/IvJ0=";
    }

    void officialVectors()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(computeSignature(kToken, url, defaultParams()), expected);
        QVERIFY(validateSignature(kToken, url, defaultParams(), expected.toLatin1()).ok);
    }

    void apostropheInUrlIsSignedEncoded()
    {
        // V8: the Node test passes a literal ' and expects the %27 form to validate.
        const QString literal =
            QStringLiteral("https://mycompany.com/myapp.php?foo=1&bar=2&Body=It's+amazing");
        QVERIFY(
            validateSignature(kToken, literal, defaultParams(), "TfZzewPq8wqrGlMfyAud8+/IvJ0=").ok);
    }

    void repeatedParameters()
    {
        FormParams v9{{QStringLiteral("MessagingBinding.Address"), QStringLiteral("+1415xxxxxxx")},
                      {QStringLiteral("MessagingBinding.Address"), QStringLiteral("+1325xxxxxxx")}};
        QCOMPARE(computeSignature(kToken, kUrl, v9),
                 QStringLiteral("83O6e2vORAoJHUNzJjDWN1jz+BA="));
        FormParams v10{{QStringLiteral("Sid"), QStringLiteral("CA123")},
                       {QStringLiteral("SidAccount"), QStringLiteral("AC123")},
                       {QStringLiteral("Digits"), QStringLiteral("5678")},
                       {QStringLiteral("Digits"), QStringLiteral("1234")},
                       {QStringLiteral("Digits"), QStringLiteral("1234")}};
        QCOMPARE(computeSignature(kToken, kUrl, v10),
                 QStringLiteral("IK+Dwps556ElfBT0I3Rgjkr1wJU="));
    }

    void bodyHashVectors()
    {
        QCOMPARE(QCryptographicHash::hash(R"J({"property": "value", "boolean": true})J",
                                          QCryptographicHash::Sha256)
                     .toHex(),
                 QByteArray("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"));
        QCOMPARE(
            computeSignature(
                kToken,
                kUrl + QStringLiteral(
                           "&bodySHA256="
                           "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620")),
            QStringLiteral("a9nBmqA0ju/hNViExpshrM61xv4="));
        // V12: signed with :443, validated from the URL without it (port retry).
        QVERIFY(
            validateSignature(
                kToken,
                QStringLiteral("https://mycompany.com/"
                               "myapp.php?foo=1&bar=2&bodySHA256="
                               "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"),
                {}, "Ldidvp12m26NI7eqEvxnEpkd9Hc=")
                .ok);
        QCOMPARE(
            computeSignature(
                kToken,
                QStringLiteral("https://mycompany.com/"
                               "myapp.php?bodySHA256="
                               "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620")),
            QStringLiteral("y77kIzt2vzLz71DgmJGsen2scGs="));
    }

    void securityPageWalkthrough()
    {
        FormParams p{{QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE")},
                     {QStringLiteral("Caller"), QStringLiteral("+14158675310")},
                     {QStringLiteral("Digits"), QStringLiteral("1234")},
                     {QStringLiteral("From"), QStringLiteral("+14158675310")},
                     {QStringLiteral("To"), QStringLiteral("+18005551212")}};
        QCOMPARE(computeSignature(kToken,
                                  QStringLiteral("https://example.com/myapp.php?foo=1&bar=2"), p),
                 QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnU="));
    }

    void derivedWebSocketAndStatusVectors()
    {
        QCOMPARE(computeSignature(kToken, QStringLiteral("wss://example.com/media-stream")),
                 QStringLiteral("XFfwGS2Ev7f9qAP9MmRoMS7C724="));
        // A signature over the trailing-slash form validates the plain URL (§4.4).
        QVERIFY(validateSignature(kToken, QStringLiteral("wss://example.com/media-stream"), {},
                                  "7J0iz81itFhCXVuZK8EmM4YZwLA=")
                    .ok);
        const FormParams status{
            {QStringLiteral("AccountSid"), QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")},
            {QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01")},
            {QStringLiteral("CallDuration"), QStringLiteral("42")},
            {QStringLiteral("CallSid"), QStringLiteral("CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")},
            {QStringLiteral("CallStatus"), QStringLiteral("completed")},
            {QStringLiteral("CallbackSource"), QStringLiteral("call-progress-events")},
            {QStringLiteral("Direction"), QStringLiteral("outbound-api")},
            {QStringLiteral("From"), QStringLiteral("+15005550006")},
            {QStringLiteral("SequenceNumber"), QStringLiteral("3")},
            {QStringLiteral("Timestamp"), QStringLiteral("Tue, 31 Aug 2010 20:36:44 +0000")},
            {QStringLiteral("To"), QStringLiteral("+14155551212")}};
        QCOMPARE(
            computeSignature(kToken, QStringLiteral("https://example.com/twilio/status"), status),
            QStringLiteral("X18HuF4n/gdI7Wn0GcKVgLIzKdc="));
    }

    void negativeVectors()
    {
        QVERIFY(!validateSignature(kToken, kUrl, defaultParams(), "WRONG_SIGNATURE").ok);
        const auto missing = validateSignature(kToken, kUrl, defaultParams(), {});
        QVERIFY(!missing.ok);
        QVERIFY(missing.reason.contains(QStringLiteral("no X-Twilio-Signature")));
        const QString sig =
            computeSignature(kToken, QStringLiteral("https://example.com/a?test=param"));
        QVERIFY(!validateSignature(kToken, QStringLiteral("https://example.com/a?test=param2"), {},
                                   sig.toLatin1())
                     .ok);
        QVERIFY(!validateSignature(
                     kToken,
                     QStringLiteral("https://example.com/a?test=param&somethingUnexpected=true"),
                     {}, sig.toLatin1())
                     .ok);
        const auto noToken =
            validateSignature({}, kUrl, defaultParams(), "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        QVERIFY(!noToken.ok);
        QVERIFY(noToken.reason.contains(QStringLiteral("Auth Token")));
        // The failure names the URL that was checked: a wrong public URL is the usual cause.
        const auto wrong = validateSignature(kToken, QStringLiteral("https://wrong.example/x"), {},
                                             "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        QVERIFY(wrong.reason.contains(QStringLiteral("https://wrong.example/x")));
        // Not shaped like a signature: refused without computing anything, and said so.
        const auto shape =
            validateSignature(kToken, QStringLiteral("https://wrong.example/x"), {}, "abc=");
        QVERIFY(!shape.ok);
        QVERIFY2(shape.reason.contains(QStringLiteral("not a base64 HMAC-SHA1")),
                 qPrintable(shape.reason));
    }

    void signatureShape()
    {
        // issue 15 §2: base64 of the 20 bytes of an HMAC-SHA1, nothing else.
        QVERIFY(isSignatureShaped("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
        QVERIFY(!isSignatureShaped("RSOYDt4T1cUTdK1PDd93/VVr8B8"));   // 27 characters
        QVERIFY(!isSignatureShaped("RSOYDt4T1cUTdK1PDd93/VVr8B8==")); // 29
        QVERIFY(!isSignatureShaped("RSOYDt4T1cUTdK1PDd93/VVr8B!="));  // not base64
        QVERIFY(!isSignatureShaped(QByteArray(28, 'A')));             // 21 bytes
        QVERIFY(!isSignatureShaped({}));
    }

    void canonicalStringOnceForAllVariants()
    {
        // The canonical parameter string is what every URL variant is signed with.
        const auto params = defaultParams();
        const QString url = QStringLiteral("https://example.com/twilio/voice");
        for (const QString &variant : signatureUrlVariants(url))
            QCOMPARE(computeSignature(kToken, variant, params),
                     QString::fromLatin1(QMessageAuthenticationCode::hash(
                                             variant.toUtf8() + canonicalParams(params), kToken,
                                             QCryptographicHash::Sha1)
                                             .toBase64()));
    }

    void formParameterLimit()
    {
        QByteArray body;
        for (int i = 0; i < 250; ++i)
            body += "k" + QByteArray::number(i) + "=v&";
        bool tooMany = false;
        QCOMPARE(parseForm(body, 200, &tooMany).size(), 200);
        QVERIFY(tooMany);
        QCOMPARE(parseForm(body, 250, &tooMany).size(), 250);
        QVERIFY(!tooMany);
    }

    void portRuleBothWays()
    {
        const QString sigNoPort =
            computeSignature(kToken, QStringLiteral("https://example.com/twilio/voice"));
        QVERIFY(validateSignature(kToken, QStringLiteral("https://example.com:443/twilio/voice"),
                                  {}, sigNoPort.toLatin1())
                    .ok);
        const QString sigPort =
            computeSignature(kToken, QStringLiteral("https://example.com:443/twilio/voice"));
        QVERIFY(validateSignature(kToken, QStringLiteral("https://example.com/twilio/voice"), {},
                                  sigPort.toLatin1())
                    .ok);
    }

    void constantTimeCompare()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals({}, {}));
    }

    void parseFormDecodes()
    {
        const FormParams p = parseForm("From=%2B15551234567&Body=It%27s+amazing&Empty=&Flag");
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.at(0).second, QStringLiteral("+15551234567"));
        QCOMPARE(p.at(1).second, QStringLiteral("It's amazing"));
        QCOMPARE(p.at(2).second, QString());
        QCOMPARE(p.at(3).first, QStringLiteral("Flag"));
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
