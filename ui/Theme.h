#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace patchline::ui {

/// The console's light and dark themes (issue 18 §3). Qt 6.4 has no colour-scheme hint
/// (QStyleHints::colorScheme is 6.5), so "dark" is the Fusion style with a dark palette and
/// "light" Fusion with its light one; "" keeps the platform's style and palette.
/// Colors (ui/Colors.h) picks each pane's shades from the palette in force.
struct Theme
{
    /// Fusion's dark palette as Patchline uses it.
    static QPalette darkPalette();
    /// Applies `theme` ("", "light", "dark"; anything else is ignored) to `app`. GUI
    /// thread, before the first window is shown.
    static void apply(QApplication *app, const QString &theme);
};

} // namespace patchline::ui
