#pragma once

#include "io/lesson.h"
#include "ui/export/export_options.h"
#include "ui/export/step_selection.h"

#include <memory>

namespace convstep {

struct ExportProgress;
struct ExportResult;

// A printable vector handout (QPdfWriter, A4 landscape, 96 dpi): a title page with the
// lesson's title, note, settings and output-size formula, then the steps, `perPage` to a
// page in a grid (the selected steps only). Each step is the stage picture (StageRenderer, without
// its caption) with its narration and arithmetic underneath as real, selectable text.
ExportResult writePdfHandout(const Lesson &lesson, std::shared_ptr<const Trace> trace,
                             const StepSelection &steps, const ExportOptions &options,
                             const QString &path, const ExportProgress &progress);

} // namespace convstep
