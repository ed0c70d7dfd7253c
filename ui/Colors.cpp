#include "ui/Colors.h"

namespace patchline::ui {

bool Colors::dark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor Colors::caller(const QPalette &palette)
{
    return dark(palette) ? QColor(0x6c, 0xb4, 0xf0) : QColor(0x21, 0x6e, 0xb4);
}

QColor Colors::agent(const QPalette &palette)
{
    return dark(palette) ? QColor(0xc9, 0x92, 0xe6) : QColor(0x8e, 0x44, 0xad);
}

QColor Colors::agentUnheard(const QPalette &palette)
{
    return dark(palette) ? QColor(0x8a, 0x70, 0x98) : QColor(0x9e, 0x7f, 0xb0);
}

QColor Colors::bargeIn(const QPalette &palette)
{
    return dark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x30, 0x30);
}

QColor Colors::alarm(const QPalette &palette)
{
    return dark(palette) ? QColor(0xff, 0xb3, 0x4d) : QColor(0xe0, 0x7b, 0x00);
}

QColor Colors::turn(const QPalette &palette)
{
    return dark(palette) ? QColor(0x5c, 0xd0, 0x7a) : QColor(0x1b, 0x87, 0x3a);
}

QColor Colors::currentLine(const QPalette &palette)
{
    return dark(palette) ? QColor(0x5a, 0x4a, 0x10) : QColor(255, 236, 160);
}

QColor Colors::differs(const QPalette &palette)
{
    return dark(palette) ? QColor(0x5a, 0x26, 0x26) : QColor(255, 222, 222);
}

} // namespace patchline::ui
