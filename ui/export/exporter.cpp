#include "ui/export/exporter.h"

#include "io/lesson_catalog.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/export/export_target.h"
#include "ui/export/frame_source.h"
#include "ui/export/gif_writer.h"
#include "ui/export/image_frames_writer.h"
#include "ui/export/pdf_handout.h"
#include "ui/export/step_selection.h"
#include "ui/export/video_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <functional>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

ExportResult invalid(const QString &message)
{
    return ExportResult::failure(ExportStatus::Invalid, message);
}

qint64 sizeOnDisk(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    QDirIterator files(path, QDir::Files);
    while (files.hasNext()) {
        files.next();
        total += files.fileInfo().size();
    }
    return total;
}

ExportResult writeTo(const Lesson &lesson, std::shared_ptr<const Trace> trace,
                     const StepSelection &steps, const ExportOptions &options, const QString &path,
                     const ExportProgress &progress)
{
    if (options.format == ExportFormat::Pdf)
        return writePdfHandout(lesson, std::move(trace), steps, options, path, progress);
    StageStyle style;
    style.theme = options.theme;
    style.fontScale = options.fontScale;
    style.title = lessonTitle(lesson);
    style.symbols = options.symbols;
    const FrameSource source(std::move(trace), steps, style, options.caption, options.smooth,
                             effectiveFps(options), options.holdSeconds);
    if (options.pick == StepPick::Final)
        return writeImage(source, options.size, path, progress);
    switch (options.format) {
    case ExportFormat::Gif:
        return writeGif(source, options.size, options.theme, path, progress);
    case ExportFormat::Mp4:
    case ExportFormat::WebM:
        return writeVideo(source, options.size, options.format, path, progress);
    case ExportFormat::Png:
    case ExportFormat::Svg:
        return writeImageFrames(source, options.size, options.format, path, progress);
    case ExportFormat::Pdf:
        break;
    }
    return invalid(Text::tr("unknown format"));
}

// Runs `write` into the target's temporary name and moves the result into place.
template<typename Target>
ExportResult writeAtomically(Target &target, const QString &shownPath,
                             const std::function<ExportResult(const QString &)> &write)
{
    if (auto error = target.prepare())
        return ExportResult::failure(ExportStatus::Failed, error->message);
    ExportResult result = write(target.writePath());
    if (!result.ok()) {
        target.discard();
        if (result.status == ExportStatus::Failed)
            result.message = Text::tr("cannot write %1: %2").arg(shownPath, result.message);
        return result;
    }
    if (auto error = target.commit())
        return ExportResult::failure(ExportStatus::Failed, error->message);
    result.path = shownPath;
    result.bytes = sizeOnDisk(shownPath);
    return result;
}

} // namespace

ExportResult exportAnimation(const Lesson &lesson, const ExportOptions &options,
                             const ExportProgress &progress)
{
    if (auto error = checkOptions(options))
        return invalid(error->message);
    if (auto error = validate(lesson.problem))
        return invalid(errorText(*error));
    const View view = options.view.value_or(lesson.view.value_or(View::Direct));
    if (auto error = checkView(lesson.problem, view))
        return invalid(errorText(*error));
    auto trace = std::make_shared<const Trace>(
        makeTrace(lesson.problem, view, isBackward(view) ? lesson.upstreamGradient() : Grid()));
    const auto steps = resolveSteps(options.steps, trace->stepCount);
    if (!steps.ok())
        return invalid(steps.error().message);
    const StepSelection selection(*trace, steps.value(), options.pick, options.every);

    const auto write = [&](const QString &path) {
        return writeTo(lesson, trace, selection, options, path, progress);
    };
    if (writesFolder(options)) {
        ExportFolder folder(options.path, options.overwrite);
        return writeAtomically(folder, options.path, write);
    }
    ExportFile file(options.path, options.overwrite);
    return writeAtomically(file, options.path, write);
}

ExportResult exportGallery(const QString &folder, const ExportOptions &options,
                           const ExportProgress &progress)
{
    if (auto error = checkOptions([&] {
            ExportOptions checked = options;
            checked.path = folder;
            return checked;
        }()))
        return invalid(error->message);
    if (!QDir().mkpath(folder))
        return ExportResult::failure(ExportStatus::Failed,
                                     Text::tr("cannot create folder %1").arg(folder));
    const auto &lessons = builtInLessons();
    const int total = static_cast<int>(lessons.size());
    ExportResult summary;
    summary.path = folder;
    for (int i = 0; i < total; ++i) {
        if (progress.cancelled())
            return ExportResult::failure(ExportStatus::Cancelled, Text::tr("cancelled"));
        const CatalogEntry &entry = lessons[static_cast<std::size_t>(i)];
        ExportOptions one = options;
        one.steps = {};
        one.path = QDir(folder).filePath(isFrameFolder(options.format) ? entry.id
                                                                       : entry.id + QLatin1Char('.')
                                                 + formatExtension(options.format));
        if (one.view && checkView(entry.lesson.problem, *one.view))
            one.view.reset(); // e.g. zero insertion of a convolution: the lesson's own view
        ExportProgress inner;
        inner.cancel = progress.cancel;
        const ExportResult result = exportAnimation(entry.lesson, one, inner);
        if (!result.ok()) {
            ExportResult failure = result;
            if (failure.status == ExportStatus::Invalid)
                failure.message = entry.id + QStringLiteral(": ") + failure.message;
            return failure;
        }
        summary.frames += result.frames;
        summary.bytes += result.bytes;
        progress.report(i + 1, total);
    }
    return summary;
}

} // namespace convstep
