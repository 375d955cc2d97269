#pragma once

#include "io/lesson.h"

#include <vector>

namespace convstep {

struct CatalogEntry
{
    QString id; // file name without its order prefix and extension, e.g. "article-convolution"
    // The lesson; of a sequence, its first lesson under the sequence's title and note, so
    // that lists and programs that take one problem show the sequence as one entry.
    Lesson lesson;
    LessonFile file; // what the file holds: the lesson, or the whole sequence
};

// The lessons shipped in the program's resources, in teaching order; the first is the default.
const std::vector<CatalogEntry> &builtInLessons();
const Lesson &defaultLesson();
const CatalogEntry *findBuiltInLesson(const QString &id);

} // namespace convstep
