#pragma once

#include <QString>

namespace patchline::twilio {

/// A Twilio error code explained in operator words (reference/twilio.md §5).
struct ErrorExplanation
{
    QString title; ///< short name, e.g. "Handshake error"
    QString cause; ///< what usually causes it
    QString fix;   ///< what to do, in one sentence
    bool known() const { return !title.isEmpty(); }
};

/// Looks up `code`; unknown codes return an empty explanation.
ErrorExplanation explainError(int code);

/// "21211 Invalid 'To' number: … Fix: …" or a generic line with Twilio's docs link.
QString describeError(int code, const QString &twilioMessage = {});

} // namespace patchline::twilio
