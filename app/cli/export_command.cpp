#include "app/cli/export_command.h"

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/grad_command.h"
#include "app/cli/lesson_source.h"
#include "io/error.h"
#include "io/lesson_json.h"
#include "io/translate.h"
#include "ui/export/exporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace convstep::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true); // lock-free, so safe in a signal handler
}

// Ctrl-C or a kill stops the export between frames, and the partial output is removed.
class InterruptGuard final
{
public:
    InterruptGuard()
    {
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

// "frame 12 of 65 (18%), about 3 s left", rewritten in place on stderr while an export runs,
// only when stderr is a terminal: a pipe or a log file gets nothing.
class TerminalProgress final
{
public:
    TerminalProgress(QString unit, bool wanted)
        : m_unit(std::move(unit))
        , m_enabled(wanted && isatty(STDERR_FILENO))
    {
        m_clock.start();
    }
    ~TerminalProgress() { clear(); }
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    void report(int done, int total)
    {
        if (!m_enabled || total <= 0)
            return;
        const qint64 now = m_clock.elapsed();
        if (done < total && m_shown && now - m_lastShown < 100)
            return; // ten updates a second are plenty
        m_lastShown = now;
        QString line = Text::tr("%1 %2 of %3 (%4%)")
                           .arg(m_unit)
                           .arg(done)
                           .arg(total)
                           .arg(static_cast<qint64>(done) * 100 / total);
        if (done > 0 && done < total && now >= 1000) {
            const qint64 left = now * (total - done) / done / 1000;
            line += left < 60 ? Text::tr(", about %1 s left").arg(std::max<qint64>(left, 1))
                              : Text::tr(", about %1 min left").arg((left + 30) / 60);
        }
        std::fprintf(stderr, "\r%s\033[K", line.toLocal8Bit().constData());
        std::fflush(stderr);
        m_shown = true;
    }

    // Erases the line, so what follows starts on a clean one.
    void clear()
    {
        if (!m_shown)
            return;
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        m_shown = false;
    }

private:
    QString m_unit;
    bool m_enabled = false;
    bool m_shown = false;
    QElapsedTimer m_clock;
    qint64 m_lastShown = 0;
};

QCommandLineOption option(const QStringList &names, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(names, help)
                           : QCommandLineOption(names, help, value);
}

const QCommandLineOption outputOption =
    option({QStringLiteral("o"), QStringLiteral("output")},
           QT_TRANSLATE_NOOP("Cli", "Output file, or folder for png/svg frames (required)."),
           QStringLiteral("path"));
const QCommandLineOption formatOption = option(
    {QStringLiteral("f"), QStringLiteral("format")},
    QT_TRANSLATE_NOOP(
        "Cli", "gif, mp4, webm, png, svg or pdf (default: from the output's extension, else gif)."),
    QStringLiteral("format"));
const QCommandLineOption viewOption = option(
    {QStringLiteral("v"), QStringLiteral("view")},
    QT_TRANSLATE_NOOP("Cli",
                      "direct, zero-insertion, matrix, backward-input or backward-kernel (default: "
                      "the lesson's view, else direct)."),
    QStringLiteral("view"));
const QCommandLineOption sizeOption =
    option({QStringLiteral("s"), QStringLiteral("size")},
           QT_TRANSLATE_NOOP(
               "Cli", "Frame size in pixels, WIDTHxHEIGHT (default 800x600; even for video)."),
           QStringLiteral("WxH"));
const QCommandLineOption fpsOption = option(
    {QStringLiteral("fps")},
    QT_TRANSLATE_NOOP(
        "Cli", "Frames per second, 1 to 60 (default 2: one step per frame; with --smooth 12)."),
    QStringLiteral("n"));
const QCommandLineOption themeOption = option(
    {QStringLiteral("t"), QStringLiteral("theme")},
    QT_TRANSLATE_NOOP("Cli", "light, dark or contrast (default light)."), QStringLiteral("theme"));
const QCommandLineOption stepsOption = option(
    {QStringLiteral("steps")},
    QT_TRANSLATE_NOOP("Cli",
                      "Steps to export, 1-based and inclusive as the program shows them (\"Step 7 "
                      "of 16\"): FROM:TO, FROM:, :TO or one step N (default: all)."),
    QStringLiteral("from:to"));
const QCommandLineOption everyOption =
    option({QStringLiteral("every")},
           QT_TRANSLATE_NOOP(
               "Cli", "Only every n-th of those steps, counted from the first, and the last."),
           QStringLiteral("n"));
const QCommandLineOption phasesOption =
    option({QStringLiteral("phases")},
           QT_TRANSLATE_NOOP(
               "Cli", "Only the first and the last step of each phase (pad, slide, crop, …)."));
const QCommandLineOption finalOption =
    option({QStringLiteral("final")},
           QT_TRANSLATE_NOOP(
               "Cli", "Only the finished state (the last step) as one PNG file: -o NAME.png."));
const QCommandLineOption smoothOption = option(
    {QStringLiteral("smooth")},
    QT_TRANSLATE_NOOP(
        "Cli", "In-between frames: each step glides for half a second, then rests for half."));
const QCommandLineOption holdOption =
    option({QStringLiteral("hold")},
           QT_TRANSLATE_NOOP("Cli", "Extra seconds on the first and the last frame (default 0)."),
           QStringLiteral("seconds"));
const QCommandLineOption perPageOption =
    option({QStringLiteral("per-page")},
           QT_TRANSLATE_NOOP("Cli", "pdf: steps per page, 1 to 16, in a grid (default 1)."),
           QStringLiteral("n"));
const QCommandLineOption fontScaleOption =
    option({QStringLiteral("font-scale")},
           QT_TRANSLATE_NOOP("Cli", "Enlarge the stage's text, 0.5 to 3 (default 1)."),
           QStringLiteral("factor"));
const QCommandLineOption overwriteOption = option(
    {QStringLiteral("overwrite")},
    QT_TRANSLATE_NOOP("Cli", "Replace an existing output file, or a folder of earlier frames."));
const QCommandLineOption noCaptionOption =
    option({QStringLiteral("no-caption")},
           QT_TRANSLATE_NOOP("Cli", "Leave out the narration and arithmetic under the grids."));
const QCommandLineOption symbolsOption =
    option({QStringLiteral("symbols")},
           QT_TRANSLATE_NOOP("Cli",
                             "Matrix view: write C with the kernel's weight names (w₀₀, w₀₁, …) "
                             "and x, y with indexed names (x₀, y₀, …) instead of numbers."));
const QCommandLineOption quietOption =
    option({QStringLiteral("q"), QStringLiteral("quiet")},
           QT_TRANSLATE_NOOP("Cli", "Print nothing on success."));

void addCommonOptions(QCommandLineParser &parser, bool withSteps)
{
    for (const QCommandLineOption *o :
         {&outputOption, &formatOption, &viewOption, &sizeOption, &fpsOption, &themeOption,
          &smoothOption, &holdOption, &perPageOption, &fontScaleOption, &overwriteOption,
          &noCaptionOption, &symbolsOption, &quietOption})
        addOption(parser, *o);
    if (withSteps)
        for (const QCommandLineOption *o :
             {&stepsOption, &everyOption, &phasesOption, &finalOption})
            addOption(parser, *o);
}

// The options the parsed command line asks for, or the usage error that stops them.
Result<ExportOptions, Error> readOptions(const QCommandLineParser &parser, bool gallery)
{
    ExportOptions options;
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return Error{Text::tr("missing the output: -o PATH")};
    options.path = parser.value(outputOption);
    const bool final = !gallery && parser.isSet(finalOption);
    QString format = parser.value(formatOption);
    if (format.isEmpty() && !gallery)
        format = QFileInfo(options.path).suffix();
    if (format.isEmpty() || (!parser.isSet(formatOption) && !formatFromName(format)))
        format = final ? QStringLiteral("png") : QStringLiteral("gif");
    const auto parsedFormat = formatFromName(format);
    if (!parsedFormat)
        return Error{
            Text::tr("--format must be gif, mp4, webm, png, svg or pdf, got \"%1\"").arg(format)};
    options.format = *parsedFormat;
    if (parser.isSet(viewOption)) {
        options.view = viewFromName(parser.value(viewOption));
        if (!options.view)
            return Error{Text::tr("--view must be direct, zero-insertion, matrix, "
                                  "backward-input or backward-kernel, got \"%1\"")
                             .arg(parser.value(viewOption))};
    }
    if (parser.isSet(sizeOption)) {
        const auto size = parseSize(parser.value(sizeOption));
        if (!size.ok())
            return size.error();
        options.size = size.value();
    }
    const auto number = [&](const QCommandLineOption &o,
                            const char *name) -> Result<double, Error> {
        bool ok = false;
        const double value = parser.value(o).toDouble(&ok);
        if (!ok)
            return Error{Text::tr("--%1 must be a number, got \"%2\"")
                             .arg(QLatin1String(name), parser.value(o))};
        return value;
    };
    if (parser.isSet(fpsOption)) {
        const auto fps = number(fpsOption, "fps");
        if (!fps.ok())
            return fps.error();
        if (fps.value() != static_cast<int>(fps.value()))
            return Error{
                Text::tr("--fps must be a whole number, got \"%1\"").arg(parser.value(fpsOption))};
        options.fps = static_cast<int>(fps.value());
    }
    if (parser.isSet(themeOption)) {
        const auto theme = themeFromName(parser.value(themeOption));
        if (!theme)
            return Error{Text::tr("--theme must be light, dark or contrast, got \"%1\"")
                             .arg(parser.value(themeOption))};
        options.theme = *theme;
    }
    if (!gallery && parser.isSet(stepsOption)) {
        const auto steps = parseSteps(parser.value(stepsOption));
        if (!steps.ok())
            return steps.error();
        options.steps = steps.value();
    }
    if (!gallery) {
        const int picks =
            int(parser.isSet(everyOption)) + int(parser.isSet(phasesOption)) + int(final);
        if (picks > 1)
            return Error{Text::tr("--every, --phases and --final each choose the steps; give "
                                  "one of them")};
        if (parser.isSet(everyOption)) {
            bool ok = false;
            const int every = parser.value(everyOption).toInt(&ok);
            if (!ok || every < 1)
                return Error{Text::tr("--every must be a whole number of steps, 1 or more, got "
                                      "\"%1\"")
                                 .arg(parser.value(everyOption))};
            options.pick = StepPick::Every;
            options.every = every;
        }
        if (parser.isSet(phasesOption))
            options.pick = StepPick::Phases;
        if (final)
            options.pick = StepPick::Final;
    }
    options.smooth = parser.isSet(smoothOption);
    if (parser.isSet(holdOption)) {
        const auto hold = number(holdOption, "hold");
        if (!hold.ok())
            return hold.error();
        options.holdSeconds = hold.value();
    }
    if (parser.isSet(perPageOption)) {
        const auto perPage = number(perPageOption, "per-page");
        if (!perPage.ok())
            return perPage.error();
        if (perPage.value() != static_cast<int>(perPage.value()))
            return Error{Text::tr("--per-page must be a whole number")};
        options.perPage = static_cast<int>(perPage.value());
    }
    if (parser.isSet(fontScaleOption)) {
        const auto fontScale = number(fontScaleOption, "font-scale");
        if (!fontScale.ok())
            return fontScale.error();
        options.fontScale = fontScale.value();
    }
    options.overwrite = parser.isSet(overwriteOption);
    options.caption = !parser.isSet(noCaptionOption);
    options.symbols = parser.isSet(symbolsOption);
    if (auto error = checkOptions(options))
        return *error;
    return options;
}

int exitCodeOf(const ExportResult &result)
{
    switch (result.status) {
    case ExportStatus::Ok:
        return Ok;
    case ExportStatus::Invalid:
        complain(result.message);
        return UsageError;
    case ExportStatus::Cancelled:
        complain(Text::tr("interrupted; nothing was written"));
        return IoError;
    case ExportStatus::Failed:
        complain(result.message);
        return IoError;
    }
    return IoError;
}

// The exit code of a finished export; a success is summed up on stdout unless quiet.
int finish(const ExportResult &result, const ExportOptions &options, bool quiet)
{
    const int code = exitCodeOf(result);
    if (code != Ok || quiet)
        return code;
    const QString size =
        QLocale::c().formattedDataSize(result.bytes, 1, QLocale::DataSizeTraditionalFormat);
    QTextStream(stdout)
        << (options.format == ExportFormat::Pdf
                ? counted(CONVSTEP_TR_N("Cli", "wrote %1: %n pages, %2", "wrote %1: %n page, %2"),
                          result.frames)
                : counted(CONVSTEP_TR_N("Cli", "wrote %1: %n frames, %2", "wrote %1: %n frame, %2"),
                          result.frames))
               .arg(result.path, size)
        << '\n';
    return code;
}

} // namespace

bool needsGuiApplication(const QString &command)
{
    return command == QLatin1String("export") || command == QLatin1String("gallery")
        || command == QLatin1String("worksheet");
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Exports a lesson's steps as an animated GIF, an MP4 or WebM video, a folder of PNG or "
        "SVG frames (frame-0001.png, …) or a PDF handout. Every frame is the stage as the "
        "program draws it. The output appears only when complete. The backward views start "
        "from --upstream FILE, else the lesson's \"upstream\", else all ones.\n"
        "Example: convstep-cli export article-convolution -o conv.gif --steps 1:4 --smooth"));
    parser.addPositionalArgument(
        QStringLiteral("lesson"),
        Text::tr("Lesson or problem JSON file, - for stdin, or a lesson id."));
    addCommonOptions(parser, true);
    const QCommandLineOption upstream = upstreamOption();
    parser.addOption(upstream);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        complain(positional.isEmpty()
                     ? Text::tr("missing the lesson (a file, - for stdin, or a lesson id)")
                     : Text::tr("expected one lesson, got %1").arg(positional.size()));
        return UsageError;
    }
    const auto options = readOptions(parser, false);
    if (!options.ok())
        return usageError(options.error());
    auto lesson = loadLessonArgument(positional.first());
    if (!lesson.ok()) {
        complain(lesson.error().message);
        return lesson.error().exitCode;
    }
    // An invalid view is the exporter's to report; --upstream is checked against a valid one.
    const View view = options.value().view.value_or(lesson.value().view.value_or(View::Direct));
    if (!checkView(lesson.value().problem, view)) {
        const auto gradient = upstreamFor(parser, upstream, lesson.value(), view);
        if (!gradient.ok())
            return failed(gradient.error());
        if (isBackward(view))
            lesson.value().upstream = gradient.value();
    }
    const InterruptGuard guard;
    TerminalProgress shown(options.value().format == ExportFormat::Pdf ? Text::tr("page")
                                                                       : Text::tr("frame"),
                           !parser.isSet(quietOption));
    ExportProgress progress;
    progress.cancel = &interrupted;
    progress.onProgress = [&shown](int done, int total) { shown.report(done, total); };
    const ExportResult result = exportAnimation(lesson.value(), options.value(), progress);
    shown.clear();
    return finish(result, options.value(), parser.isSet(quietOption));
}

int runGallery(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Exports every built-in lesson into one folder (created when missing), each named after "
        "its id: <id>.gif, or a folder <id>/ of frames. Takes export's options except --steps; "
        "a lesson that cannot be shown in --view uses its own view."));
    addCommonOptions(parser, false);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        complain(Text::tr("'gallery' takes no lesson; it exports every built-in lesson"));
        return UsageError;
    }
    const auto options = readOptions(parser, true);
    if (!options.ok())
        return usageError(options.error());
    const InterruptGuard guard;
    TerminalProgress shown(Text::tr("lesson"), !parser.isSet(quietOption));
    ExportProgress progress;
    progress.cancel = &interrupted;
    progress.onProgress = [&shown](int done, int total) { shown.report(done, total); };
    const ExportResult result = exportGallery(options.value().path, options.value(), progress);
    shown.clear();
    return finish(result, options.value(), parser.isSet(quietOption));
}

} // namespace convstep::cli
