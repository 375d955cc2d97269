#pragma once

#include "core/problem.h"

namespace convstep {

// The values a grid cell gets when an editor creates it (the Problem panel's resizes and an
// op switch that needs a kernel or a bigger input): small positive integers that depend only on
// the cell's position, so a new cell never zeroes the output and the same change always gives
// the same numbers. Input: 1..9 along the anti-diagonals, (r + c) mod 9 + 1. Kernel: 1 and 2
// in a checkerboard, (r + c) mod 2 + 1.
double inputSeed(Cell cell);
double kernelSeed(Cell cell);

// The side of the kernel withOp() gives a conv op that has none.
inline constexpr int defaultKernelSide = 3;

// The problem `problem` becomes when its op is switched to `op`, valid whenever `problem` has a
// valid input (the Problem panel's Operation box, as one edit):
// - to an upsampling op: no kernel; stride, dilation, padding (explicit), output_padding and
//   bias back to their defaults; the scale of an upsampling `problem` (else 2 on each axis);
//   align_corners kept only from bilinear to bilinear; for max_unpool2d the input grows (new
//   cells seeded) until it holds one block of the scale;
// - to a conv op: scale and align_corners back to their defaults; a problem without a kernel gets
//   a 3×3 seeded one, fewer rows or columns where a conv2d input is smaller; conv2d drops the
//   output_padding, which only a transposed convolution has. The input is kept.
// Switching to the op `problem` already has returns it unchanged.
Problem withOp(const Problem &problem, Op op);

} // namespace convstep
