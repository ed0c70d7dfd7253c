#include "twilio/Signature.h"

#include <QCoreApplication>

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace patchline::twilio {

FormParams parseForm(const QByteArray &body)
{
    FormParams out;
    for (const QByteArray &part : body.split('&')) {
        if (part.isEmpty())
            continue;
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

QString computeSignature(const QByteArray &authToken, const QString &url, const FormParams &params)
{
    FormParams sorted = params;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        const QByteArray ka = a.first.toUtf8(), kb = b.first.toUtf8();
        if (ka != kb)
            return ka < kb;
        return a.second.toUtf8() < b.second.toUtf8();
    });
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QByteArray data = url.toUtf8();
    for (const auto &[k, v] : sorted) {
        data += k.toUtf8();
        data += v.toUtf8();
    }
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(data, authToken, QCryptographicHash::Sha1).toBase64());
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
    for (const QString &variant : signatureUrlVariants(url)) {
        if (constantTimeEquals(computeSignature(authToken, variant, params).toLatin1(),
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

} // namespace patchline::twilio
