#include "core/conv_matrix.h"
#include "core/counterpart.h"
#include "tests/support/test_support.h"
#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_image.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"
#include "ui/session/playback_model.h"
#include "ui/session/transpose_animation.h"
#include "ui/widgets/matrix_explorer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <memory>
#include <set>

using namespace convstep;

namespace {

const QRectF screen(0, 0, 1920, 1080);

Problem convolution(int side, int kernel = 3)
{
    Problem p;
    p.input = test::counting(side, side);
    p.kernel = Grid(kernel, kernel);
    for (int i = 0; i < kernel * kernel; ++i)
        p.kernel(i / kernel, i % kernel) = (i % 3) - 1 + (i / 3);
    return p;
}

Problem articleExample() // Dumoulin & Visin's 4×4 input, 3×3 kernel: C is 4 × 16
{
    Problem p = convolution(4);
    p.kernel = test::gridOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    return p;
}

std::shared_ptr<const Trace> matrixTrace(const Problem &p)
{
    return std::make_shared<const Trace>(makeTrace(p, View::Matrix));
}

QImage render(const StageFrame &frame, QSize size = {1920, 1080})
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    StageRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), frame);
    return image;
}

std::set<std::pair<int, int>> entriesOf(const std::vector<Mac> &macs, const Trace &trace)
{
    std::set<std::pair<int, int>> entries;
    for (const Mac &mac : macs)
        if (mac.input && mac.out)
            entries.insert({outputIndex(trace, *mac.out), inputIndex(trace, *mac.input)});
    return entries;
}

// The displayed matrix written out, and one entry of it (nullopt where M has none).
Eigen::MatrixXd dense(const MatrixEntries &entries)
{
    Eigen::MatrixXd m = Eigen::MatrixXd::Zero(entries.rows(), entries.cols());
    for (int r = 0; r < entries.rows(); ++r)
        for (const MatrixEntry &e : entries.row(r))
            m(r, e.col) = e.value;
    return m;
}

std::optional<MatrixEntry> entryOf(const MatrixEntries &entries, int row, int col)
{
    for (const MatrixEntry &e : entries.row(row))
        if (e.col == col)
            return e;
    return std::nullopt;
}

// Sum of channel differences: 0 for the same colour.
int distance(QRgb a, QRgb b)
{
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
        + std::abs(qBlue(a) - qBlue(b));
}

QRgb mixed(const QColor &under, const QColor &over, double alpha)
{
    const auto mix = [alpha](int a, int b) { return static_cast<int>(a + (b - a) * alpha); };
    return qRgb(mix(under.red(), over.red()), mix(under.green(), over.green()),
                mix(under.blue(), over.blue()));
}

} // namespace

class TestMatrixView final : public QObject
{
    Q_OBJECT

private slots:
    void eachStepHighlightsItsRow_data();
    void eachStepHighlightsItsRow();
    void highlightedRowIsPainted_data();
    void highlightedRowIsPainted();
    void outputMatchesTheOtherViews_data();
    void outputMatchesTheOtherViews();
    void transposeEndsWithExactlyCTransposed();
    void transposeFromATransposedProblem();
    void hoverLinksEntryToCells();
    void hoverLinksCellsToRowsAndColumns();
    void hitTestingFindsEntriesAndVectors();
    void anEditedKernelIsNotServedFromTheCache();
    void heatMapAboveTheThreshold_data();
    void heatMapAboveTheThreshold();
    void explorerHoldsTheWholeMatrix();
    void titlesStayApartAndOnTheStage_data();
    void titlesStayApartAndOnTheStage();
};

void TestMatrixView::eachStepHighlightsItsRow_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::newRow("conv 4×4") << articleExample();
    Problem strided = convolution(5);
    strided.stride = {2, 2};
    strided.padding = {1, 1};
    QTest::newRow("conv 5×5, stride 2, pad 1") << strided;
    QTest::newRow("transposed") << *transposedCounterpart(strided);
}

// Step r is row r of the displayed matrix: its products are exactly that row's non-zeros,
// each with its kernel element, and it writes output r.
void TestMatrixView::eachStepHighlightsItsRow()
{
    QFETCH(Problem, problem);
    const auto trace = matrixTrace(problem);
    const auto entries = matrixEntriesFor(trace);
    QCOMPARE(entries->rows(), trace->geometry.rows.out * trace->geometry.cols.out);
    QCOMPARE(entries->cols(), static_cast<int>(problem.input.size()));
    QCOMPARE(trace->stepCount, entries->rows());
    const int kernelCols = static_cast<int>(problem.kernel.cols());
    for (int r = 0; r < trace->stepCount; ++r) {
        const StageFrame frame = frameAt(trace, r, StageStyle{});
        QVERIFY(frame.step.focus);
        QCOMPARE(outputIndex(*trace, *frame.step.focus), r);
        std::map<int, int> expected; // column → kernel element
        for (const MatrixEntry &e : entries->row(r))
            expected[e.col] = e.element;
        std::map<int, int> shown;
        for (const Mac &mac : frame.step.macs)
            shown[inputIndex(*trace, *mac.input)] = mac.kernel.row * kernelCols + mac.kernel.col;
        QCOMPARE(shown, expected);
    }
    const StageLayout layout = layoutStage(screen, frameAt(trace, 0, StageStyle{}));
    QVERIFY(layout.matrix);
    QCOMPARE(layout.matrix->matrix.rows, entries->rows());
    QCOMPARE(layout.matrix->matrix.cols, entries->cols());
    QCOMPARE(layout.matrix->input.rows, entries->cols());
    QCOMPARE(layout.matrix->output.rows, entries->rows());
}

void TestMatrixView::highlightedRowIsPainted_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<bool>("numbers");
    QTest::newRow("numbers, 4×4") << articleExample() << true;
    QTest::newRow("heat map, 16×16") << convolution(16) << false;
}

// A pixel probe: a zero entry of the current row is tinted with the focus colour, the same
// entry one row down is not.
void TestMatrixView::highlightedRowIsPainted()
{
    QFETCH(Problem, problem);
    QFETCH(bool, numbers);
    const auto trace = matrixTrace(problem);
    const int step = 1;
    const StageFrame frame = frameAt(trace, step, StageStyle{});
    const StageLayout layout = layoutStage(screen, frame);
    const MatrixLayout &m = *layout.matrix;
    QCOMPARE(m.numbers, numbers);
    const QImage image = render(frame);
    const auto entries = matrixEntriesFor(trace);
    const int last = entries->cols() - 1; // zero in rows 1 and 2 of these matrices
    QVERIFY(!entryOf(*entries, step, last));
    QVERIFY(!entryOf(*entries, step + 1, last));
    const StagePalette palette = paletteFor(Theme::Light);
    const auto probe = [&](int row) {
        const QRectF rect = m.matrix.entryRect({row, last});
        // Off the entry's centred "0" and its border.
        return image.pixel(QPointF(rect.left() + rect.width() * 0.25,
                                   rect.top() + rect.height() * (numbers ? 0.78 : 0.5))
                               .toPoint());
    };
    const QColor zero = numbers ? palette.cell : palette.padding;
    QVERIFY(distance(probe(step + 1), zero.rgb()) <= 3);
    if (numbers) { // the band's tint
        const QRgb lit = mixed(zero, palette.focus, 0.16);
        QVERIFY2(distance(probe(step), lit) <= 9,
                 qPrintable(QColor(probe(step)).name() + " ≠ " + QColor(lit).name()));
    } else { // a heat-map row is thinner than the band's outline
        QVERIFY2(distance(probe(step), palette.focus.rgb())
                     < distance(zero.rgb(), palette.focus.rgb()) / 3,
                 qPrintable(QColor(probe(step)).name()));
    }
}

void TestMatrixView::outputMatchesTheOtherViews_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::newRow("conv") << articleExample();
    Problem padded = convolution(6);
    padded.stride = {2, 2};
    padded.padding = {1, 1};
    padded.bias = 0.5;
    QTest::newRow("conv, stride 2, pad 1, bias") << padded;
    QTest::newRow("its transpose") << *transposedCounterpart(padded);
}

// The y the matrix view builds step by step is the output the other views build.
void TestMatrixView::outputMatchesTheOtherViews()
{
    QFETCH(Problem, problem);
    const auto trace = matrixTrace(problem);
    const StageFrame last = frameAt(trace, trace->stepCount - 1, StageStyle{});
    QVERIFY(last.after->written.all());
    CONVSTEP_COMPARE_GRIDS(last.after->values, makeTrace(problem, View::Direct).output, 1e-12);
    if (problem.op == Op::ConvTranspose2d)
        CONVSTEP_COMPARE_GRIDS(last.after->values, makeTrace(problem, View::ZeroInsertion).output,
                               1e-12);
    // And it is M·x + bias, with M the matrix on screen.
    const auto entries = matrixEntriesFor(trace);
    QCOMPARE(dense(*entries), Eigen::MatrixXd(viewMatrix(problem).c));
    const Eigen::VectorXd y = dense(*entries) * problem.input.reshaped<Eigen::RowMajor>()
        + Eigen::VectorXd::Constant(entries->rows(), problem.bias);
    QVERIFY((last.after->values.reshaped<Eigen::RowMajor>() - y).cwiseAbs().maxCoeff() < 1e-12);
}

// T on a convolution: the lesson becomes the transposed problem with the same C, its matrix
// turns from C into Cᵀ, and once the animation ends the stage shows exactly Cᵀ.
void TestMatrixView::transposeEndsWithExactlyCTransposed()
{
    const Problem conv = articleExample();
    const ConvMatrix c = convolutionMatrix(conv);
    PlaybackModel model;
    model.setAnimated(false);
    QVERIFY(model.setProblem(*transposedCounterpart(conv)));
    QVERIFY(model.setView(View::Matrix));
    TransposeAnimation animation(&model);
    animation.setPlaysAfter(false);
    std::vector<double> turns;
    connect(&model, &PlaybackModel::frameChanged, this,
            [&] { turns.push_back(model.frame().transpose); });
    animation.start();
    QVERIFY(animation.isRunning());
    QCOMPARE(model.frame().transpose, 0.0);

    // At the start, entry (i, j) of Cᵀ sits where C(j, i) does in a 4 × 16 C.
    const StageLayout start = layoutStage(screen, model.frame());
    const MatrixLayout &m0 = *start.matrix;
    QCOMPARE(m0.matrix.rows, 16);
    QCOMPARE(m0.matrix.cols, 4);
    QCOMPARE(m0.slot.size(), QSizeF(16 * m0.entry, 4 * m0.entry));
    for (int i = 0; i < 16; ++i)
        for (int j = 0; j < 4; ++j) {
            const QPointF at = m0.entryRect({i, j}).topLeft();
            QVERIFY(std::abs(at.x() - (m0.slot.left() + i * m0.entry)) < 1e-9);
            QVERIFY(std::abs(at.y() - (m0.slot.top() + j * m0.entry)) < 1e-9);
        }

    QTRY_VERIFY_WITH_TIMEOUT(!animation.isRunning(), 3000);
    QVERIFY(turns.size() >= 20); // about 60 frames a second over the second
    QVERIFY(std::any_of(turns.begin(), turns.end(), [](double t) { return t > 0.2 && t < 0.8; }));
    QVERIFY(std::is_sorted(turns.begin(), turns.end()));
    QCOMPARE(model.frame().transpose, 1.0);
    QCOMPARE(model.step(), 0);

    // Exactly Cᵀ: the entries on screen are C's, transposed, each at its own (i, j).
    const StageFrame end = model.frame();
    const auto entries = matrixEntriesFor(end.trace);
    const SparseMatrix expected = c.c.transpose();
    QCOMPARE(entries->rows(), 16);
    QCOMPARE(entries->cols(), 4);
    QCOMPARE(dense(*entries), Eigen::MatrixXd(expected));
    const StageLayout layout = layoutStage(screen, end);
    const MatrixLayout &m = *layout.matrix;
    QCOMPARE(m.turn, 1.0);
    QCOMPARE(m.slot, m.matrix.rect);
    for (int i = 0; i < 16; ++i)
        for (int j = 0; j < 4; ++j)
            QCOMPARE(m.entryRect({i, j}), m.matrix.entryRect({i, j}));
    // And the picture is the matrix view's own, pixel for pixel.
    QCOMPARE(render(end), render(frameAt(end.trace, 0, StageStyle{})));
}

void TestMatrixView::transposeFromATransposedProblem()
{
    Problem conv = convolution(5);
    conv.stride = {2, 2};
    const Problem transposed = *transposedCounterpart(conv);
    PlaybackModel model;
    QVERIFY(model.setProblem(transposed));
    QVERIFY(model.setView(View::Matrix));
    TransposeAnimation animation(&model);
    animation.setDuration(200);
    animation.setPlaysAfter(false);
    animation.start();
    const StageFrame frame = model.frame();
    QCOMPARE(frame.trace->problem.op, Op::ConvTranspose2d);
    QCOMPARE(frame.transpose, 0.0);
    QCOMPARE(render(frame).isNull(), false);
    // A new problem part-way stops the turn; the new trace is shown turned.
    conv.bias = 1;
    QVERIFY(model.setProblem(*transposedCounterpart(conv)));
    QCOMPARE(model.frame().transpose, 1.0);
    QVERIFY(!animation.isRunning());
}

void TestMatrixView::hoverLinksEntryToCells()
{
    const Problem p = articleExample();
    const auto trace = matrixTrace(p);
    const StageFrame frame = frameAt(trace, 0, StageStyle{});
    // C(1, 6): output (0, 1) takes input (1, 2) through kernel (1, 1).
    const auto links = linksOf(frame, {GridRole::MatrixEntry, {1, 6}});
    QCOMPARE(links.size(), size_t(1));
    QCOMPARE(*links[0].input, (Cell{1, 2}));
    QCOMPARE(links[0].kernel, (Cell{1, 1}));
    QCOMPARE(*links[0].out, (Cell{0, 1}));
    QCOMPARE(links[0].weight, 5.0);
    QVERIFY(linksOf(frame, {GridRole::MatrixEntry, {0, 15}}).empty()); // a zero links nothing
    QVERIFY(matrixCellText(frame, {GridRole::MatrixEntry, {1, 6}})
                .startsWith("C[1, 6] = 5, kernel (1, 1)"));
    QVERIFY(matrixCellText(frame, {GridRole::MatrixEntry, {0, 15}}).startsWith("C[0, 15] = 0"));
    QCOMPARE(matrixCellText(frame, {GridRole::InputVector, {6, 0}}), "x[6] = input (1, 2) = 7");

    // The painted stage marks the input, kernel and output cells and the x and y entries.
    StageFrame hovered = frame;
    hovered.hover = StageCell{GridRole::MatrixEntry, {1, 6}};
    hovered.links = links;
    const QImage image = render(hovered);
    const StageLayout layout = layoutStage(screen, hovered);
    const QColor link = paletteFor(Theme::Light).link;
    const auto edge = [&](const QRectF &rect) {
        return image.pixel(QPointF(rect.left() + 1.5, rect.center().y()).toPoint());
    };
    for (const QRectF &rect :
         {layout.source.cellRect({1, 2}), layout.kernel.cellRect({1, 1}),
          layout.target.cellRect({0, 1}), layout.matrix->input.entryRect({6, 0}),
          layout.matrix->output.entryRect({1, 0})})
        QVERIFY2(distance(edge(rect), link.rgb()) < 40, qPrintable(QColor(edge(rect)).name()));
}

void TestMatrixView::hoverLinksCellsToRowsAndColumns()
{
    const Problem p = articleExample();
    const auto trace = matrixTrace(p);
    const auto entries = matrixEntriesFor(trace);
    const StageFrame frame = frameAt(trace, 0, StageStyle{});
    const auto column = [&](int c) {
        std::set<std::pair<int, int>> set;
        for (int r = 0; r < entries->rows(); ++r)
            if (entryOf(*entries, r, c))
                set.insert({r, c});
        return set;
    };
    const auto row = [&](int r) {
        std::set<std::pair<int, int>> set;
        for (const MatrixEntry &e : entries->row(r))
            set.insert({r, e.col});
        return set;
    };
    // An input cell and x entry: the column; an output cell and y entry: the row.
    QCOMPARE(entriesOf(linksOf(frame, {GridRole::Source, {1, 1}}), *trace), column(5));
    QCOMPARE(entriesOf(linksOf(frame, {GridRole::InputVector, {5, 0}}), *trace), column(5));
    QCOMPARE(column(5).size(), size_t(4));
    QCOMPARE(entriesOf(linksOf(frame, {GridRole::Target, {1, 0}}), *trace), row(2));
    QCOMPARE(entriesOf(linksOf(frame, {GridRole::OutputVector, {2, 0}}), *trace), row(2));
    QCOMPARE(row(2).size(), size_t(9));
    // A kernel cell: every entry holding that element, one per row.
    const auto kernel = entriesOf(linksOf(frame, {GridRole::Kernel, {0, 2}}), *trace);
    QCOMPARE(kernel.size(), size_t(4));
    for (const auto &[r, c] : kernel)
        QCOMPARE(entryOf(*entries, r, c)->element, 2);
}

void TestMatrixView::hitTestingFindsEntriesAndVectors()
{
    const auto trace = matrixTrace(articleExample());
    const StageFrame frame = frameAt(trace, 0, StageStyle{});
    const StageLayout layout = layoutStage(screen, frame);
    const MatrixLayout &m = *layout.matrix;
    QCOMPARE(layout.hitTest(m.matrix.entryRect({2, 7}).center()),
             std::optional<StageCell>({GridRole::MatrixEntry, {2, 7}}));
    QCOMPARE(layout.hitTest(m.input.entryRect({11, 0}).center()),
             std::optional<StageCell>({GridRole::InputVector, {11, 0}}));
    QCOMPARE(layout.hitTest(m.output.entryRect({3, 0}).center()),
             std::optional<StageCell>({GridRole::OutputVector, {3, 0}}));
    QCOMPARE(layout.hitTest(layout.source.cellRect({3, 3}).center()),
             std::optional<StageCell>({GridRole::Source, {3, 3}}));
    QCOMPARE(layout.hitTest(layout.target.cellRect({1, 1}).center()),
             std::optional<StageCell>({GridRole::Target, {1, 1}}));
    // Nothing overlaps: every box is clear of the others.
    const std::vector<QRectF> boxes{layout.source.rect(), layout.kernel.rect(),
                                    layout.target.rect(), m.matrix.rect,
                                    m.input.rect,         m.output.rect};
    for (size_t a = 0; a < boxes.size(); ++a) {
        QVERIFY(screen.contains(boxes[a]));
        for (size_t b = a + 1; b < boxes.size(); ++b)
            QVERIFY(!boxes[a].intersects(boxes[b]));
    }
}

// The matrix and its heat map are cached per trace, never per address or per shape.
void TestMatrixView::anEditedKernelIsNotServedFromTheCache()
{
    Problem p = convolution(16);
    const auto before = matrixTrace(p);
    const QImage first = render(frameAt(before, 0, StageStyle{}));
    QCOMPARE(matrixEntriesFor(before)->row(0).front().value, p.kernel(0, 0));
    p.kernel(0, 0) = 42;
    const auto after = matrixTrace(p);
    QCOMPARE(matrixEntriesFor(after)->row(0).front().value, 42.0);
    QCOMPARE(matrixEntriesFor(before)->row(0).front().value, -1.0);
    QVERIFY(render(frameAt(after, 0, StageStyle{})) != first);
}

void TestMatrixView::heatMapAboveTheThreshold_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<bool>("numbers");
    QTest::addColumn<bool>("windowed");
    QTest::newRow("4×4: C 4 × 16") << 4 << true << false;
    QTest::newRow("6×6: C 16 × 36") << 6 << true << false;
    QTest::newRow("8×8: C 36 × 64") << 8 << true << false;
    QTest::newRow("12×12: C 100 × 144") << 12 << true << true;
    QTest::newRow("16×16: C 196 × 256") << 16 << false << false;
    QTest::newRow("64×64: C 3844 × 4096") << 64 << false << false;
    QTest::newRow("512×512: C 260100 × 262144") << 512 << false << false;
}

// Numbers for the whole of C while its entries can be 14 pixels; a window onto it, following
// the step, while the window still shows a third of C each way; beyond that a heat map.
void TestMatrixView::heatMapAboveTheThreshold()
{
    QFETCH(int, side);
    QFETCH(bool, numbers);
    QFETCH(bool, windowed);
    const auto trace = matrixTrace(convolution(side));
    const int step = trace->stepCount / 2;
    const StageLayout layout = layoutStage(screen, frameAt(trace, step, StageStyle{}));
    const MatrixLayout &m = *layout.matrix;
    QCOMPARE(m.numbers, numbers);
    QCOMPARE(m.entry >= matrixNumberPixels, numbers);
    QCOMPARE(m.matrix.windowed(), windowed);
    const int side2 = (side - 2) * (side - 2);
    QCOMPARE(m.matrix.rows, side2);
    QCOMPARE(m.matrix.cols, side * side);
    QVERIFY(screen.contains(m.matrix.rect));
    if (!windowed)
        return;
    // The window holds the step's row and all its non-zeros; x and y show the same window.
    QVERIFY(m.matrix.shownRows * 3 >= m.matrix.rows && m.matrix.shownCols * 3 >= m.matrix.cols);
    const auto entries = matrixEntriesFor(trace);
    for (const MatrixEntry &e : entries->row(step))
        QVERIFY(m.matrix.rect.contains(m.matrix.entryRect({step, e.col}).center()));
    QCOMPARE(m.input.firstRow, m.matrix.firstCol);
    QCOMPARE(m.input.shownRows, m.matrix.shownCols);
    QCOMPARE(m.output.firstRow, m.matrix.firstRow);
    QCOMPARE(m.output.shownRows, m.matrix.shownRows);
}

// The explorer for a 64×64 input: all of C's 3844 × 4096 entries, binned to the screen when
// zoomed out, one cell per entry when zoomed in, the step's row and the links marked.
void TestMatrixView::explorerHoldsTheWholeMatrix()
{
    const Problem p = convolution(64);
    const auto trace = matrixTrace(p);
    const ConvMatrix c = convolutionMatrix(p);
    MatrixExplorer explorer;
    explorer.resize(900, 700);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    StageFrame frame = frameAt(trace, 70, StageStyle{});
    explorer.setFrame(frame);
    QCOMPARE(explorer.matrixRows(), 3844);
    QCOMPARE(explorer.matrixCols(), 4096);
    QCOMPARE(explorer.highlightedRow(), 70);
    const QSize binned = explorer.mapCells();
    QVERIFY(binned.width() >= 64 && binned.width() < 900);
    QVERIFY(binned.height() >= 64 && binned.height() < 700);
    QVERIFY(std::abs(explorer.mapCellCentre(0, 0).x()) < 4096.0 / binned.width());

    explorer.showRange(60, 69, 120, 129);
    QCOMPARE(explorer.mapCells(), QSize(10, 10));
    for (int k = 0; k < 10; ++k)
        for (int v = 0; v < 10; ++v) {
            QCOMPARE(explorer.mapCellCentre(k, v), QPointF(120 + k, 60 + v));
            const double entry = c.c.coeff(60 + v, 120 + k);
            const double shown = explorer.mapValue(k, v);
            if (entry == 0.0 && c.taps.coeff(60 + v, 120 + k) == 0)
                QVERIFY(std::isnan(shown));
            else
                QCOMPARE(shown, entry);
        }

    frame.hover = StageCell{GridRole::Source, {10, 10}};
    frame.links = linksOf(frame, *frame.hover);
    explorer.setFrame(frame);
    QCOMPARE(explorer.markedLinks(), 9);
}

void TestMatrixView::titlesStayApartAndOnTheStage_data()
{
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QSizeF>("size");
    Problem strided = convolution(5);
    strided.stride = {2, 2};
    strided.padding = {1, 1};
    Problem tall = convolution(3);
    tall.input = test::counting(12, 2);
    tall.kernel = test::gridOf({{1}, {2}});
    // 482×418 is the stage of a 1024×600 window, 400×260 the least it is given.
    for (const QSizeF size :
         {QSizeF(1920, 1080), QSizeF(1280, 800), QSizeF(800, 600), QSizeF(615, 580),
          QSizeF(482, 418), QSizeF(480, 360), QSizeF(400, 260)}) {
        const QByteArray at =
            QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::newRow("article, " + at) << articleExample() << size;
        QTest::newRow("strided, " + at) << strided << size;
        QTest::newRow("transposed, " + at) << *transposedCounterpart(strided) << size;
        QTest::newRow("12×2 input, " + at) << tall << size;
        QTest::newRow("16×16, " + at) << convolution(16) << size;
    }
}

// Every title of the view is placed, apart from the others and from the boxes, on the stage;
// a title that is too wide for its place takes its brief form, never an elided one.
void TestMatrixView::titlesStayApartAndOnTheStage()
{
    QFETCH(Problem, problem);
    QFETCH(QSizeF, size);
    const auto trace = matrixTrace(problem);
    const QRectF area(QPointF(0, 0), size);
    const StageLayout layout = layoutStage(area, frameAt(trace, 0, {}));
    const auto &titles = layout.matrix->titles;
    for (size_t a = 0; a < titles.size(); ++a) {
        QVERIFY2(area.contains(titles[a].rect), qPrintable(titles[a].text));
        QVERIFY(!titles[a].text.endsWith(QChar(0x2026)));
        for (size_t b = a + 1; b < titles.size(); ++b)
            QVERIFY2(!titles[a].rect.intersects(titles[b].rect),
                     qPrintable(titles[a].text + " meets " + titles[b].text));
    }
    // M's title and y's are always there.
    const auto named = [&](const QString &start) {
        return std::any_of(titles.begin(), titles.end(),
                           [&](const MatrixTitle &t) { return t.text.startsWith(start); });
    };
    QVERIFY(named(QStringLiteral("C")));
    QVERIFY(named(QStringLiteral("y")));
}

QTEST_MAIN(TestMatrixView)
#include "tst_matrix_view.moc"
