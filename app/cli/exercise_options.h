#pragma once

#include "core/exercise.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace convstep::cli {

// --seed, --count, --level and --kinds, shared by 'exercises' and 'worksheet'.
void addExerciseOptions(QCommandLineParser &parser);

// Parses the command's arguments (arguments.first() is "convstep-cli <command>"). Returns
// the exit code when the command is finished already: --help printed (0) or a usage error
// reported in one line (2).
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments);

// The options as given, checked; nullopt after reporting a usage error.
std::optional<ExerciseOptions> readExerciseOptions(const QCommandLineParser &parser);

// One line on standard error: "convstep-cli: <message>".
void reportError(QString message);

} // namespace convstep::cli
