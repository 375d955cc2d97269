#pragma once

#include "io/lesson.h"
#include "ui/export/export_options.h"
#include "ui/export/export_status.h"

namespace convstep {

// Writes one lesson's animation in options.format to options.path. Every picture comes from
// StageRenderer, so a frame shows exactly what the stage shows for that step at that size.
// The output appears only when complete: a failure or a cancel leaves nothing behind.
// Thread-safe for distinct outputs; needs a QGuiApplication (fonts), any thread.
ExportResult exportAnimation(const Lesson &lesson, const ExportOptions &options,
                             const ExportProgress &progress = {});

// Every built-in lesson into `folder` (created when missing), each named after its id:
// "<id>.gif", or a folder "<id>/" of frames for png and svg. options.path and options.steps
// are ignored; a lesson that cannot be shown in options.view uses its own view. Stops at the
// first failure; lessons already written stay. Progress counts lessons.
ExportResult exportGallery(const QString &folder, const ExportOptions &options,
                           const ExportProgress &progress = {});

} // namespace convstep
