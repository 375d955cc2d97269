#pragma once

#include "core/problem.h"
#include "core/trace.h"

#include <QString>

#include <optional>
#include <vector>

namespace convstep {

namespace limits {
// What a lesson's text may hold, in UTF-16 code units: a title is a line, a note a paragraph
// or two, both laid out at once on the stage and in the explanation.
inline constexpr int maxTitleLength = 200;
inline constexpr int maxNoteLength = 2000;
inline constexpr int maxSequenceLength = 64; // lessons in one sequence
} // namespace limits

// A problem plus what a lesson adds: a title, a one-line note, and where to start.
// Every problem file is a lesson and every lesson file is a problem.
struct Lesson
{
    Problem problem;
    QString title;
    QString note;
    std::optional<View> view;
    int step = 0;
    // A transposed convolution may name the input of the convolution (same kernel, stride,
    // dilation and padding) whose output its input is, so it can be shown beside the result.
    // Empty (0×0) when not given.
    Grid originalInput;
};

// What a lesson file holds: one lesson, or a sequence of them that a class goes through in
// order ({"title", "note", "sequence": [lesson, …]}). A sequence has a title and a note of
// its own; each of its lessons keeps its own too.
struct LessonFile
{
    std::vector<Lesson> lessons; // never empty
    bool isSequence = false;
    QString title; // the sequence's; a single lesson's title is its lesson's
    QString note; // the sequence's

    // The sequence's title, or the single lesson's.
    const QString &shownTitle() const { return isSequence ? title : lessons.front().title; }
};

inline LessonFile singleLesson(Lesson lesson)
{
    LessonFile file;
    file.lessons.push_back(std::move(lesson));
    return file;
}

} // namespace convstep
