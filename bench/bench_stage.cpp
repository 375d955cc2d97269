// Painting one stage frame (the widget's and the exporters' picture) at 1280×800, and
// scrubbing: showing a random step of a long trace, as the timeline does while dragged.
#include "bench/paint_loop.h"
#include "bench/problems.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"
#include "ui/session/playback_model.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>
#include <memory>
#include <random>

using namespace convstep;

namespace {

struct Case
{
    const char *name;
    Op op;
    View view;
    bench::Shape shape;
};

const Case cases[] = {
    {"sliding/16x16_k3", Op::Conv2d, View::Direct, {16, 3, 1}},
    {"scatter/16x16_k3", Op::ConvTranspose2d, View::Direct, {16, 3, 1}},
    {"zero_insertion/16x16_k3_s2", Op::ConvTranspose2d, View::ZeroInsertion, {16, 3, 2}},
    {"sliding_compact/64x64_k3", Op::Conv2d, View::Direct, {64, 3, 1}},
    {"scatter_compact/64x64_k3", Op::ConvTranspose2d, View::Direct, {64, 3, 1}},
    {"zero_insertion_compact/64x64_k3_s2", Op::ConvTranspose2d, View::ZeroInsertion, {64, 3, 2}},
    // The input limit: cells under a pixel or two are painted as one image.
    {"sliding_compact/512x512_k3", Op::Conv2d, View::Direct, {512, 3, 1}},
    {"scatter_compact/256x256_k3_s2", Op::ConvTranspose2d, View::Direct, {256, 3, 2}},
};

void paintFrame(benchmark::State &state, const Case &c)
{
    auto trace =
        std::make_shared<const Trace>(makeTrace(bench::squareProblem(c.op, c.shape), c.view));
    const int step = trace->phases.back().first + trace->phases.back().count / 2;
    bench::paintRepeatedly(state, frameAt(trace, step, StageStyle{}, 0.5, step - 1),
                           QSize(1280, 800));
    state.SetLabel("step " + std::to_string(step + 1) + " of " + std::to_string(trace->stepCount));
}

// A 64×64 transposed convolution at stride 1 in zero insertion: over 4,000 steps.
void scrub(benchmark::State &state)
{
    PlaybackModel model;
    model.setAnimated(false);
    model.setProblem(bench::squareProblem(Op::ConvTranspose2d, {64, 3, 1}));
    model.setView(View::ZeroInsertion);
    std::mt19937 random(7);
    std::uniform_int_distribution<int> step(0, model.stepCount() - 1);
    for (auto _ : state) {
        model.setStep(step(random));
        benchmark::DoNotOptimize(model.frame());
    }
    state.SetLabel(std::to_string(model.stepCount()) + " steps");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    for (const Case &c : cases)
        benchmark::RegisterBenchmark(("BM_PaintStage/" + std::string(c.name)).c_str(), paintFrame,
                                     c)
            ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_ScrubStep/zero_insertion/64x64_k3", scrub)
        ->Unit(benchmark::kMillisecond);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
