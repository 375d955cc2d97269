#pragma once

#include "core/result.h"
#include "core/trace.h"
#include "io/error.h"
#include "ui/render/stage_style.h"

#include <QSize>
#include <QString>

#include <optional>

namespace convstep {

enum class ExportFormat { Gif, Mp4, WebM, Png, Svg, Pdf };

// Steps as a person counts them ("Step 7 of 16"): 1-based, both ends included. An end left
// out means the first or the last step of the trace.
struct StepRange
{
    std::optional<int> first;
    std::optional<int> last;
};

// Which steps of the range an export shows (see StepSelection).
enum class StepPick {
    All,
    Every, // every n-th step from the first, and the last
    Phases, // the first and the last step of each phase
    Final, // the last step alone, as one PNG file
};

// Everything an export needs besides the lesson. Plain values, so the GUI dialog can fill
// one in and hand it to a worker thread.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Gif;
    QString path; // a file, or a folder for png and svg frames
    std::optional<View> view; // default: the lesson's view, else direct
    // The backward views start from the lesson's upstream gradient (Lesson::upstream).
    QSize size{800, 600};
    std::optional<int> fps; // default: defaultFps(smooth)
    Theme theme = Theme::Light;
    StepRange steps;
    StepPick pick = StepPick::All;
    int every = 1; // StepPick::Every
    bool smooth = false; // in-between frames so the kernel glides from step to step
    double holdSeconds = 0.0; // extra time on the first and the last frame
    int perPage = 1; // pdf: steps per page
    bool overwrite = false;
    bool caption = true;
    double fontScale = 1.0;
    bool symbols = false; // matrix view: weight names and indexed x, y (StageStyle::symbols)
};

inline constexpr int minExportSide = 64;
inline constexpr int maxExportSide = 7680;
inline constexpr int maxExportFps = 60;
inline constexpr double maxHoldSeconds = 60.0;
inline constexpr int maxPerPage = 16;

int defaultFps(bool smooth);
int effectiveFps(const ExportOptions &options);

std::optional<ExportFormat> formatFromName(const QString &name);
QString formatName(ExportFormat format);
QString formatExtension(ExportFormat format); // without the dot
bool isFrameFolder(ExportFormat format); // png and svg write a folder of numbered frames
bool isVideo(ExportFormat format);
// Whether the export writes a folder (of frames) rather than one file.
bool writesFolder(const ExportOptions &options);

std::optional<Theme> themeFromName(const QString &name);

// Parsers for the command line and the dialog; the error is one line naming the rule.
Result<QSize, Error> parseSize(const QString &text); // "800x600"
Result<StepRange, Error> parseSteps(const QString &text); // "7:16", "7", "7:", ":16"

// The 0-based first and last step of `range` in a trace of `stepCount` steps, or why not.
struct ResolvedSteps
{
    int first = 0;
    int last = 0;
};
Result<ResolvedSteps, Error> resolveSteps(const StepRange &range, int stepCount);

// Checks the numbers that do not depend on the lesson; nullopt when they are usable.
std::optional<Error> checkOptions(const ExportOptions &options);

} // namespace convstep
