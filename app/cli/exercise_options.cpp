#include "app/cli/exercise_options.h"

#include "app/cli/cli_support.h"

#include <QRegularExpression>
#include <QTextStream>

#include <string>

namespace convstep::cli {
namespace {

const QCommandLineOption seedOption(
    QStringLiteral("seed"),
    QStringLiteral("Random seed, 0 to 18446744073709551615 (default 1): the same seed and "
                   "options give the same exercises on every machine."),
    QStringLiteral("N"), QStringLiteral("1"));
const QCommandLineOption
    countOption(QStringLiteral("count"),
                QStringLiteral("Number of exercises, 1 to %1 (default 10).").arg(maxExerciseCount),
                QStringLiteral("K"), QStringLiteral("10"));
const QCommandLineOption levelOption(
    QStringLiteral("level"),
    QStringLiteral("1 (conv2d, stride 1, no padding, up to 5×5), 2 (strides, padding, "
                   "transposed) or 3 (dilation, Keras 'same', output padding, rectangles); "
                   "default 2."),
    QStringLiteral("L"), QStringLiteral("2"));
const QCommandLineOption kindsOption(
    QStringLiteral("kinds"),
    QStringLiteral("Comma-separated: value, reach, shape, recipe (default: every kind the level "
                   "has; level 1 has no reach or recipe). The exercises take them in turn."),
    QStringLiteral("list"));

std::optional<int> wholeNumber(const QString &text, int lo, int hi)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const int value = text.toInt();
    if (value < lo || value > hi)
        return std::nullopt;
    return value;
}

} // namespace

void addExerciseOptions(QCommandLineParser &parser)
{
    for (const QCommandLineOption *option : {&seedOption, &countOption, &levelOption, &kindsOption})
        parser.addOption(*option);
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    if (const auto done = parseArguments(parser, arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        complain(QStringLiteral("'%1' takes no arguments, got \"%2\"")
                     .arg(arguments.first().section(QLatin1Char(' '), 1),
                          parser.positionalArguments().first()));
        return UsageError;
    }
    return std::nullopt;
}

std::optional<ExerciseOptions> readExerciseOptions(const QCommandLineParser &parser)
{
    ExerciseOptions options;
    const QString seed = parser.value(seedOption);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    bool ok = digits.match(seed).hasMatch();
    if (ok)
        options.seed = seed.toULongLong(&ok);
    if (!ok) {
        complain(QStringLiteral(
                     "--seed must be a whole number from 0 to 18446744073709551615, got \"%1\"")
                     .arg(seed));
        return std::nullopt;
    }
    const auto count = wholeNumber(parser.value(countOption), 1, maxExerciseCount);
    if (!count) {
        complain(QStringLiteral("--count must be a whole number from 1 to %1, got \"%2\"")
                     .arg(maxExerciseCount)
                     .arg(parser.value(countOption)));
        return std::nullopt;
    }
    options.count = *count;
    const auto level = wholeNumber(parser.value(levelOption), minExerciseLevel, maxExerciseLevel);
    if (!level) {
        complain(
            QStringLiteral("--level must be 1, 2 or 3, got \"%1\"").arg(parser.value(levelOption)));
        return std::nullopt;
    }
    options.level = *level;
    if (parser.isSet(kindsOption) && parser.value(kindsOption).trimmed().isEmpty()) {
        complain(QStringLiteral("--kinds must name at least one of value, reach, shape and "
                                "recipe"));
        return std::nullopt;
    }
    if (parser.isSet(kindsOption)) {
        const QStringList names = parser.value(kindsOption).split(QLatin1Char(','));
        for (const QString &name : names) {
            const auto kind = exerciseKindFromName(name.trimmed().toStdString());
            if (!kind) {
                complain(QStringLiteral("--kinds: unknown kind \"%1\"; the kinds are value, "
                                        "reach, shape and recipe")
                             .arg(name.trimmed()));
                return std::nullopt;
            }
            options.kinds.push_back(*kind);
        }
    }
    if (auto error = checkExerciseOptions(options)) {
        complain(QStringLiteral("--") + QString::fromStdString(*error));
        return std::nullopt;
    }
    return options;
}

} // namespace convstep::cli
