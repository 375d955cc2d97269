#include "app/cli/worksheet_command.h"

#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/exercise_options.h"
#include "io/translate.h"
#include "ui/export/worksheet.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace convstep::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runWorksheet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Writes the exercises 'exercises' prints for the same options as a printable A4 PDF: "
        "each question with its grids and an empty answer box, then an answer key. The file "
        "appears only when complete.\nExample: convstep-cli worksheet --level 1 -o sheet.pdf"));
    addExerciseOptions(parser);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The PDF file to write (required)."),
                                    QStringLiteral("path"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       Text::tr("Replace an existing file."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   Text::tr("Print nothing on success."));
    parser.addOption(output);
    parser.addOption(overwrite);
    parser.addOption(quiet);
    if (const auto done = parseCommand(parser, arguments))
        return *done;
    if (parser.value(output).isEmpty()) {
        complain(Text::tr("missing the output: -o FILE.pdf"));
        return UsageError;
    }
    const auto options = readExerciseOptions(parser);
    if (!options)
        return UsageError;

    WorksheetOptions sheet;
    sheet.path = parser.value(output);
    sheet.overwrite = parser.isSet(overwrite);
    sheet.title = Text::tr("ConvStep worksheet");
    sheet.subtitle = counted(CONVSTEP_TR_N("Cli", "Level %1 · seed %2 · %n exercises",
                                           "Level %1 · seed %2 · %n exercise"),
                             options->count)
                         .arg(options->level)
                         .arg(options->seed);
    const ExportResult result = writeWorksheet(makeExercises(*options), sheet);
    if (!result.ok()) {
        complain(result.message);
        return result.status == ExportStatus::Invalid ? UsageError : IoError;
    }
    if (!parser.isSet(quiet))
        QTextStream(stdout) << counted(CONVSTEP_TR_N("Cli", "wrote %1: %n pages, %2",
                                                     "wrote %1: %n page, %2"),
                                       result.frames)
                                   .arg(result.path,
                                        QLocale::c().formattedDataSize(
                                            result.bytes, 1, QLocale::DataSizeTraditionalFormat))
                            << '\n';
    return Ok;
}

} // namespace convstep::cli
