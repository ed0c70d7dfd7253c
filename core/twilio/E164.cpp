#include "twilio/E164.h"

#include "call/Tr.h"

#include <QCoreApplication>
#include <QLocale>

// Included through a macro so that lupdate (Qt 6.4), which cannot expand it, skips
// libphonenumber's and protobuf's headers: parsing them took it over 10 minutes.
#define PATCHLINE_PHONENUMBER_UTIL <phonenumbers/phonenumberutil.h>
#include PATCHLINE_PHONENUMBER_UTIL

#include <QCoreApplication>
#include <QRegularExpression>

namespace patchline::twilio {

QString normalizeE164(const QString &typed, QString *error)
{
    const auto tr = [](const char *s) { return translateIn({"patchline::twilio"}, s); };
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

NumberInfo describeNumber(const QString &e164)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    NumberInfo info;
    info.regionCode = QStringLiteral("ZZ");
    info.type = QCoreApplication::translate("NumberType", "unknown");
    info.formatted = e164;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber n;
    if (util->Parse(e164.toStdString(), "ZZ", &n) != PhoneNumberUtil::NO_PARSING_ERROR)
        return info;
    std::string region, formatted;
    util->GetRegionCodeForNumber(n, &region);
    util->Format(n, PhoneNumberUtil::INTERNATIONAL, &formatted);
    info.valid = util->IsValidNumber(n);
    info.regionCode = QString::fromStdString(region);
    info.formatted = QString::fromStdString(formatted);
    if (info.regionCode.size() == 2 && info.regionCode != u"ZZ") {
        const QLocale::Territory t = QLocale::codeToTerritory(info.regionCode);
        info.country = t == QLocale::AnyTerritory ? info.regionCode : QLocale::territoryToString(t);
    }
    switch (util->GetNumberType(n)) {
    case PhoneNumberUtil::FIXED_LINE:
        info.type = QCoreApplication::translate("NumberType", "landline");
        break;
    case PhoneNumberUtil::MOBILE:
        info.type = QCoreApplication::translate("NumberType", "mobile");
        break;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        info.type = QCoreApplication::translate("NumberType", "landline or mobile");
        break;
    case PhoneNumberUtil::TOLL_FREE:
        info.type = QCoreApplication::translate("NumberType", "toll-free");
        break;
    case PhoneNumberUtil::PREMIUM_RATE:
        info.type = QCoreApplication::translate("NumberType", "premium rate");
        info.premium = true;
        break;
    case PhoneNumberUtil::SHARED_COST:
        info.type = QCoreApplication::translate("NumberType", "shared cost");
        info.premium = true;
        break;
    case PhoneNumberUtil::VOIP:
        info.type = QCoreApplication::translate("NumberType", "VoIP");
        break;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        info.type = QCoreApplication::translate("NumberType", "personal");
        break;
    case PhoneNumberUtil::PAGER:
        info.type = QCoreApplication::translate("NumberType", "pager");
        break;
    case PhoneNumberUtil::UAN:
        info.type = QCoreApplication::translate("NumberType", "UAN");
        break;
    case PhoneNumberUtil::VOICEMAIL:
        info.type = QCoreApplication::translate("NumberType", "voicemail");
        break;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return info;
}

} // namespace patchline::twilio
