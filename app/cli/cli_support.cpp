#include "app/cli/cli_support.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace convstep::cli {

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

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        complain(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the usage line should read "convstep-cli compute".
        QString help = parser.helpText();
        const qsizetype end = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && end > 0)
            help.replace(7, end - 7, arguments.first());
        QTextStream(stdout) << help;
        return Ok;
    }
    return std::nullopt;
}

int written(bool ok)
{
    if (ok)
        return Ok;
    complain(QStringLiteral("cannot write to standard output"));
    return IoError;
}

int writeStdout(const QByteArray &data)
{
    QFile out;
    return written(out.open(stdout, QIODevice::WriteOnly) && out.write(data) == data.size()
                   && out.flush());
}

} // namespace convstep::cli
