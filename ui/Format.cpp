#include "ui/Format.h"

#include <QCoreApplication>
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
