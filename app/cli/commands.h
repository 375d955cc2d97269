#pragma once

#include <QStringList>

namespace convstep::cli {

// Exit codes: 0 success, 1 input/output failure, 2 usage error or invalid problem.
enum Exit { Ok = 0, IoError = 1, UsageError = 2 };

// Each command parses its own arguments; arguments.first() is "convstep-cli <command>".
int runCompute(const QStringList &arguments);
int runTrace(const QStringList &arguments);
int runExplain(const QStringList &arguments);
int runLessons(const QStringList &arguments);
int runCode(const QStringList &arguments);

} // namespace convstep::cli
