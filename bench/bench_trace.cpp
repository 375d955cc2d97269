// stepAt and stateAfter on one step of a trace, for every view: the cost of showing a step.

#include "bench/problems.h"
#include "core/trace.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace convstep::bench {
namespace {

struct ViewCase
{
    const char *name;
    Op op;
    View view;
};

constexpr ViewCase viewCases[] = {
    {"sliding", Op::Conv2d, View::Direct},
    {"conv_matrix", Op::Conv2d, View::Matrix},
    {"scatter", Op::ConvTranspose2d, View::Direct},
    {"zero_insertion", Op::ConvTranspose2d, View::ZeroInsertion},
    {"transposed_matrix", Op::ConvTranspose2d, View::Matrix},
};

enum class Work { Step, State, StepAndState };

void measure(benchmark::State &state, const std::shared_ptr<const Trace> &trace, int index,
             Work work)
{
    for (auto _ : state) {
        if (work != Work::State) {
            Step step = stepAt(*trace, index);
            benchmark::DoNotOptimize(step);
        }
        if (work != Work::Step) {
            GridState grid = stateAfter(*trace, index);
            benchmark::DoNotOptimize(grid);
        }
    }
    state.SetLabel("step " + std::to_string(index) + " of " + std::to_string(trace->stepCount));
}

// Every output channel's state: what a window showing the whole channel stack needs.
void measureChannels(benchmark::State &state, const std::shared_ptr<const Trace> &trace, int index)
{
    for (auto _ : state) {
        Step step = stepAt(*trace, index);
        benchmark::DoNotOptimize(step);
        std::vector<GridState> states = channelStates(*trace, index);
        benchmark::DoNotOptimize(states);
    }
    state.SetLabel("step " + std::to_string(index) + " of " + std::to_string(trace->stepCount));
}

// A 16-channel layer, 16 → 16, on a 64×64 input with a 3×3 kernel: one step and the state of
// the output channel it works on, and one step with every output channel's state.
void registerChannels(int channels, Shape shape)
{
    for (const ViewCase &c : viewCases) {
        auto trace = std::make_shared<const Trace>(
            makeTrace(channelProblem(c.op, shape, channels, channels), c.view));
        const PhaseSpan *run = &trace->phases.front();
        for (const PhaseSpan &span : trace->phases)
            run = span.count > run->count ? &span : run;
        const int mid = run->first + run->count / 2;
        const std::string suffix = std::string("/") + c.name + "/" + std::to_string(channels)
            + "ch_" + shapeName(shape) + "/mid";
        benchmark::RegisterBenchmark(("BM_StepAndState" + suffix).c_str(), measure, trace, mid,
                                     Work::StepAndState)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("BM_StepAndChannelStates" + suffix).c_str(), measureChannels,
                                     trace, mid)
            ->Unit(benchmark::kMicrosecond);
    }
}

void registerShape(Shape shape)
{
    for (const ViewCase &c : viewCases) {
        auto trace = std::make_shared<const Trace>(makeTrace(squareProblem(c.op, shape), c.view));
        // The main run (slide, scatter or row) is the longest phase; the scatter view ends with
        // crop and output-padding steps after it, and its state is dearest at its last step.
        const PhaseSpan *run = &trace->phases.front();
        for (const PhaseSpan &span : trace->phases)
            run = span.count > run->count ? &span : run;
        const int lastCell = run->first + run->count - 1;
        std::vector<std::pair<const char *, int>> positions{{"mid", run->first + run->count / 2},
                                                            {"last_cell", lastCell}};
        if (trace->stepCount - 1 != lastCell)
            positions.emplace_back("last", trace->stepCount - 1);
        for (const auto &[where, index] : positions) {
            const std::string suffix =
                std::string("/") + c.name + "/" + shapeName(shape) + "/" + where;
            for (const auto &[prefix, work] :
                 {std::pair{"BM_Step", Work::Step}, std::pair{"BM_State", Work::State},
                  std::pair{"BM_StepAndState", Work::StepAndState}})
                benchmark::RegisterBenchmark((prefix + suffix).c_str(), measure, trace, index, work)
                    ->Unit(benchmark::kMicrosecond);
        }
    }
}

} // namespace
} // namespace convstep::bench

int main(int argc, char **argv)
{
    using namespace convstep::bench;
    registerShape({64, 7, 2});
    registerShape({512, 7, 2});
    registerChannels(16, {64, 3, 1});
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
