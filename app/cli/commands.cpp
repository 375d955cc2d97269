#include "app/cli/commands.h"

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

// One line on stderr, whatever the message holds.
void complain(QString message)
{
    message.replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"));
    QTextStream(stderr) << "convstep-cli: " << message << '\n';
}

// A usage error said on stderr, as the exit code to return.
int usageError(const Error &error)
{
    complain(error.message);
    return UsageError;
}

// A lesson that could not be had, said on stderr, as the exit code to return.
int failed(const LoadFailure &failure)
{
    complain(failure.message);
    return failure.exitCode;
}

// Parses a command's arguments. Returns the exit code when the command ends here (Ok after
// printing --help, UsageError after saying what is wrong), nullopt when it should run.
std::optional<Exit> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the usage line should read "convstep-cli compute".
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
            help.replace(7, end - 7, arguments.first());
        QTextStream(stdout) << help;
        return Ok;
    }
    return std::nullopt;
}

Result<Lesson, LoadFailure> loadSingleLesson(const QCommandLineParser &parser,
                                             bool optional = false)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.isEmpty() && !optional))
        return LoadFailure{
            UsageError,
            positional.isEmpty()
                ? QStringLiteral("missing the problem file (use - for stdin)")
                : QStringLiteral("expected one problem file, got %1").arg(positional.size())};
    if (positional.isEmpty())
        return defaultLesson();
    return loadLessonArgument(positional.first());
}

const QCommandLineOption viewOption({QStringLiteral("v"), QStringLiteral("view")},
                                    QStringLiteral("direct, zero-insertion or matrix (default: "
                                                   "the lesson's view, else direct)."),
                                    QStringLiteral("view"));

Result<View, Error> chosenView(const QCommandLineParser &parser, const Lesson &lesson)
{
    View view = lesson.view.value_or(View::Direct);
    if (parser.isSet(viewOption)) {
        const auto named = viewFromName(parser.value(viewOption));
        if (!named)
            return Error{
                QStringLiteral("--view must be direct, zero-insertion or matrix, got \"%1\"")
                    .arg(parser.value(viewOption))};
        view = *named;
    }
    if (auto error = checkView(lesson.problem, view))
        return Error{qt(error->text())};
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
    parser.addOption(viewOption);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto lesson = loadSingleLesson(parser);
    if (!lesson.ok())
        return failed(lesson.error());
    const auto view = chosenView(parser, lesson.value());
    if (!view.ok())
        return usageError(view.error());
    QFile out;
    return written(out.open(stdout, QIODevice::WriteOnly)
                   && writeTraceJson(out, makeTrace(lesson.value().problem, view.value()))
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
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto lesson = loadSingleLesson(parser, true);
    if (!lesson.ok())
        return failed(lesson.error());
    const auto view = chosenView(parser, lesson.value());
    if (!view.ok())
        return usageError(view.error());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return written(false);
    QTextStream stream(&out);
    writeTextReport(stream, lesson.value(), makeTrace(lesson.value().problem, view.value()));
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
