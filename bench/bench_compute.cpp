// computeOutput and makeTrace on the largest inputs: the cost of the exact result.

#include "bench/problems.h"
#include "core/channels.h"
#include "core/compute.h"
#include "core/trace.h"

#include <benchmark/benchmark.h>
#include <string>

namespace convstep::bench {
namespace {

void computeOutputOf(benchmark::State &state, Op op, Shape shape)
{
    const Problem problem = squareProblem(op, shape);
    for (auto _ : state) {
        Grid output = computeOutput(problem);
        benchmark::DoNotOptimize(output);
    }
}

// makeTrace validates the problem, copies it and computes the output once.
void makeTraceOf(benchmark::State &state, Op op, View view, Shape shape)
{
    const Problem problem = squareProblem(op, shape);
    for (auto _ : state) {
        Trace trace = makeTrace(problem, view);
        benchmark::DoNotOptimize(trace);
    }
}

// A first layer: 3 → 64 channels, 256×256, 3×3, padding 1 (bench/channels_vs_pytorch.py sets
// it beside PyTorch's F.conv2d in float64).
void computeChannels(benchmark::State &state, Op op, Shape shape, int in, int out)
{
    const Problem problem = channelProblem(op, shape, in, out);
    for (auto _ : state) {
        std::vector<Grid> outputs = computeOutputs(problem);
        benchmark::DoNotOptimize(outputs);
    }
}

void registerAll()
{
    for (const Op op : {Op::Conv2d, Op::ConvTranspose2d}) {
        const Shape shape{256, 3, 1};
        const int in = op == Op::Conv2d ? 3 : 64, out = op == Op::Conv2d ? 64 : 3;
        benchmark::RegisterBenchmark(("BM_ComputeChannels/" + std::string(opName(op)) + "/"
                                      + std::to_string(in) + "to" + std::to_string(out) + "_"
                                      + shapeName(shape))
                                         .c_str(),
                                     computeChannels, op, shape, in, out)
            ->Unit(benchmark::kMillisecond);
    }
    for (const int stride : {1, 2}) {
        const Shape shape{512, 7, stride};
        for (const Op op : {Op::Conv2d, Op::ConvTranspose2d}) {
            const std::string suffix = std::string("/") + opName(op) + "/" + shapeName(shape);
            benchmark::RegisterBenchmark(("BM_ComputeOutput" + suffix).c_str(), computeOutputOf, op,
                                         shape)
                ->Unit(benchmark::kMillisecond);
            for (const View view : {View::Direct, View::ZeroInsertion, View::Matrix}) {
                if (checkView(squareProblem(op, {1, 1, 1}), view))
                    continue;
                benchmark::RegisterBenchmark(
                    ("BM_MakeTrace" + suffix + "/" + viewName(view)).c_str(), makeTraceOf, op, view,
                    shape)
                    ->Unit(benchmark::kMillisecond);
            }
        }
    }
}

} // namespace
} // namespace convstep::bench

int main(int argc, char **argv)
{
    convstep::bench::registerAll();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
