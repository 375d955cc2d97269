#pragma once

#include "app/cli/lesson_source.h"
#include "io/error.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

// What every command shares: exit codes, one-line complaints, argument parsing, stdout.
namespace convstep::cli {

// Exit codes: 0 success, 1 input/output failure, 2 usage error or invalid problem.
enum Exit { Ok = 0, IoError = 1, UsageError = 2 };

// One line on stderr, "convstep-cli: " first, whatever the message holds.
void complain(QString message);

// A usage error said on stderr, as the exit code to return.
int usageError(const Error &error);

// A lesson (or another input) that could not be had, said on stderr, as the exit code.
int failed(const LoadFailure &failure);

// Parses a command's arguments (adding --help). Returns the exit code when the command ends
// here (Ok after printing --help, UsageError after saying what is wrong), nullopt to run.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// The exit code for a finished write to stdout, reporting a failed one.
int written(bool ok);
int writeStdout(const QByteArray &data);

} // namespace convstep::cli
