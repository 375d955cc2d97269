#include "ui/window/main_window.h"

namespace convstep {

bool MainWindow::openUnsavedLesson(const Lesson &lesson)
{
    if (!maybeSave())
        return false;
    loadLesson(lesson, QString());
    return true;
}

} // namespace convstep
