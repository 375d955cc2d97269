#include "core/channels.h"
#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/widgets/stage_accessible_fixture.h"
#include "ui/render/matrix_layout.h"
#include "ui/widgets/grid_accessible.h"
#include "ui/widgets/stage_accessible.h"
#include "ui/widgets/stage_cell_text.h"
#include "ui/widgets/stage_grids.h"

#include <QAccessible>
#include <QTest>

using namespace convstep;

namespace {

// "3×3": a table's shape as the test data writes it.
QString shapeOf(const QAccessibleTableInterface &table)
{
    return QStringLiteral("%1×%2").arg(table.rowCount()).arg(table.columnCount());
}

// The title the stage paints over each grid, in reading order.
QStringList paintedTitles(const StageLayout &layout)
{
    QStringList titles;
    for (const GridBox *box : {&layout.source, &layout.kernel, &layout.target})
        if (box->rows > 0 && box->cols > 0)
            titles << box->title;
    if (layout.matrix)
        titles << layout.matrix->matrix.title << layout.matrix->input.title
               << layout.matrix->output.title;
    return titles;
}

Problem withPadding(Problem p, int padding)
{
    p.paddingMode = PaddingMode::Explicit;
    p.padding = {padding, padding};
    return p;
}

Problem transposed(Grid input, Grid kernel, int stride, int padding)
{
    Problem p;
    p.op = Op::ConvTranspose2d;
    p.input = std::move(input);
    p.kernel = std::move(kernel);
    p.stride = {stride, stride};
    p.padding = {padding, padding};
    return p;
}

Problem upsampling(Op op, Grid input, int scale)
{
    Problem p;
    p.op = op;
    p.input = std::move(input);
    p.kernel = Grid(0, 0);
    p.scale = {scale, scale};
    return p;
}

} // namespace

// Every grid the stage paints is a table for assistive technology, named by its title, with
// a cell per value that says where it is, what it holds and what the step does with it.
class TestStageAccessible final : public QObject
{
    Q_OBJECT

private slots:
    void everyGridIsATable_data();
    void everyGridIsATable();
    void cellsFindTheirPlaceOnTheStage();
    void aTableThatChangesShapeDropsItsCells();
    void viewsWithoutAKernelHaveNoKernelTable();
    void everyRowOfAChannelStackIsATable();
    void wordsDoNotChangeWhileAStepAnimates_data();
    void wordsDoNotChangeWhileAStepAnimates();
};

void TestStageAccessible::everyGridIsATable_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<View>("view");
    QTest::addColumn<int>("step"); // −1: the last
    QTest::addColumn<QStringList>("shapes"); // of the tables, in reading order
    // "table|row|column|text": a cell's whole name; a text ending in '*' is its beginning.
    QTest::addColumn<QStringList>("cells");

    const Problem lesson = defaultLesson().problem; // 4×4 input, 3×3 kernel, valid
    QTest::newRow("sliding window, first step")
        << lesson << View::Direct << 0 << QStringList{"4×4", "3×3", "2×2"}
        << QStringList{
               "2|0|0|Output row 0, column 0, computed in this step: 55 = 3·1 + 5·2 + 2·1 + "
               "4·2 + 1·1 + 3·2 + 6·1 + 3·1 + 8·2",
               "2|1|1|Output row 1, column 1: not computed yet",
               "0|1|1|Input row 1, column 1: 1, in this step: 1·1 = 1",
               "0|3|3|Input row 3, column 3: 5",
               "1|0|1|Kernel row 0, column 1: 2, in this step: 5·2 = 10",
           };
    QTest::newRow("sliding window, padded, last step")
        << withPadding(lesson, 1) << View::Direct << -1 << QStringList{"6×6", "3×3", "4×4"}
        << QStringList{
               "0|0|0|Padding at row 0, column 0: 0",
               "0|1|1|Input row 0, column 0: 3",
               "2|0|0|Output row 0, column 0: 19",
               "2|3|3|Output row 3, column 3, computed in this step: *",
           };

    const Grid small = test::gridOf({{1, 2}, {3, 4}});
    QTest::newRow("scatter, first step")
        << transposed(small, small, 1, 0) << View::Direct << 0 << QStringList{"2×2", "2×2", "3×3"}
        << QStringList{
               "2|0|0|Output row 0, column 0: 1, from 1 product, in this step: 1·1 = 1",
               "2|0|1|Output row 0, column 1: 2, from 1 product, in this step: 1·2 = 2",
               "2|2|2|Output row 2, column 2: no products yet",
               "0|0|0|Input row 0, column 0: 1, in this step: 4 products",
               "0|1|1|Input row 1, column 1: 4",
               "1|1|1|Kernel row 1, column 1: 4, in this step: 1·4 = 4",
           };
    // Padding 1 crops the 3×3 canvas to its centre cell.
    QTest::newRow("scatter, cropped")
        << transposed(small, small, 1, 1) << View::Direct << -1 << QStringList{"2×2", "2×2", "3×3"}
        << QStringList{
               "2|0|0|Canvas row 0, column 0, outside the output: cropped away",
               "2|1|1|Output row 0, column 0: 20, from 4 products",
           };
    // Stride 2 puts a zero between the inputs; padding k − 1 = 1 surrounds them: 5×5.
    QTest::newRow("zero insertion, kernel turned")
        << transposed(small, small, 2, 0) << View::ZeroInsertion << -1
        << QStringList{"5×5", "2×2", "4×4"}
        << QStringList{
               "0|0|0|Padding at row 0, column 0: 0",
               "0|1|1|Input row 0, column 0: 1",
               "0|1|2|Inserted zero at row 1, column 2: 0",
               "1|0|0|Kernel row 1, column 1, turned 180°: 4, in this step: 4·4 = 16",
               "2|3|3|Output row 3, column 3, computed in this step: 16 = 4·4 + 0·3 + 0·2 + 0·1",
           };
    // Zeros go in first, the padding around them next.
    QTest::newRow("zero insertion, before the padding")
        << transposed(small, small, 2, 0) << View::ZeroInsertion << 0
        << QStringList{"5×5", "2×2", "4×4"}
        << QStringList{
               "0|0|0|Padding at row 0, column 0: not added yet",
               "0|1|2|Inserted zero at row 1, column 2: 0",
               "0|3|3|Input row 1, column 1: 4",
               "2|0|0|Output row 0, column 0: not computed yet",
           };
    // C is 4 × 9: output cell r reads the input cells its window covers.
    Problem matrix = test::squareProblem(Op::Conv2d, 3, 2, 1);
    matrix.kernel = small;
    QTest::newRow("matrix, first row")
        << matrix << View::Matrix << 0 << QStringList{"3×3", "2×2", "2×2", "4×9", "9×1", "4×1"}
        << QStringList{
               "3|0|0|C row 0, column 0: 1, kernel (0, 0) from input (0, 0) to output (0, 0), "
               "in this step's row",
               "3|0|2|C row 0, column 2: 0, input (0, 2) is outside the window of output "
               "(0, 0), in this step's row",
               "3|3|8|C row 3, column 8: 4, kernel (1, 1) from input (2, 2) to output (1, 1)",
               "4|4|0|x[4] = input row 1, column 1: 5",
               "5|0|0|y[0] = output row 0, column 0, computed in this step: 37 = 1·1 + 2·2 + "
               "4·3 + 5·4",
               "5|3|0|y[3] = output row 1, column 1: not computed yet",
           };
    const Grid four = test::counting(4, 4);
    QTest::newRow("max unpooling, pooling")
        << upsampling(Op::MaxUnpool2d, four, 2) << View::Direct << 0
        << QStringList{"4×4", "2×2", "4×4"}
        << QStringList{
               "1|0|0|Pooled maximum row 0, column 0: 6, from input row 1, column 1, pooled in "
               "this step",
               "1|1|1|Pooled maximum row 1, column 1: not pooled yet",
               "0|1|1|Input row 1, column 1: 6, used in this step",
               "2|0|0|Output row 0, column 0: not computed yet",
           };
    QTest::newRow("bilinear upsampling, last step")
        << upsampling(Op::UpsampleBilinear, small, 2) << View::Direct << -1
        << QStringList{"2×2", "4×4"}
        << QStringList{
               "1|0|0|Output row 0, column 0: 1",
               "1|3|3|Output row 3, column 3, computed in this step: 4 = 1·4",
               "0|1|1|Input row 1, column 1: 4, in this step: 1·4 = 4",
           };
}

void TestStageAccessible::everyGridIsATable()
{
    QFETCH(Problem, problem);
    QFETCH(View, view);
    QFETCH(int, step);
    QFETCH(QStringList, shapes);
    QFETCH(QStringList, cells);

    test::WiredStage wired(problem, view);
    QCOMPARE(wired.model.view(), view);
    wired.model.setStep(step < 0 ? wired.model.stepCount() - 1 : step);
    QVERIFY(wired.show());

    QAccessibleInterface *stage = QAccessible::queryAccessibleInterface(wired.stage);
    QVERIFY(stage);
    QCOMPARE(stage->role(), QAccessible::Pane);
    const QStringList titles = paintedTitles(wired.stage->stageLayout());
    QCOMPARE(titles.size(), shapes.size());
    QList<QAccessibleInterface *> tables;
    for (int i = 0; i < shapes.size(); ++i) {
        QAccessibleInterface *table = stage->child(i);
        QVERIFY(table);
        QCOMPARE(table->role(), QAccessible::Table);
        QCOMPARE(table->parent(), stage);
        QCOMPARE(stage->indexOfChild(table), i);
        QCOMPARE(table->text(QAccessible::Name), titles[i]);
        QVERIFY(!table->text(QAccessible::Description).isEmpty());
        QVERIFY(table->tableInterface());
        QCOMPARE(shapeOf(*table->tableInterface()), shapes[i]);
        QCOMPARE(table->childCount(),
                 table->tableInterface()->rowCount() * table->tableInterface()->columnCount());
        QVERIFY(table->rect().isValid());
        tables << table;
    }
    // After the tables: the step announcement, then the stage's own widgets.
    QCOMPARE(stage->child(shapes.size())->role(), QAccessible::Notification);

    for (const QString &line : cells) {
        const QStringList parts = line.split(QLatin1Char('|'));
        const int row = parts[1].toInt();
        const int col = parts[2].toInt();
        QAccessibleInterface *cell = tables[parts[0].toInt()]->tableInterface()->cellAt(row, col);
        QVERIFY2(cell, qPrintable(line));
        QCOMPARE(cell->role(), QAccessible::Cell);
        QCOMPARE(cell->tableCellInterface()->rowIndex(), row);
        QCOMPARE(cell->tableCellInterface()->columnIndex(), col);
        QCOMPARE(cell->tableCellInterface()->table(), tables[parts[0].toInt()]);
        const QString expected = parts[3];
        const QString name = cell->text(QAccessible::Name);
        if (expected.endsWith(QLatin1Char('*')))
            QVERIFY2(name.startsWith(expected.chopped(1)), qPrintable(name));
        else
            QCOMPARE(name, expected);
    }
}

// A screen reader's pointer (or magnifier) finds a cell where it is painted.
void TestStageAccessible::cellsFindTheirPlaceOnTheStage()
{
    test::WiredStage wired(defaultLesson().problem);
    QVERIFY(wired.show());
    QAccessibleInterface *stage = QAccessible::queryAccessibleInterface(wired.stage);
    const StageCell target{GridRole::Target, {1, 0}};
    const QRectF painted = stageCellRect(wired.stage->stageLayout(), target);
    const QPoint centre = wired.stage->mapToGlobal(painted.center().toPoint());

    QAccessibleInterface *table = stage->childAt(centre.x(), centre.y());
    QVERIFY(table);
    QCOMPARE(table->text(QAccessible::Name), wired.stage->stageLayout().target.title);
    QAccessibleInterface *cell = table->childAt(centre.x(), centre.y());
    QVERIFY(cell);
    QCOMPARE(cell->tableCellInterface()->rowIndex(), 1);
    QCOMPARE(cell->tableCellInterface()->columnIndex(), 0);
    QVERIFY(cell->rect().contains(centre));
    QCOMPARE(table->indexOfChild(cell), 2); // row-major
    QCOMPARE(table->child(2), cell);
}

// A new problem of another size: the old cells go (they would point past the grid).
void TestStageAccessible::aTableThatChangesShapeDropsItsCells()
{
    test::WiredStage wired(defaultLesson().problem);
    QVERIFY(wired.show());
    QAccessibleInterface *stage = QAccessible::queryAccessibleInterface(wired.stage);
    QAccessibleInterface *output = stage->child(2);
    const QAccessible::Id corner = QAccessible::uniqueId(output->tableInterface()->cellAt(1, 1));
    QVERIFY(QAccessible::accessibleInterface(corner));

    QVERIFY(wired.model.setProblem(withPadding(defaultLesson().problem, 1)));
    QCOMPARE(shapeOf(*output->tableInterface()), QStringLiteral("4×4"));
    QVERIFY(!QAccessible::accessibleInterface(corner)); // dropped, not left dangling
    QVERIFY(output->tableInterface()->cellAt(3, 3));
    QVERIFY(!output->tableInterface()->cellAt(4, 0));
}

void TestStageAccessible::viewsWithoutAKernelHaveNoKernelTable()
{
    test::WiredStage wired(upsampling(Op::UpsampleNearest, test::counting(2, 2), 3));
    wired.model.last(); // copies input (1, 1) into the bottom-right block
    QVERIFY(wired.show());
    auto *stage =
        static_cast<StageAccessible *>(QAccessible::queryAccessibleInterface(wired.stage));
    QVERIFY(stage->grid({GridRole::Source}));
    QVERIFY(!stage->grid({GridRole::Kernel}));
    QCOMPARE(shapeOf(*stage->grid({GridRole::Target})->tableInterface()), QStringLiteral("6×6"));
    QCOMPARE(stage->child(1), stage->grid({GridRole::Target}));
    QCOMPARE(stage->child(1)->tableInterface()->cellAt(5, 5)->text(QAccessible::Name),
             QStringLiteral("Output row 5, column 5: 4, written in this step"));
}

// A step that reads several input channels shows them in rows: each row's input and kernel
// are tables of their own, read with that row's numbers, and the cursor walks through them.
void TestStageAccessible::everyRowOfAChannelStackIsATable()
{
    const Problem problem =
        findBuiltInLesson(QStringLiteral("channels-rgb-to-two"))->lesson.problem;
    test::WiredStage wired(problem);
    wired.model.setStep(3);
    QVERIFY(wired.show());
    QCoreApplication::processEvents();
    const StageLayout &layout = wired.stage->stageLayout();
    QCOMPARE(layout.rows.size(), size_t{3});
    auto *stage =
        static_cast<StageAccessible *>(QAccessible::queryAccessibleInterface(wired.stage));
    QStringList names;
    for (int i = 0; i < 7; ++i)
        names << stage->child(i)->text(QAccessible::Name);
    QCOMPARE(names,
             (QStringList{layout.rows[0].source.title, layout.rows[0].kernel.title,
                          layout.rows[1].source.title, layout.rows[1].kernel.title,
                          layout.rows[2].source.title, layout.rows[2].kernel.title,
                          layout.target.title}));
    for (int row = 0; row < 3; ++row) {
        GridAccessible *input = stage->grid({GridRole::Source, row});
        GridAccessible *kernel = stage->grid({GridRole::Kernel, row});
        QVERIFY(input && kernel);
        const QString value = input->tableInterface()->cellAt(0, 1)->text(QAccessible::Name);
        QVERIFY2(
            value.startsWith(
                QStringLiteral("Input row 0, column 1: %1").arg(inputChannel(problem, row)(0, 1))),
            qPrintable(value));
        const QString weight = kernel->tableInterface()->cellAt(1, 1)->text(QAccessible::Name);
        QVERIFY2(
            weight.startsWith(
                QStringLiteral("Kernel row 1, column 1: %1").arg(weightOf(problem, 0, row)(1, 1))),
            qPrintable(weight));
        // Painted where the row's grid is.
        QCOMPARE(input->tableInterface()->cellAt(0, 1)->rect(),
                 stageToScreen(*wired.stage,
                               layout.rows[static_cast<size_t>(row)].source.cellRect({0, 1})));
    }
    // Right from the first row's kernel goes on to the second row's input.
    const Pair kernel = sizeOf(problem.kernel);
    wired.model.setSelection(StageCell{GridRole::Kernel, {0, kernel.w - 1}, 0});
    wired.stage->setFocus();
    QTest::keyClick(wired.stage, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(wired.model.selection(), (StageCell{GridRole::Source, {0, 0}, 1}));
}

void TestStageAccessible::wordsDoNotChangeWhileAStepAnimates_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<StageCell>("cell");
    QTest::addColumn<QString>("words");
    QTest::newRow("the kernel turns") << Phase::RotateKernel << StageCell{GridRole::Kernel, {0, 0}}
                                      << QStringLiteral("Kernel row 1, column 1, turned 180°: 4");
    QTest::newRow("the padding arrives") << Phase::Pad << StageCell{GridRole::Source, {0, 0}}
                                         << QStringLiteral("Padding at row 0, column 0: 0");
    QTest::newRow("an output cell is computed")
        << Phase::Slide << StageCell{GridRole::Target, {0, 0}}
        << QStringLiteral("Output row 0, column 0, computed in this step: 1 = 0·4 + 0·3 + 0·2 + "
                          "1·1");
}

void TestStageAccessible::wordsDoNotChangeWhileAStepAnimates()
{
    QFETCH(Phase, phase);
    QFETCH(StageCell, cell);
    QFETCH(QString, words);
    const Grid small = test::gridOf({{1, 2}, {3, 4}});
    auto trace = std::make_shared<const Trace>(
        makeTrace(transposed(small, small, 2, 0), View::ZeroInsertion));
    const auto span = std::find_if(trace->phases.begin(), trace->phases.end(),
                                   [&](const PhaseSpan &s) { return s.phase == phase; });
    QVERIFY(span != trace->phases.end() && span->first > 0);
    for (double progress : {0.0, 0.4, 1.0}) {
        const StageFrame frame =
            frameAt(trace, span->first, StageStyle{}, progress, span->first - 1);
        QCOMPARE(stageCellText(frame, cell), words);
    }
}

QTEST_MAIN(TestStageAccessible)
#include "tst_stage_accessible.moc"
