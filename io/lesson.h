#pragma once

#include "core/problem.h"
#include "core/trace.h"

#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace convstep {

// A lesson's title and note in another language.
struct LessonTranslation
{
    QString title;
    QString note;

    friend bool operator==(const LessonTranslation &, const LessonTranslation &) = default;
};

namespace limits {
// What a lesson's text may hold, in UTF-16 code units: a title is a line, a note a paragraph
// or two, both laid out at once on the stage and in the explanation.
inline constexpr int maxTitleLength = 200;
inline constexpr int maxNoteLength = 2000;
inline constexpr int maxSequenceLength = 64; // lessons in one sequence
} // namespace limits

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
    // The title and note in other languages, by language code ("de", "zh_CN"); either may be
    // empty, and then the lesson's own is shown.
    QMap<QString, LessonTranslation> translations{};
    Grid upstream; // shaped like the output (conv ops only); empty: all ones
    // A transposed convolution may name the input of the convolution (same kernel, stride,
    // dilation and padding) whose output its input is, so it can be shown beside the result.
    // Empty (0×0) when not given.
    Grid originalInput;

    // The upstream gradient a backward view of this lesson uses (fittedUpstream).
    Grid upstreamGradient() const;
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
    QMap<QString, LessonTranslation> translations{}; // the sequence's title and note

    // The sequence's title, or the single lesson's.
    const QString &shownTitle() const { return isSequence ? title : lessons.front().title; }
};

inline LessonFile singleLesson(Lesson lesson)
{
    LessonFile file;
    file.lessons.push_back(std::move(lesson));
    return file;
}

// The title and note in `language` (a code such as "de"; currentLanguage() when empty),
// falling back to the lesson's own.
QString lessonTitle(const Lesson &lesson, const QString &language = QString());
QString lessonNote(const Lesson &lesson, const QString &language = QString());
// The sequence's title (or the single lesson's) in `language`, falling back to its own.
QString shownTitle(const LessonFile &file, const QString &language = QString());

} // namespace convstep
