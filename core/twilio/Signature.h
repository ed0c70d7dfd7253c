#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace patchline::twilio {

/// Form parameters of a webhook as (name, decoded value) pairs; repeats allowed.
using FormParams = QList<QPair<QString, QString>>;

/// Parses an `application/x-www-form-urlencoded` body into decoded pairs ('+' is a space).
FormParams parseForm(const QByteArray &body);

/// Computes `X-Twilio-Signature` (reference/twilio.md §4.1): base64(HMAC-SHA1(authToken,
/// url + params sorted by name (byte order; repeated names sorted by value) as name+value)).
/// `url` is used exactly as given. Any thread; pure.
QString computeSignature(const QByteArray &authToken, const QString &url,
                         const FormParams &params = {});

/// Compares two signatures in constant time (length leaks, content does not).
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// The URL variants Twilio may have signed for `url` (§4.2/§4.4): as given, with user info
/// removed, with the default port added or removed, and with/without a trailing slash on
/// the path. The first entry is `url` itself.
QStringList signatureUrlVariants(const QString &url);

/// Result of validating a request signature.
struct SignatureCheck
{
    bool ok = false;
    QString reason;    ///< why it failed, for the log and the console
    QString signedUrl; ///< the URL variant that matched (or the primary one on failure)
};

/// Validates `signature` for a request to `url` with `params`, trying every variant of
/// signatureUrlVariants(). A missing signature or an empty token fails with a reason.
SignatureCheck validateSignature(const QByteArray &authToken, const QString &url,
                                 const FormParams &params, const QByteArray &signature);

} // namespace patchline::twilio
