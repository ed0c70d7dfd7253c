#include "campaign/Campaign.h"

#include "call/Tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace patchline::campaign {

namespace {

QString tr(const char *text)
{
    return translateIn({"patchline::campaign"}, text);
}

} // namespace

QString statusName(RowStatus s)
{
    switch (s) {
    case RowStatus::Queued:
        return QStringLiteral("queued");
    case RowStatus::Dialling:
        return QStringLiteral("dialling");
    case RowStatus::Live:
        return QStringLiteral("live");
    case RowStatus::Retrying:
        return QStringLiteral("retrying");
    case RowStatus::Done:
        return QStringLiteral("done");
    case RowStatus::Failed:
        return QStringLiteral("failed");
    case RowStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

RowStatus statusFromName(QStringView name)
{
    for (RowStatus s : {RowStatus::Dialling, RowStatus::Live, RowStatus::Retrying, RowStatus::Done,
                        RowStatus::Failed, RowStatus::Cancelled})
        if (name == statusName(s))
            return s;
    return RowStatus::Queued;
}

QString statusText(RowStatus s)
{
    switch (s) {
    case RowStatus::Queued:
        return tr("queued");
    case RowStatus::Dialling:
        return tr("dialling");
    case RowStatus::Live:
        return tr("live");
    case RowStatus::Retrying:
        return tr("retrying");
    case RowStatus::Done:
        return tr("done");
    case RowStatus::Failed:
        return tr("failed");
    case RowStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

Outcome outcomeFromTwilio(QStringView twilioStatus, bool bridgeFailed)
{
    if (twilioStatus == u"completed")
        return bridgeFailed ? Outcome::Failed : Outcome::Completed;
    if (twilioStatus == u"busy")
        return Outcome::Busy;
    if (twilioStatus == u"no-answer")
        return Outcome::NoAnswer;
    if (twilioStatus == u"canceled")
        return Outcome::Canceled;
    return Outcome::Failed;
}

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Completed:
        return QStringLiteral("completed");
    case Outcome::Busy:
        return QStringLiteral("busy");
    case Outcome::NoAnswer:
        return QStringLiteral("no-answer");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Canceled:
        return QStringLiteral("canceled");
    case Outcome::NotPlaced:
        return QStringLiteral("not-placed");
    }
    return {};
}

CampaignCounts countRows(const QList<CampaignRow> &rows)
{
    CampaignCounts c;
    for (const CampaignRow &r : rows) {
        switch (r.status) {
        case RowStatus::Queued:
            ++c.queued;
            break;
        case RowStatus::Dialling:
            ++c.dialling;
            break;
        case RowStatus::Live:
            ++c.live;
            break;
        case RowStatus::Retrying:
            ++c.retrying;
            break;
        case RowStatus::Done:
            ++c.done;
            break;
        case RowStatus::Failed:
            ++c.failed;
            break;
        case RowStatus::Cancelled:
            ++c.cancelled;
            break;
        }
    }
    return c;
}

QStringList timeZonesForRegion(const QString &regionCode)
{
    const QLocale::Territory t = QLocale::codeToTerritory(regionCode);
    if (t == QLocale::AnyTerritory)
        return {};
    QStringList out;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds(t))
        out.append(QString::fromLatin1(id));
    return out;
}

QString uniqueTimeZoneForRegion(const QString &regionCode, int year)
{
    const QStringList zones = timeZonesForRegion(regionCode);
    if (zones.isEmpty())
        return {};
    const QDateTime jan(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime jul(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
    const QTimeZone first(zones.first().toLatin1());
    for (const QString &z : zones) {
        const QTimeZone tz(z.toLatin1());
        if (tz.offsetFromUtc(jan) != first.offsetFromUtc(jan) ||
            tz.offsetFromUtc(jul) != first.offsetFromUtc(jul))
            return {};
    }
    return zones.first();
}

QByteArray settingsToJson(const CampaignSettings &s)
{
    const QJsonObject o{
        {QStringLiteral("name"), s.name},
        {QStringLiteral("agent_id"), s.agentId},
        {QStringLiteral("from"), s.from},
        {QStringLiteral("concurrency"), s.concurrency},
        {QStringLiteral("cps"), s.cps},
        {QStringLiteral("window"), s.window.enabled},
        {QStringLiteral("window_start"), s.window.start.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("window_end"), s.window.end.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("time_zone"), s.timeZone},
        {QStringLiteral("max_attempts"), s.retry.maxAttempts},
        {QStringLiteral("retry_spacing_secs"), s.retry.spacingSecs},
        {QStringLiteral("retry_busy"), s.retry.onBusy},
        {QStringLiteral("retry_no_answer"), s.retry.onNoAnswer},
        {QStringLiteral("retry_failed"), s.retry.onFailed},
        {QStringLiteral("machine_detection"), s.machineDetection},
        {QStringLiteral("ring_timeout_secs"), s.ringTimeoutSecs}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

CampaignSettings settingsFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    CampaignSettings s;
    s.name = o.value(u"name").toString();
    s.agentId = o.value(u"agent_id").toString();
    s.from = o.value(u"from").toString();
    s.concurrency = std::clamp(o.value(u"concurrency").toInt(s.concurrency), 1, 50);
    s.cps = std::clamp(o.value(u"cps").toDouble(s.cps), 0.1, 100.0);
    s.window.enabled = o.value(u"window").toBool(false);
    const QTime start = QTime::fromString(o.value(u"window_start").toString(), u"HH:mm");
    const QTime end = QTime::fromString(o.value(u"window_end").toString(), u"HH:mm");
    if (start.isValid())
        s.window.start = start;
    if (end.isValid())
        s.window.end = end;
    s.timeZone = o.value(u"time_zone").toString();
    s.retry.maxAttempts = std::clamp(o.value(u"max_attempts").toInt(s.retry.maxAttempts), 1, 10);
    s.retry.spacingSecs =
        std::clamp(o.value(u"retry_spacing_secs").toInt(s.retry.spacingSecs), 0, 7 * 86400);
    s.retry.onBusy = o.value(u"retry_busy").toBool(s.retry.onBusy);
    s.retry.onNoAnswer = o.value(u"retry_no_answer").toBool(s.retry.onNoAnswer);
    s.retry.onFailed = o.value(u"retry_failed").toBool(s.retry.onFailed);
    s.machineDetection = o.value(u"machine_detection").toBool(false);
    s.ringTimeoutSecs = std::clamp(o.value(u"ring_timeout_secs").toInt(s.ringTimeoutSecs), 5, 600);
    return s;
}

QByteArray variablesToJson(const QList<QPair<QString, QString>> &vars)
{
    QJsonArray a;
    for (const auto &[k, v] : vars)
        a.append(QJsonArray{k, v});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QList<QPair<QString, QString>> variablesFromJson(const QByteArray &json)
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return out;
}

} // namespace patchline::campaign
