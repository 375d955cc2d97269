#pragma once

#include "ui/render/stage_painter.h"

namespace convstep::detail {

// Under the grids: "Step 3 of 16 · slide", the step's narration, and its whole arithmetic.
void paintCaption(const StagePainter &s);

} // namespace convstep::detail
