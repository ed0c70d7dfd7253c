#include "twilio/Signature.h"

#include <QCoreApplication>

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace patchline::twilio {

FormParams parseForm(const QByteArray &body, int maxParams, bool *tooMany)
{
    FormParams out;
    if (tooMany)
        *tooMany = false;
    for (const QByteArray &part : body.split('&')) {
        if (part.isEmpty())
            continue;
        if (out.size() >= maxParams) {
            if (tooMany)
                *tooMany = true;
            break;
        }
        const qsizetype eq = part.indexOf('=');
        QByteArray k = eq < 0 ? part : part.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return out;
}

namespace {
QString signCanonical(const QByteArray &authToken, const QString &url, const QByteArray &canonical)
{
    return QString::fromLatin1(QMessageAuthenticationCode::hash(url.toUtf8() + canonical, authToken,
                                                                QCryptographicHash::Sha1)
                                   .toBase64());
}
} // namespace

bool isSignatureShaped(const QByteArray &signature)
{
    if (signature.size() != 28)
        return false;
    const auto r =
        QByteArray::fromBase64Encoding(signature, QByteArray::AbortOnBase64DecodingErrors);
    return r && r.decoded.size() == 20;
}

QString computeSignature(const QByteArray &authToken, const QString &url, const FormParams &params)
{
    return signCanonical(authToken, url, canonicalParams(params));
}

QByteArray canonicalParams(const FormParams &params)
{
    FormParams sorted = params;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const QByteArray ka = a.first.toUtf8(), kb = b.first.toUtf8();
        if (ka != kb)
            return ka < kb;
        return a.second.toUtf8() < b.second.toUtf8();
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QByteArray data;
    for (const auto &[k, v] : sorted) {
        data += k.toUtf8();
        data += v.toUtf8();
    }
    return data;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QStringList signatureUrlVariants(const QString &url)
{
    QStringList out{url};
    const auto add = [&out](const QString &u) {
        if (!u.isEmpty() && !out.contains(u))
            out << u;
    };
    QUrl u(url);
    if (!u.isValid())
        return out;
    u.setUserInfo({});
    const QString scheme = u.scheme();
    const int defaultPort = (scheme == u"https" || scheme == u"wss") ? 443 : 80;
    QList<QUrl> base{u};
    QUrl other = u;
    other.setPort(u.port() == -1 ? defaultPort : (u.port() == defaultPort ? -1 : u.port()));
    base << other;
    for (QUrl b : base) {
        add(b.toString(QUrl::FullyEncoded));
        QString path = b.path(QUrl::FullyEncoded);
        if (path.endsWith(u'/') && path.size() > 1)
            path.chop(1);
        else
            path += u'/';
        b.setPath(path, QUrl::StrictMode);
        add(b.toString(QUrl::FullyEncoded));
    }
    // SDKs re-encode the query in "legacy" form, where an apostrophe is sent as %27 (§4.5 V8).
    for (const QString &v : QStringList(out))
        if (v.contains(u'\''))
            add(QString(v).replace(u'\'', QStringLiteral("%27")));
    return out;
}

SignatureCheck validateSignature(const QByteArray &authToken, const QString &url,
                                 const FormParams &params, const QByteArray &signature)
{
    SignatureCheck r;
    r.signedUrl = url;
    if (authToken.isEmpty()) {
        r.reason = QCoreApplication::translate(
            "Twilio", "no Twilio Auth Token is configured, so X-Twilio-Signature "
                      "cannot be checked; set the Auth Token in settings");
        return r;
    }
    if (signature.isEmpty()) {
        r.reason =
            QCoreApplication::translate("Twilio", "request has no X-Twilio-Signature header");
        return r;
    }
    if (!isSignatureShaped(signature)) {
        r.reason = QCoreApplication::translate(
            "Twilio", "X-Twilio-Signature is not a base64 HMAC-SHA1 (28 characters); the "
                      "request did not come from Twilio");
        return r;
    }
    const QByteArray canonical = canonicalParams(params); // once, not once per variant
    for (const QString &variant : signatureUrlVariants(url)) {
        if (constantTimeEquals(signCanonical(authToken, variant, canonical).toLatin1(),
                               signature)) {
            r.ok = true;
            r.signedUrl = variant;
            return r;
        }
    }
    r.reason = QCoreApplication::translate(
                   "Twilio", "X-Twilio-Signature does not match %1 (is the public URL "
                             "setting the exact URL Twilio calls?)")
                   .arg(url);
    return r;
}

QByteArray encodeForm(const FormParams &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace patchline::twilio
