#include "app/cli/commands.h"

#include "app/cli/grad_command.h"
#include "app/cli/lesson_source.h"
#include "app/cli/text_report.h"
#include "core/compute.h"
#include "core/framework_code.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "io/text.h"
#include "io/trace_json.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace convstep::cli {
namespace {

// One line on stderr, whatever the message holds.
void complain(QString message)
{
    message.replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"));
    QTextStream(stderr) << "convstep-cli: " << message << '\n';
}

// Parses a command's arguments; returns false (after saying why) for a usage error.
bool parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the usage line should read "convstep-cli compute".
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
            help.replace(7, end - 7, arguments.first());
        QTextStream(stdout) << help;
        std::exit(Ok);
    }
    return true;
}

std::optional<Lesson> loadSingleLesson(const QCommandLineParser &parser, int &exitCode,
                                       bool optional = false)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.isEmpty() && !optional)) {
        complain(positional.isEmpty()
                     ? QStringLiteral("missing the problem file (use - for stdin)")
                     : QStringLiteral("expected one problem file, got %1").arg(positional.size()));
        exitCode = UsageError;
        return std::nullopt;
    }
    if (positional.isEmpty())
        return defaultLesson();
    auto loaded = loadLessonArgument(positional.first());
    if (auto *failure = std::get_if<LoadFailure>(&loaded)) {
        complain(failure->message);
        exitCode = failure->exitCode;
        return std::nullopt;
    }
    return std::get<Lesson>(std::move(loaded));
}

const QCommandLineOption viewOption({QStringLiteral("v"), QStringLiteral("view")},
                                    QStringLiteral("direct, zero-insertion, matrix, "
                                                   "backward-input or backward-kernel (default: "
                                                   "the lesson's view, else direct)."),
                                    QStringLiteral("view"));

std::optional<View> chosenView(const QCommandLineParser &parser, const Lesson &lesson,
                               int &exitCode)
{
    View view = lesson.view.value_or(View::Direct);
    if (parser.isSet(viewOption)) {
        const auto named = viewFromName(parser.value(viewOption));
        if (!named) {
            complain(QStringLiteral("--view must be direct, zero-insertion, matrix, "
                                    "backward-input or backward-kernel, got \"%1\"")
                         .arg(parser.value(viewOption)));
            exitCode = UsageError;
            return std::nullopt;
        }
        view = *named;
    }
    if (auto error = checkView(lesson.problem, view)) {
        complain(qt(error->text()));
        exitCode = UsageError;
        return std::nullopt;
    }
    return view;
}

// The exit code for a finished write to stdout, reporting a failed one.
int written(bool ok)
{
    if (ok)
        return Ok;
    complain(QStringLiteral("cannot write to standard output"));
    return IoError;
}

int writeStdout(const QByteArray &data)
{
    QFile out;
    return written(out.open(stdout, QIODevice::WriteOnly) && out.write(data) == data.size()
                   && out.flush());
}

// The one positional argument of compute, trace and code.
void addProblemArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("problem"),
                                 QStringLiteral("Problem JSON file, - for stdin, or a lesson id."));
}

} // namespace

int runCompute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints {\"output\": [[…]], \"output_shape\": [H, W]} for a problem."));
    addProblemArgument(parser);
    if (!parseArguments(parser, arguments))
        return UsageError;
    int exitCode = Ok;
    const auto lesson = loadSingleLesson(parser, exitCode);
    if (!lesson)
        return exitCode;
    const QByteArray json =
        QJsonDocument(resultToJson(computeOutput(lesson->problem))).toJson(QJsonDocument::Compact);
    return writeStdout(json + '\n');
}

int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints every step of a problem in one view as JSON (docs/formats.md)."));
    addProblemArgument(parser);
    parser.addOption(viewOption);
    const QCommandLineOption upstream = upstreamOption();
    parser.addOption(upstream);
    if (!parseArguments(parser, arguments))
        return UsageError;
    int exitCode = Ok;
    const auto lesson = loadSingleLesson(parser, exitCode);
    if (!lesson)
        return exitCode;
    const auto view = chosenView(parser, *lesson, exitCode);
    if (!view)
        return exitCode;
    const auto gradient = upstreamFor(parser, upstream, lesson->problem, *view, exitCode);
    if (!gradient)
        return exitCode;
    QFile out;
    return written(out.open(stdout, QIODevice::WriteOnly)
                   && writeTraceJson(out, makeTrace(lesson->problem, *view, *gradient))
                   && out.flush());
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
    parser.addOption(viewOption);
    const QCommandLineOption upstream = upstreamOption();
    parser.addOption(upstream);
    if (!parseArguments(parser, arguments))
        return UsageError;
    int exitCode = Ok;
    const auto lesson = loadSingleLesson(parser, exitCode, true);
    if (!lesson)
        return exitCode;
    const auto view = chosenView(parser, *lesson, exitCode);
    if (!view)
        return exitCode;
    const auto gradient = upstreamFor(parser, upstream, lesson->problem, *view, exitCode);
    if (!gradient)
        return exitCode;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return written(false);
    QTextStream stream(&out);
    writeTextReport(stream, *lesson, makeTrace(lesson->problem, *view, *gradient));
    stream.flush();
    return written(stream.status() == QTextStream::Ok && out.flush());
}

int runLessons(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the built-in lessons: id and title."));
    if (!parseArguments(parser, arguments))
        return UsageError;
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
    if (!parseArguments(parser, arguments))
        return UsageError;
    const auto framework = frameworkFromName(parser.value(frameworkOption).toStdString());
    if (!framework) {
        complain(QStringLiteral("--framework must be pytorch or keras, got \"%1\"")
                     .arg(parser.value(frameworkOption)));
        return UsageError;
    }
    int exitCode = Ok;
    const auto lesson = loadSingleLesson(parser, exitCode);
    if (!lesson)
        return exitCode;
    return writeStdout(QByteArray::fromStdString(frameworkScript(lesson->problem, *framework)));
}

} // namespace convstep::cli
