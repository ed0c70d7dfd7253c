#pragma once

#include <QColor>
#include <QPalette>

namespace patchline::ui {

/// One palette for the two sides of a call, used by every pane (waveform, transcript, wall,
/// overview, compare; issue 18 §3), and the alarm / barge-in / state colours. Each colour
/// has a light-theme and a dark-theme shade chosen for contrast against the palette's Base;
/// the theme is read from `palette` (the Base colour's lightness), so a dark Fusion palette
/// or a dark desktop scheme gets the light shades. Pure; any thread.
struct Colors
{
    /// True when `palette`'s Base is dark (lightness < 128).
    static bool dark(const QPalette &palette);
    static QColor caller(const QPalette &palette); ///< blue
    static QColor agent(const QPalette &palette);  ///< purple
    /// The struck-through, unheard part of an interrupted agent line.
    static QColor agentUnheard(const QPalette &palette);
    static QColor bargeIn(const QPalette &palette); ///< red
    static QColor alarm(const QPalette &palette);   ///< amber
    static QColor turn(const QPalette &palette);    ///< green
    /// Row backgrounds under the palette's Text colour: the line playing now, and a line or
    /// figure that differs between two compared calls.
    static QColor currentLine(const QPalette &palette);
    static QColor differs(const QPalette &palette);
};

} // namespace patchline::ui
