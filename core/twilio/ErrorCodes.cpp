#include "twilio/ErrorCodes.h"

#include "call/Tr.h"

#include <QCoreApplication>

namespace patchline::twilio {

namespace {
QString tr(const char *s)
{
    return translateIn({"patchline::twilio"}, s);
}
} // namespace

ErrorExplanation explainError(int code)
{
    switch (code) {
    case 11200:
        return {tr("Webhook failed"),
                tr("Twilio could not fetch TwiML from Patchline's voice webhook (unreachable, "
                   "slow, or an error status)."),
                tr("Check that the public URL reaches this app and run the reachability test.")};
    case 13227:
        return {tr("Geo permission"),
                tr("The account's voice geographic permissions do not allow this destination."),
                tr("Enable the country in Twilio Console → Voice → Geo permissions.")};
    case 20003:
        return {tr("Authentication failed"),
                tr("Wrong Account SID / Auth Token or API key, a deleted key, or a suspended "
                   "account."),
                tr("Re-enter the Twilio credentials in settings and press Test.")};
    case 20404:
        return {tr("Not found"), tr("The call, number or account does not exist (or has ended)."),
                tr("Check the SID; an ended call cannot be changed.")};
    case 20429:
        return {tr("Too many requests"), tr("The account's API rate limit was reached."),
                tr("Patchline retries with back-off; place fewer calls per second.")};
    case 21210:
        return {tr("Caller ID not allowed"),
                tr("The From number is not a Twilio number or verified caller ID of this "
                   "account."),
                tr("Pick a From number from the account's numbers.")};
    case 21211:
        return {tr("Invalid 'To' number"), tr("The number is not a valid, dialable E.164 number."),
                tr("Enter the number with + and country code, e.g. +14155551212.")};
    case 21215:
        return {tr("Geo permission"),
                tr("Geographic permissions do not allow calling this destination."),
                tr("Enable the country in Twilio Console → Voice → Geo permissions.")};
    case 21219:
        return {tr("Unverified number (trial)"),
                tr("Trial accounts may only call verified numbers."),
                tr("Verify the number in Twilio Console, or upgrade the account.")};
    case 21220:
        return {tr("Invalid call state"), tr("The call is no longer in progress."),
                tr("Nothing to do: the call has already ended.")};
    case 21608:
        return {tr("Unverified number (trial)"),
                tr("Trial accounts may only reach verified numbers."),
                tr("Verify the number in Twilio Console, or upgrade the account.")};
    case 31920:
        return {tr("Stream handshake error"),
                tr("Patchline answered the media stream upgrade with a status other than 101: "
                   "wrong path, a query string in the stream URL, or a signature check that "
                   "failed because the public URL is wrong."),
                tr("Check the public URL setting; the signature-failure log names the URL "
                   "that was checked.")};
    case 31921:
        return {tr("Stream closed by the app"),
                tr("Patchline closed the media stream. Twilio logs this even when the call "
                   "ended on purpose (agent hung up, operator ended it)."),
                tr("Look at the call's end reason in Patchline; often no action is needed.")};
    case 31924:
        return {tr("Stream protocol error"),
                tr("Twilio received a malformed WebSocket frame or message from Patchline."),
                tr("Report it with the call's incident bundle.")};
    case 31941:
        return {tr("Invalid stream track"),
                tr("A track other than inbound_track was requested on <Connect><Stream> "
                   "(for example track=\"both_tracks\")."),
                tr("Patchline never sets track on <Connect>; check TwiML served by another "
                   "app.")};
    case 31950:
        return {tr("Malformed stream message"),
                tr("Twilio could not decode a message (binary frame or raw bytes)."),
                tr("Report it with the call's incident bundle.")};
    case 31951:
        return {tr("Invalid stream message"),
                tr("A message was not JSON, had an unknown event, extra fields or a wrong "
                   "streamSid."),
                tr("Report it with the call's incident bundle.")};
    default:
        return {};
    }
}

QString describeError(int code, const QString &twilioMessage)
{
    const ErrorExplanation e = explainError(code);
    if (!e.known())
        return tr("Twilio error %1%2 (see https://www.twilio.com/docs/errors/%1)")
            .arg(code)
            .arg(twilioMessage.isEmpty() ? QString() : QStringLiteral(": ") + twilioMessage);
    return tr("Twilio error %1, %2: %3 Fix: %4").arg(code).arg(e.title, e.cause, e.fix);
}

} // namespace patchline::twilio
