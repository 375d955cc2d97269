#include "app/cli/lesson_source.h"

#include "app/cli/cli_support.h"
#include "io/input_file.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "io/text.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace convstep::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

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
        return LoadFailure{UsageError, name + ": " + errorText(parsed.error())};
    }
    return std::move(parsed).value();
}

Result<Lesson, LoadFailure> loadSingleLesson(const QCommandLineParser &parser, bool optional)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.isEmpty() && !optional))
        return LoadFailure{
            UsageError,
            positional.isEmpty()
                ? Text::tr("missing the problem file (use - for stdin)")
                : Text::tr("expected one problem file, got %1").arg(positional.size())};
    if (positional.isEmpty())
        return defaultLesson();
    return loadLessonArgument(positional.first());
}

} // namespace convstep::cli
