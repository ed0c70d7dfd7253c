#include "bridge/CallTypes.h"

#include <algorithm>

namespace patchline::bridge {

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
