#include "io/lesson_catalog.h"

#include "io/lesson_json.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <stdexcept>

namespace convstep {
namespace {

std::vector<CatalogEntry> loadCatalog()
{
    static const QRegularExpression prefix(QStringLiteral(R"(^\d+-)"));
    std::vector<CatalogEntry> entries;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("built-in lesson " + name.toStdString() + " is unreadable");
        auto parsed = parseLessonFile(file.readAll());
        if (!parsed.ok())
            throw std::runtime_error("built-in lesson " + name.toStdString() + ": "
                                     + parsed.error().text());
        QString id = name;
        id.remove(prefix).chop(5);
        LessonFile lessons = std::move(parsed).value();
        Lesson first = lessons.lessons.front();
        if (lessons.isSequence) {
            first.title = lessons.title;
            first.note = lessons.note;
        }
        entries.push_back({id, std::move(first), std::move(lessons)});
    }
    if (entries.empty())
        throw std::runtime_error("the program was built without its lessons");
    return entries;
}

} // namespace

const std::vector<CatalogEntry> &builtInLessons()
{
    static const std::vector<CatalogEntry> entries = loadCatalog();
    return entries;
}

const Lesson &defaultLesson()
{
    return builtInLessons().front().lesson;
}

const CatalogEntry *findBuiltInLesson(const QString &id)
{
    for (const CatalogEntry &entry : builtInLessons())
        if (entry.id == id)
            return &entry;
    return nullptr;
}

} // namespace convstep
