#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

using namespace convstep::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("convstep-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVSTEP_VERSION));

    const std::map<QString, std::function<int(const QStringList &)>> commands {
        {QStringLiteral("compute"), runCompute},
        {QStringLiteral("trace"), runTrace},
        {QStringLiteral("explain"), runExplain},
        {QStringLiteral("lessons"), runLessons},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ConvStep on the command line: convolution and transposed convolution, step by step.\n\n"
        "Commands:\n"
        "  compute PROBLEM         print the output grid as JSON\n"
        "  trace PROBLEM [--view]  print every step as JSON\n"
        "  explain [LESSON]        print every step as readable text\n"
        "  lessons                 list the built-in lessons\n\n"
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
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(Ok);
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
