#include "io/text.h"
#include "io/translate.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/key_hint.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"
#include "ui/window/matrix_controls.h"
#include "ui/window/predict_controls.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr double classroomStageScale = 1.5;
constexpr double classroomStripScale = 2.0;

// Pixel sizes for the back of a room: a share of the screen's height, at Ctrl + / − scale 1.
int roomPixels(int height, double share, int least, double scale)
{
    return static_cast<int>(std::lround(std::max<double>(least, height * share) * scale));
}

} // namespace

// The narration of the step, under the stage in classroom mode only (the explanation dock is
// hidden there).
void MainWindow::createNarrationLine()
{
    m_narrationLine = new QLabel(this);
    m_narrationLine->setObjectName(QStringLiteral("narrationLine"));
    m_narrationLine->setAccessibleName(tr("Classroom narration"));
    m_narrationLine->setTextFormat(Qt::PlainText);
    m_narrationLine->setWordWrap(true);
    m_narrationLine->setAlignment(Qt::AlignCenter);
    m_narrationLine->setMargin(8);
    m_narrationLine->hide();
    connect(m_model, &PlaybackModel::stepChanged, m_narrationLine,
            [this] { m_narrationLine->setText(stepText(m_model->currentStep())); });
}

// Classroom mode: full screen, nothing but the stage, the narration, the calculation and the
// playback bar, in the high-contrast palette, with text large enough for the back row.
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
            bar->setVisible(bar->isAncestorOf(m_playbackBar));
        menuBar()->hide();
        statusBar()->hide();
        m_textScale = classroomStageScale;
        showFullScreen();
    } else {
        menuBar()->show();
        statusBar()->show();
        restoreState(m_beforeClassroom);
        m_matrix->keepToMatrixView();
        m_textScale = 1.0;
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
        setBlanked(false);
    }
    m_narrationLine->setVisible(on);
    applyApplicationPalette(on ? ThemeChoice::Dark : m_themeChoice);
    applyStyle();
    if (on)
        m_keyHint->flash();
    else
        m_keyHint->hide();
    m_predict->setClassroom(on);
    m_stage->setFocus();
}

// B: the stage goes dark, and so do the words that would give the next step away. They keep
// their room, so nothing moves when the stage comes back.
void MainWindow::setBlanked(bool blanked)
{
    m_stage->setBlanked(blanked);
    m_actions.blank->setChecked(blanked);
    // While blanked they keep their room at the height they had: a hidden strip would measure
    // itself differently. Afterwards they size themselves again.
    for (QWidget *w :
         {static_cast<QWidget *>(m_calculation), static_cast<QWidget *>(m_narrationLine)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(blanked && w->isVisible());
        w->setSizePolicy(policy);
        w->setMinimumHeight(blanked ? w->height() : 0);
        w->setMaximumHeight(blanked ? w->height() : QWIDGETSIZE_MAX);
    }
    m_calculation->setVisible(!blanked);
    m_narrationLine->setVisible(!blanked && m_classroom);
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
    // The narration, the step counter and the speed: sized by the screen in classroom mode.
    if (m_classroom) {
        const double scale = m_textScale / classroomStageScale;
        const int height = screen() ? screen()->geometry().height() : this->height();
        QFont narration = font();
        narration.setPixelSize(roomPixels(height, 1.0 / 30, 20, scale));
        m_narrationLine->setFont(narration);
        QFont controls = font();
        controls.setPixelSize(roomPixels(height, 1.0 / 40, 16, scale));
        m_playbackBar->setFont(controls);
    } else {
        m_narrationLine->setFont(QFont());
        m_playbackBar->setFont(QFont());
    }
}

} // namespace convstep
