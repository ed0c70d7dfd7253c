#include "twilio/RestClient.h"

#include "twilio/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace patchline::twilio {

namespace {
CallResource parseCall(const QJsonObject &o)
{
    const auto str = [&o](const char16_t *k) { return o.value(QStringView(k)).toString(); };
    CallResource c;
    c.sid = str(u"sid");
    c.status = str(u"status");
    c.direction = str(u"direction");
    c.from = str(u"from");
    c.to = str(u"to");
    c.duration = str(u"duration");
    c.price = str(u"price");
    c.priceUnit = str(u"price_unit");
    c.dateCreated = QDateTime::fromString(str(u"date_created"), Qt::RFC2822Date);
    return c;
}

QList<PhoneNumber> parseNumbers(const QJsonArray &a)
{
    QList<PhoneNumber> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QJsonObject caps = o.value(u"capabilities").toObject();
        out.append({o.value(u"sid").toString(), o.value(u"phone_number").toString(),
                    o.value(u"friendly_name").toString(),
                    caps.isEmpty() ? true : caps.value(u"voice").toBool()});
    }
    return out;
}

template <typename T> TwilioResult<T> resultOf(const auto &reply)
{
    TwilioResult<T> r;
    r.status = reply.status;
    r.code = reply.code;
    r.error = reply.error;
    r.attempts = reply.attempts;
    r.retryAfterSecs = reply.retryAfterSecs;
    r.unsure = !r.error.isEmpty() && (reply.status == 0 || reply.status >= 500);
    return r;
}
} // namespace

RestClient::RestClient(QNetworkAccessManager *nam, const QUrl &apiBase,
                       const Credentials &credentials, QObject *parent)
    : QObject(parent), m_nam(nam), m_base(apiBase), m_creds(credentials)
{}

QString RestClient::accountPath(const QString &tail) const
{
    return QStringLiteral("/2010-04-01/Accounts/%1%2").arg(m_creds.accountSid, tail);
}

void RestClient::send(const QByteArray &method, const QString &pathOrUri,
                      const QList<QPair<QString, QString>> &form, std::function<void(Reply)> done,
                      int attempt, bool retryUnsure)
{
    QUrl url = m_base.resolved(QUrl(pathOrUri)); // keeps the query of next_page_uri
    QNetworkRequest req(url);
    req.setRawHeader("Authorization",
                     "Basic " + (m_creds.username + ':' + m_creds.secret).toBase64());
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(15000);
    QNetworkReply *reply;
    if (method == "POST") {
        // Form-encoded, repeated keys for multi-valued parameters (§3.1).
        QUrlQuery q;
        for (const auto &[k, v] : form)
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
        reply = m_nam->post(req, q.query(QUrl::FullyEncoded).toUtf8());
    } else {
        reply = m_nam->get(req);
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, pathOrUri, form, done = std::move(done), attempt,
             retryUnsure]() mutable {
                reply->deleteLater();
                Reply r;
                r.attempts = attempt + 1;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r.body = reply->readAll();
                const bool retryable =
                    r.status == 429 ||
                    (retryUnsure &&
                     (r.status >= 500 ||
                      (r.status == 0 && reply->error() != QNetworkReply::OperationCanceledError)));
                bool ok = false;
                const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
                if (ok && retryAfter >= 0)
                    r.retryAfterSecs = retryAfter;
                if (retryable && attempt < m_maxRetries) {
                    int delayMs = 500 << attempt;
                    if (r.retryAfterSecs >= 0)
                        delayMs = std::min(r.retryAfterSecs * 1000, 30000);
                    QTimer::singleShot(delayMs, this, [=, this, done = std::move(done)]() mutable {
                        send(method, pathOrUri, form, std::move(done), attempt + 1, retryUnsure);
                    });
                    return;
                }
                if (r.status == 0) {
                    r.error = tr("could not reach Twilio at %1: %2")
                                  .arg(m_base.toString(), reply->errorString());
                } else if (r.status / 100 != 2) {
                    // §3.6: {"code","message","more_info","status"}
                    const QJsonObject e = QJsonDocument::fromJson(r.body).object();
                    r.code = e.value(u"code").toInt();
                    const QString message = e.value(u"message").toString();
                    r.error = r.code ? describeError(r.code, message)
                                     : tr("Twilio answered HTTP %1: %2").arg(r.status).arg(message);
                }
                done(r);
            });
}

void RestClient::createCall(const CreateCall &call,
                            std::function<void(TwilioResult<CallResource>)> done)
{
    QList<QPair<QString, QString>> form{
        {QStringLiteral("To"), call.to},
        {QStringLiteral("From"), call.from},
        {QStringLiteral("Url"), call.url},
        {QStringLiteral("Timeout"), QString::number(call.timeoutSecs)}};
    if (!call.statusCallback.isEmpty()) {
        form.append({QStringLiteral("StatusCallback"), call.statusCallback});
        for (const char *e : {"initiated", "ringing", "answered", "completed"})
            form.append({QStringLiteral("StatusCallbackEvent"), QString::fromLatin1(e)});
    }
    if (!call.machineDetection.isEmpty())
        form.append({QStringLiteral("MachineDetection"), call.machineDetection});
    if (call.record)
        form.append({QStringLiteral("Record"), QStringLiteral("true")});
    send(
        "POST", accountPath(QStringLiteral("/Calls.json")), form,
        [done = std::move(done)](const Reply &r) {
            auto out = resultOf<CallResource>(r);
            if (out.ok())
                out.value = parseCall(QJsonDocument::fromJson(r.body).object());
            done(out);
        },
        0, call.retryUnsure);
}

void RestClient::listCalls(const QString &to, const QString &from,
                           std::function<void(TwilioResult<QList<CallResource>>)> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("To"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
    q.addQueryItem(QStringLiteral("From"), QString::fromLatin1(QUrl::toPercentEncoding(from)));
    q.addQueryItem(QStringLiteral("PageSize"), QStringLiteral("20"));
    send("GET", accountPath(QStringLiteral("/Calls.json?")) + q.query(QUrl::FullyEncoded), {},
         [done = std::move(done)](const Reply &r) {
             auto out = resultOf<QList<CallResource>>(r);
             if (out.ok())
                 for (const QJsonValue &v :
                      QJsonDocument::fromJson(r.body).object().value(u"calls").toArray())
                     out.value.append(parseCall(v.toObject()));
             done(out);
         });
}

void RestClient::hangup(const QString &callSid, bool cancel,
                        std::function<void(TwilioResult<CallResource>)> done)
{
    send("POST", accountPath(QStringLiteral("/Calls/%1.json").arg(callSid)),
         {{QStringLiteral("Status"),
           cancel ? QStringLiteral("canceled") : QStringLiteral("completed")}},
         [done = std::move(done)](const Reply &r) {
             auto out = resultOf<CallResource>(r);
             if (out.ok())
                 out.value = parseCall(QJsonDocument::fromJson(r.body).object());
             done(out);
         });
}

void RestClient::fetchCall(const QString &callSid,
                           std::function<void(TwilioResult<CallResource>)> done)
{
    send("GET", accountPath(QStringLiteral("/Calls/%1.json").arg(callSid)), {},
         [done = std::move(done)](const Reply &r) {
             auto out = resultOf<CallResource>(r);
             if (out.ok())
                 out.value = parseCall(QJsonDocument::fromJson(r.body).object());
             done(out);
         });
}

void RestClient::fetchAccount(std::function<void(TwilioResult<AccountInfo>)> done)
{
    send("GET", accountPath(QStringLiteral(".json")), {}, [done = std::move(done)](const Reply &r) {
        auto out = resultOf<AccountInfo>(r);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        out.value = {o.value(u"sid").toString(), o.value(u"friendly_name").toString(),
                     o.value(u"status").toString(), o.value(u"type").toString()};
        done(out);
    });
}

void RestClient::listNumbers(const QString &uri, const QString &key, QList<PhoneNumber> collected,
                             std::function<void(TwilioResult<QList<PhoneNumber>>)> done)
{
    send("GET", uri, {}, [this, key, collected, done = std::move(done)](const Reply &r) mutable {
        auto out = resultOf<QList<PhoneNumber>>(r);
        if (!out.ok()) {
            done(out);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        collected += parseNumbers(o.value(key).toArray());
        const QString next = o.value(u"next_page_uri").toString();
        if (!next.isEmpty() && collected.size() < 10000) {
            listNumbers(next, key, std::move(collected), std::move(done));
            return;
        }
        out.value = collected;
        done(out);
    });
}

void RestClient::listIncomingNumbers(std::function<void(TwilioResult<QList<PhoneNumber>>)> done)
{
    listNumbers(accountPath(QStringLiteral("/IncomingPhoneNumbers.json?PageSize=50")),
                QStringLiteral("incoming_phone_numbers"), {}, std::move(done));
}

void RestClient::listOutgoingCallerIds(std::function<void(TwilioResult<QList<PhoneNumber>>)> done)
{
    listNumbers(accountPath(QStringLiteral("/OutgoingCallerIds.json?PageSize=50")),
                QStringLiteral("outgoing_caller_ids"), {}, std::move(done));
}

} // namespace patchline::twilio
