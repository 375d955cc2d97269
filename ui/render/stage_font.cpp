#include "ui/render/stage_font.h"

#include <algorithm>
#include <cmath>

namespace convstep {

QFont stageFont(const QString &family, double pixels, bool bold)
{
    QFont font(family);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

} // namespace convstep
