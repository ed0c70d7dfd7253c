#include "settings/Redact.h"

#include <QList>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>

namespace patchline::settings {

namespace {
QMutex g_mutex;
QList<QString> g_secrets; ///< longest first, so a secret containing another goes whole
QtMessageHandler g_previous = nullptr;
const QString kRedacted = QStringLiteral("[redacted]");

void redactingHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (g_previous)
        g_previous(type, ctx, redact(msg));
}
} // namespace

void registerSecret(const QByteArray &secret)
{
    if (secret.size() < 6)
        return;
    const QString s = QString::fromUtf8(secret);
    QMutexLocker lock(&g_mutex);
    if (g_secrets.contains(s))
        return;
    g_secrets.append(s);
    std::sort(g_secrets.begin(), g_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void clearRegisteredSecrets()
{
    QMutexLocker lock(&g_mutex);
    g_secrets.clear();
}

QString redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&g_mutex);
        for (const QString &s : std::as_const(g_secrets))
            out.replace(s, kRedacted);
    }
    // Credential-bearing fields, whatever their value.
    static const QRegularExpression header(
        QStringLiteral(
            R"R((authorization|xi-api-key|x-twilio-signature)(\s*"?\s*[:=]\s*"?(?:basic\s+|bearer\s+)?)[^\s",}]+)R"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression param(
        QStringLiteral(
            R"R(\b(conversation_signature|token|auth_token|api_key|secret)=([^&\s"]+))R"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression json(
        QStringLiteral(R"R("(auth_token|api_key|xi_api_key|secret)"\s*:\s*"[^"]*")R"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(header, QStringLiteral("\\1\\2") + kRedacted);
    out.replace(param, QStringLiteral("\\1=") + kRedacted);
    out.replace(json, QStringLiteral("\"\\1\":\"") + kRedacted + u'"');
    return out;
}

void installRedactingMessageHandler()
{
    QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        g_previous = previous;
}

} // namespace patchline::settings
