#pragma once

#include <QByteArray>
#include <QString>

namespace patchline::twilio {

/// Per-call stream tokens (issue 16 §1). The voice webhook's TwiML carries
/// `<Parameter name="token" value=…>`; Twilio echoes it in the stream's
/// `start.customParameters` (reference/twilio.md §1.2, §2.3). The upgrade's
/// X-Twilio-Signature covers only the fixed stream URL (§4.4), so one captured header would
/// open any number of streams; the token binds a stream to the CallSid our webhook answered
/// and expires.
///
/// Token: "<expiry unix s>.<base64url HMAC-SHA256(key, CallSid + '.' + expiry)>", 60
/// characters at most. Pure; any thread.
QString makeStreamToken(const QByteArray &key, const QString &callSid, qint64 expiresUnix);

/// Checks `token` for `callSid` at `nowUnix`. False with `reason` (missing, malformed,
/// expired, not for this CallSid) in operator words; compared in constant time.
bool verifyStreamToken(const QByteArray &key, const QString &callSid, const QString &token,
                       qint64 nowUnix, QString *reason = nullptr);

/// How long a token stays valid after the webhook answered: Twilio opens the stream within
/// seconds of the TwiML (§1.1); minutes leave room for a slow tunnel.
inline constexpr qint64 kStreamTokenLifetimeSecs = 10 * 60;

} // namespace patchline::twilio
