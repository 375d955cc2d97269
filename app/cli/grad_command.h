#pragma once

#include "app/cli/lesson_source.h"
#include "core/result.h"
#include "core/trace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace convstep::cli {

// 'grad PROBLEM [--upstream FILE]': ∂L/∂x, ∂L/∂W and ∂L/∂b as JSON.
int runGrad(const QStringList &arguments);

// --upstream FILE, for grad and the backward views of trace and explain.
QCommandLineOption upstreamOption();

// The upstream gradient to trace `lesson` in `view` with: the --upstream file's grid, else the
// lesson's own (all ones when it has none), for a backward view; empty for a forward view
// (which refuses the option). Otherwise why not, with the exit code.
Result<Grid, LoadFailure> upstreamFor(const QCommandLineParser &parser,
                                      const QCommandLineOption &option, const Lesson &lesson,
                                      View view);

} // namespace convstep::cli
