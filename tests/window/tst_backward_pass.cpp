#include "core/gradient.h"
#include "core/step_mapping.h"
#include "core/trace.h"
#include "io/text.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/compare_controls.h"
#include "ui/window/main_window.h"
#include "ui/window/upstream_dialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace convstep;

// The Forward/Backward switch: keys 5 and 6 show how ∂L/∂x and ∂L/∂W are built, from the
// upstream gradient ∂L/∂y that Edit → Upstream Gradient sets (all ones at first, undoable),
// and Compare puts the forward pass beside the gradient, in step.
class TestBackwardPass final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keysSwitchBetweenThePasses_data();
    void keysSwitchBetweenThePasses();
    void upstreamEditsAreUndoable();
    void aBadUpstreamKeepsTheDialogOpen();
    void upstreamCellsEditOnTheStage_data();
    void upstreamCellsEditOnTheStage();
    void theForwardPassBesideTheGradient();

private:
    UpstreamDialog *openUpstreamDialog();

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackwardPass::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_backward_pass"));
    QVERIFY(m_dir.isValid());
}

void TestBackwardPass::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBackwardPass::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

UpstreamDialog *TestBackwardPass::openUpstreamDialog()
{
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    UpstreamDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<UpstreamDialog *>()) != nullptr); }();
    return dialog;
}

void TestBackwardPass::keysSwitchBetweenThePasses_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addRow("conv2d") << QStringLiteral("classic-padding-strides");
    QTest::addRow("conv_transpose2d") << QStringLiteral("transposed-padding-strides");
}

void TestBackwardPass::keysSwitchBetweenThePasses()
{
    QFETCH(QString, lesson);
    m_window->openBuiltInLesson(lesson);
    PlaybackModel *model = m_window->model();
    const Problem problem = *model->problem();
    const Grid ones = onesUpstream(problem);
    const MainActions &actions = m_window->mainActions();
    QVERIFY(actions.viewGradInput->isEnabled());
    QVERIFY(actions.viewGradKernel->isEnabled());

    QTest::keyClick(m_window.get(), Qt::Key_5);
    QCOMPARE(model->view(), View::BackwardInput);
    QVERIFY(actions.viewGradInput->isChecked());
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, ones, 0.0);
    CONVSTEP_COMPARE_GRIDS(model->trace()->output, inputGradient(problem, ones), 0.0);
    // The narration is core's: it names the gradient being built.
    QTest::keyClick(m_window.get(), Qt::Key_End);
    QCOMPARE(m_window->explanationPanel()->narration(), qt(model->currentStep().text));
    QVERIFY(m_window->explanationPanel()->narration().contains(QStringLiteral("∂L/∂")));

    QTest::keyClick(m_window.get(), Qt::Key_6);
    QCOMPARE(model->view(), View::BackwardKernel);
    QVERIFY(actions.viewGradKernel->isChecked());
    QVERIFY(!actions.viewGradInput->isChecked());
    CONVSTEP_COMPARE_GRIDS(model->trace()->output, kernelGradient(problem, ones), 0.0);
    QCOMPARE(model->step(), model->stepCount() - 1); // the last step stays the last

    QTest::keyClick(m_window.get(), problem.op == Op::Conv2d ? Qt::Key_1 : Qt::Key_2);
    QCOMPARE(model->view(), View::Direct);
    QCOMPARE(model->trace()->upstream.size(), Eigen::Index(0));
}

void TestBackwardPass::upstreamEditsAreUndoable()
{
    PlaybackModel *model = m_window->model();
    const Problem problem = *model->problem();
    QTest::keyClick(m_window.get(), Qt::Key_5);
    UpstreamDialog *dialog = openUpstreamDialog();
    QTableWidget *table = dialog->table();
    const Pair out = sizeOf(onesUpstream(problem));
    QCOMPARE(table->rowCount(), out.h);
    QCOMPARE(table->columnCount(), out.w);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
    table->item(0, 0)->setText(QStringLiteral("3"));
    table->item(out.h - 1, out.w - 1)->setText(QStringLiteral("−0.5"));
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<UpstreamDialog *>());

    Grid g = onesUpstream(problem);
    g(0, 0) = 3;
    g(out.h - 1, out.w - 1) = -0.5;
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, g, 0.0);
    CONVSTEP_COMPARE_GRIDS(model->trace()->output, inputGradient(problem, g), 0.0);
    CONVSTEP_COMPARE_GRIDS(m_window->document()->lesson().upstream, g, 0.0);
    QVERIFY(m_window->document()->isModified());
    // ∂L/∂W follows the same g.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_6);
    QCOMPARE(model->view(), View::BackwardKernel);
    CONVSTEP_COMPARE_GRIDS(model->trace()->output, kernelGradient(problem, g), 0.0);

    m_window->mainActions().undo->trigger();
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, onesUpstream(problem), 0.0);
    m_window->mainActions().redo->trigger();
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, g, 0.0);

    // All Ones puts it back as one more edit.
    dialog = openUpstreamDialog();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("allOnes")), Qt::LeftButton);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("1"));
    dialog->accept();
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, onesUpstream(problem), 0.0);
    m_window->mainActions().undo->trigger();
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, g, 0.0);
}

void TestBackwardPass::aBadUpstreamKeepsTheDialogOpen()
{
    QTest::keyClick(m_window.get(), Qt::Key_5);
    UpstreamDialog *dialog = openUpstreamDialog();
    dialog->table()->item(0, 1)->setText(QStringLiteral("two"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("(0, 1)")));
    // Values whose gradient would overflow a double are refused too.
    QTableWidget *table = dialog->table();
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            table->item(r, c)->setText(QStringLiteral("1e308"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->problemLabel()->text().contains(QStringLiteral("(0, 1)")));
    QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("upstream")));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<UpstreamDialog *>());
    QCOMPARE(m_window->document()->undoStack()->count(), 0);
    CONVSTEP_COMPARE_GRIDS(m_window->model()->trace()->upstream,
                           onesUpstream(*m_window->model()->problem()), 0.0);
}

void TestBackwardPass::upstreamCellsEditOnTheStage_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("key");
    QTest::addRow("conv2d, ∂L/∂x") << QStringLiteral("classic-padding-strides") << int(Qt::Key_5);
    QTest::addRow("conv_transpose2d, ∂L/∂x")
        << QStringLiteral("transposed-padding-strides") << int(Qt::Key_5);
    QTest::addRow("conv_transpose2d, ∂L/∂W")
        << QStringLiteral("transposed-padding-strides") << int(Qt::Key_6);
}

// Double-clicking a cell of ∂L/∂y on the stage opens the cell editor; what is typed there is
// the same undoable edit as Edit → Upstream Gradient's.
void TestBackwardPass::upstreamCellsEditOnTheStage()
{
    QFETCH(QString, lesson);
    QFETCH(int, key);
    m_window->openBuiltInLesson(lesson);
    QTest::keyClick(m_window.get(), Qt::Key(key));
    PlaybackModel *model = m_window->model();
    const Problem problem = *model->problem();
    const Trace &trace = *model->trace();
    const Grid ones = onesUpstream(problem);
    const Cell last{static_cast<int>(ones.rows()) - 1, static_cast<int>(ones.cols()) - 1};
    // Where the stage shows g's last cell, and a zero around g if the view has one.
    std::optional<Cell> shown, zero;
    const Pair size = sourceSize(trace);
    for (int r = 0; r < size.h; ++r)
        for (int c = 0; c < size.w; ++c) {
            const SourceCell source = sourceCell(trace, {r, c});
            if (source.kind == SourceKind::Upstream && source.upstream == last)
                shown = Cell{r, c};
            else if (!source.upstream && source.kind != SourceKind::Input)
                zero = Cell{r, c};
        }
    QVERIFY(shown);
    StageWidget *stage = m_window->stage();
    if (zero)
        QVERIFY(!stage->editCell({GridRole::Source, *zero}));
    const QPoint at =
        stage->stageLayout().box(GridRole::Source).cellRect(*shown).center().toPoint();
    QTest::mouseDClick(stage, Qt::LeftButton, {}, at);
    QVERIFY(stage->isEditing());
    QCOMPARE(stage->editor()->text(), QStringLiteral("1"));
    stage->editor()->clear();
    QTest::keyClicks(stage->editor(), QStringLiteral("-2.5"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    QVERIFY(!stage->isEditing());

    Grid g = ones;
    g(last.row, last.col) = -2.5;
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, g, 0.0);
    CONVSTEP_COMPARE_GRIDS(m_window->document()->lesson().upstream, g, 0.0);
    CONVSTEP_COMPARE_GRIDS(
        model->trace()->output,
        key == Qt::Key_5 ? inputGradient(problem, g) : kernelGradient(problem, g), 0.0);
    // The input is untouched: the edit went to ∂L/∂y alone.
    CONVSTEP_COMPARE_GRIDS(model->problem()->input, problem.input, 0.0);
    QUndoStack *undo = m_window->document()->undoStack();
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Edit Upstream Gradient"));
    m_window->mainActions().undo->trigger();
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, ones, 0.0);
    m_window->mainActions().redo->trigger();
    CONVSTEP_COMPARE_GRIDS(model->trace()->upstream, g, 0.0);
    // The same value again is no edit.
    QVERIFY(stage->editCell({GridRole::Source, *shown}));
    QCOMPARE(stage->editor()->text(), QStringLiteral("-2.5"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    QCOMPARE(undo->count(), 1);
}

// Compare beside a backward view: the forward pass on the left; in ∂L/∂x of a convolution the
// scatter of g(r, c) stands beside the sliding window writing y(r, c).
void TestBackwardPass::theForwardPassBesideTheGradient()
{
    PlaybackModel *model = m_window->model();
    QTest::keyClick(m_window.get(), Qt::Key_5);
    CompareControls *compare = m_window->compareControls();
    QTest::keyClick(m_window.get(), Qt::Key_C);
    QTRY_VERIFY(compare->partnerShown());
    QVERIFY(compare->partnerIsLeft());
    PlaybackModel *other = compare->partnerModel();
    QCOMPARE(other->view(), View::Direct);
    QVERIFY(compare->partnerStage()->frame().style.title.contains(QStringLiteral("forward")));
    int scatters = 0;
    for (int step = 0; step < model->stepCount(); ++step) {
        model->setStep(step);
        QCOMPARE(other->step(), passStep(*model->trace(), step, *other->trace()));
        if (model->currentStep().phase != Phase::Scatter)
            continue;
        ++scatters;
        QCOMPARE(other->currentStep().phase, Phase::Slide);
        QCOMPARE(other->currentStep().focus, model->currentStep().focus);
    }
    QCOMPARE(scatters, static_cast<int>(other->trace()->output.size()));
    // Back to the forward pass: the partner is what Compare shows for a convolution again.
    QTest::keyClick(m_window.get(), Qt::Key_1);
    QTRY_VERIFY(compare->partnerShown());
    QVERIFY(!compare->partnerIsLeft());
}

QTEST_MAIN(TestBackwardPass)
#include "tst_backward_pass.moc"
