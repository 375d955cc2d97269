#pragma once

#include "ui/export/export_options.h"

#include <QSize>
#include <QString>

namespace convstep {

class FrameSource;
struct ExportProgress;
struct ExportResult;

// Writes every frame of `source` into `folder` as frame-0001.png … (QImageWriter) or
// frame-0001.svg … (QSvgGenerator: true vectors with real text in the renderer's font, at
// 96 dpi so one stage pixel is one SVG user unit).
ExportResult writeImageFrames(const FrameSource &source, QSize size, ExportFormat format,
                              const QString &folder, const ExportProgress &progress);

// Writes the first frame of `source` as one PNG file (--final).
ExportResult writeImage(const FrameSource &source, QSize size, const QString &path,
                        const ExportProgress &progress);

} // namespace convstep
