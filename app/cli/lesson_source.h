#pragma once

#include "core/result.h"
#include "io/lesson.h"

#include <QString>

namespace convstep::cli {

// Why no lesson: the exit code to end with, and what to say on stderr.
struct LoadFailure
{
    int exitCode = 2;
    QString message; // one line, without the program name
};

// A lesson from a file path, "-" for standard input, or the id of a built-in lesson.
Result<Lesson, LoadFailure> loadLessonArgument(const QString &argument);

} // namespace convstep::cli
