#pragma once

#include <QIcon>

namespace patchline::ui {

/// The console's action icons (issue 18 §2): the desktop theme's icon by its freedesktop
/// name when the theme has one, else a fallback drawn for Patchline on a 24-unit grid with
/// one stroke weight, in the palette's text colour (so it reads in light and dark themes),
/// rendered at 16, 22, 24, 32 and 48 px. GUI thread (QPixmap).
class Icons
{
public:
    enum class Kind {
        Dial,      ///< call-start: dial a sandbox call
        NewCall,   ///< a handset with a plus: New outbound call
        TestAgent, ///< a microphone: talk to the agent
        EndCall,   ///< call-stop
        Mute,      ///< audio-volume-muted: mute the agent
        Listen,    ///< headphones: listen in
        History,   ///< a clock: call history
        Settings,  ///< a gear
        Preflight, ///< a tick in a circle: pre-flight check
        Wall,      ///< a 2×2 grid: the wall of live calls
        Replay,    ///< a circular arrow: replay to agent
    };
    /// The theme's icon for `kind`, or the drawn fallback.
    static QIcon icon(Kind kind);
    /// The drawn fallback only (tests, screenshots).
    static QIcon drawn(Kind kind);
    /// The freedesktop icon name tried first ("" when the theme has no standard name).
    static QString themeName(Kind kind);
    /// Patchline's own icon (issue 17 §2): io.patchline.Patchline from the icon theme (the
    /// installed hicolor files), else the same PNGs compiled in (16 to 256 px).
    static QIcon application();
};

} // namespace patchline::ui
