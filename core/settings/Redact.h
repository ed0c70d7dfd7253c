#pragma once

#include <QByteArray>
#include <QString>

namespace patchline::settings {

/// Registers a secret value so redact() removes it from any text (logs, the wire
/// inspector, exported bundles). Thread-safe. Values shorter than 6 bytes are ignored
/// (they would blank out ordinary words).
void registerSecret(const QByteArray &secret);
/// Forgets every registered secret (tests).
void clearRegisteredSecrets();

/// `text` with every registered secret, and every value of a credential-bearing field
/// (`Authorization:` / `xi-api-key:` headers, `conversation_signature=`, `token=`,
/// `"auth_token":"…"`), replaced by "[redacted]". Thread-safe.
QString redact(const QString &text);

/// Installs a Qt message handler that redacts every qDebug/qWarning/… line before the
/// previous handler prints it. Call once at start-up.
void installRedactingMessageHandler();

} // namespace patchline::settings
