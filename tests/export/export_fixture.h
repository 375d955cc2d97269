#pragma once

#include "io/lesson_catalog.h"
#include "ui/export/exporter.h"

#include <QDir>
#include <QStringList>

namespace convstep::test {

// The benchmark's problem: an 8×8 convolution with padding 1 and a 3×3 kernel (65 steps:
// the padding, then 64 slides).
inline Lesson paddedConvolution(int side = 8)
{
    Lesson lesson;
    lesson.title = QStringLiteral("Padded %1×%1 convolution").arg(side);
    lesson.problem.op = Op::Conv2d;
    lesson.problem.input = Grid(side, side);
    for (int r = 0; r < side; ++r)
        for (int c = 0; c < side; ++c)
            lesson.problem.input(r, c) = (r * 3 + c * 7) % 10;
    lesson.problem.kernel = Grid(3, 3);
    lesson.problem.kernel << 1, 0, -1, 2, 0, -2, 1, 0, -1;
    lesson.problem.padding = {1, 1};
    return lesson;
}

inline const Lesson &builtIn(const char *id)
{
    const CatalogEntry *entry = findBuiltInLesson(QString::fromLatin1(id));
    Q_ASSERT(entry);
    return entry->lesson;
}

inline ExportOptions optionsFor(ExportFormat format, const QString &path, QSize size = {320, 240})
{
    ExportOptions options;
    options.format = format;
    options.path = path;
    options.size = size;
    return options;
}

// Everything in a folder, hidden entries (temporary names) included.
inline QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace convstep::test
