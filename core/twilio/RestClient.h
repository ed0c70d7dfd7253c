#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace patchline::twilio {

/// HTTP Basic credentials for the REST API (reference/twilio.md §3.1): Account SID + Auth
/// Token, or API Key SID (SK…) + secret. The path always uses the Account SID.
struct Credentials
{
    QString accountSid;  ///< AC…
    QByteArray username; ///< AC… or SK…
    QByteArray secret;   ///< Auth Token or API key secret
};

/// Outcome of one REST call. On failure `status` is the HTTP status (0 = not reached),
/// `code` Twilio's error code when it sent one, and `error` operator words with the fix.
template <typename T> struct TwilioResult
{
    T value{};
    int status = 0;
    int code = 0;
    QString error;
    int attempts = 0; ///< requests made, retries included
    /// The request may have taken effect though it failed (5xx, timeout, connection lost).
    bool unsure = false;
    int retryAfterSecs = -1; ///< a 429's Retry-After, when it sent one
    bool ok() const { return error.isEmpty(); }
};

/// The call resource (§3.3), the fields the console shows.
struct CallResource
{
    QString sid;
    QString status;
    QString direction;
    QString from;
    QString to;
    QString duration;
    QString price;         ///< e.g. "-0.01300"; empty until Twilio has priced the call
    QString priceUnit;     ///< ISO 4217, e.g. "USD"
    QDateTime dateCreated; ///< `date_created` (RFC 2822, §3.1); invalid when absent
};

/// GET /Accounts/{Sid}.json (§3.5).
struct AccountInfo
{
    QString sid;
    QString friendlyName;
    QString status; ///< active | suspended | closed
    QString type;   ///< Trial | Full
};

/// One IncomingPhoneNumbers or OutgoingCallerIds entry (§3.5).
struct PhoneNumber
{
    QString sid;
    QString phoneNumber; ///< E.164
    QString friendlyName;
    bool voice = true;
};

/// What POST …/Calls.json needs (§3.2).
struct CreateCall
{
    QString to;
    QString from;
    QString url;            ///< our /twilio/voice
    QString statusCallback; ///< our /twilio/status; events initiated/ringing/answered/completed
    int timeoutSecs = 30;
    QString machineDetection; ///< "", "Enable" or "DetectMessageEnd"
    /// False: retry only a 429 (Twilio made no call). A 5xx or a lost connection may or may
    /// not have created the call, so a caller that must not dial twice (a campaign, issue 19)
    /// gets the error with `unsure` set and resolves it with listCalls().
    bool retryUnsure = true;
    bool record = false;
};

/// Twilio's REST API, 2010-04-01 (reference/twilio.md §3): create and hang up calls, read
/// the account and its numbers. Asynchronous; each callback runs once on the thread that
/// owns this object and `nam`. Retries with exponential back-off (0.5, 1, 2 s, or the
/// server's Retry-After) on 429 and 5xx only; 15 s timeout per attempt. Secrets are never
/// logged or put into error texts.
class RestClient : public QObject
{
    Q_OBJECT
public:
    RestClient(QNetworkAccessManager *nam, const QUrl &apiBase, const Credentials &credentials,
               QObject *parent = nullptr);

    /// Maximum retries after the first attempt (default 3).
    void setMaxRetries(int retries) { m_maxRetries = retries; }

    void createCall(const CreateCall &call, std::function<void(TwilioResult<CallResource>)> done);
    /// Ends a call: `Status=completed`, or `canceled` for a queued/ringing call (§3.4).
    void hangup(const QString &callSid, bool cancel,
                std::function<void(TwilioResult<CallResource>)> done);
    /// GET …/Calls/{Sid}.json (§3.5): status, duration and price of one call.
    void fetchCall(const QString &callSid, std::function<void(TwilioResult<CallResource>)> done);
    /// GET …/Calls.json?To=&From=&PageSize=20: the newest calls between the two numbers
    /// (Twilio's list is newest first; one page). Used to resolve a create whose answer was
    /// lost (CreateCall::retryUnsure).
    void listCalls(const QString &to, const QString &from,
                   std::function<void(TwilioResult<QList<CallResource>>)> done);
    void fetchAccount(std::function<void(TwilioResult<AccountInfo>)> done);
    /// The account's numbers, following `next_page_uri`.
    void listIncomingNumbers(std::function<void(TwilioResult<QList<PhoneNumber>>)> done);
    /// Verified caller IDs (what a trial account may call).
    void listOutgoingCallerIds(std::function<void(TwilioResult<QList<PhoneNumber>>)> done);

private:
    struct Reply
    {
        int status = 0;
        int code = 0;
        QByteArray body;
        QString error;
        int attempts = 0;
        int retryAfterSecs = -1;
    };
    /// `retryUnsure` false: only 429 is retried (see CreateCall::retryUnsure).
    void send(const QByteArray &method, const QString &pathOrUri,
              const QList<QPair<QString, QString>> &form, std::function<void(Reply)> done,
              int attempt = 0, bool retryUnsure = true);
    void listNumbers(const QString &uri, const QString &key, QList<PhoneNumber> collected,
                     std::function<void(TwilioResult<QList<PhoneNumber>>)> done);
    QString accountPath(const QString &tail) const;

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    Credentials m_creds;
    int m_maxRetries = 3;
};

} // namespace patchline::twilio
