#pragma once

#include <QString>

namespace patchline::twilio {

/// Normalises a typed phone number to E.164 (reference/twilio.md §3.2: `To`/`From` are
/// E.164): spaces, dashes, dots and parentheses are dropped, a leading "00" becomes "+".
/// "+1 (415) 555-1212" → "+14155551212". Returns an empty string, with `error` naming the
/// value and the fix, when the result is not + followed by 7 to 15 digits without a
/// leading zero. Number-plan checks per country: describeNumber().
QString normalizeE164(const QString &typed, QString *error = nullptr);

/// What the numbering plan says about an E.164 number (Google's libphonenumber metadata).
struct NumberInfo
{
    bool valid = false;   ///< a number that exists in the plan of its country
    QString regionCode;   ///< ISO 3166 ("US", "GB"); "ZZ" when unknown
    QString country;      ///< the region in the user's language ("United States")
    QString type;         ///< display text (translated): "mobile", "landline", "landline or
                          ///< mobile", "toll-free", "premium rate", …, "unknown"
    QString formatted;    ///< international format for display ("+1 415-555-1212")
    bool premium = false; ///< premium rate or shared cost: costs the caller money
};

/// Describes `e164` (as normalizeE164() returns it). Thread-safe.
NumberInfo describeNumber(const QString &e164);

} // namespace patchline::twilio
