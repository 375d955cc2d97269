#pragma once

#include "core/problem.h"

#include <algorithm>

namespace convstep {

// Everything about one axis that the result, the traces and the explanations need.
// `in` and `out` are always the operation's own input and output lengths.
struct AxisGeometry
{
    int in = 0;
    int kernel = 0;
    int stride = 1;
    int dilation = 1;
    int span = 0; // extent of the dilated kernel: d(k-1)+1
    int out = 0;

    // Convolution: zeros added before and after the input.
    int padBefore = 0;
    int padAfter = 0;

    // Transposed convolution: the scatter canvas is `full` long; the output is the window
    // [cropBefore, cropBefore + out) of it, zeros past its end. The crop step keeps
    // [cropBefore, cropEnd) and the output-padding step grows that window to the output.
    int full = 0;
    int cropBefore = 0;
    int cropEnd = 0;

    // Zero-insertion view of a transposed convolution: the input with s-1 zeros between
    // neighbours is `dilatedInput` long, then padded (a negative pad crops) to out + span - 1.
    int dilatedInput = 0;
    int zeroPadBefore = 0;
    int zeroPadAfter = 0;

    // Upsampling ops: the factor, and the length the input is reduced to before it is scaled
    // (max_unpool2d pools to ⌊in/scale⌋; the others keep `in`), so out = pooled·scale. Each
    // input (pooled) cell owns a scale-long block of the output, like the kernel of the
    // equivalent transposed convolution: kernel = stride = span = scale, full = out.
    int scale = 1;
    int pooled = 0;

    int paddedLength() const { return in + padBefore + padAfter; }
    int cropAfter() const { return full - cropEnd; }
    int croppedLength() const { return std::max(cropEnd - cropBefore, 0); }
    int zeroCanvasLength() const { return out + span - 1; }
};

struct Geometry
{
    AxisGeometry rows;
    AxisGeometry cols;

    const AxisGeometry &operator[](Axis axis) const { return axis == Axis::Rows ? rows : cols; }
    Pair outputSize() const { return {rows.out, cols.out}; }
};

// Sizes come from the problem; the values of input and kernel are not read.
// The result is meaningful only when the sizes pass validate(); lengths may be < 1 otherwise.
Geometry geometryOf(const Problem &problem);

} // namespace convstep
