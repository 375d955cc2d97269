#pragma once

#include "core/problem.h"
#include "core/trace.h"

#include <QString>

#include <optional>

namespace convstep {

// A problem plus what a lesson adds: a title, a one-line note, where to start, and the
// upstream gradient ∂L/∂y of the backward views. Every problem file is a lesson and every
// lesson file is a problem.
struct Lesson
{
    Problem problem;
    QString title;
    QString note;
    std::optional<View> view;
    int step = 0;
    Grid upstream; // shaped like the output (conv ops only); empty: all ones

    // The upstream gradient a backward view of this lesson uses (fittedUpstream).
    Grid upstreamGradient() const;
};

} // namespace convstep
