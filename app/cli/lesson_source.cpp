#include "app/cli/lesson_source.h"

#include "app/cli/commands.h"
#include "io/input_file.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "io/text.h"

#include <QFileInfo>

namespace convstep::cli {

std::variant<Lesson, LoadFailure> loadLessonArgument(const QString &argument)
{
    if (argument != QLatin1String("-") && !QFileInfo::exists(argument)) {
        if (const CatalogEntry *entry = findBuiltInLesson(argument))
            return entry->lesson;
    }
    auto data = readInputFile(argument);
    if (auto *error = std::get_if<QString>(&data))
        return LoadFailure{IoError, *error};
    auto parsed = parseLesson(std::get<QByteArray>(data));
    if (auto *error = std::get_if<ProblemError>(&parsed)) {
        const QString name = argument == QLatin1String("-") ? QStringLiteral("<stdin>") : argument;
        return LoadFailure{UsageError, name + ": " + qt(error->text())};
    }
    return std::get<Lesson>(std::move(parsed));
}

} // namespace convstep::cli
