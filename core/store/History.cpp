#include "store/History.h"

#include <QRegularExpression>

namespace patchline::store {

QJsonObject metricsJson(const bridge::CallSnapshot &s)
{
    return QJsonObject{
        {QStringLiteral("durationMs"), s.durationMs},
        {QStringLiteral("callerFrames"), s.callerFrames},
        {QStringLiteral("callerFramesDropped"), s.callerFramesDropped},
        {QStringLiteral("agentChunks"), s.agentChunks},
        {QStringLiteral("agentChunksDropped"), s.agentChunksDropped},
        {QStringLiteral("agentMs"), s.agentMs},
        {QStringLiteral("turns"), s.turns},
        {QStringLiteral("turnLatencyP50Ms"), s.turnLatencyP50Ms},
        {QStringLiteral("turnLatencyP90Ms"), s.turnLatencyP90Ms},
        {QStringLiteral("bargeIns"), s.bargeIns},
        {QStringLiteral("lastTimeToYieldMs"), s.lastTimeToYieldMs},
        {QStringLiteral("inboundJitterP99Ms"), s.inboundJitterP99Ms},
        {QStringLiteral("agentPingMs"), s.agentPingMs},
        {QStringLiteral("marksSent"), s.marksSent},
        {QStringLiteral("marksEchoed"), s.marksEchoed},
        {QStringLiteral("pings"), s.pings},
        {QStringLiteral("pongs"), s.pongs},
        {QStringLiteral("agentFormats"), s.agentFormats},
        {QStringLiteral("conversion"), s.conversion},
        {QStringLiteral("conversionUs"), s.conversionUs},
        {QStringLiteral("twilioStatus"), s.twilioStatus},
        {QStringLiteral("twilioDurationSecs"), s.twilioDurationSecs},
    };
}

QString ftsQuery(const QString &typed)
{
    static const QRegularExpression words(QStringLiteral("[\\w']+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (auto it = words.globalMatch(typed); it.hasNext();) {
        QString w = it.next().captured();
        if (w.count(u'\'') == w.size())
            continue; // apostrophes only: no word
        w.replace(u'"', QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(w);
    }
    return terms.join(u' ');
}

} // namespace patchline::store
