#pragma once

#include "ui/export/export_options.h"

#include <QSize>
#include <QtGlobal>

namespace convstep {

class FrameSource;
struct StageFrame;

// What one stage picture asks of a writer: cells drawn one by one with their number, with
// only a fill and a border (compact grids), or with only a fill (cells under 6 px), and the
// pixels of the images that grids too fine for cells are drawn as (one pixel a cell).
struct StageLoad
{
    qint64 numberCells = 0;
    qint64 plainCells = 0;
    qint64 bareCells = 0;
    qint64 imagePixels = 0;
};

// The load of `frame` painted at `size`, from the stage's layout (no painting).
StageLoad stageLoad(const StageFrame &frame, QSize size);

// What an export is about to make, said before it starts.
struct ExportEstimate
{
    int frames = 0; // frames written, or pages for a PDF
    double playSeconds = 0; // how long a GIF or video plays; 0 for frames and handouts
    qint64 bytes = 0; // the file, or the folder of frames: right within about a factor of two
    double exportSeconds = 0; // CPU time to write it on the reference machine, as roughly
};

// What the estimate depends on. `pictures` is how many stage pictures are painted: the
// frames, or for a PDF the steps (its pages hold `perPage` of them, after a title page).
struct EstimateInput
{
    ExportFormat format = ExportFormat::Gif;
    QSize size{800, 600};
    int pictures = 0;
    int perPage = 1;
    double playSeconds = 0;
    StageLoad load;
};

// Pure: bytes and time per picture from coefficients fitted to exports of 8×8 to 128×128
// convolutions at 800×600 (bench/export_time.sh and the figures in the README).
ExportEstimate estimateExport(const EstimateInput &input);

// The estimate for exporting `source` with `options`, its load measured on the first frame.
ExportEstimate estimateExport(const FrameSource &source, const ExportOptions &options);

// Above any of these an export is big enough that the export dialog asks before starting:
// a 64×64 lesson's 4,098-page handout or 34-minute GIF should never be a surprise.
inline constexpr int askAboveFrames = 1000;
inline constexpr int askAbovePages = 200;
inline constexpr qint64 askAboveBytes = 100LL * 1000 * 1000;

bool asksFirst(const ExportEstimate &estimate, ExportFormat format);

} // namespace convstep
