#pragma once

#include "core/exercise.h"
#include "ui/export/export_status.h"

#include <QString>

#include <vector>

namespace convstep {

struct WorksheetOptions
{
    QString path;
    bool overwrite = false;
    QString title = QStringLiteral("ConvStep worksheet");
    QString subtitle; // e.g. "Level 2 · seed 1 · 10 exercises"; also in every page's footer
};

// A printable worksheet (QPdfWriter, A4 portrait, selectable text): the exercises in order,
// each with its question, its grids as the stage draws them (exerciseFrame) and an empty
// answer box, then an "Answer key" section with every answer. Written under a temporary name
// and moved into place when complete. Failed: the file could not be written (it exists
// without `overwrite`, or its folder is missing or read-only); Invalid: no exercises.
ExportResult writeWorksheet(const std::vector<Exercise> &exercises, const WorksheetOptions &options,
                            const ExportProgress &progress = {});

} // namespace convstep
