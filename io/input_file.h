#pragma once

#include "core/result.h"
#include "io/error.h"

#include <QByteArray>
#include <QString>

namespace convstep {

// Reads a whole file, or standard input for "-", refusing more than limits::maxFileBytes.
// The error says which file and why.
Result<QByteArray, Error> readInputFile(const QString &path);

} // namespace convstep
