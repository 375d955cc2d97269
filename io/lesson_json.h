#pragma once

#include "core/result.h"
#include "io/lesson.h"

#include <QByteArray>
#include <QJsonObject>

namespace convstep {

// Parses a lesson/problem document, or a sequence of them, and checks every rule of
// validate(). Never throws; the error names the field (inside a sequence
// "sequence[2].kernel"), the rule and the offending value.
Result<LessonFile, ProblemError> parseLessonFile(const QByteArray &json);
// The same for programs that take one problem: a sequence gives its first lesson.
Result<Lesson, ProblemError> parseLesson(const QByteArray &json);

QJsonObject problemToJson(const Problem &problem);
QJsonObject lessonToJson(const Lesson &lesson);
QJsonObject lessonFileToJson(const LessonFile &file);
// Indented by two spaces, grids one row per line.
QByteArray lessonToBytes(const Lesson &lesson);
QByteArray lessonFileToBytes(const LessonFile &file);

std::optional<View> viewFromName(const QString &name);

} // namespace convstep
