// The Learn to Upsample training loop in core: one SGD step, and the whole run
// (128×128 image, scale 2, 4×4 kernel, 500 steps), for each model.

#include "core/training.h"

#include <benchmark/benchmark.h>
#include <cmath>

namespace convstep::bench {
namespace {

// A picture with edges and texture, and a small kernel: the lab's kind of input.
TrainingSpec benchSpec(UpsamplerModel model, int kernel, int steps)
{
    TrainingSpec spec;
    spec.image = Grid(128, 128);
    for (int r = 0; r < 128; ++r)
        for (int c = 0; c < 128; ++c)
            spec.image(r, c) = 0.5 + 0.25 * ((r / 8 + c / 8) % 2) + 0.1 * std::sin(0.3 * r * c);
    spec.model = model;
    spec.scale = 2;
    if (model == UpsamplerModel::Transposed) {
        // The output must be the image's 128×128: k = 4 takes padding 1, k = 3 padding 1 and
        // output_padding 1.
        spec.padding = {1, 1};
        spec.outputPadding = kernel % 2 ? Pair{1, 1} : Pair{0, 0};
    }
    spec.kernel = Grid::Constant(kernel, kernel, 0.1);
    spec.learningRate = model == UpsamplerModel::Transposed ? 0.5 : 0.1; // both converge
    spec.momentum = 0.9;
    spec.steps = steps;
    return spec;
}

void oneStep(benchmark::State &state, UpsamplerModel model, int kernel)
{
    Training training = startTraining(benchSpec(model, kernel, 1));
    for (auto _ : state) {
        advance(training);
        benchmark::DoNotOptimize(training.loss);
    }
}

void wholeRun(benchmark::State &state, UpsamplerModel model, int kernel)
{
    const TrainingSpec spec = benchSpec(model, kernel, 500);
    for (auto _ : state) {
        Training training = startTraining(spec);
        for (int i = 0; i < spec.steps; ++i)
            advance(training);
        benchmark::DoNotOptimize(training.loss);
    }
}

} // namespace
} // namespace convstep::bench

using convstep::UpsamplerModel;
using namespace convstep::bench;

BENCHMARK_CAPTURE(oneStep, transposed_k4_s2_128, UpsamplerModel::Transposed, 4)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(oneStep, transposed_k3_s2_128, UpsamplerModel::Transposed, 3)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(oneStep, resize_conv_k4_s2_128, UpsamplerModel::ResizeConv, 4)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(wholeRun, transposed_k4_s2_128_500_steps, UpsamplerModel::Transposed, 4)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(wholeRun, resize_conv_k4_s2_128_500_steps, UpsamplerModel::ResizeConv, 4)
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
