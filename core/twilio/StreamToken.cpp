#include "twilio/StreamToken.h"

#include "twilio/Signature.h"

#include "call/Tr.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

namespace patchline::twilio {

namespace {
QByteArray mac(const QByteArray &key, const QString &callSid, qint64 expiresUnix)
{
    return QMessageAuthenticationCode::hash(callSid.toUtf8() + '.' +
                                                QByteArray::number(expiresUnix),
                                            key, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString tr(const char *s)
{
    return translateIn({"patchline::twilio", "Twilio"}, s);
}
} // namespace

QString makeStreamToken(const QByteArray &key, const QString &callSid, qint64 expiresUnix)
{
    return QString::number(expiresUnix) + u'.' +
           QString::fromLatin1(mac(key, callSid, expiresUnix));
}

bool verifyStreamToken(const QByteArray &key, const QString &callSid, const QString &token,
                       qint64 nowUnix, QString *reason)
{
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (token.isEmpty())
        return fail(tr("the stream's start carries no token parameter"));
    const qsizetype dot = token.indexOf(u'.');
    bool ok = false;
    const qint64 expires = dot > 0 && dot <= 12 ? token.left(dot).toLongLong(&ok) : 0;
    if (!ok || token.size() > 64)
        return fail(tr("the stream's token is malformed"));
    if (expires < nowUnix)
        return fail(tr("the stream's token expired %1 s ago").arg(nowUnix - expires));
    if (!constantTimeEquals(token.mid(dot + 1).toLatin1(), mac(key, callSid, expires)))
        return fail(tr("the stream's token was not issued for this CallSid"));
    return true;
}

} // namespace patchline::twilio
