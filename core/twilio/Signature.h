#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace patchline::twilio {

/// Form parameters of a webhook as (name, decoded value) pairs; repeats allowed.
using FormParams = QList<QPair<QString, QString>>;

/// Most parameters a webhook form may carry (issue 15 §2; Twilio sends about 20).
inline constexpr int kMaxFormParams = 200;

/// Parses an `application/x-www-form-urlencoded` body into decoded pairs ('+' is a space).
/// Stops after `maxParams` pairs and sets `*tooMany` (when given) if more followed.
FormParams parseForm(const QByteArray &body, int maxParams = kMaxFormParams,
                     bool *tooMany = nullptr);

/// The parameter part of the signed string (reference/twilio.md §4.1): pairs sorted by name
/// in byte order (repeated names by value), duplicates once, each as name+value, UTF-8.
/// Built once per request and reused for every URL variant.
QByteArray canonicalParams(const FormParams &params);
/// application/x-www-form-urlencoded: every key and value percent-encoded (RFC 3986
/// unreserved characters kept), `k=v` joined by '&'. parseForm(encodeForm(p)) == p.
QByteArray encodeForm(const FormParams &params);

/// True when `signature` can be an X-Twilio-Signature at all: base64 of a 20-byte HMAC-SHA1
/// (28 characters). Checked before a request's body is parsed (issue 15 §2).
bool isSignatureShaped(const QByteArray &signature);

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
