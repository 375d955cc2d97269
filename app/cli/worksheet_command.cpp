#include "app/cli/worksheet_command.h"

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/exercise_options.h"
#include "ui/export/worksheet.h"

#include <QLocale>
#include <QTextStream>

namespace convstep::cli {

int runWorksheet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the exercises 'exercises' prints for the same options as a printable A4 PDF: "
        "each question with its grids and an empty answer box, then an answer key. The file "
        "appears only when complete.\nExample: convstep-cli worksheet --level 1 -o sheet.pdf"));
    addExerciseOptions(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The PDF file to write (required)."),
                                    QStringLiteral("path"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       QStringLiteral("Replace an existing file."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   QStringLiteral("Print nothing on success."));
    parser.addOption(output);
    parser.addOption(overwrite);
    parser.addOption(quiet);
    if (const auto done = parseCommand(parser, arguments))
        return *done;
    if (parser.value(output).isEmpty()) {
        complain(QStringLiteral("missing the output: -o FILE.pdf"));
        return UsageError;
    }
    const auto options = readExerciseOptions(parser);
    if (!options)
        return UsageError;

    WorksheetOptions sheet;
    sheet.path = parser.value(output);
    sheet.overwrite = parser.isSet(overwrite);
    sheet.subtitle =
        QStringLiteral("Level %1 · seed %2 · %3")
            .arg(options->level)
            .arg(options->seed)
            .arg(options->count == 1 ? QStringLiteral("1 exercise")
                                     : QStringLiteral("%1 exercises").arg(options->count));
    const ExportResult result = writeWorksheet(makeExercises(*options), sheet);
    if (!result.ok()) {
        complain(result.message);
        return result.status == ExportStatus::Invalid ? UsageError : IoError;
    }
    if (!parser.isSet(quiet))
        QTextStream(stdout) << "wrote " << result.path << ": " << result.frames << " pages, "
                            << QLocale::c().formattedDataSize(result.bytes, 1,
                                                              QLocale::DataSizeTraditionalFormat)
                            << '\n';
    return Ok;
}

} // namespace convstep::cli
