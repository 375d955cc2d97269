#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/window/export_dialog.h"
#include "ui/window/main_window.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace convstep {
namespace {

// "lesson.json" → "lesson"; an unsaved lesson is named after its title: "Article: 2×2" →
// "article-2-2".
QString exportBaseName(const LessonDocument &document)
{
    if (!document.filePath().isEmpty())
        return QFileInfo(document.filePath()).completeBaseName();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString name = document.lesson().title.toLower().replace(other, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("lesson") : name.left(60);
}

} // namespace

void showExportDialog(MainWindow *window)
{
    ExportDialogSetup setup;
    setup.lesson = window->document()->lesson();
    setup.view = window->model()->view();
    setup.theme = window->model()->style().theme;
    setup.baseName = exportBaseName(*window->document());
    auto *dialog = new ExportDialog(std::move(setup), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open(); // window-modal: the lesson cannot change under the dialog
}

} // namespace convstep
