#pragma once

#include "io/lesson.h"

#include <QTextStream>

namespace convstep::cli {

// A lesson traced in one view, as plain text for a terminal: the problem, the output-size
// formula, then every step with its narration and arithmetic, and the result.
void writeTextReport(QTextStream &out, const Lesson &lesson, const Trace &trace);

} // namespace convstep::cli
