#pragma once

#include "io/lesson.h"

#include <QString>

#include <variant>

namespace convstep::cli {

struct LoadFailure
{
    int exitCode = 2;
    QString message; // one line, without the program name
};

// A lesson from a file path, "-" for standard input, or the id of a built-in lesson.
std::variant<Lesson, LoadFailure> loadLessonArgument(const QString &argument);

} // namespace convstep::cli
