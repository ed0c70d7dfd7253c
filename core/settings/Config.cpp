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
                          "agent=%7 data=%8 record=%9 webhookSecret=%10")
        .arg(bindAddress.toString())
        .arg(port)
        .arg(publicBase(), secret(twilioAuthToken), elevenLabsApiBase.toString(),
             secret(elevenLabsApiKey), defaultAgentId, dataDir,
             record ? QStringLiteral("on") : QStringLiteral("off"),
             secret(elevenLabsWebhookSecret));
}

QByteArray BridgeConfig::twilioRestUser() const
{
    return twilioApiKey.isEmpty() ? twilioAccountSid.toLatin1() : twilioApiKey;
}

QByteArray BridgeConfig::twilioRestSecret() const
{
    return twilioApiKey.isEmpty() ? twilioAuthToken : twilioApiSecret;
}

QString BridgeConfig::healthProof(const QString &nonce) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(nonce.toUtf8(), instanceKey, QCryptographicHash::Sha256)
            .toHex());
}

QString BridgeConfig::ownHealthNonce() const
{
    const QString random =
        QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    return random + u'.' + healthProof(random).left(16);
}

bool BridgeConfig::isOwnHealthNonce(const QString &nonce) const
{
    const qsizetype dot = nonce.indexOf(u'.');
    return !instanceKey.isEmpty() && dot == 16 && nonce.size() == 33 &&
           nonce.mid(17) == healthProof(nonce.left(16)).left(16);
}

QString defaultDataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

} // namespace patchline::settings
