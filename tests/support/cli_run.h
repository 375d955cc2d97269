#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace convstep::test {

// One finished run of a command-line program: exit code -1 when it crashed or hung.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct CliInput
{
    QByteArray stdinData; // written to standard input, which is then closed
    QString stdoutFile; // standard output goes here instead (e.g. /dev/full)
    bool headless = false; // no display and no platform chosen, as on a server
};

inline CliRun runProgram(const QString &program, const QStringList &arguments,
                         const CliInput &input = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (input.headless) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
    }
    if (!input.stdoutFile.isEmpty())
        process.setStandardOutputFile(input.stdoutFile);
    process.start();
    if (!process.waitForStarted())
        return {};
    process.write(input.stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// For a failure message: the exit code and the start of both streams.
inline QString describe(const CliRun &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(400)), QString::fromUtf8(r.err));
}

} // namespace convstep::test
