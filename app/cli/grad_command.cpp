#include "app/cli/grad_command.h"

#include "app/cli/cli_support.h"
#include "app/cli/lesson_source.h"
#include "core/channels.h"
#include "core/gradient.h"
#include "io/gradient_json.h"
#include "io/input_file.h"
#include "io/text.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace convstep::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Result<Grid, LoadFailure> readUpstream(const QString &path, const Problem &problem)
{
    const auto data = readInputFile(path);
    if (!data.ok())
        return LoadFailure{IoError, data.error().message};
    const QString name = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    auto parsed = parseUpstream(data.value());
    std::optional<ProblemError> error =
        parsed.ok() ? checkUpstream(problem, parsed.value()) : parsed.error();
    if (error)
        return LoadFailure{UsageError, name + ": " + errorText(*error)};
    return std::move(parsed).value();
}

} // namespace

QCommandLineOption upstreamOption()
{
    return {{QStringLiteral("u"), QStringLiteral("upstream")},
            Text::tr("JSON file {\"upstream\": [[…]]}: ∂L/∂y, shaped like the output, for "
                     "the gradient (default: the lesson's \"upstream\", else all ones, L = the "
                     "sum of the outputs)."),
            QStringLiteral("file")};
}

Result<Grid, LoadFailure> upstreamFor(const QCommandLineParser &parser,
                                      const QCommandLineOption &option, const Lesson &lesson,
                                      View view)
{
    const QString path = parser.value(option);
    if (!isBackward(view)) {
        if (!parser.isSet(option))
            return Grid();
        return LoadFailure{UsageError,
                           Text::tr("--upstream applies only to the backward "
                                    "views (backward-input, backward-kernel), "
                                    "not %1")
                               .arg(QLatin1String(viewName(view)))};
    }
    if (!parser.isSet(option))
        return lesson.upstreamGradient();
    if (path == QLatin1String("-") && parser.positionalArguments().value(0) == path)
        return LoadFailure{
            UsageError, Text::tr("the problem and --upstream cannot both be - (standard input)")};
    return readUpstream(path, lesson.problem);
}

int runGrad(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Prints {\"grad_bias\": b, \"grad_input\": [[…]], \"grad_kernel\": [[…]]}: the gradient "
        "of L through a conv2d or conv_transpose2d, given ∂L/∂y (default all ones)."));
    parser.addPositionalArgument(QStringLiteral("problem"),
                                 Text::tr("Problem JSON file, - for stdin, or a lesson id."));
    const QCommandLineOption upstream = upstreamOption();
    parser.addOption(upstream);
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const auto loaded = loadSingleLesson(parser);
    if (!loaded.ok())
        return failed(loaded.error());
    const Problem &problem = loaded.value().problem;
    if (isUpsampling(problem.op)) {
        complain(Text::tr("grad applies to conv2d and conv_transpose2d; %1 has no kernel")
                     .arg(QLatin1String(opName(problem.op))));
        return UsageError;
    }
    if (hasChannels(problem)) {
        complain(Text::tr("grad differentiates a problem of one channel; this one has channel "
                          "axes (a 3-D input or a 4-D kernel)"));
        return UsageError;
    }
    const auto gradient = upstreamFor(parser, upstream, loaded.value(), View::BackwardInput);
    if (!gradient.ok())
        return failed(gradient.error());
    return writeStdout(QJsonDocument(gradientToJson(gradientOf(problem, gradient.value())))
                           .toJson(QJsonDocument::Compact)
                       + '\n');
}

} // namespace convstep::cli
