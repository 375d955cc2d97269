#include "ui/export/export_estimate.h"

#include "ui/export/frame_source.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_painter.h"

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

// Per picture: fixed bytes, bytes per pixel of the frame, per numbered, plain and bare cell
// and per pixel of a grid's image. Raster formats go by the frame's pixels (a GIF
// by what changes: its first frame is whole), vector ones by what is drawn.
struct Cost
{
    double fixed;
    double perPixel;
    double perNumberCell;
    double perPlainCell;
    double perBareCell;
    double perImagePixel;
};

// Bytes, measured at 800×600.
constexpr Cost gifFirstBytes{0, 0.085, 0, 0, 0, 0};
constexpr Cost gifBytes{0, 0.018, 0, 0, 0, 0};
constexpr Cost pngBytes{0, 0.12, 0, 0, 0, 0};
constexpr Cost mp4Bytes{0, 0.03, 0, 0, 0, 0};
constexpr Cost webmBytes{0, 0.02, 0, 0, 0, 0};
constexpr Cost svgBytes{8000, 0, 700, 500, 215, 0.15};
constexpr Cost pdfBytes{2000, 0, 25, 20, 5, 0.6};
constexpr double pdfTitleBytes = 20000;

// CPU seconds: painting the stage, then writing the picture.
constexpr Cost paintSeconds{0, 1.7e-9, 1.0e-6, 0.6e-6, 0.3e-6, 5e-9};
constexpr Cost gifSeconds{0, 2e-9, 0, 0, 0, 0};
constexpr Cost pngSeconds{0, 30e-9, 0, 0, 0, 0};
constexpr Cost mp4Seconds{0, 18e-9, 0, 0, 0, 0};
constexpr Cost webmSeconds{0, 22e-9, 0, 0, 0, 0};
constexpr Cost svgSeconds{0, 0, 8.7e-6, 3.8e-6, 3.8e-6, 20e-9};
constexpr Cost pdfSeconds{0, 0, 5e-6, 1.7e-6, 1.7e-6, 10e-9};
constexpr double startSeconds = 0.05; // the program, fonts and the palette or encoder

double costOf(const Cost &cost, const EstimateInput &input)
{
    const double pixels = static_cast<double>(input.size.width()) * input.size.height();
    const StageLoad &load = input.load;
    return cost.fixed + cost.perPixel * pixels
        + cost.perNumberCell * static_cast<double>(load.numberCells)
        + cost.perPlainCell * static_cast<double>(load.plainCells)
        + cost.perBareCell * static_cast<double>(load.bareCells)
        + cost.perImagePixel * static_cast<double>(load.imagePixels);
}

const Cost &bytesOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gif:
        return gifBytes;
    case ExportFormat::Mp4:
        return mp4Bytes;
    case ExportFormat::WebM:
        return webmBytes;
    case ExportFormat::Png:
        return pngBytes;
    case ExportFormat::Svg:
        return svgBytes;
    case ExportFormat::Pdf:
        break;
    }
    return pdfBytes;
}

const Cost &secondsOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gif:
        return gifSeconds;
    case ExportFormat::Mp4:
        return mp4Seconds;
    case ExportFormat::WebM:
        return webmSeconds;
    case ExportFormat::Png:
        return pngSeconds;
    case ExportFormat::Svg:
        return svgSeconds;
    case ExportFormat::Pdf:
        break;
    }
    return pdfSeconds;
}

// Compact cells from this size up get a border as well as a fill (StagePainter::drawCell).
constexpr double borderedCellPixels = 6.0;

void addBox(StageLoad &load, const GridBox &box, bool compact)
{
    const qint64 cells = static_cast<qint64>(box.rows) * box.cols;
    if (cells == 0)
        return;
    if (compact && box.cell < detail::imageCellPixels) {
        const QRectF rect = box.rect();
        load.imagePixels += std::min<qint64>(box.rows, std::ceil(rect.height()))
            * std::min<qint64>(box.cols, std::ceil(rect.width()));
    } else if (compact && box.cell < borderedCellPixels) {
        load.bareCells += cells;
    } else if (compact) {
        load.plainCells += cells;
    } else {
        load.numberCells += cells;
    }
}

} // namespace

StageLoad stageLoad(const StageFrame &frame, QSize size)
{
    const StageLayout layout = layoutStage(QRectF(QPointF(0, 0), QSizeF(size)), frame);
    StageLoad load;
    addBox(load, layout.source, layout.compact);
    addBox(load, layout.kernel, layout.kernelCompact);
    addBox(load, layout.target, layout.compact);
    return load;
}

ExportEstimate estimateExport(const EstimateInput &input)
{
    ExportEstimate estimate;
    const int pictures = std::max(0, input.pictures);
    const bool pdf = input.format == ExportFormat::Pdf;
    const int perPage = std::max(1, input.perPage);
    estimate.frames = pdf ? 1 + (pictures + perPage - 1) / perPage : pictures;
    estimate.playSeconds =
        input.format == ExportFormat::Gif || isVideo(input.format) ? input.playSeconds : 0.0;
    double bytes = costOf(bytesOf(input.format), input) * pictures;
    if (input.format == ExportFormat::Gif && pictures > 0)
        bytes += costOf(gifFirstBytes, input) - costOf(gifBytes, input);
    if (pdf)
        bytes += pdfTitleBytes + costOf(pdfBytes, input); // the title page's finished result
    estimate.bytes = static_cast<qint64>(std::llround(bytes));
    const double perPicture = costOf(paintSeconds, input) + costOf(secondsOf(input.format), input);
    estimate.exportSeconds = startSeconds + perPicture * (pictures + (pdf ? 1 : 0));
    return estimate;
}

ExportEstimate estimateExport(const FrameSource &source, const ExportOptions &options)
{
    EstimateInput input;
    input.format = options.format;
    input.size = options.size;
    const bool pdf = options.format == ExportFormat::Pdf;
    input.pictures = pdf ? source.steps().count() : source.count();
    input.perPage = options.perPage;
    input.playSeconds = static_cast<double>(source.totalTicks()) / source.fps();
    // The layout needs no grid states, so none are computed for it.
    StageFrame first;
    first.trace = source.sharedTrace();
    first.step = stepAt(source.trace(), source.steps().at(0));
    first.style.theme = options.theme;
    first.style.fontScale = options.fontScale;
    first.caption = options.caption && !pdf;
    input.load = stageLoad(first, options.size);
    return estimateExport(input);
}

bool asksFirst(const ExportEstimate &estimate, ExportFormat format)
{
    const bool tooMany = format == ExportFormat::Pdf ? estimate.frames > askAbovePages
                                                     : estimate.frames > askAboveFrames;
    return tooMany || estimate.bytes > askAboveBytes;
}

} // namespace convstep
