#pragma once

#include "core/trace.h"

namespace convstep {

// The step of `to` that shows the same moment as step `index` of `from` (two traces of one
// problem in different views): the same one-off phase when both have it; for the per-cell
// phases, the step that finishes the same output cell, or, from a scatter step, the first
// output cell that input reaches.
int correspondingStep(const Trace &from, int index, const Trace &to);

} // namespace convstep
