#pragma once

#include "io/lesson.h"

#include <vector>

namespace convstep {

struct CatalogEntry
{
    QString id; // file name without its order prefix and extension, e.g. "article-convolution"
    Lesson lesson;
};

// The lessons shipped in the program's resources, in teaching order; the first is the default.
const std::vector<CatalogEntry> &builtInLessons();
const Lesson &defaultLesson();
const CatalogEntry *findBuiltInLesson(const QString &id);

} // namespace convstep
