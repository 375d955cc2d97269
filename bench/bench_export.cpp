// The cost of exporting: one stage frame rendered, the GIF encoder on its own, and whole
// exports of the padded 8×8 (65 steps) and 16×16 (257 steps) convolutions at 800×600.
// Whole-process figures (startup, fonts, peak memory) come from bench/export_time.sh.

#include "ui/export/exporter.h"
#include "ui/export/frame_source.h"
#include "ui/export/gif_writer.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <memory>

namespace convstep::bench {
namespace {

Lesson paddedConvolution(int side)
{
    Lesson lesson;
    lesson.problem.input = Grid(side, side);
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c)
            lesson.problem.input(r, c) = (r * 3 + c * 7) % 10;
    lesson.problem.kernel = Grid(3, 3);
    lesson.problem.kernel << 1, 0, -1, 2, 0, -2, 1, 0, -1;
    lesson.problem.padding = {1, 1};
    return lesson;
}

FrameSource sourceFor(int side)
{
    auto trace =
        std::make_shared<const Trace>(makeTrace(paddedConvolution(side).problem, View::Direct));
    const int last = trace->stepCount - 1;
    return FrameSource(trace, StepSelection({0, last}), StageStyle{}, true, false, 2, 0.0);
}

void BM_RenderFrame(benchmark::State &state)
{
    const FrameSource source = sourceFor(static_cast<int>(state.range(0)));
    QImage image(800, 600, QImage::Format_RGB32);
    int index = 0;
    for (auto _ : state) {
        source.render(index, image);
        index = (index + 1) % source.count();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_RenderFrame)->Arg(8)->Arg(16)->Unit(benchmark::kMillisecond);

// The same frames (their grid states computed beforehand) each painted on its own, without
// the backdrop that BM_RenderFrame's sequence shares (StageRenderer::paint(QImage &, …)).
void BM_RenderFrameAlone(benchmark::State &state)
{
    const FrameSource source = sourceFor(static_cast<int>(state.range(0)));
    std::vector<StageFrame> frames;
    for (int i = 0; i < source.count(); ++i)
        frames.push_back(source.frame(i));
    QImage image(800, 600, QImage::Format_RGB32);
    std::size_t index = 0;
    for (auto _ : state) {
        FrameSource::render(frames[index], image);
        index = (index + 1) % frames.size();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_RenderFrameAlone)->Arg(8)->Arg(16)->Unit(benchmark::kMillisecond);

// Palette lookup, frame differencing and LZW for the whole animation, frames rendered
// beforehand and written to memory.
void BM_GifEncode(benchmark::State &state)
{
    const FrameSource source = sourceFor(static_cast<int>(state.range(0)));
    std::vector<QImage> frames;
    for (int i = 0; i < source.count(); ++i) {
        frames.emplace_back(800, 600, QImage::Format_RGB32);
        source.render(i, frames.back());
    }
    ColourCounts samples;
    for (const QImage *frame : {&frames.front(), &frames.back(), &frames[frames.size() / 2]})
        countColours(*frame, samples);
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        GifWriter writer(buffer);
        writer.begin(QSize(800, 600), knownColours(source.trace(), Theme::Light), samples);
        for (const QImage &frame : frames)
            writer.addFrame(frame, 50);
        writer.finish();
        bytes = buffer.size();
    }
    state.counters["bytes"] = static_cast<double>(bytes);
    state.counters["frames"] = static_cast<double>(frames.size());
}
BENCHMARK(BM_GifEncode)->Arg(8)->Arg(16)->Unit(benchmark::kMillisecond);

void BM_Export(benchmark::State &state)
{
    const auto format = static_cast<ExportFormat>(state.range(1));
    const Lesson lesson = paddedConvolution(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    ExportOptions options;
    options.format = format;
    options.path = dir.filePath(QStringLiteral("out.") + formatExtension(format));
    options.overwrite = true;
    qint64 bytes = 0;
    for (auto _ : state) {
        const ExportResult result = exportAnimation(lesson, options);
        if (!result.ok())
            state.SkipWithError(qPrintable(result.message));
        bytes = result.bytes;
    }
    state.counters["bytes"] = static_cast<double>(bytes);
    state.SetLabel(formatName(format).toStdString());
}
BENCHMARK(BM_Export)
    ->Args({8, static_cast<int>(ExportFormat::Gif)})
    ->Args({16, static_cast<int>(ExportFormat::Gif)})
    ->Args({8, static_cast<int>(ExportFormat::Mp4)})
    ->Args({8, static_cast<int>(ExportFormat::Pdf)})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

} // namespace
} // namespace convstep::bench

int main(int argc, char **argv)
{
    // Exports paint text, so they need a QGuiApplication; no screen is involved.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
