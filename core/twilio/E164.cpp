#include "twilio/E164.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace patchline::twilio {

QString normalizeE164(const QString &typed, QString *error)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("E164", s); };
    QString n = typed.trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s().-]"));
    n.remove(separators);
    if (n.startsWith(QStringLiteral("00")))
        n.replace(0, 2, QStringLiteral("+"));
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (n.isEmpty())
        return fail(tr("enter the number to call, with + and country code"));
    if (!n.startsWith(u'+'))
        return fail(tr("'%1' has no country code; start with + (e.g. +1 for the US)").arg(typed));
    static const QRegularExpression digits(QStringLiteral("^\\+[0-9]+$"));
    if (!digits.match(n).hasMatch())
        return fail(tr("'%1' contains letters or symbols; use digits only").arg(typed));
    if (n.size() > 16)
        return fail(tr("'%1' is too long for E.164 (at most 15 digits)").arg(typed));
    if (n.size() < 8 || n.at(1) == u'0')
        return fail(tr("'%1' is too short or has an invalid country code").arg(typed));
    return n;
}

} // namespace patchline::twilio
