#pragma once

#include "ui/export/export_options.h"

#include <QImage>

#include <memory>

namespace convstep {

// The first picture an export of `trace` with `options` shows, painted by the stage renderer
// exactly as at the export size and scaled to fit `box` (device pixels), never enlarged. The
// renderer lays the stage out for options.size, so scaling the painter rather than rendering
// a smaller stage keeps the preview faithful while costing only the preview's pixels.
// A PDF handout's step pages show the same picture without the caption and the lesson's title
// (its title page has it).
QImage renderExportPreview(std::shared_ptr<const Trace> trace, ResolvedSteps steps,
                           const ExportOptions &options, QSize box,
                           const QString &title = QString());

} // namespace convstep
