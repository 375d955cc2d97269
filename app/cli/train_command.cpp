#include "app/cli/train_command.h"

#include "app/cli/commands.h"
#include "core/narration.h"
#include "io/input_file.h"
#include "io/text.h"
#include "io/training_json.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace convstep::cli {
namespace {

void complain(QString message)
{
    message.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    QTextStream(stderr) << "convstep-cli: " << message << '\n';
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains a transposed convolution or a resize-convolution to upsample the block means of "
        "an image back to the image (SGD on the mean squared error, float64). Prints "
        "{\"loss\": L, \"step\": n} for n = 0 … steps, then {\"bias\", \"kernel\", \"output\"}."));
    parser.addPositionalArgument(
        QStringLiteral("spec"), QStringLiteral("Training spec JSON file (docs/formats.md), or -."));
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
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        complain(positional.isEmpty()
                     ? QStringLiteral("missing the training spec file (use - for stdin)")
                     : QStringLiteral("expected one spec file, got %1").arg(positional.size()));
        return UsageError;
    }
    const QString path = positional.first();
    auto data = readInputFile(path);
    if (auto *error = std::get_if<QString>(&data)) {
        complain(*error);
        return IoError;
    }
    auto parsed = parseTrainingSpec(std::get<QByteArray>(data));
    if (auto *error = std::get_if<ProblemError>(&parsed)) {
        complain((path == QLatin1String("-") ? QStringLiteral("<stdin>") : path) + ": "
                 + qt(error->text()));
        return UsageError;
    }
    const TrainingSpec &spec = std::get<TrainingSpec>(parsed);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        complain(QStringLiteral("cannot write to standard output"));
        return IoError;
    }
    Training training = startTraining(spec);
    for (;;) {
        if (!std::isfinite(training.loss)) {
            out.flush();
            complain(QStringLiteral("the loss is no longer finite after %1 steps: learning_rate "
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
    complain(QStringLiteral("cannot write to standard output"));
    return IoError;
}

} // namespace convstep::cli
