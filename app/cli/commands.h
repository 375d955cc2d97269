#pragma once

#include "app/cli/cli_support.h"

#include <QStringList>

namespace convstep::cli {

// Each command parses its own arguments; arguments.first() is "convstep-cli <command>".
int runCompute(const QStringList &arguments);
int runTrace(const QStringList &arguments);
int runExplain(const QStringList &arguments);
int runLessons(const QStringList &arguments);
int runCode(const QStringList &arguments);

} // namespace convstep::cli
