#pragma once

#include "core/problem.h"
#include "core/trace.h"

#include <QMap>
#include <QString>

#include <optional>

namespace convstep {

// A lesson's title and note in another language.
struct LessonText
{
    QString title;
    QString note;

    friend bool operator==(const LessonText &, const LessonText &) = default;
};

// A problem plus what a lesson adds: a title, a one-line note, and where to start.
// Every problem file is a lesson and every lesson file is a problem.
struct Lesson
{
    Problem problem;
    QString title;
    QString note;
    std::optional<View> view;
    int step = 0;
    // The title and note in other languages, by language code ("de", "zh_CN"); either may be
    // empty, and then the lesson's own is shown.
    QMap<QString, LessonText> translations{};
};

// The title and note in `language` (a code such as "de"; currentLanguage() when empty),
// falling back to the lesson's own.
QString lessonTitle(const Lesson &lesson, const QString &language = QString());
QString lessonNote(const Lesson &lesson, const QString &language = QString());

} // namespace convstep
