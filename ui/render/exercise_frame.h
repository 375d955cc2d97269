#pragma once

#include "core/exercise.h"
#include "ui/render/stage_frame.h"

namespace convstep {

// An exercise's grids as the stage draws them, before anything is computed and with nothing
// of the answer on them: the padded input and the kernel, then for a value exercise the empty
// output with the asked cell marked, for reach the empty canvas with the input cell marked,
// and for shape and recipe no output at all.
StageFrame exerciseFrame(const Exercise &exercise, const StageStyle &style);

} // namespace convstep
