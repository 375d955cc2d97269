#include "app/cli/train_command.h"

#include "app/cli/cli_support.h"
#include "core/narration.h"
#include "io/input_file.h"
#include "io/text.h"
#include "io/training_json.h"
#include "io/translate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace convstep::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Trains a transposed convolution or a resize-convolution to upsample the block means of "
        "an image back to the image (SGD on the mean squared error, float64). Prints "
        "{\"loss\": L, \"step\": n} for n = 0 … steps, then {\"bias\", \"kernel\", \"output\"}."));
    parser.addPositionalArgument(QStringLiteral("spec"),
                                 Text::tr("Training spec JSON file (docs/formats.md), or -."));
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        complain(positional.isEmpty()
                     ? Text::tr("missing the training spec file (use - for stdin)")
                     : Text::tr("expected one spec file, got %1").arg(positional.size()));
        return UsageError;
    }
    const QString path = positional.first();
    const auto data = readInputFile(path);
    if (!data.ok())
        return failed(LoadFailure{IoError, data.error().message});
    const auto parsed = parseTrainingSpec(data.value());
    if (!parsed.ok())
        return usageError(Error{(path == QLatin1String("-") ? QStringLiteral("<stdin>") : path)
                                + ": " + errorText(parsed.error())});
    const TrainingSpec &spec = parsed.value();

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        complain(Text::tr("cannot write to standard output"));
        return IoError;
    }
    Training training = startTraining(spec);
    for (;;) {
        if (!std::isfinite(training.loss)) {
            out.flush();
            complain(Text::tr("the loss is no longer finite after %1 steps: learning_rate "
                              "%2 is too large for this image and kernel")
                         .arg(training.step)
                         .arg(qt(formatNumber(spec.learningRate))));
            return UsageError;
        }
        const QByteArray text = line(lossToJson(training));
        if (out.write(text) != text.size())
            break;
        if (training.step == spec.steps) {
            const QByteArray last = line(trainedToJson(training));
            if (out.write(last) == last.size() && out.flush())
                return Ok;
            break;
        }
        advance(training);
    }
    complain(Text::tr("cannot write to standard output"));
    return IoError;
}

} // namespace convstep::cli
