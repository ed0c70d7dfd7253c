#pragma once

#include <QString>

namespace patchline::twilio {

/// Normalises a typed phone number to E.164 (reference/twilio.md §3.2: `To`/`From` are
/// E.164): spaces, dashes, dots and parentheses are dropped, a leading "00" becomes "+".
/// "+1 (415) 555-1212" → "+14155551212". Returns an empty string, with `error` naming the
/// value and the fix, when the result is not + followed by 7 to 15 digits without a
/// leading zero. (Number-plan checks per country need libphonenumber: issue 5.)
QString normalizeE164(const QString &typed, QString *error = nullptr);

} // namespace patchline::twilio
