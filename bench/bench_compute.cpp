// computeOutput and makeTrace on the largest inputs: the cost of the exact result.

#include "bench/problems.h"
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

void registerAll()
{
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
