#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/key_hint.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"
#include "ui/window/predict_controls.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

namespace convstep {
namespace {

constexpr double classroomStageScale = 1.5;
constexpr double classroomStripScale = 2.0;

} // namespace

// Classroom mode: full screen, nothing but the stage, the calculation and the playback bar,
// in the high-contrast palette, with text large enough for the back row.
void MainWindow::setClassroomMode(bool on)
{
    if (on == m_classroom)
        return;
    m_classroom = on;
    m_actions.classroom->setChecked(on);
    m_actions.leaveClassroom->setEnabled(on);
    if (on) {
        m_beforeClassroom = saveState();
        m_wasMaximized = isMaximized();
        for (QDockWidget *dock : findChildren<QDockWidget *>())
            dock->hide();
        for (QToolBar *bar : findChildren<QToolBar *>())
            bar->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_textScale = classroomStageScale;
        showFullScreen();
    } else {
        menuBar()->show();
        statusBar()->show();
        restoreState(m_beforeClassroom);
        m_textScale = 1.0;
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
        m_stage->setBlanked(false);
        m_actions.blank->setChecked(false);
    }
    applyApplicationPalette(on ? ThemeChoice::Dark : m_themeChoice);
    applyStyle();
    if (on)
        m_keyHint->flash();
    else
        m_keyHint->hide();
    m_predict->setClassroom(on);
    m_stage->setFocus();
}

void MainWindow::scaleText(double factor)
{
    m_textScale = std::clamp(m_textScale * factor, 0.6, 3.0);
    applyStyle();
}

void MainWindow::applyStyle()
{
    StageStyle style = m_model->style();
    style.theme = m_classroom ? Theme::Contrast : resolveTheme(m_themeChoice);
    style.fontScale = m_textScale;
    m_model->setStyle(style);
    m_calculation->setFontScale(m_textScale
                                * (m_classroom ? classroomStripScale / classroomStageScale : 1.0));
}

} // namespace convstep
