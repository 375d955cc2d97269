#pragma once

#include <QByteArray>
#include <QString>

#include <variant>

namespace convstep {

// Reads a whole file, or standard input for "-", refusing more than limits::maxFileBytes.
// The error string says which file and why.
std::variant<QByteArray, QString> readInputFile(const QString &path);

} // namespace convstep
