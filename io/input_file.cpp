#include "io/input_file.h"

#include "core/problem.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

} // namespace

Result<QByteArray, Error> readInputFile(const QString &path)
{
    QFile file;
    const bool isStdin = path == QLatin1String("-");
    const QString name = isStdin ? Text::tr("standard input") : path;
    const bool opened = isStdin ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{Text::tr("cannot read %1: %2").arg(name, file.errorString())};
    const QByteArray data = file.read(limits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{Text::tr("cannot read %1: %2").arg(name, file.errorString())};
    if (data.size() > limits::maxFileBytes)
        return Error{Text::tr("%1 is larger than the 16 MiB limit").arg(name)};
    return data;
}

} // namespace convstep
