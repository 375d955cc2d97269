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
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
