#include "ui/export/export_options.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace convstep {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

int defaultFps(bool smooth)
{
    // Plain: two steps a second, slow enough to read. Smooth: enough frames to glide.
    return smooth ? 12 : 2;
}

int effectiveFps(const ExportOptions &options)
{
    return options.fps.value_or(defaultFps(options.smooth));
}

std::optional<ExportFormat> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("gif"))
        return ExportFormat::Gif;
    if (n == QLatin1String("mp4"))
        return ExportFormat::Mp4;
    if (n == QLatin1String("webm"))
        return ExportFormat::WebM;
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Gif:
        return QStringLiteral("gif");
    case ExportFormat::Mp4:
        return QStringLiteral("mp4");
    case ExportFormat::WebM:
        return QStringLiteral("webm");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString formatExtension(ExportFormat format)
{
    return formatName(format);
}

bool isFrameFolder(ExportFormat format)
{
    return format == ExportFormat::Png || format == ExportFormat::Svg;
}

bool isVideo(ExportFormat format)
{
    return format == ExportFormat::Mp4 || format == ExportFormat::WebM;
}

bool writesFolder(const ExportOptions &options)
{
    return isFrameFolder(options.format) && options.pick != StepPick::Final;
}

std::optional<Theme> themeFromName(const QString &name)
{
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::Contrast})
        if (themeName(theme) == name.trimmed().toLower())
            return theme;
    return std::nullopt;
}

Result<QSize, Error> parseSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return Error{Text::tr("--size must be WIDTHxHEIGHT in pixels, such as 800x600, got \"%1\"")
                         .arg(text)};
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    for (int side : {size.width(), size.height()})
        if (side < minExportSide || side > maxExportSide)
            return Error{Text::tr("--size: each side must be %1 to %2 pixels, got %3x%4")
                             .arg(minExportSide)
                             .arg(maxExportSide)
                             .arg(size.width())
                             .arg(size.height())};
    return size;
}

Result<StepRange, Error> parseSteps(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{0,9})\\s*(:?)\\s*(\\d{0,9})\\s*$"));
    const auto match = pattern.match(text);
    const auto bad = [&] {
        return Error{Text::tr("--steps must be FROM:TO (1-based, both included), FROM:, :TO or "
                              "one step number, got \"%1\"")
                         .arg(text)};
    };
    if (!match.hasMatch())
        return bad();
    const QString from = match.captured(1);
    const bool colon = !match.captured(2).isEmpty();
    const QString to = match.captured(3);
    if ((from.isEmpty() && to.isEmpty()) || (!colon && !to.isEmpty()))
        return bad();
    StepRange range;
    if (!from.isEmpty())
        range.first = from.toInt();
    if (!to.isEmpty())
        range.last = to.toInt();
    if (!colon)
        range.last = range.first;
    if ((range.first && *range.first < 1) || (range.last && *range.last < 1))
        return Error{Text::tr("--steps counts from 1, got \"%1\"").arg(text)};
    if (range.first && range.last && *range.first > *range.last)
        return Error{Text::tr("--steps: FROM must not be after TO, got \"%1\"").arg(text)};
    return range;
}

Result<ResolvedSteps, Error> resolveSteps(const StepRange &range, int stepCount)
{
    const int first = range.first.value_or(1);
    const int last = range.last.value_or(stepCount);
    if (first < 1 || last > stepCount || first > last)
        return Error{Text::tr("--steps %1:%2 is outside the lesson's steps 1:%3")
                         .arg(first)
                         .arg(last)
                         .arg(stepCount)};
    return ResolvedSteps{first - 1, last - 1};
}

std::optional<Error> checkOptions(const ExportOptions &options)
{
    if (options.path.isEmpty())
        return Error{Text::tr("no output path (-o PATH)")};
    for (int side : {options.size.width(), options.size.height()})
        if (side < minExportSide || side > maxExportSide)
            return Error{Text::tr("--size: each side must be %1 to %2 pixels")
                             .arg(minExportSide)
                             .arg(maxExportSide)};
    const int fps = effectiveFps(options);
    if (fps < 1 || fps > maxExportFps)
        return Error{Text::tr("--fps must be 1 to %1, got %2").arg(maxExportFps).arg(fps)};
    if (!std::isfinite(options.holdSeconds) || options.holdSeconds < 0
        || options.holdSeconds > maxHoldSeconds)
        return Error{Text::tr("--hold must be 0 to %1 seconds").arg(maxHoldSeconds)};
    if (options.every < 1)
        return Error{Text::tr("--every must be at least 1, got %1").arg(options.every)};
    if (options.pick == StepPick::Final && options.format != ExportFormat::Png)
        return Error{Text::tr("--final writes one PNG file, not %1: use -o NAME.png")
                         .arg(formatName(options.format))};
    if (options.pick == StepPick::Final && options.smooth)
        return Error{Text::tr("--final writes one picture of the last step; leave out --smooth")};
    if (options.perPage < 1 || options.perPage > maxPerPage)
        return Error{
            Text::tr("--per-page must be 1 to %1, got %2").arg(maxPerPage).arg(options.perPage)};
    if (!(options.fontScale >= 0.5 && options.fontScale <= 3.0))
        return Error{Text::tr("font scale must be 0.5 to 3")};
    if (isVideo(options.format) && (options.size.width() % 2 || options.size.height() % 2))
        return Error{Text::tr("%1 needs an even width and height (yuv420p), got %2x%3; try %4x%5")
                         .arg(formatName(options.format))
                         .arg(options.size.width())
                         .arg(options.size.height())
                         .arg(options.size.width() + options.size.width() % 2)
                         .arg(options.size.height() + options.size.height() % 2)};
    return std::nullopt;
}

} // namespace convstep
