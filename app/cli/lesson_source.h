#pragma once

#include "core/result.h"
#include "io/lesson.h"

#include <QCommandLineParser>
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

// The one positional argument of a command: a lesson as above, or with `optional` and no
// argument, the default lesson.
Result<Lesson, LoadFailure> loadSingleLesson(const QCommandLineParser &parser,
                                             bool optional = false);

} // namespace convstep::cli
