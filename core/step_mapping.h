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

// Between two traces of one problem where one or both are backward views (the Forward/Backward
// switch, the forward pass beside the gradient): the step as far through the cells as step
// `index` of `from`, so the sliding window's output cell (r, c) meets the scatter of ∂L/∂y's
// cell (r, c). One-off phases before the cells map to the first step, those after to the last.
// Between two forward views, correspondingStep.
int passStep(const Trace &from, int index, const Trace &to);

// Between a convolution and a transposed convolution whose input is the convolution's output
// (its transpose Cᵀ·y, or the one that scatters a result back towards the original input),
// in any views: output cell (r, c) of the convolution is input cell (r, c) of the transpose.
// Writing y(r, c) on one side is scattering it on the other; a transpose shown as a gather
// (zero insertion, matrix) reaches from y(r, c) to the first output cell it feeds, and back
// from an output cell to the last y that feeds it. One-off phases before the cells map to
// the first step, those after them to the last.
int transposeStep(const Trace &from, int index, const Trace &to);

} // namespace convstep
