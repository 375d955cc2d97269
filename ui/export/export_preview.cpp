#include "ui/export/export_preview.h"

#include "ui/export/frame_source.h"
#include "ui/render/stage_renderer.h"

#include <QPainter>

namespace convstep {

QImage renderExportPreview(std::shared_ptr<const Trace> trace, ResolvedSteps steps,
                           const ExportOptions &options, QSize box, const QString &title)
{
    if (!trace || options.size.isEmpty() || box.isEmpty())
        return {};
    const bool pdf = options.format == ExportFormat::Pdf;
    StageStyle style;
    style.theme = options.theme;
    style.fontScale = options.fontScale;
    if (!pdf)
        style.title = title;
    style.symbols = options.symbols;
    const FrameSource source(std::move(trace), StepSelection(steps), style, options.caption && !pdf,
                             options.smooth && !pdf, effectiveFps(options), 0.0);
    const QSize shown = options.size.boundedTo(options.size.scaled(box, Qt::KeepAspectRatio));
    QImage image(shown.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(static_cast<double>(image.width()) / options.size.width(),
                  static_cast<double>(image.height()) / options.size.height());
    StageRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)), source.frame(0));
    return image;
}

} // namespace convstep
