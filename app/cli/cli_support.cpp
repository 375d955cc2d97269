#include "app/cli/cli_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace convstep::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

void complain(QString message)
{
    message.replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"));
    QTextStream(stderr) << "convstep-cli: " << message << '\n';
}

int usageError(const Error &error)
{
    complain(error.message);
    return UsageError;
}

int failed(const LoadFailure &failure)
{
    complain(failure.message);
    return failure.exitCode;
}

QString optionHelp(const QCommandLineOption &option)
{
    return QCoreApplication::translate("Cli", option.description().toUtf8().constData());
}

void addOption(QCommandLineParser &parser, QCommandLineOption option)
{
    option.setDescription(optionHelp(option));
    parser.addOption(option);
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the usage line should read "convstep-cli compute"
        // (in whatever words the language puts around it).
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = help.left(help.indexOf(QLatin1Char('\n'))).indexOf(program);
        if (!program.isEmpty() && at >= 0)
            help.replace(at, program.size(), arguments.first());
        QTextStream(stdout) << help;
        return Ok;
    }
    return std::nullopt;
}

int written(bool ok)
{
    if (ok)
        return Ok;
    complain(Text::tr("cannot write to standard output"));
    return IoError;
}

int writeStdout(const QByteArray &data)
{
    QFile out;
    return written(out.open(stdout, QIODevice::WriteOnly) && out.write(data) == data.size()
                   && out.flush());
}

} // namespace convstep::cli
