#include "app/cli/cli_support.h"
#include "app/cli/commands.h"
#include "app/cli/exercises_command.h"
#include "app/cli/grad_command.h"
#include "app/cli/train_command.h"
#include "io/language.h"
#ifdef CONVSTEP_HAVE_EXPORT
#include "app/cli/export_command.h"
#include "app/cli/worksheet_command.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#ifdef CONVSTEP_HAVE_EXPORT
#include <QGuiApplication>
#endif
#include <QTextStream>

#include <cstring>
#include <functional>
#include <map>
#include <memory>

using namespace convstep;
using namespace convstep::cli;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

#ifdef CONVSTEP_HAVE_EXPORT
QtMessageHandler defaultHandler = nullptr;

// Qt's platform chatter (e.g. "XDG_RUNTIME_DIR not set") would break the promise of one
// line on stderr; export reports its own errors, so only critical and fatal messages pass.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        defaultHandler(type, context, message);
}
#endif

// Only export and gallery paint, so only they pay for a QGuiApplication; they never need a
// screen, so they render offscreen unless QT_QPA_PLATFORM says otherwise.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef CONVSTEP_HAVE_EXPORT
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 || std::strcmp(argv[i], "-lang") == 0) {
            ++i; // its value is no command
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        if (needsGuiApplication(QString::fromLocal8Bit(argv[i]))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            defaultHandler = qInstallMessageHandler(quietMessages);
            return std::make_unique<QGuiApplication>(argc, argv);
        }
        break;
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

// "  compute PROBLEM         print the output grid as JSON": a command's usage, then what it
// does, the description starting on the 27th column (or on a line of its own).
QString commandLine(const QString &usage, const QString &what)
{
    constexpr int column = 26;
    const QString lead = QStringLiteral("  ") + usage;
    if (lead.size() < column)
        return lead.leftJustified(column) + what + QLatin1Char('\n');
    return lead + QLatin1Char('\n') + QString(column, QLatin1Char(' ')) + what + QLatin1Char('\n');
}

QString description()
{
    QString text = Text::tr("ConvStep on the command line: convolution, transposed convolution and "
                            "upsampling, step by step.")
        + QStringLiteral("\n\n") + Text::tr("Commands:") + QLatin1Char('\n');
    text +=
        commandLine(QStringLiteral("compute PROBLEM"), Text::tr("print the output grid as JSON"));
    text +=
        commandLine(QStringLiteral("trace PROBLEM [--view]"), Text::tr("print every step as JSON"));
    text += commandLine(QStringLiteral("grad PROBLEM [--upstream FILE]"),
                        Text::tr("print the gradient of the input, kernel and bias as JSON"));
    text += commandLine(QStringLiteral("train SPEC"),
                        Text::tr("train a learned upsampler; print the loss of every step"));
    text += commandLine(QStringLiteral("explain [LESSON]"),
                        Text::tr("print every step as readable text"));
    text += commandLine(QStringLiteral("lessons"), Text::tr("list the built-in lessons"));
    text += commandLine(QStringLiteral("code PROBLEM [--framework pytorch|keras]"),
                        Text::tr("print a Python script reproducing the problem"));
    text += commandLine(QStringLiteral("exercises [--seed N] [--count K] [--level 1|2|3] [--kinds "
                                       "LIST]"),
                        Text::tr("print random exercises with answers, one JSON per line"));
#ifdef CONVSTEP_HAVE_EXPORT
    text += commandLine(QStringLiteral("export LESSON -o PATH"),
                        Text::tr("write an animation (gif, mp4, webm), frames (png, svg) or a pdf "
                                 "handout"));
    text +=
        commandLine(QStringLiteral("gallery -o FOLDER"), Text::tr("export every built-in lesson"));
    text += commandLine(QStringLiteral("worksheet -o FILE.pdf"),
                        Text::tr("the same exercises as a printable PDF with an answer key"));
#endif
    return text + QLatin1Char('\n')
        + Text::tr("Run 'convstep-cli COMMAND --help' for a command's options. Exit status: 0 "
                   "success, 1 a file could not be read or written, 2 a usage error or an invalid "
                   "problem.");
}

// --lang CODE (or --lang=CODE), anywhere on the line, is taken out of `arguments` and its
// translators installed; without it the system's language is used. A null string after
// saying why: a missing or unknown code.
QString takeLanguage(QStringList &arguments)
{
    QString asked;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--lang") || argument == QLatin1String("-lang")) {
            if (i + 1 >= arguments.size()) {
                complain(Text::tr("--lang needs a language: en, de, es or zh_CN"));
                return {};
            }
            asked = arguments[i + 1];
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            asked = argument.mid(7);
            arguments.remove(i);
        } else if (argument == QLatin1String("--")) {
            break;
        } else {
            ++i;
        }
    }
    const QString code = asked.isEmpty() ? systemLanguage() : matchLanguage(asked);
    if (code.isEmpty() || !installLanguage(code)) {
        installLanguage(systemLanguage());
        complain(Text::tr("--lang must be en, de, es or zh_CN, got \"%1\"").arg(asked));
        return {};
    }
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("convstep-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVSTEP_VERSION));

    const std::map<QString, std::function<int(const QStringList &)>> commands{
        {QStringLiteral("compute"), runCompute}, {QStringLiteral("trace"), runTrace},
        {QStringLiteral("explain"), runExplain}, {QStringLiteral("lessons"), runLessons},
        {QStringLiteral("code"), runCode},       {QStringLiteral("exercises"), runExercises},
        {QStringLiteral("grad"), runGrad},       {QStringLiteral("train"), runTrain},
#ifdef CONVSTEP_HAVE_EXPORT
        {QStringLiteral("export"), runExport},   {QStringLiteral("worksheet"), runWorksheet},
        {QStringLiteral("gallery"), runGallery},
#endif
    };

    QStringList arguments = QCoreApplication::arguments();
    const QString language = takeLanguage(arguments);
    if (language.isNull())
        return UsageError;

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        Text::tr("Language of the messages and the help: en, de, es or zh_CN (default: the "
                 "system's)."),
        QStringLiteral("code")));
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("The command to run."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "convstep-cli: " << parser.errorText() << '\n';
        return UsageError;
    }
    // Printed here rather than by showVersion() and showHelp(), which end the process.
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << parser.helpText();
            return Ok;
        }
        complain(Text::tr("missing command; try 'convstep-cli --help'"));
        return UsageError;
    }
    const auto command = commands.find(positional.first());
    if (command == commands.end()) {
        complain(
            Text::tr("unknown command '%1'; try 'convstep-cli --help'").arg(positional.first()));
        return UsageError;
    }
    QStringList rest = positional.mid(1);
    if (parser.isSet(QStringLiteral("help")))
        rest.prepend(QStringLiteral("--help"));
    rest.prepend(QStringLiteral("convstep-cli ") + positional.first());
    return command->second(rest);
}
