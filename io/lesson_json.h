#pragma once

#include "core/result.h"
#include "io/lesson.h"

#include <QByteArray>
#include <QJsonObject>

namespace convstep {

// Parses a lesson/problem document and checks every rule of validate(). Never throws; the
// error names the field, the rule and the offending value.
Result<Lesson, ProblemError> parseLesson(const QByteArray &json);

QJsonObject problemToJson(const Problem &problem);
QJsonObject lessonToJson(const Lesson &lesson);
QByteArray lessonToBytes(const Lesson &lesson); // indented, grids one row per line

std::optional<View> viewFromName(const QString &name);

} // namespace convstep
