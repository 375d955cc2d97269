#pragma once

#include "ui/render/stage_frame.h"

#include <QString>

namespace convstep {

// One cell of the stage in words, for assistive technology: what it is, where, its value and
// its part in the current step, e.g. "Output row 0, column 1, computed in this step: 52 =
// 5·1 + 2·2 + …". Positions count from 0, as everywhere in the program. The step is taken
// as done (the frame's `after` state, the phases it has reached), so the words do not change
// while it animates.
QString stageCellText(const StageFrame &frame, StageCell cell);

// What a grid holds, in a sentence (the description of its table).
QString stageGridDescription(const StageFrame &frame, GridRole role);

} // namespace convstep
