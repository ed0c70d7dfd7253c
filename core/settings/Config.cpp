#include "settings/Config.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace patchline::settings {

QString BridgeConfig::publicBase() const
{
    QString base = publicUrl;
    if (base.isEmpty()) {
        const QString host = bindAddress == QHostAddress::Any || bindAddress.isNull()
                                 ? QStringLiteral("127.0.0.1")
                                 : bindAddress.toString();
        base = QStringLiteral("http://%1:%2").arg(host).arg(port);
    }
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

QString BridgeConfig::publicWsUrl(const QString &path) const
{
    QString base = publicBase();
    if (base.startsWith(u"https://"))
        base.replace(0, 5, QStringLiteral("wss"));
    else if (base.startsWith(u"http://"))
        base.replace(0, 4, QStringLiteral("ws"));
    return base + path;
}

QString BridgeConfig::redacted() const
{
    const auto secret = [](const QByteArray &s) {
        return s.isEmpty() ? QStringLiteral("not set") : QStringLiteral("set");
    };
    return QStringLiteral("bind=%1:%2 public=%3 twilioAuthToken=%4 elevenlabs=%5 apiKey=%6 "
                          "agent=%7 data=%8 record=%9 webhookSecret=%10 store=%11")
        .arg(bindAddress.toString())
        .arg(port)
        .arg(publicBase(), secret(twilioAuthToken), elevenLabsApiBase.toString(),
             secret(elevenLabsApiKey), defaultAgentId, dataDir,
             record ? QStringLiteral("on") : QStringLiteral("off"), secret(elevenLabsWebhookSecret))
        .arg(storeUrl.isEmpty() ? QStringLiteral("sqlite") : storeUrl.section(u'@', -1));
}

QByteArray BridgeConfig::twilioRestUser() const
{
    return twilioApiKey.isEmpty() ? twilioAccountSid.toLatin1() : twilioApiKey;
}

QByteArray BridgeConfig::twilioRestSecret() const
{
    return twilioApiKey.isEmpty() ? twilioAuthToken : twilioApiSecret;
}

namespace {
QString hmacHex(const QByteArray &key, const QByteArray &message)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex());
}

QString nonceTag(const QByteArray &key, const QString &random)
{
    return hmacHex(key, "patchline health nonce v1:" + random.toUtf8()).left(16);
}
} // namespace

QString BridgeConfig::healthProof(const QString &nonce) const
{
    return hmacHex(instanceKey, "patchline health v1:" + nonce.toUtf8());
}

QString BridgeConfig::ownHealthNonce() const
{
    const QString random =
        QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    return random + u'.' + nonceTag(instanceKey, random);
}

bool BridgeConfig::isOwnHealthNonce(const QString &nonce) const
{
    if (instanceKey.isEmpty() || nonce.size() != 33 || nonce.at(16) != u'.')
        return false;
    const QString expected = nonceTag(instanceKey, nonce.left(16));
    char16_t diff = 0; // constant time: the whole tag is compared
    for (qsizetype i = 0; i < 16; ++i)
        diff |= char16_t(expected.at(i).unicode() ^ nonce.at(17 + i).unicode());
    return diff == 0;
}

QString defaultDataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

} // namespace patchline::settings
