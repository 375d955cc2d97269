#include "io/input_file.h"
#include "io/lesson_catalog.h"
#include "io/lesson_json.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/session/autosaver.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/widgets/notice_bar.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/app_settings.h"
#include "ui/window/main_window.h"
#include "ui/window/matrix_controls.h"
#include "ui/window/predict_controls.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace convstep {
namespace {

const QString builtinPrefix = QStringLiteral("builtin:");
constexpr int maxRecentFiles = 8;

Result<LessonFile, Error> lessonFromBytes(const QByteArray &bytes)
{
    auto parsed = parseLessonFile(bytes);
    if (!parsed.ok())
        return Error{errorText(parsed.error())};
    return std::move(parsed).value();
}

bool isLessonFile(const QUrl &url)
{
    return url.isLocalFile()
        && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

QSize firstRunSize(const QScreen *screen)
{
    const QSize roomy(1360, 820);
    if (!screen)
        return roomy;
    return roomy.boundedTo(screen->availableGeometry().size() * 0.92);
}

void MainWindow::startUp(const QString &path)
{
    const std::optional<QByteArray> leftover = m_autosaver->takeLeftover();
    if (path.isEmpty()) {
        if (!reopenLastLesson())
            openBuiltInLesson(builtInLessons().front().id);
    } else if (const auto error = openLessonFile(path)) {
        openBuiltInLesson(builtInLessons().front().id);
        m_notice->showMessage(tr("Could not open %1: %2. The default lesson is shown instead.")
                                  .arg(QDir::toNativeSeparators(path), error->message),
                              NoticeBar::Kind::Warning);
    }
    if (leftover) {
        const auto restored = lessonFromBytes(*leftover);
        if (!restored.ok()) {
            m_autosaver->discardLeftover();
            return;
        }
        const LessonFile &lesson = restored.value();
        m_notice->showMessage(
            tr("ConvStep did not close cleanly last time. Restore the lesson "
               "you were editing (“%1”)?")
                .arg(lesson.shownTitle().isEmpty() ? tr("untitled") : shownTitle(lesson)));
        connect(m_notice->addButton(tr("&Restore")), &QPushButton::clicked, this, [this, lesson] {
            loadFile(lesson, QString(), true);
            m_autosaver->saveNow();
            m_autosaver->discardLeftover();
        });
        connect(m_notice->addButton(tr("&Discard")), &QPushButton::clicked, this,
                [this] { m_autosaver->discardLeftover(); });
    }
}

std::optional<Error> MainWindow::openLessonFile(const QString &path)
{
    const auto data = readInputFile(path);
    if (!data.ok())
        return data.error();
    const auto lesson = lessonFromBytes(data.value());
    if (!lesson.ok())
        return lesson.error();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    loadFile(lesson.value(), absolute);
    addRecentFile(absolute);
    m_lastLesson = absolute;
    return std::nullopt;
}

bool MainWindow::reopenLastLesson()
{
    if (m_lastLesson.startsWith(builtinPrefix)) {
        const QString id = m_lastLesson.mid(builtinPrefix.size());
        if (!findBuiltInLesson(id))
            return false;
        openBuiltInLesson(id);
        return true;
    }
    return !m_lastLesson.isEmpty() && !openLessonFile(m_lastLesson); // no error: opened
}

void MainWindow::openBuiltInLesson(const QString &id)
{
    const CatalogEntry *entry = findBuiltInLesson(id);
    if (!entry)
        return;
    loadFile(entry->file, QString());
    m_lastLesson = builtinPrefix + id;
}

void MainWindow::loadFile(const LessonFile &file, const QString &path, bool modified)
{
    m_model->setPlaying(false);
    m_model->setSelection(std::nullopt);
    // Traced once, in the lesson's own view, not first in the direct view.
    if (const auto &view = file.lessons.front().view)
        m_model->preferView(*view);
    m_document->load(file, path, modified); // shows its first lesson
    m_notice->hide();
    showStartPage(false);
    updateViewActions();
    updateTitle();
}

std::optional<Error> MainWindow::saveLessonAs(const QString &path)
{
    m_document->setPlaybackPosition(m_model->view(), m_model->step());
    if (auto error = m_document->saveAs(path))
        return error;
    addRecentFile(QFileInfo(path).absoluteFilePath());
    m_lastLesson = QFileInfo(path).absoluteFilePath();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return std::nullopt;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    const auto error = saveLessonAs(m_document->filePath());
    if (!error)
        return true;
    QMessageBox::warning(this, tr("Save Lesson"), error->message);
    return false;
}

bool MainWindow::saveAsDialog()
{
    const QString suggested = m_document->filePath().isEmpty()
        ? QDir::home().filePath(tr("lesson.json"))
        : m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Lesson"), suggested,
                                                      tr("ConvStep lessons (*.json)"));
    if (path.isEmpty())
        return false;
    const auto error = saveLessonAs(path);
    if (!error)
        return true;
    QMessageBox::warning(this, tr("Save Lesson"), error->message);
    return false;
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString start = m_document->filePath().isEmpty()
        ? QDir::homePath()
        : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Lesson"), start, tr("ConvStep lessons (*.json);;All files (*)"));
    if (!path.isEmpty())
        openLessonOrWarn(path);
}

void MainWindow::openLessonOrWarn(const QString &path)
{
    if (const auto error = openLessonFile(path))
        QMessageBox::warning(
            this, tr("Open Lesson"),
            tr("Could not open %1:\n%2").arg(QDir::toNativeSeparators(path), error->message));
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosaver->finish();
        return true;
    }
    return false;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = windowSettings::recentFiles.read(settings);
    recent.removeAll(path);
    recent.prepend(path);
    windowSettings::recentFiles.write(settings, recent.mid(0, maxRecentFiles));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = windowSettings::recentFiles.read(QSettings());
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openLessonOrWarn(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            QSettings settings;
            windowSettings::recentFiles.remove(settings);
            rebuildRecentMenu();
        });
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isLessonFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !isLessonFile(urls.first()) || !maybeSave())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    if (const auto error = openLessonFile(path))
        m_notice->showMessage(
            tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), error->message),
            NoticeBar::Kind::Warning);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    setClassroomMode(false); // so the window's normal layout is what gets saved
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_model->setPlaying(false);
    m_autosaver->finish();
    m_predict->setActive(false); // so the playback bar is saved as shown
    saveSettings();
    event->accept();
}

void MainWindow::restart()
{
    if (close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateTransportIcons();
    if (event->type() == QEvent::ApplicationPaletteChange && m_themeChoice == ThemeChoice::System)
        applyStyle();
    QMainWindow::changeEvent(event);
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    m_themeChoice = choice;
    applyApplicationPalette(choice);
    m_actions.theme(choice)->setChecked(true); // the group unchecks the others
    applyStyle();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(windowSettings::geometry.read(settings)))
        resize(firstRunSize(screen()).expandedTo(minimumSizeHint()));
    if (!restoreState(windowSettings::state.read(settings)))
        sizeSidePanels();
    m_matrix->keepToMatrixView();
    setThemeChoice(themeChoiceFromKey(windowSettings::theme.read(settings)));
    m_model->setSpeed(windowSettings::speed.read(settings));
    m_lastLesson = windowSettings::lastLesson.read(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    windowSettings::geometry.write(settings, saveGeometry());
    windowSettings::state.write(settings, saveState());
    windowSettings::theme.write(settings, themeChoiceKey(m_themeChoice));
    windowSettings::speed.write(settings, m_model->speed());
    windowSettings::lastLesson.write(settings, m_lastLesson);
}

} // namespace convstep
