#pragma once

#include <QStringList>

namespace convstep::cli {

// 'worksheet -o FILE.pdf': the exercises of 'exercises' as a printable PDF with an answer key.
// Needs a QGuiApplication (fonts), as export does.
int runWorksheet(const QStringList &arguments);

} // namespace convstep::cli
