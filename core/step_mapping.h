#pragma once

#include "core/trace.h"

namespace convstep {

// The step of `to` that shows the same moment as step `index` of `from` (two traces of one
// problem in different views): the same one-off phase when both have it (else the first step
// for a phase before the cells, the last for one after them); for the per-cell phases, the step
// that finishes the same output cell. From a scatter step that is the last cell it finishes (so
// every cell done there shows as done), or the first cell it reaches; into a scatter view, the
// step of the input that completes the cell, or the output-padding step for a cell past the
// canvas.
int correspondingStep(const Trace &from, int index, const Trace &to);

} // namespace convstep
