#pragma once

#include "core/learned_upsampler.h"

#include <array>
#include <atomic>
#include <vector>

namespace convstep {

// The Learn to Upsample lab's training: the three learned variants on one picture, advanced
// together. A value, so a worker thread advances a copy while the window shows the original.
struct LearnRun
{
    LearnSettings settings;
    Grid image; // cut to whole s×s blocks
    int step = 0;
    std::array<Training, learnedVariantCount> trainings;
    // A variant whose loss stopped being finite is left where it was; the others go on.
    std::array<bool, learnedVariantCount> diverged{};
};

// What the plots keep of each step: every variant's loss and checkerboard energy.
struct LearnRecord
{
    int step = 0;
    std::array<double, learnedVariantCount> loss{};
    std::array<double, learnedVariantCount> energy{};
};

// Precondition: both sides of `image` are at least the scale.
LearnRun startLearnRun(const Grid &image, const LearnSettings &settings);
LearnRecord recordOf(const LearnRun &run);

// Up to `steps` updates of every variant at the given learning rate, fewer once `stop` is set
// or the run reaches limits::maxTrainSteps; the record after each.
std::vector<LearnRecord> advanceRun(LearnRun &run, int steps, double learningRate,
                                    const std::atomic<bool> &stop);

// Running, the lab advances this many steps per tick: one at a time while the checkerboard
// appears and fades, then faster, so a thousand steps take a few seconds.
int stepsPerTick(int step);

// The fixed upsamplers the lab compares against, in the order it shows them.
enum class Baseline { Nearest, Bilinear };
inline constexpr int baselineCount = 2;
Op baselineOp(Baseline baseline);

// How many input cells (with a weight that is not 0) reach each output cell: for a transposed
// convolution its overlap counts, for resize-convolution the taps of its 3×3 window that fall
// on the picture, for nearest 1, for bilinear the cells it mixes.
CountGrid overlapMap(const Training &training);
CountGrid overlapMap(Baseline baseline, int rows, int cols, int scale);

// The part of an overlap map the lab shows: a few periods away from the top-left border.
CountGrid overlapWindow(const CountGrid &map, int scale);

} // namespace convstep
