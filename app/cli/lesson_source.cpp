#include "app/cli/lesson_source.h"

#include "app/cli/commands.h"
#include "io/input_file.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "io/text.h"

#include <QFileInfo>

namespace convstep::cli {

Result<Lesson, LoadFailure> loadLessonArgument(const QString &argument)
{
    if (argument != QLatin1String("-") && !QFileInfo::exists(argument)) {
        if (const CatalogEntry *entry = findBuiltInLesson(argument))
            return entry->lesson;
    }
    const auto data = readInputFile(argument);
    if (!data.ok())
        return LoadFailure{IoError, data.error().message};
    auto parsed = parseLesson(data.value());
    if (!parsed.ok()) {
        const QString name = argument == QLatin1String("-") ? QStringLiteral("<stdin>") : argument;
        return LoadFailure{UsageError, name + ": " + qt(parsed.error().text())};
    }
    return std::move(parsed).value();
}

} // namespace convstep::cli
