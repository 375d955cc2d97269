#pragma once

#include "core/grid.h"

#include <QImage>

namespace convstep {

// A picture's luminance in [0, 1] (Rec. 709 weights), scaled down to fit maxSide × maxSide:
// what the labs that work on a photo take from it.
Grid pictureLuminance(const QImage &image, int maxSide);

} // namespace convstep
