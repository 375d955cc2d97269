#include "app/cli/exercises_command.h"

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/exercise_options.h"
#include "io/exercise_json.h"

#include <QFile>

namespace convstep::cli {

int runExercises(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints random exercises, one JSON object per line: {\"kind\", \"problem\", "
        "\"question\", \"answer\"} (docs/formats.md). Small integers only, for working by "
        "hand.\nExample: convstep-cli exercises --seed 7 --count 4 --level 3 --kinds value,reach"));
    addExerciseOptions(parser);
    if (const auto done = parseCommand(parser, arguments))
        return *done;
    const auto options = readExerciseOptions(parser);
    if (!options)
        return UsageError;
    QByteArray lines;
    for (const Exercise &exercise : makeExercises(*options))
        lines += exerciseToJsonLine(exercise) + '\n';
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly) && out.write(lines) == lines.size() && out.flush())
        return Ok;
    complain(QStringLiteral("cannot write to standard output"));
    return IoError;
}

} // namespace convstep::cli
