#include "ui/export/image_frames_writer.h"

#include "io/error.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/export/export_device.h"
#include "ui/export/export_status.h"
#include "ui/export/export_target.h"
#include "ui/export/frame_source.h"
#include "ui/render/stage_renderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

std::optional<Error> writePng(const QImage &image, const QString &path)
{
    // Encoded in memory first: libpng prints its own complaint when a file write fails.
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QImageWriter writer(&encoded, "png");
    if (!writer.write(image))
        return Error{writer.errorString()};
    ExportDevice file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(encoded.data()) != encoded.size()
        || !file.finish())
        return Error{file.errorString()};
    return std::nullopt;
}

std::optional<Error> writeSvg(const FrameSource &source, int index, QSize size, const QString &path)
{
    ExportDevice file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{file.errorString()};
    const StageFrame frame = source.frame(index);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    svg.setTitle(Text::tr("Step %1 of %2").arg(frame.step.index + 1).arg(source.trace().stepCount));
    svg.setDescription(stepText(frame.step));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error{Text::tr("cannot start the SVG")};
    StageRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), frame);
    painter.end();
    if (!file.finish())
        return Error{file.errorString()};
    return std::nullopt;
}

} // namespace

ExportResult writeImageFrames(const FrameSource &source, QSize size, ExportFormat format,
                              const QString &folder, const ExportProgress &progress)
{
    const QDir dir(folder);
    const QString extension = formatExtension(format);
    const int count = source.count();
    QImage image;
    if (format == ExportFormat::Png)
        image = QImage(size, QImage::Format_RGB32);
    for (int i = 0; i < count; ++i) {
        if (progress.cancelled())
            return ExportResult::failure(ExportStatus::Cancelled, Text::tr("cancelled"));
        const QString name = frameFileName(i, count, extension);
        std::optional<Error> error;
        if (format == ExportFormat::Png) {
            source.render(i, image);
            error = writePng(image, dir.filePath(name));
        } else {
            error = writeSvg(source, i, size, dir.filePath(name));
        }
        if (error)
            return ExportResult::failure(ExportStatus::Failed,
                                         name + QStringLiteral(": ") + error->message);
        progress.report(i + 1, count);
    }
    ExportResult result;
    result.frames = count;
    return result;
}

ExportResult writeImage(const FrameSource &source, QSize size, const QString &path,
                        const ExportProgress &progress)
{
    if (progress.cancelled())
        return ExportResult::failure(ExportStatus::Cancelled, QStringLiteral("cancelled"));
    QImage image(size, QImage::Format_RGB32);
    source.render(0, image);
    if (auto error = writePng(image, path))
        return ExportResult::failure(ExportStatus::Failed, error->message);
    progress.report(1, 1);
    ExportResult result;
    result.frames = 1;
    return result;
}

} // namespace convstep
