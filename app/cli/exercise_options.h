#pragma once

#include "core/exercise.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace convstep::cli {

// --seed, --count, --level and --kinds, shared by 'exercises' and 'worksheet'.
void addExerciseOptions(QCommandLineParser &parser);

// Parses the arguments of a command that takes only options (parseArguments, and no
// positional argument). Returns the exit code when the command is finished already.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments);

// The options as given, checked; nullopt after reporting a usage error.
std::optional<ExerciseOptions> readExerciseOptions(const QCommandLineParser &parser);

} // namespace convstep::cli
