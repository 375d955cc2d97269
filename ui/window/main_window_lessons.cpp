#include "io/lesson_catalog.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/window/lesson_properties_dialog.h"
#include "ui/window/main_window.h"

#include <QAction>

namespace convstep {

void MainWindow::newLesson()
{
    if (!maybeSave())
        return;
    Lesson lesson;
    lesson.problem = defaultLesson().problem;
    lesson.view = View::Direct;
    loadFile(singleLesson(lesson), QString());
    m_lastLesson.clear();
    showLessonProperties();
}

void MainWindow::showLessonProperties()
{
    auto *dialog = new LessonPropertiesDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::goToLesson(int index, bool atLastStep)
{
    if (!m_document->setLessonIndex(index))
        return false;
    m_model->setPlaying(false);
    if (atLastStep)
        m_model->last();
    else
        m_model->first();
    return true;
}

// A presentation remote has only Page Down and Page Up: they step, and at the ends of a
// lesson they go on through the sequence.
void MainWindow::pageStep(int direction)
{
    const int lesson = m_document->lessonIndex();
    if (direction > 0) {
        if (m_model->step() < m_model->stepCount() - 1 || !goToLesson(lesson + 1))
            m_model->next();
    } else if (m_model->step() > 0 || !goToLesson(lesson - 1, true)) {
        m_model->previous();
    }
}

// Its view and starting step; a lesson without a view keeps the one on the stage.
void MainWindow::showCurrentLesson()
{
    const Lesson &lesson = m_document->lesson();
    if (lesson.view)
        m_model->setView(*lesson.view);
    m_model->setStep(lesson.step);
    const int index = m_document->lessonIndex();
    m_actions.previousLesson->setEnabled(index > 0);
    m_actions.nextLesson->setEnabled(index + 1 < m_document->lessonCount());
    updateViewActions();
}

void MainWindow::showLessonText()
{
    const Lesson &lesson = m_document->lesson();
    QString title = lesson.title.isEmpty() ? shownTitle(m_document->file()) : lessonTitle(lesson);
    if (m_document->lessonCount() > 1)
        title = tr("%1 (%2 of %3)")
                    .arg(title)
                    .arg(m_document->lessonIndex() + 1)
                    .arg(m_document->lessonCount());
    StageStyle style = m_model->style();
    style.title = title;
    m_model->setStyle(style);
    m_explanation->setLessonNote(lessonNote(lesson));
    m_explanation->setNoteOutOfDate(m_document->isNoteOutOfDate());
    updateTitle();
}

} // namespace convstep
