#include "io/lesson.h"
#include "ui/window/main_window.h"

namespace convstep {

bool MainWindow::openUnsavedLesson(const Lesson &lesson)
{
    if (!maybeSave())
        return false;
    loadFile(singleLesson(lesson), QString());
    m_lastLesson.clear(); // nothing to reopen: it has no file
    return true;
}

} // namespace convstep
