#include "app/cli/commands.h"

#include "app/cli/cli_support.h"
#include "app/cli/grad_command.h"
#include "app/cli/lesson_source.h"
#include "app/cli/text_report.h"
#include "core/channels.h"
#include "core/compute.h"
#include "core/framework_code.h"
#include "io/error.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "io/text.h"
#include "io/trace_json.h"
#include "io/translate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace convstep::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QCommandLineOption viewOption({QStringLiteral("v"), QStringLiteral("view")},
                                    QT_TRANSLATE_NOOP("Cli",
                                                      "direct, zero-insertion, matrix, "
                                                      "backward-input or backward-kernel (default: "
                                                      "the lesson's view, else direct)."),
                                    QStringLiteral("view"));

Result<View, Error> chosenView(const QCommandLineParser &parser, const Lesson &lesson)
{
    View view = lesson.view.value_or(View::Direct);
    if (parser.isSet(viewOption)) {
        const auto named = viewFromName(parser.value(viewOption));
        if (!named)
            return Error{Text::tr("--view must be direct, zero-insertion, matrix, "
                                  "backward-input or backward-kernel, got \"%1\"")
                             .arg(parser.value(viewOption))};
        view = *named;
    }
    if (auto error = checkView(lesson.problem, view))
        return Error{errorText(*error)};
    return view;
}

// The one positional argument of compute, trace and code.
void addProblemArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("problem"),
                                 Text::tr("Problem JSON file, - for stdin, or a lesson id."));
}

// A lesson and its trace in the view (and for the backward views, the upstream gradient)
// the command line asks for.
struct TracedLesson
{
    Lesson lesson;
    Trace trace;
};

// Adds --view and --upstream, parses, loads and traces; otherwise the exit code to return
// (after --help or a complaint).
Result<TracedLesson, int> tracedLesson(QCommandLineParser &parser, const QStringList &arguments,
                                       bool optionalLesson)
{
    parser.addOption(viewOption);
    const QCommandLineOption upstream = upstreamOption();
    parser.addOption(upstream);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    auto lesson = loadSingleLesson(parser, optionalLesson);
    if (!lesson.ok())
        return failed(lesson.error());
    const auto view = chosenView(parser, lesson.value());
    if (!view.ok())
        return usageError(view.error());
    const auto gradient = upstreamFor(parser, upstream, lesson.value(), view.value());
    if (!gradient.ok())
        return failed(gradient.error());
    Trace trace = makeTrace(lesson.value().problem, view.value(), gradient.value());
    return TracedLesson{std::move(lesson).value(), std::move(trace)};
}

} // namespace

int runCompute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Prints {\"output\": [[…]], \"output_shape\": [H, W]} for a problem; with "
                 "channels [C][H][W] and [C, H, W]."));
    addProblemArgument(parser);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto lesson = loadSingleLesson(parser);
    if (!lesson.ok())
        return failed(lesson.error());
    const Problem &problem = lesson.value().problem;
    const QJsonObject result = hasChannels(problem) ? resultToJson(computeOutputs(problem))
                                                    : resultToJson(computeOutput(problem));
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    return writeStdout(json + '\n');
}

int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Prints every step of a problem in one view as JSON (docs/formats.md)."));
    addProblemArgument(parser);
    const auto traced = tracedLesson(parser, arguments, false);
    if (!traced.ok())
        return traced.error();
    QFile out;
    return written(out.open(stdout, QIODevice::WriteOnly)
                   && writeTraceJson(out, traced.value().trace) && out.flush());
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Prints a lesson's steps as readable text (default: the built-in default "
                 "lesson)."));
    parser.addPositionalArgument(QStringLiteral("lesson"),
                                 Text::tr("Lesson or problem JSON file, - for stdin, or a "
                                          "lesson id (see 'lessons')."),
                                 QStringLiteral("[lesson]"));
    const auto traced = tracedLesson(parser, arguments, true);
    if (!traced.ok())
        return traced.error();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return written(false);
    QTextStream stream(&out);
    writeTextReport(stream, traced.value().lesson, traced.value().trace);
    stream.flush();
    return written(stream.status() == QTextStream::Ok && out.flush());
}

int runLessons(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the built-in lessons: id and title."));
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        complain(Text::tr("'lessons' takes no arguments"));
        return UsageError;
    }
    QByteArray listing;
    for (const CatalogEntry &entry : builtInLessons())
        listing += (entry.id.leftJustified(40) + ' ' + lessonTitle(entry.lesson) + '\n').toUtf8();
    return writeStdout(listing);
}

int runCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Prints a Python script that reproduces a problem in PyTorch or Keras."));
    addProblemArgument(parser);
    const QCommandLineOption frameworkOption({QStringLiteral("f"), QStringLiteral("framework")},
                                             Text::tr("pytorch or keras (default: pytorch)."),
                                             QStringLiteral("framework"),
                                             QStringLiteral("pytorch"));
    parser.addOption(frameworkOption);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto framework = frameworkFromName(parser.value(frameworkOption).toStdString());
    if (!framework) {
        complain(Text::tr("--framework must be pytorch or keras, got \"%1\"")
                     .arg(parser.value(frameworkOption)));
        return UsageError;
    }
    const auto lesson = loadSingleLesson(parser);
    if (!lesson.ok())
        return failed(lesson.error());
    return writeStdout(
        QByteArray::fromStdString(frameworkScript(lesson.value().problem, *framework)));
}

} // namespace convstep::cli
