#pragma once

#include <QStringList>

namespace convstep::cli {

// 'export LESSON -o PATH' and 'gallery -o FOLDER': animations, frames and handouts.
// Both need a QGuiApplication (fonts); main() makes one, offscreen unless told otherwise.
int runExport(const QStringList &arguments);
int runGallery(const QStringList &arguments);

bool needsGuiApplication(const QString &command);

} // namespace convstep::cli
