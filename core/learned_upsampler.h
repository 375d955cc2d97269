#pragma once

#include "core/training.h"

#include <cstdint>

// The arithmetic of the Learn to Upsample lab: the learned upsamplers it trains side by side on
// one picture, the fixed upsamplers it compares them with, and how it scores them.
namespace convstep {

// Transposed convolutions with uneven overlap (k = s + 1: k = 3 for s = 2) and even overlap
// (k = 2s: k = 4 for s = 2), and resize-convolution (nearest ×s, then a 3×3 convolution).
enum class LearnedVariant { UnevenTransposed, EvenTransposed, ResizeConv };
inline constexpr int learnedVariantCount = 3;

struct LearnSettings
{
    int scale = 2;
    double learningRate = 0.2;
    double momentum = 0.9;
    std::uint64_t seed = 1;
};

// The initial weights are uniform in [−spread, spread]: small, so that the picture starts
// nearly flat and every pattern in it is learned.
inline constexpr double initialKernelSpread = 0.01;

int learnedKernelSide(LearnedVariant variant, int scale);

// The picture cut to whole s×s blocks (rows and columns past the last whole block dropped).
Grid croppedToScale(const Grid &image, int scale);

// The training of one variant on `image` (already a multiple of the scale on both sides):
// bias 0, kernel drawn from the seed (each variant its own stream, so one variant's kernel
// does not depend on another's size), transposed padding and output_padding that give the
// image's shape, one step (the lab advances it itself).
TrainingSpec learnedSpec(const Grid &image, LearnedVariant variant, const LearnSettings &settings);

// The fixed upsamplers of the same block means: PyTorch's upsample_nearest and
// upsample_bilinear (align_corners false).
Grid nearestBaseline(const Grid &image, int scale);
Grid bilinearBaseline(const Grid &image, int scale);

// A fixed upsampler (upsample_nearest or upsample_bilinear) seen as the kernel of a transposed
// convolution: its output for one input cell of 1 among zeros, cut to the cells that are not 0.
Grid impulseResponse(Op op, int scale);

// Peak signal-to-noise ratio in decibels for pictures in [0, 1]: 10·log10(1 / MSE); infinite
// for identical pictures. Precondition: the same shape, not empty.
double psnr(const Grid &picture, const Grid &original);

// The energy of the picture's period-s pattern: split the picture into its s × s phases (cell
// (r, c) is in phase (r mod s, c mod s)), and take the mean over the phases of the squared
// difference between the phase's mean and the whole picture's mean. A transposed convolution
// whose phases get different sums of weights prints exactly this pattern: a checkerboard for
// s = 2. Zero for a picture without it. Precondition: not empty, period ≥ 1.
double checkerboardEnergy(const Grid &picture, int period);

} // namespace convstep
