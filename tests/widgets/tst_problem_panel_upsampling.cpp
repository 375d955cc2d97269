#include "core/narration.h"
#include "io/lesson_catalog.h"
#include "tests/support/theme_grab.h"
#include "tests/widgets/problem_panel_fixture.h"
#include "ui/widgets/pair_editor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace convstep;
using convstep::test::counting;
using convstep::test::ProblemPanelFixture;

// The Problem panel for the four upsampling ops: switching to and from them, the rows each op
// shows, the scale and align-corners edits and the built-in lessons (their errors are in
// tst_problem_panel_errors, their keys in tst_problem_panel_keyboard).
class TestProblemPanelUpsampling final : public QObject, private ProblemPanelFixture
{
    Q_OBJECT

private slots:
    void init() { setUpPanel(); }
    void cleanup() { tearDownPanel(); }

    void operationListsSixOpsInTwoGroups();
    void switchingToAnUpsamplingOpIsOneValidEdit_data();
    void switchingToAnUpsamplingOpIsOneValidEdit();
    void switchingBetweenUpsamplingOpsKeepsTheScale();
    void maxUnpoolingGrowsATooSmallInput();
    void switchingBackToConvolutionGivesAKernel();
    void rowsFollowTheOp();
    void controlsStayPutAcrossOps();
    void alignCornersOnlyForBilinear();
    void alignCornersToggleIsOneUndoEntry();
    void scaleEditsMergeWhileStepping();
    void outputSizeForEveryOp_data();
    void outputSizeForEveryOp();
    void loadingAnUpsamplingLessonReflectsIt_data();
    void loadingAnUpsamplingLessonReflectsIt();
    void undoAndRedoAcrossOps();
    void readableInBothThemes();

private:
    void choose(Op op) { m_panel->operation()->setCurrentIndex(indexOf(op)); }
    int indexOf(Op op) const { return m_panel->operation()->findData(static_cast<int>(op)); }
    QLabel *labelFor(QWidget *buddy) const;
    QString outputSizeText() const
    {
        return m_panel->findChild<QLabel *>(QStringLiteral("outputSize"))->text();
    }
    // Whether the widget would show with the panel (the panel itself need not be on screen).
    bool shown(const QWidget *widget) const { return widget->isVisibleTo(m_panel.get()); }
    void verifyConvolutionRows(bool visible);
};

QLabel *TestProblemPanelUpsampling::labelFor(QWidget *buddy) const
{
    for (QLabel *label : m_panel->findChildren<QLabel *>())
        if (label->buddy() == buddy)
            return label;
    return nullptr;
}

void TestProblemPanelUpsampling::verifyConvolutionRows(bool visible)
{
    for (PairEditor *editor : {m_panel->kernelSize(), m_panel->stride(), m_panel->padding(),
                               m_panel->dilation(), m_panel->outputPadding()}) {
        QCOMPARE(shown(editor), visible);
        if (editor != m_panel->padding()) // padding's label is the mode's
            QCOMPARE(shown(labelFor(editor->rows())), visible);
    }
    QCOMPARE(shown(m_panel->paddingMode()), visible);
    QCOMPARE(shown(labelFor(m_panel->paddingMode())), visible);
    QCOMPARE(shown(m_panel->bias()), visible);
    QCOMPARE(shown(labelFor(m_panel->bias())), visible);
    QCOMPARE(shown(m_panel->fillButton(GridTarget::Kernel)), visible);
    QCOMPARE(shown(m_panel->scale()), !visible);
    QCOMPARE(shown(labelFor(m_panel->scale()->rows())), !visible);
    // The rows the convolution always has stay.
    QVERIFY(shown(m_panel->inputSize()));
    QVERIFY(shown(m_panel->fillButton(GridTarget::Input)));
}

void TestProblemPanelUpsampling::operationListsSixOpsInTwoGroups()
{
    QComboBox *combo = m_panel->operation();
    QCOMPARE(combo->count(), 7);
    const QStringList texts{"Convolution",        "Transposed convolution", "",
                            "Nearest upsampling", "Bilinear upsampling",    "Bed of nails",
                            "Max unpooling"};
    const Op ops[] = {Op::Conv2d,           Op::ConvTranspose2d, Op::UpsampleNearest,
                      Op::UpsampleBilinear, Op::BedOfNails,      Op::MaxUnpool2d};
    for (int i = 0; i < combo->count(); ++i)
        QCOMPARE(combo->itemText(i), texts[i]);
    QCOMPARE(combo->itemData(2, Qt::AccessibleDescriptionRole).toString(),
             QStringLiteral("separator"));
    int i = 0;
    for (Op op : ops) {
        QCOMPARE(combo->itemData(indexOf(op)).toInt(), static_cast<int>(op));
        QVERIFY(combo->itemData(indexOf(op), Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String(opName(op))));
        QCOMPARE(indexOf(op), i < 2 ? i : i + 1);
        ++i;
    }
    // The separator is no choice: setting it anyway changes nothing.
    combo->setCurrentIndex(2);
    QCOMPARE(undoCount(), 0);
    QCOMPARE(combo->currentData().toInt(), static_cast<int>(Op::Conv2d));
}

void TestProblemPanelUpsampling::switchingToAnUpsamplingOpIsOneValidEdit_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("undoText");
    QTest::addColumn<bool>("fromTransposed");
    const std::pair<Op, const char *> ops[] = {
        {Op::UpsampleNearest, "Switch to nearest upsampling"},
        {Op::UpsampleBilinear, "Switch to bilinear upsampling"},
        {Op::BedOfNails, "Switch to bed of nails"},
        {Op::MaxUnpool2d, "Switch to max unpooling"}};
    for (const auto &[op, text] : ops) {
        QTest::addRow("conv2d to %s", opName(op)) << op << QString::fromUtf8(text) << false;
        QTest::addRow("dressed conv_transpose2d to %s", opName(op))
            << op << QString::fromUtf8(text) << true;
    }
}

void TestProblemPanelUpsampling::switchingToAnUpsamplingOpIsOneValidEdit()
{
    QFETCH(Op, op);
    QFETCH(QString, undoText);
    QFETCH(bool, fromTransposed);
    Problem before = basicProblem();
    if (fromTransposed) { // every convolution field away from its default
        before.op = Op::ConvTranspose2d;
        before.stride = {2, 2};
        before.dilation = {1, 2};
        before.padding = {1, 0};
        before.outputPadding = {1, 1};
        before.bias = 0.5;
        load(before);
    }
    QVERIFY(!m_model->error());
    choose(op);
    QCOMPARE(undoCount(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), undoText);
    const Problem &p = m_document->problem();
    QCOMPARE(p.op, op);
    QCOMPARE(p.kernel.size(), 0);
    QCOMPARE(p.scale, (Pair{2, 2}));
    CONVSTEP_COMPARE_GRIDS(p.input, counting(5, 5), 0.0);
    QVERIFY(!validate(p));
    QVERIFY(!m_model->error());
    QVERIFY(m_model->trace());
    QCOMPARE(m_model->trace()->problem.op, op);
    QVERIFY(m_panel->errorText().isEmpty());
    QCOMPARE(m_panel->scale()->value(), (Pair{2, 2}));
    QVERIFY(m_panel->scale()->isLinked());
    verifyConvolutionRows(false);

    m_document->undoStack()->undo();
    const Problem &back = m_document->problem();
    QCOMPARE(back.op, before.op);
    CONVSTEP_COMPARE_GRIDS(back.kernel, before.kernel, 0.0);
    QCOMPARE(back.stride, before.stride);
    QCOMPARE(back.dilation, before.dilation);
    QCOMPARE(back.padding, before.padding);
    QCOMPARE(back.outputPadding, before.outputPadding);
    QCOMPARE(back.bias, before.bias);
    QCOMPARE(back.scale, (Pair{1, 1}));
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(before.op));
    QCOMPARE(m_panel->stride()->value(), before.stride);
    QCOMPARE(m_panel->bias()->value(), before.bias);
    QCOMPARE(m_model->trace()->problem.op, before.op);
    verifyConvolutionRows(true);
}

void TestProblemPanelUpsampling::switchingBetweenUpsamplingOpsKeepsTheScale()
{
    choose(Op::UpsampleBilinear);
    m_panel->scale()->linkButton()->click(); // unlink
    m_panel->scale()->cols()->setValue(3);
    m_panel->alignCorners()->click();
    QCOMPARE(m_document->problem().scale, (Pair{2, 3}));
    QVERIFY(m_document->problem().alignCorners);
    choose(Op::BedOfNails);
    QCOMPARE(m_document->problem().scale, (Pair{2, 3}));
    QVERIFY(!m_document->problem().alignCorners); // bilinear's own
    QVERIFY(!m_model->error());
    QCOMPARE(m_panel->scale()->value(), (Pair{2, 3}));
    QVERIFY(!m_panel->scale()->isLinked());
    QCOMPARE(undoCount(), 4);
}

void TestProblemPanelUpsampling::maxUnpoolingGrowsATooSmallInput()
{
    Problem p = basicProblem();
    p.op = Op::ConvTranspose2d;
    p.input = Grid::Constant(1, 1, 7.0);
    load(p);
    choose(Op::MaxUnpool2d);
    QCOMPARE(undoCount(), 1);
    Grid grown(2, 2);
    grown << 7, 2, 2, 3; // the input's seeds, (r + c) mod 9 + 1
    CONVSTEP_COMPARE_GRIDS(m_document->problem().input, grown, 0.0);
    QCOMPARE(m_panel->inputSize()->value(), (Pair{2, 2}));
    QVERIFY(!m_model->error());
    QCOMPARE(outputSizeText(), QStringLiteral("2×2"));
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->inputSize()->value(), (Pair{1, 1}));
}

void TestProblemPanelUpsampling::switchingBackToConvolutionGivesAKernel()
{
    const Lesson &nearest = findBuiltInLesson(QStringLiteral("upsample-nearest"))->lesson;
    m_document->load(nearest); // 2×2 input
    choose(Op::Conv2d);
    QCOMPARE(undoCount(), 1);
    const Problem &p = m_document->problem();
    QCOMPARE(p.op, Op::Conv2d);
    QCOMPARE(sizeOf(p.kernel), (Pair{2, 2})); // 3×3 clipped to the input
    QCOMPARE(p.kernel(0, 1), 2.0);
    QCOMPARE(p.scale, (Pair{1, 1}));
    CONVSTEP_COMPARE_GRIDS(p.input, nearest.problem.input, 0.0);
    QVERIFY(!m_model->error());
    QCOMPARE(m_model->trace()->problem.op, Op::Conv2d);
    QCOMPARE(m_panel->kernelSize()->value(), (Pair{2, 2}));
    QCOMPARE(outputSizeText(), QStringLiteral("1×1"));
    verifyConvolutionRows(true);

    m_document->undoStack()->undo();
    choose(Op::ConvTranspose2d); // a transposed kernel need not fit the input
    QCOMPARE(sizeOf(m_document->problem().kernel), (Pair{3, 3}));
    QVERIFY(!m_model->error());
    QCOMPARE(outputSizeText(), QStringLiteral("4×4"));
}

void TestProblemPanelUpsampling::rowsFollowTheOp()
{
    verifyConvolutionRows(true);
    QVERIFY(!shown(m_panel->alignCorners()));
    for (Op op : {Op::UpsampleNearest, Op::UpsampleBilinear, Op::BedOfNails, Op::MaxUnpool2d,
                  Op::ConvTranspose2d, Op::Conv2d}) {
        choose(op);
        verifyConvolutionRows(!isUpsampling(op));
        QCOMPARE(shown(m_panel->alignCorners()), op == Op::UpsampleBilinear);
    }
    // Hidden controls leave no gap: the panel asks for less height without them.
    const int convolutionHeight = m_panel->sizeHint().height();
    choose(Op::UpsampleNearest);
    QVERIFY(m_panel->sizeHint().height() < convolutionHeight);
}

// The label column keeps its width whichever labels show, so nothing jumps sideways on a switch.
void TestProblemPanelUpsampling::controlsStayPutAcrossOps()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    for (const int width : {300, 520}) {
        m_panel->resize(width, 640);
        const auto left = [this](QWidget *widget) {
            QApplication::processEvents();
            return widget->mapTo(m_panel.get(), QPoint()).x();
        };
        choose(Op::Conv2d);
        const int input = left(m_panel->inputSize());
        QCOMPARE(left(m_panel->kernelSize()), input);
        for (Op op : {Op::UpsampleBilinear, Op::MaxUnpool2d, Op::ConvTranspose2d}) {
            choose(op);
            QCOMPARE(left(m_panel->inputSize()), input);
            if (isUpsampling(op))
                QCOMPARE(left(m_panel->scale()), input);
        }
    }
}

void TestProblemPanelUpsampling::alignCornersOnlyForBilinear()
{
    for (Op op : {Op::UpsampleNearest, Op::BedOfNails, Op::MaxUnpool2d}) {
        choose(op);
        QVERIFY(!shown(m_panel->alignCorners()));
    }
    choose(Op::UpsampleBilinear);
    QVERIFY(shown(m_panel->alignCorners()));
    QVERIFY(!m_panel->alignCorners()->isChecked());
}

void TestProblemPanelUpsampling::alignCornersToggleIsOneUndoEntry()
{
    const Lesson &bilinear = findBuiltInLesson(QStringLiteral("upsample-bilinear"))->lesson;
    m_document->load(bilinear);
    QVERIFY(shown(m_panel->alignCorners()));
    QVERIFY(!m_panel->alignCorners()->isChecked());
    const Grid before = m_model->trace()->output;
    m_panel->alignCorners()->click();
    QCOMPARE(undoCount(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Align corners"));
    QVERIFY(m_document->problem().alignCorners);
    QVERIFY(!m_model->error());
    const Grid after = m_model->trace()->output;
    QCOMPARE(sizeOf(after), sizeOf(before));
    QVERIFY((after.array() != before.array()).any());
    // Aligned corners: the output's corners are the input's.
    QCOMPARE(after(0, 0), 0.0);
    QCOMPARE(after(3, 3), 12.0);

    m_panel->alignCorners()->click();
    QCOMPARE(undoCount(), 2); // each toggle its own entry
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Stop aligning corners"));
    m_document->undoStack()->undo();
    QVERIFY(m_panel->alignCorners()->isChecked());
    m_document->undoStack()->undo();
    QVERIFY(!m_panel->alignCorners()->isChecked());
    CONVSTEP_COMPARE_GRIDS(m_model->trace()->output, before, 0.0);
}

void TestProblemPanelUpsampling::scaleEditsMergeWhileStepping()
{
    choose(Op::UpsampleNearest);
    QSpinBox *rows = m_panel->scale()->rows();
    rows->stepBy(1);
    rows->stepBy(1);
    QCOMPARE(m_document->problem().scale, (Pair{4, 4})); // linked: both axes
    QCOMPARE(undoCount(), 2); // the switch, then one merged scale edit
    // A merged entry names the value the run of steps ended on.
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set scale to 4"));
    QCOMPARE(outputSizeText(), QStringLiteral("20×20"));
    QCOMPARE(rows->maximum(), limits::maxScale);
    QCOMPARE(rows->minimum(), 1);

    m_panel->scale()->linkButton()->click();
    m_panel->scale()->cols()->stepBy(-1); // another control: its own entry
    QCOMPARE(m_document->problem().scale, (Pair{4, 3}));
    QCOMPARE(undoCount(), 3);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set scale to [4, 3]"));
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->scale()->value(), (Pair{2, 2}));
    QCOMPARE(outputSizeText(), QStringLiteral("10×10"));
}

void TestProblemPanelUpsampling::outputSizeForEveryOp_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("size");
    // A 5×5 input, the 3×3 kernel or scale 2.
    QTest::newRow("conv2d") << Op::Conv2d << QStringLiteral("3×3");
    QTest::newRow("conv_transpose2d") << Op::ConvTranspose2d << QStringLiteral("7×7");
    QTest::newRow("upsample_nearest") << Op::UpsampleNearest << QStringLiteral("10×10");
    QTest::newRow("upsample_bilinear") << Op::UpsampleBilinear << QStringLiteral("10×10");
    QTest::newRow("bed_of_nails") << Op::BedOfNails << QStringLiteral("10×10");
    QTest::newRow("max_unpool2d") << Op::MaxUnpool2d << QStringLiteral("4×4"); // pools to 2×2
}

void TestProblemPanelUpsampling::outputSizeForEveryOp()
{
    QFETCH(Op, op);
    QFETCH(QString, size);
    choose(op);
    QCOMPARE(outputSizeText(), size);
    auto *output = m_panel->findChild<QLabel *>(QStringLiteral("outputSize"));
    QVERIFY(!output->toolTip().isEmpty()); // the formula with its numbers
}

void TestProblemPanelUpsampling::loadingAnUpsamplingLessonReflectsIt_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"upsample-nearest", "upsample-bilinear", "bed-of-nails", "max-unpool"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestProblemPanelUpsampling::loadingAnUpsamplingLessonReflectsIt()
{
    QFETCH(QString, id);
    const CatalogEntry *entry = findBuiltInLesson(id);
    QVERIFY(entry);
    const Problem &lesson = entry->lesson.problem;
    choose(Op::ConvTranspose2d); // something to replace
    m_document->load(entry->lesson);
    QCOMPARE(undoCount(), 0);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(lesson.op));
    QCOMPARE(m_panel->inputSize()->value(), sizeOf(lesson.input));
    QCOMPARE(m_panel->scale()->value(), lesson.scale);
    QCOMPARE(m_panel->scale()->isLinked(), lesson.scale.h == lesson.scale.w);
    QCOMPARE(m_panel->alignCorners()->isChecked(), lesson.alignCorners);
    QCOMPARE(shown(m_panel->alignCorners()), lesson.op == Op::UpsampleBilinear);
    verifyConvolutionRows(false);
    QVERIFY(m_panel->errorText().isEmpty());
    QCOMPARE(outputSizeText(),
             QString::fromStdString(sizeText(m_model->trace()->geometry.outputSize())));

    // And a convolution lesson after it brings the rows back.
    m_document->load(defaultLesson());
    verifyConvolutionRows(true);
    QCOMPARE(m_panel->kernelSize()->value(), sizeOf(defaultLesson().problem.kernel));
}

void TestProblemPanelUpsampling::undoAndRedoAcrossOps()
{
    choose(Op::UpsampleBilinear);
    m_panel->scale()->rows()->setValue(3);
    m_panel->alignCorners()->click();
    choose(Op::Conv2d);
    QCOMPARE(undoCount(), 4);
    QUndoStack *undo = m_document->undoStack();
    while (undo->canUndo())
        undo->undo();
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(Op::Conv2d));
    verifyConvolutionRows(true);
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(m_document->problem().op, Op::Conv2d);
    verifyConvolutionRows(true);
    undo->undo(); // back to bilinear, scale 3, aligned
    QCOMPARE(m_panel->operation()->currentData().toInt(), static_cast<int>(Op::UpsampleBilinear));
    QCOMPARE(m_panel->scale()->value(), (Pair{3, 3}));
    QVERIFY(m_panel->alignCorners()->isChecked());
    QVERIFY(shown(m_panel->alignCorners()));
    verifyConvolutionRows(false);
    QCOMPARE(undoCount(), 4); // showing the document never pushed anything
}

// A light and a dark background with readable text (CONVSTEP_UI_GRAB_DIR=/some/dir saves them).
void TestProblemPanelUpsampling::readableInBothThemes()
{
    m_document->load(findBuiltInLesson(QStringLiteral("upsample-bilinear"))->lesson);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QCOMPARE(test::grabInBothThemes(m_panel.get(), QSize(300, 330), "problem-panel-bilinear"),
             QString());
    m_document->load(findBuiltInLesson(QStringLiteral("max-unpool"))->lesson);
    QCOMPARE(test::grabInBothThemes(m_panel.get(), QSize(300, 330), "problem-panel-max-unpool"),
             QString());
    m_document->load(defaultLesson());
    QCOMPARE(test::grabInBothThemes(m_panel.get(), QSize(300, 480), "problem-panel-conv"),
             QString());
    Problem p = basicProblem();
    p.op = Op::UpsampleBilinear;
    p.kernel = Grid();
    p.scale = {9, 2};
    load(p); // an error under the scale
    QCOMPARE(test::grabInBothThemes(m_panel.get(), QSize(300, 330), "problem-panel-scale-error"),
             QString());
}

QTEST_MAIN(TestProblemPanelUpsampling)
#include "tst_problem_panel_upsampling.moc"
