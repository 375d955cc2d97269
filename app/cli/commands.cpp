#include "app/cli/commands.h"

#include "app/cli/cli_support.h"
#include "app/cli/grad_command.h"
#include "app/cli/lesson_source.h"
#include "app/cli/text_report.h"
#include "core/compute.h"
#include "core/framework_code.h"
#include "io/error.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "io/text.h"
#include "io/trace_json.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace convstep::cli {
namespace {

const QCommandLineOption viewOption({QStringLiteral("v"), QStringLiteral("view")},
                                    QStringLiteral("direct, zero-insertion, matrix, "
                                                   "backward-input or backward-kernel (default: "
                                                   "the lesson's view, else direct)."),
                                    QStringLiteral("view"));

Result<View, Error> chosenView(const QCommandLineParser &parser, const Lesson &lesson)
{
    View view = lesson.view.value_or(View::Direct);
    if (parser.isSet(viewOption)) {
        const auto named = viewFromName(parser.value(viewOption));
        if (!named)
            return Error{QStringLiteral("--view must be direct, zero-insertion, matrix, "
                                        "backward-input or backward-kernel, got \"%1\"")
                             .arg(parser.value(viewOption))};
        view = *named;
    }
    if (auto error = checkView(lesson.problem, view))
        return Error{qt(error->text())};
    return view;
}

// The one positional argument of compute, trace and code.
void addProblemArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("problem"),
                                 QStringLiteral("Problem JSON file, - for stdin, or a lesson id."));
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
    const auto gradient = upstreamFor(parser, upstream, lesson.value().problem, view.value());
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
        QStringLiteral("Prints {\"output\": [[…]], \"output_shape\": [H, W]} for a problem."));
    addProblemArgument(parser);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto lesson = loadSingleLesson(parser);
    if (!lesson.ok())
        return failed(lesson.error());
    const QByteArray json = QJsonDocument(resultToJson(computeOutput(lesson.value().problem)))
                                .toJson(QJsonDocument::Compact);
    return writeStdout(json + '\n');
}

int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints every step of a problem in one view as JSON (docs/formats.md)."));
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
        QStringLiteral("Prints a lesson's steps as readable text (default: the built-in default "
                       "lesson)."));
    parser.addPositionalArgument(QStringLiteral("lesson"),
                                 QStringLiteral("Lesson or problem JSON file, - for stdin, or a "
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
    parser.setApplicationDescription(QStringLiteral("Lists the built-in lessons: id and title."));
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        complain(QStringLiteral("'lessons' takes no arguments"));
        return UsageError;
    }
    QByteArray listing;
    for (const CatalogEntry &entry : builtInLessons())
        listing += (entry.id.leftJustified(40) + ' ' + entry.lesson.title + '\n').toUtf8();
    return writeStdout(listing);
}

int runCode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints a Python script that reproduces a problem in PyTorch or Keras."));
    addProblemArgument(parser);
    const QCommandLineOption frameworkOption({QStringLiteral("f"), QStringLiteral("framework")},
                                             QStringLiteral("pytorch or keras (default: pytorch)."),
                                             QStringLiteral("framework"),
                                             QStringLiteral("pytorch"));
    parser.addOption(frameworkOption);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto framework = frameworkFromName(parser.value(frameworkOption).toStdString());
    if (!framework) {
        complain(QStringLiteral("--framework must be pytorch or keras, got \"%1\"")
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
