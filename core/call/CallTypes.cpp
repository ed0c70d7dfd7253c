#include "call/CallTypes.h"

#include <algorithm>

namespace patchline::bridge {

QString formatOffset(qint64 ms)
{
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 100) % 10);
}

QString formatDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int TranscriptLine::heardChars() const
{
    if (!interrupted || heardMs < 0 || sentMs <= 0)
        return -1;
    const double share = std::clamp(double(heardMs) / double(sentMs), 0.0, 1.0);
    int n = int(share * text.size() + 0.5);
    // End on a word boundary: a half-heard word counts as heard.
    while (n > 0 && n < text.size() && !text.at(n).isSpace())
        ++n;
    return std::min(n, int(text.size()));
}

} // namespace patchline::bridge
