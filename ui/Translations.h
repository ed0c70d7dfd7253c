#pragma once

#include <QString>

class QCoreApplication;

namespace patchline::ui {

/// Installs Qt's and Patchline's translations for `language` ("" = the system's locale,
/// "en", "de") on `app`. English has a translation too: it holds only the plural forms
/// ("1 call", "2 calls" for `tr("%n call(s)", nullptr, n)`). The .qm files are compiled into
/// patchline_ui (resource prefix /i18n), so the app and the tests load the same ones.
/// Returns false when no Patchline translation exists for that language (English is then
/// installed). GUI thread, before
/// any window is built.
bool installTranslations(QCoreApplication *app, const QString &language);

} // namespace patchline::ui
