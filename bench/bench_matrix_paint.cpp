// Painting the matrix view with the stage's renderer into a 1920×1080 image: a 4×4 input (C is
// 4 × 16, numbers in every entry), 16×16 (C 196 × 256) and 64×64 (C 3844 × 4096) as heat
// maps, part-way through a row-to-row glide; the Transpose animation mid-turn; a kernel cell
// hovered (it links an entry in every row); and the first paint of a trace, before its heat
// map is cached. Targets: 16×16 ≤ 8 ms, 64×64 ≤ 16 ms.
#include "bench/paint_loop.h"
#include "bench/problems.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>
#include <memory>

using namespace convstep;

namespace {

// A 'valid' 3×3 convolution of a side × side input: C is (side − 2)² × side².
Problem validConvolution(int side, Op op = Op::Conv2d)
{
    Problem p = bench::squareProblem(Op::Conv2d, {side, 3, 1});
    p.padding = {0, 0};
    if (op == Op::ConvTranspose2d) { // the transposed problem with the same C
        p.op = op;
        p.input.conservativeResize(side - 2, side - 2);
        p.bias = 0.0;
    }
    return p;
}

void paint(benchmark::State &state, const StageFrame &frame)
{
    bench::paintRepeatedly(state, frame, QSize(1920, 1080));
}

void BM_MatrixPaint(benchmark::State &state)
{
    const int side = static_cast<int>(state.range(0));
    auto trace = std::make_shared<const Trace>(makeTrace(validConvolution(side), View::Matrix));
    const int step = trace->stepCount / 2;
    paint(state, frameAt(trace, step, StageStyle{}, 0.5, step - 1));
    state.SetLabel("C " + std::to_string(trace->stepCount) + " x " + std::to_string(side * side));
}
BENCHMARK(BM_MatrixPaint)->Arg(4)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond);

void BM_MatrixPaintTurning(benchmark::State &state)
{
    const int side = static_cast<int>(state.range(0));
    auto trace = std::make_shared<const Trace>(
        makeTrace(validConvolution(side, Op::ConvTranspose2d), View::Matrix));
    StageFrame frame = frameAt(trace, 0, StageStyle{});
    frame.transpose = 0.4;
    paint(state, frame);
}
BENCHMARK(BM_MatrixPaintTurning)->Arg(4)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond);

// The heaviest hover: a kernel cell links one entry in every row of C.
void BM_MatrixPaintKernelHover(benchmark::State &state)
{
    const int side = static_cast<int>(state.range(0));
    auto trace = std::make_shared<const Trace>(makeTrace(validConvolution(side), View::Matrix));
    StageFrame frame = frameAt(trace, 0, StageStyle{});
    frame.hover = StageCell{GridRole::Kernel, {1, 1}};
    frame.links = linksOf(frame, *frame.hover);
    paint(state, frame);
    state.SetLabel(std::to_string(frame.links.size()) + " links");
}
BENCHMARK(BM_MatrixPaintKernelHover)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond);

// A new trace every time: the matrix and its heat map are built, then painted.
void BM_MatrixPaintFirstFrame(benchmark::State &state)
{
    const int side = static_cast<int>(state.range(0));
    const Problem problem = validConvolution(side);
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const StageRenderer renderer;
    for (auto _ : state) {
        state.PauseTiming();
        auto trace = std::make_shared<const Trace>(makeTrace(problem, View::Matrix));
        const StageFrame frame = frameAt(trace, 0, StageStyle{});
        state.ResumeTiming();
        QPainter painter(&image);
        renderer.paint(painter, QRectF(image.rect()), frame);
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_MatrixPaintFirstFrame)->Arg(16)->Arg(64)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
