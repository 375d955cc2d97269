#pragma once

#include "core/problem.h"
#include "core/trace.h"

#include <QString>

#include <optional>

namespace convstep {

// A problem plus what a lesson adds: a title, a one-line note, and where to start.
// Every problem file is a lesson and every lesson file is a problem.
struct Lesson
{
    Problem problem;
    QString title;
    QString note;
    std::optional<View> view;
    int step = 0;
};

} // namespace convstep
