#pragma once

#include "core/geometry.h"
#include "core/message.h"

#include <string>
#include <vector>

// The arithmetic of the checkerboard lab: how many input cells a transposed convolution
// scatters onto each canvas cell, and upsampling an image the three ways the lab compares.
namespace convstep {

// How many (input index, kernel tap) pairs land on each index of one axis of the scatter
// canvas: input i's tap t lands on i·s + t·d. The canvas is `full` long (before any crop).
std::vector<int> overlapCountsAlong(const AxisGeometry &axis);

// Per cell of the scatter canvas (full rows × full columns): how many input cells reach it,
// rows count × columns count. Equal to stateAfter(direct trace, last scatter step).counts.
// Precondition: validate(problem) passed and problem.op is ConvTranspose2d (throws
// std::invalid_argument otherwise).
CountGrid overlapCounts(const Problem &problem);

// The same counts on the output: the canvas window the output covers, with zeros where
// output_padding reaches past the canvas (as the scatter state after the last step has them).
CountGrid outputOverlapCounts(const Problem &problem);

// The Learn to Upsample lab's other models, counted the same way per output cell.
// Resize-convolution's 'same' convolution of a rows × cols picture with a kernel of `kernel`
// taps per axis: how many taps fall on the picture rather than on its zero padding.
CountGrid sameConvolutionOverlapCounts(int rows, int cols, int kernel);
// upsample_bilinear by `scale` (align_corners false: half-pixel centres, clamped at the
// edges) to rows × cols from (rows / scale) × (cols / scale): how many input cells each
// output cell mixes, 1, 2 or 4.
CountGrid bilinearOverlapCounts(int rows, int cols, int scale);

// The interior of one axis repeats with period s: phase r (canvas index ≡ r mod s) gets one
// contribution from each kernel tap t with t·d ≡ r (mod s), for an input long enough that
// every tap's row is covered. Even (all phases equal) is what avoids the checkerboard; for
// d = 1 that is exactly "s divides k".
struct OverlapPattern
{
    int stride = 1;
    std::vector<int> perPhase; // s entries
    int low = 0;
    int high = 0;

    bool even() const { return low == high; }
};

OverlapPattern overlapPattern(int kernel, int stride, int dilation = 1);

// One line for the lab: "k = 4 is divisible by s = 2: …" or "k = 3 is not divisible by …".
std::string overlapVerdict(int kernel, int stride, int dilation = 1);
Message overlapVerdictMessage(int kernel, int stride, int dilation = 1);

// A transposed convolution of `image` with a constant k×k kernel at stride s whose weights
// are s²/k², so that an evenly covered interior keeps the image's brightness. PyTorch padding
// p = (k − s + q)/2 with output_padding q = (k − s) mod 2 makes the output s times the input
// (the usual GAN generator choice); for k < s no padding. Precondition: the problem it builds
// validates (image sides 1 to limits::maxInputSide, 1 ≤ s ≤ limits::maxStride, k ≥ 1).
Grid constantTransposed(const Grid &image, int kernel, int stride);

// The alternative: upsample_nearest by `scale`, then a 'same' convolution with a constant
// k×k kernel of weights 1/k² (PyTorch padding k/2 for odd k).
Grid resizeThenConvolve(const Grid &image, int scale, int kernel);

// The problems the two functions above run, for the lab's framework code and tests.
Problem constantTransposedProblem(const Grid &image, int kernel, int stride);
Problem resizeProblem(const Grid &image, int scale);
Problem smoothingProblem(const Grid &upsampled, int kernel);

} // namespace convstep
