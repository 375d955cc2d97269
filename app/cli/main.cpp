#include "app/cli/commands.h"
#include "app/cli/exercises_command.h"
#include "app/cli/grad_command.h"
#include "app/cli/train_command.h"
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

#include <functional>
#include <map>
#include <memory>

using namespace convstep::cli;

namespace {

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ConvStep on the command line: convolution, transposed convolution and upsampling, step "
        "by step.\n\n"
        "Commands:\n"
        "  compute PROBLEM         print the output grid as JSON\n"
        "  trace PROBLEM [--view]  print every step as JSON\n"
        "  grad PROBLEM [--upstream FILE]\n"
        "                          print the gradient of the input, kernel and bias as JSON\n"
        "  train SPEC              train a learned upsampler; print the loss of every step\n"
        "  explain [LESSON]        print every step as readable text\n"
        "  lessons                 list the built-in lessons\n"
        "  code PROBLEM [--framework pytorch|keras]\n"
        "                          print a Python script reproducing the problem\n"
        "  exercises [--seed N] [--count K] [--level 1|2|3] [--kinds LIST]\n"
        "                          print random exercises with answers, one JSON per line\n"
#ifdef CONVSTEP_HAVE_EXPORT
        "  export LESSON -o PATH   write an animation (gif, mp4, webm), frames (png, svg) or a\n"
        "                          pdf handout\n"
        "  gallery -o FOLDER       export every built-in lesson\n"
        "  worksheet -o FILE.pdf   the same exercises as a printable PDF with an answer key\n"
#endif
        "\n"
        "Run 'convstep-cli COMMAND --help' for a command's options. Exit status: 0 success,\n"
        "1 a file could not be read or written, 2 a usage error or an invalid problem."));
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
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
        QTextStream(stderr) << "convstep-cli: missing command; try 'convstep-cli --help'\n";
        return UsageError;
    }
    const auto command = commands.find(positional.first());
    if (command == commands.end()) {
        QTextStream(stderr) << "convstep-cli: unknown command '" << positional.first()
                            << "'; try 'convstep-cli --help'\n";
        return UsageError;
    }
    QStringList arguments = positional.mid(1);
    if (parser.isSet(QStringLiteral("help")))
        arguments.prepend(QStringLiteral("--help"));
    arguments.prepend(QStringLiteral("convstep-cli ") + positional.first());
    return command->second(arguments);
}
