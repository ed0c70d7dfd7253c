#include "campaign/CampaignExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace patchline::campaign {

namespace {

constexpr qsizetype kMaxValue = 1000;

QString asText(const QJsonValue &v)
{
    QString s;
    if (v.isString())
        s = v.toString();
    else if (v.isBool())
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        s = QString::number(v.toDouble());
    else if (v.isObject() || v.isArray())
        s = QString::fromUtf8(v.isObject()
                                  ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return s.left(kMaxValue);
}

/// One CSV field: formula-like text defused, quoted when needed (RFC 4180).
QString field(QString v, bool defuse = true)
{
    if (defuse && !v.isEmpty() &&
        (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@' ||
         v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

} // namespace

CallAnalysis analysisOf(const elevenlabs::PostCallData &data)
{
    CallAnalysis a;
    a.callSuccessful = data.callSuccessful;
    const QJsonObject analysis = data.raw.value(u"analysis").toObject();
    if (a.callSuccessful.isEmpty())
        a.callSuccessful = analysis.value(u"call_successful").toString().left(32);
    const QJsonObject criteria = analysis.value(u"evaluation_criteria_results").toObject();
    for (auto it = criteria.begin(); it != criteria.end(); ++it)
        a.criteria.append({it.key().left(100), asText(it.value().toObject().value(u"result"))});
    const QJsonObject collected = analysis.value(u"data_collection_results").toObject();
    for (auto it = collected.begin(); it != collected.end(); ++it)
        a.data.append({it.key().left(100), asText(it.value().toObject().value(u"value"))});
    return a;
}

QByteArray resultsCsv(const QList<CampaignRow> &rows, const QHash<QString, CallAnalysis> &analysis)
{
    QStringList variables, criteria, data;
    QSet<QString> seenV, seenC, seenD;
    for (const CampaignRow &r : rows) {
        for (const auto &[k, v] : r.variables)
            if (!seenV.contains(k)) {
                seenV.insert(k);
                variables.append(k);
            }
        const CallAnalysis a = analysis.value(r.conversationId);
        for (const auto &[k, v] : a.criteria)
            if (!seenC.contains(k)) {
                seenC.insert(k);
                criteria.append(k);
            }
        for (const auto &[k, v] : a.data)
            if (!seenD.contains(k)) {
                seenD.insert(k);
                data.append(k);
            }
    }
    QStringList header{QStringLiteral("row"), QStringLiteral("phone_number")};
    for (const QString &v : variables)
        header.append(field(v));
    header << QStringLiteral("status") << QStringLiteral("attempts") << QStringLiteral("call_sid")
           << QStringLiteral("duration_secs") << QStringLiteral("outcome")
           << QStringLiteral("call_successful");
    for (const QString &c : criteria)
        header.append(field(QStringLiteral("criterion:") + c));
    for (const QString &d : data)
        header.append(field(QStringLiteral("data:") + d));
    header.append(QStringLiteral("error"));
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const CampaignRow &r : rows) {
        QStringList line{QString::number(r.row), field(r.phone, false)};
        QHash<QString, QString> vars;
        for (const auto &[k, v] : r.variables)
            vars.insert(k, v);
        for (const QString &v : variables)
            line.append(field(vars.value(v)));
        const CallAnalysis a = analysis.value(r.conversationId);
        line << statusName(r.status) << QString::number(r.attempts) << field(r.callSid)
             << (r.durationSecs < 0 ? QString() : QString::number(r.durationSecs))
             << field(r.outcome) << field(a.callSuccessful);
        QHash<QString, QString> c, d;
        for (const auto &[k, v] : a.criteria)
            c.insert(k, v);
        for (const auto &[k, v] : a.data)
            d.insert(k, v);
        for (const QString &k : criteria)
            line.append(field(c.value(k)));
        for (const QString &k : data)
            line.append(field(d.value(k)));
        line.append(field(r.error));
        out += line.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace patchline::campaign
