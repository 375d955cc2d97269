#include "ui/window/matrix_controls.h"

#include "core/counterpart.h"
#include "ui/render/matrix_layout.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/session/transpose_animation.h"
#include "ui/widgets/matrix_explorer.h"
#include "ui/widgets/stage_widget.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace convstep {
namespace {

// Matrix entries smaller than this on the stage open the explorer (once).
constexpr double explorerEntryPixels = 8.0;

} // namespace

MatrixControls::MatrixControls(QMainWindow *window, LessonDocument *document, PlaybackModel *model,
                               StageWidget *stage)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_model(model)
    , m_stage(stage)
    , m_animation(new TransposeAnimation(model, this))
{
    m_transpose = new QAction(tr("&Transpose C → Cᵀ"), window);
    m_transpose->setObjectName(QStringLiteral("transposeMatrix"));
    m_transpose->setShortcut(QKeySequence(Qt::Key_T));
    m_transpose->setToolTip(tr("Transpose: turn C into Cᵀ and replay the transposed "
                               "convolution as Cᵀ·y (T)"));
    connect(m_transpose, &QAction::triggered, this, &MatrixControls::transpose);
    window->addAction(m_transpose);

    m_explorer = new MatrixExplorer(window);
    m_explorer->setObjectName(QStringLiteral("matrixExplorer"));
    m_dock = new QDockWidget(tr("Matrix Explorer"), window);
    m_dock->setObjectName(QStringLiteral("matrixExplorerDock"));
    m_dock->setWidget(m_explorer);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    QAction *toggle = explorerAction();
    toggle->setObjectName(QStringLiteral("toggleMatrixExplorer"));
    toggle->setShortcut(QKeySequence(Qt::Key_E));
    window->addAction(toggle);

    connect(m_model, &PlaybackModel::frameChanged, this, &MatrixControls::refreshExplorer);
    connect(m_model, &PlaybackModel::traceChanged, this,
            [this] { m_transpose->setEnabled(applies()); });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown)
            refreshExplorer();
    });
    connect(m_explorer, &MatrixExplorer::hovered, m_model, &PlaybackModel::setHover);
    // After the stage has its new frame, so that its layout says whether it shows a heat map.
    connect(m_model, &PlaybackModel::viewChanged, this, [this](View view) {
        followView(view);
        QTimer::singleShot(0, this, &MatrixControls::offerExplorer);
    });
}

void MatrixControls::followView(View view)
{
    if (view == View::Matrix) {
        if (m_reopen)
            m_dock->show();
        m_reopen = false;
    } else if (!m_dock->isHidden()) {
        m_reopen = true;
        m_dock->hide();
    }
}

void MatrixControls::keepToMatrixView()
{
    if (m_model->view() != View::Matrix)
        m_dock->hide();
}

QAction *MatrixControls::explorerAction() const
{
    return m_dock->toggleViewAction();
}

void MatrixControls::transpose()
{
    const Problem *problem = m_model->problem();
    if (!problem)
        return;
    if (!applies()) {
        status(tr("Transpose turns the matrix C of a convolution or a transposed convolution; "
                  "%1 has none (its fixed matrix shows in the Matrix view).")
                   .arg(QString::fromLatin1(opName(problem->op))));
        return;
    }
    m_animation->stop();
    // Editing the problem retraces and frees the trace `problem` points into.
    const Op op = problem->op;
    if (op == Op::Conv2d) {
        const auto counterpart = transposedCounterpart(*problem);
        if (!counterpart) {
            status(tr("No transposed convolution has this C: its 'same' padding is uneven, "
                      "which neither Keras nor PyTorch can crop back."));
            return;
        }
        m_document->editProblem(*counterpart, tr("Transpose"));
    }
    if (!m_model->setView(View::Matrix))
        return;
    m_animation->start();
    status(op == Op::Conv2d
               ? tr("Cᵀ·y: the transposed convolution with the same kernel, applied to the "
                    "output y (Ctrl+Z goes back)")
               : tr("C turns into Cᵀ: the transposed convolution is Cᵀ·x"));
}

// Only the conv ops have a C to turn: an upsampling op's matrix is fixed.
bool MatrixControls::applies() const
{
    const Problem *problem = m_model->problem();
    return problem && !isUpsampling(problem->op) && m_model->viewApplies(View::Matrix);
}

void MatrixControls::refreshExplorer()
{
    if (m_dock->isVisible())
        m_explorer->setFrame(m_model->frame());
}

void MatrixControls::offerExplorer()
{
    // Only for entries too small to point at, not for a small window's heat map.
    const auto &matrix = m_stage->stageLayout().matrix;
    if (m_model->view() != View::Matrix || !matrix || matrix->entry >= explorerEntryPixels)
        return;
    if (!m_offered && !m_dock->isVisible()) {
        m_offered = true;
        m_dock->show();
        // A third of the window: room for the heat map and its axes under the stage.
        m_window->resizeDocks({m_dock}, {m_window->height() / 3}, Qt::Vertical);
    }
    status(tr("C is too large to read on the stage: zoom and pan it in the Matrix Explorer (E)"));
}

void MatrixControls::status(const QString &text) const
{
    m_window->statusBar()->showMessage(text, 6000);
}

} // namespace convstep
