#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace patchline::ui {

bool installTranslations(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    auto *own = new QTranslator(app);
    const bool found = own->load(locale, QStringLiteral("patchline"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    // No translation for this language: the program speaks English, with English plurals.
    if (found || own->load(QStringLiteral(":/i18n/patchline_en.qm")))
        app->installTranslator(own);
    return found;
}

} // namespace patchline::ui
