#include "app/cli/grad_command.h"

#include "app/cli/commands.h"
#include "app/cli/lesson_source.h"
#include "core/gradient.h"
#include "io/gradient_json.h"
#include "io/input_file.h"
#include "io/text.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace convstep::cli {
namespace {

void complain(QString message)
{
    message.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    QTextStream(stderr) << "convstep-cli: " << message << '\n';
}

// nullopt to go on; else the exit code, after the help text or the usage error.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
            help.replace(7, end - 7, arguments.first());
        QTextStream(stdout) << help;
        return Ok;
    }
    return std::nullopt;
}

std::optional<Grid> readUpstream(const QString &path, const Problem &problem, int &exitCode)
{
    auto data = readInputFile(path);
    if (auto *error = std::get_if<QString>(&data)) {
        complain(*error);
        exitCode = IoError;
        return std::nullopt;
    }
    const QString name = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    auto parsed = parseUpstream(std::get<QByteArray>(data));
    std::optional<ProblemError> error;
    if (auto *parseError = std::get_if<ProblemError>(&parsed))
        error = *parseError;
    else
        error = checkUpstream(problem, std::get<Grid>(parsed));
    if (error) {
        complain(name + ": " + qt(error->text()));
        exitCode = UsageError;
        return std::nullopt;
    }
    return std::get<Grid>(std::move(parsed));
}

} // namespace

QCommandLineOption upstreamOption()
{
    return {{QStringLiteral("u"), QStringLiteral("upstream")},
            QStringLiteral("JSON file {\"upstream\": [[…]]}: ∂L/∂y, shaped like the output, for "
                           "the gradient (default: all ones, L = the sum of the outputs)."),
            QStringLiteral("file")};
}

std::optional<Grid> upstreamFor(const QCommandLineParser &parser, const QCommandLineOption &option,
                                const Problem &problem, View view, int &exitCode)
{
    const QString path = parser.value(option);
    if (!isBackward(view)) {
        if (!parser.isSet(option))
            return Grid();
        complain(QStringLiteral("--upstream applies only to the backward views "
                                "(backward-input, backward-kernel), not %1")
                     .arg(QLatin1String(viewName(view))));
        exitCode = UsageError;
        return std::nullopt;
    }
    if (!parser.isSet(option))
        return onesUpstream(problem);
    if (path == QLatin1String("-") && parser.positionalArguments().value(0) == path) {
        complain(QStringLiteral("the problem and --upstream cannot both be - (standard input)"));
        exitCode = UsageError;
        return std::nullopt;
    }
    return readUpstream(path, problem, exitCode);
}

int runGrad(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints {\"grad_bias\": b, \"grad_input\": [[…]], \"grad_kernel\": [[…]]}: the gradient "
        "of L through a conv2d or conv_transpose2d, given ∂L/∂y (default all ones)."));
    parser.addPositionalArgument(QStringLiteral("problem"),
                                 QStringLiteral("Problem JSON file, - for stdin, or a lesson id."));
    const QCommandLineOption upstream = upstreamOption();
    parser.addOption(upstream);
    if (const auto done = parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        complain(positional.isEmpty()
                     ? QStringLiteral("missing the problem file (use - for stdin)")
                     : QStringLiteral("expected one problem file, got %1").arg(positional.size()));
        return UsageError;
    }
    auto loaded = loadLessonArgument(positional.first());
    if (auto *failure = std::get_if<LoadFailure>(&loaded)) {
        complain(failure->message);
        return failure->exitCode;
    }
    const Problem &problem = std::get<Lesson>(loaded).problem;
    if (isUpsampling(problem.op)) {
        complain(QStringLiteral("grad applies to conv2d and conv_transpose2d; %1 has no kernel")
                     .arg(QLatin1String(opName(problem.op))));
        return UsageError;
    }
    int exitCode = Ok;
    const auto gradient = upstreamFor(parser, upstream, problem, View::BackwardInput, exitCode);
    if (!gradient)
        return exitCode;
    const QByteArray json =
        QJsonDocument(gradientToJson(gradientOf(problem, *gradient))).toJson(QJsonDocument::Compact)
        + '\n';
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly) && out.write(json) == json.size() && out.flush())
        return Ok;
    complain(QStringLiteral("cannot write to standard output"));
    return IoError;
}

} // namespace convstep::cli
