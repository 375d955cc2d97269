#include "ui/window/compare_controls.h"

#include "core/counterpart.h"
#include "core/geometry.h"
#include "core/narration.h"
#include "core/step_mapping.h"
#include "io/text.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/stage_widget.h"

#include <QAction>
#include <QBoxLayout>
#include <QDockWidget>
#include <QFrame>
#include <QMainWindow>
#include <QStatusBar>

namespace convstep {
namespace {

QString sized(const Grid &grid)
{
    return qt(sizeText(sizeOf(grid)));
}

QString viewWords(const Problem &problem, View view)
{
    switch (view) {
    case View::ZeroInsertion:
        return CompareControls::tr("zero insertion");
    case View::Matrix:
        return CompareControls::tr("the matrix C");
    case View::BackwardInput:
        return CompareControls::tr("the gradient ∂L/∂x");
    case View::BackwardKernel:
        return CompareControls::tr("the gradient ∂L/∂W");
    case View::Direct:
        break;
    }
    return problem.op == Op::Conv2d ? CompareControls::tr("the sliding window")
                                    : CompareControls::tr("scatter and sum");
}

} // namespace

CompareControls::CompareControls(QMainWindow *window, LessonDocument *document,
                                 PlaybackModel *model, StageWidget *stage, QBoxLayout *row)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_model(model)
    , m_stage(stage)
    , m_row(row)
    , m_partner(new PlaybackModel(this))
{
    m_partner->setAnimated(false);
    m_partnerStage = new StageWidget(window);
    m_partnerStage->setObjectName(QStringLiteral("compareStage"));
    m_partnerStage->setAccessibleName(tr("Compared stage"));
    // It follows the main stage: the pointer and the keys stay with the lesson being taught.
    m_partnerStage->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_partnerStage->setFocusPolicy(Qt::NoFocus);
    m_partnerStage->setMinimumSize(stage->minimumSize());
    m_partnerStage->hide();
    m_divider = new QFrame(window);
    m_divider->setFrameShape(QFrame::VLine);
    m_divider->setFrameShadow(QFrame::Sunken);
    m_divider->hide();
    m_row->addWidget(m_divider);
    m_row->addWidget(m_partnerStage, 1);

    m_action = new QAction(tr("Co&mpare Side by Side"), window);
    m_action->setObjectName(QStringLiteral("compare"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_C));
    m_action->setToolTip(tr("Compare: the same moment in the other view, or a convolution "
                            "beside its transpose (C)"));
    connect(m_action, &QAction::triggered, this, &CompareControls::setOn);
    window->addAction(m_action);

    connect(m_partner, &PlaybackModel::frameChanged, this,
            [this] { m_partnerStage->setFrame(m_partner->frame()); });
    connect(m_model, &PlaybackModel::traceChanged, this, &CompareControls::rebuild);
    connect(m_model, &PlaybackModel::stepChanged, this, &CompareControls::follow);
    connect(m_model, &PlaybackModel::styleChanged, this, &CompareControls::restyle);
    connect(m_document, &LessonDocument::lessonChanged, this, &CompareControls::rebuild);
}

bool CompareControls::partnerShown() const
{
    return m_on && !m_partnerStage->isHidden();
}

void CompareControls::setOn(bool on)
{
    if (on != m_on)
        makeRoom(on);
    m_on = on;
    m_action->setChecked(on);
    rebuild();
    if (on && !partnerShown())
        m_window->statusBar()->showMessage(
            tr("Upsampling has one picture only: there is nothing to compare it with."), 6000);
}

void CompareControls::makeRoom(bool on)
{
    if (!on) {
        for (QDockWidget *dock : std::as_const(m_madeRoom))
            dock->show();
        m_madeRoom.clear();
        return;
    }
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (!dock->isHidden() && !dock->isFloating()
            && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)) {
            dock->hide();
            m_madeRoom << dock;
        }
    }
}

std::optional<CompareControls::Partner> CompareControls::partnerOf() const
{
    const Problem *problem = m_model->problem();
    if (!problem || isUpsampling(problem->op))
        return std::nullopt;
    const View view = m_model->view();
    if (isBackward(view))
        return Partner{*problem, View::Direct, Relation::OtherView, true,
                       tr("The forward pass, %1: y = %2")
                           .arg(viewWords(*problem, View::Direct),
                                problem->op == Op::Conv2d ? tr("C·x") : tr("Cᵀ·x"))};
    if (problem->op == Op::Conv2d) {
        if (const auto transposed = transposedCounterpart(*problem)) {
            const QString back = qt(sizeText(geometryOf(*transposed).outputSize()));
            return Partner{*transposed, View::Direct, Relation::Transpose, false,
                           tr("Its transpose, Cᵀ·y: %1 back to %2 — the shape comes back, "
                              "the numbers do not")
                               .arg(sized(transposed->input), back)};
        }
        const View other = view == View::Matrix ? View::Direct : View::Matrix;
        return Partner{*problem, other, Relation::OtherView, false,
                       tr("The same problem as %1").arg(viewWords(*problem, other))};
    }
    if (const auto conv = originalConvolution(*problem, m_document->lesson().originalInput))
        return Partner{*conv, View::Direct, Relation::Transpose, true,
                       tr("The convolution that made the input: original %1 → %2")
                           .arg(sized(conv->input), sized(problem->input))};
    const View other = view == View::Direct ? View::ZeroInsertion : View::Direct;
    return Partner{*problem, other, Relation::OtherView, false,
                   tr("The same problem as %1").arg(viewWords(*problem, other))};
}

void CompareControls::rebuild()
{
    const auto partner = m_on ? partnerOf() : std::nullopt;
    m_partnerStage->setVisible(partner.has_value());
    m_divider->setVisible(partner.has_value());
    if (!partner)
        return;
    if (partner->left != m_left) {
        // [partner | stage] or [stage | partner], the line between them.
        m_row->removeWidget(m_partnerStage);
        m_row->removeWidget(m_divider);
        const int at = m_row->indexOf(m_stage);
        m_row->insertWidget(partner->left ? at : at + 1, m_divider);
        m_row->insertWidget(partner->left ? at : at + 2, m_partnerStage, 1);
    }
    m_left = partner->left;
    m_relation = partner->relation;
    m_title = partner->title;
    m_partner->setProblem(partner->problem);
    m_partner->setView(partner->view);
    restyle();
    follow();
}

void CompareControls::follow()
{
    const auto main = m_model->trace();
    const auto other = m_partner->trace();
    if (!partnerShown() || !main || !other)
        return;
    m_partner->setStep(m_relation == Relation::Transpose
                           ? transposeStep(*main, m_model->step(), *other)
                           : passStep(*main, m_model->step(), *other));
}

void CompareControls::restyle()
{
    StageStyle style = m_model->style();
    style.title = m_title;
    m_partner->setStyle(style);
}

} // namespace convstep
