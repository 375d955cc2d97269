#pragma once

#include "core/geometry.h"

#include <optional>
#include <vector>

namespace convstep {

// The learned upsamplers of the Learn to Upsample lab: a transposed convolution with stride s,
// or resize-convolution (nearest ×s, then a stride-1 'same' convolution).
enum class UpsamplerModel { Transposed, ResizeConv };

// One training run (docs/formats.md, "Training spec"): the model sees the s×s block means of
// `image` and learns, by SGD on the mean squared error, to give the image back.
struct TrainingSpec
{
    Grid image;
    int scale = 2;
    UpsamplerModel model = UpsamplerModel::Transposed;
    // Transposed only: PyTorch's integer padding and output_padding, stride = scale.
    Pair padding{0, 0};
    Pair outputPadding{0, 0};
    Grid kernel; // the initial weights
    double bias = 0.0; // the initial bias
    double learningRate = 0.0;
    double momentum = 0.0; // PyTorch's SGD: dampening 0, no Nesterov, no weight decay
    int steps = 1;
};

namespace limits {
inline constexpr int minTrainScale = 2;
inline constexpr int maxTrainScale = 4;
inline constexpr int maxTrainSteps = 100000;
} // namespace limits

// nullopt when the spec can be trained. A transposed model whose output is not the image's
// shape is refused with the padding and output_padding that would fit.
std::optional<ProblemError> validate(const TrainingSpec &spec);

// PyTorch's avg_pool2d(image, scale, scale): each s×s block summed row by row, then divided.
// Precondition: the sides are multiples of scale.
Grid blockMeans(const Grid &image, int scale);

// The model's forward pass as a problem with the given weights: conv_transpose2d of the block
// means, or conv2d ('same') of their nearest upsampling.
Problem modelProblem(const TrainingSpec &spec, const Grid &kernel, double bias);

// A run in progress: the weights after `step` updates, SGD's momentum buffers, and the model's
// output and loss at these weights. A value: advancing a copy leaves the original as it was;
// the learning rate and momentum may change between steps.
struct Training
{
    int step = 0;
    Grid kernel;
    double bias = 0.0;
    Grid output;
    double loss = 0.0; // mean squared error of output against the image
    double learningRate = 0.0;
    double momentum = 0.0;
    // PyTorch's momentum_buffer: empty until the first update with momentum sets it to the
    // gradient.
    Grid kernelMomentum;
    double biasMomentum = 0.0;

    // Fixed for the run: the image, and the problem whose kernel and bias are trained (for
    // resize-convolution its input is the upsampled image, padded, so every tap is a block).
    Grid target;
    Problem model;
    // Scratch reused by every step: ∂L/∂output, ∂L/∂W, and the transposed model's canvas
    // split into its stride × stride phases (training.cpp).
    Grid outputGradient;
    Grid kernelGradient;
    std::vector<Grid> phases;
};

// Precondition: validate(spec) passed. Evaluates the initial weights: step 0.
Training startTraining(const TrainingSpec &spec);

// One SGD update from the gradient at the current weights, then the output and the loss at
// the new ones. The loss may become infinite or NaN when the learning rate is too large.
void advance(Training &training);

} // namespace convstep
