#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace patchline::twilio {

/// What the voice webhook answers: `<Connect><Stream url>` with `<Parameter>`s
/// (reference/twilio.md §2.3). Never a query string on the stream URL (§1.1) and never a
/// `track` attribute on `<Connect>` (§1.6, error 31941).
struct StreamTwiml
{
    QString streamUrl;                         ///< absolute wss:// URL of /twilio/media
    QString statusCallbackUrl;                 ///< optional <Stream statusCallback>
    QList<QPair<QString, QString>> parameters; ///< become start.customParameters (§1.8)
    QString sayFirst;                          ///< optional <Say> before connecting
};

/// Serialises `t` as a TwiML document (`<?xml …?><Response>…</Response>`, no whitespace,
/// values XML-escaped). Returns an empty string and sets `error` when the URL is not an
/// absolute wss:// URL without a query, or a parameter is 500 characters or longer (§1.7).
QString buildStreamTwiml(const StreamTwiml &t, QString *error = nullptr);

/// A `<Response><Say>…</Say><Hangup/></Response>` document for refusing a call politely.
QString buildSayHangupTwiml(const QString &text);

/// What a TwiML document asks for, as far as the sandbox carrier needs to know.
struct ParsedTwiml
{
    QString streamUrl;
    QList<QPair<QString, QString>> parameters;
    QString track;        ///< `track` attribute on <Stream>, if any (must be empty for <Connect>)
    bool connect = false; ///< <Stream> inside <Connect> (bidirectional)
    QStringList says;
    bool hangup = false;
};

/// Parses a TwiML document. Returns false with `error` (line and reason) when it is not
/// well-formed or has no <Response> root.
bool parseTwiml(const QString &xml, ParsedTwiml &out, QString *error = nullptr);

} // namespace patchline::twilio
