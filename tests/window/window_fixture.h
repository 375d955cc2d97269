#pragma once

#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/window/main_window.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

namespace convstep::test {

// Main-window suites: settings of their own, and a fresh window per test function whose
// autosave lives in a temporary folder.
inline void prepareWindowTests(const QString &suite)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStepTests"));
    QCoreApplication::setApplicationName(suite);
}

inline QString autosavePath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("autosave.json"));
}

// A started, shown window without animation (the caller waits for it to be exposed).
inline std::unique_ptr<MainWindow> openTestWindow(const QTemporaryDir &dir)
{
    QSettings().clear();
    auto window = std::make_unique<MainWindow>(autosavePath(dir));
    window->model()->setAnimated(false);
    window->resize(1400, 860);
    window->startUp();
    window->show();
    return window;
}

// Closes without the unsaved-changes question and forgets the autosave.
inline void closeTestWindow(std::unique_ptr<MainWindow> &window, const QTemporaryDir &dir)
{
    window->document()->undoStack()->setClean();
    window.reset();
    QFile::remove(autosavePath(dir));
    QFile::remove(dir.filePath(QStringLiteral("autosave-previous.json")));
}

} // namespace convstep::test
