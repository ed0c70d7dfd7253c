#include "ui/Format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <climits>
#include <cmath>

namespace patchline::ui {

QString Format::ms(qint64 v)
{
    return v < 0 ? QStringLiteral("–") : tr("%1 ms").arg(QLocale().toString(v));
}

QString Format::seconds(double s, int decimals)
{
    return s < 0 ? QStringLiteral("–") : tr("%1 s").arg(QLocale().toString(s, 'f', decimals));
}

QString Format::twilioPrice(const QString &price)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(-?\\d+(?:\\.\\d+)?)\\s+([A-Z]{3})\\s*$"));
    const QRegularExpressionMatch m = re.match(price);
    if (!m.hasMatch())
        return bridge::boundedRemote(price, 40);
    const double amount = std::abs(m.captured(1).toDouble());
    const QString code = m.captured(2);
    const QString symbol = code == u"USD"   ? QStringLiteral("$")
                           : code == u"EUR" ? QStringLiteral("€")
                           : code == u"GBP" ? QStringLiteral("£")
                                            : code;
    return QLocale().toCurrencyString(amount, symbol, 4);
}

QString Format::credits(double cost)
{
    if (cost < 0)
        return QStringLiteral("–");
    const auto n = qint64(std::llround(cost));
    return tr("%Ln credit(s)", nullptr, int(std::min<qint64>(n, INT_MAX)));
}

QString Format::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::state(bridge::CallState state)
{
    using S = bridge::CallState;
    switch (state) {
    case S::WebhookReceived:
        return tr("ringing");
    case S::StreamConnected:
        return tr("connecting");
    case S::AgentConnected:
        return tr("agent connected");
    case S::Live:
        return tr("live");
    case S::Ending:
        return tr("ending");
    case S::Ended:
        return tr("ended");
    }
    return {};
}

QString Format::translated(const QHash<QString, const char *> &names, const QString &key)
{
    const char *name = names.value(key);
    return name ? tr(name) : bridge::boundedRemote(key, 40); // remote text: bounded
}

QString Format::twilioStatus(const QString &status)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("queued"), QT_TR_NOOP("queued")},
        {QStringLiteral("initiated"), QT_TR_NOOP("initiated")},
        {QStringLiteral("ringing"), QT_TR_NOOP("ringing")},
        {QStringLiteral("in-progress"), QT_TR_NOOP("in progress")},
        {QStringLiteral("answered"), QT_TR_NOOP("answered")},
        {QStringLiteral("completed"), QT_TR_NOOP("completed")},
        {QStringLiteral("busy"), QT_TR_NOOP("busy")},
        {QStringLiteral("failed"), QT_TR_NOOP("failed")},
        {QStringLiteral("no-answer"), QT_TR_NOOP("no answer")},
        {QStringLiteral("canceled"), QT_TR_NOOP("canceled")},
    };
    return translated(names, status);
}

QString Format::direction(const QString &direction)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("inbound"), QT_TR_NOOP("inbound")},
        {QStringLiteral("outbound-api"), QT_TR_NOOP("outbound")},
        {QStringLiteral("outbound-dial"), QT_TR_NOOP("outbound (dial)")},
        {QStringLiteral("sandbox"), QT_TR_NOOP("sandbox")},
        {QStringLiteral("test"), QT_TR_NOOP("test agent")},
        {QStringLiteral("replay"), QT_TR_NOOP("replay")},
    };
    return translated(names, direction);
}

QString Format::eventKind(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("state"), QT_TR_NOOP("state")},
        {QStringLiteral("barge-in"), QT_TR_NOOP("barge-in")},
        {QStringLiteral("turn"), QT_TR_NOOP("turn")},
        {QStringLiteral("alarm"), QT_TR_NOOP("alarm")},
        {QStringLiteral("alarm-cleared"), QT_TR_NOOP("alarm cleared")},
        {QStringLiteral("error"), QT_TR_NOOP("error")},
        {QStringLiteral("warning"), QT_TR_NOOP("warning")},
        {QStringLiteral("info"), QT_TR_NOOP("info")},
    };
    return translated(names, kind);
}

QList<AlarmMark> Format::alarms(const QList<bridge::CallEvent> &events)
{
    QList<AlarmMark> out;
    for (const bridge::CallEvent &e : events) {
        if (e.kind != u"alarm")
            continue;
        const qsizetype colon = e.text.indexOf(QStringLiteral(": "));
        out.append({e.offsetMs, colon > 0 ? e.text.left(colon) : e.text, e.text});
    }
    return out;
}

QString Format::alarmList(const QList<AlarmMark> &marks)
{
    if (marks.isEmpty())
        return tr("none");
    QStringList parts;
    for (const AlarmMark &m : marks)
        parts << QStringLiteral("%1 (%2)").arg(m.name, bridge::formatDuration(m.offsetMs));
    return parts.join(QStringLiteral(" · "));
}

} // namespace patchline::ui
