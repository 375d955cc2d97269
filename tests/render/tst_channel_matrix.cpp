#include "core/channels.h"
#include "core/conv_matrix.h"
#include "core/step_channels.h"
#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_image.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/matrix_scene.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"

#include <QTest>

#include <memory>
#include <set>

using namespace convstep;

namespace {

// The stage of the first-run window (1360×820) and of a 1024×600 one.
const QRectF firstRun(0, 0, 700, 600);
const QRectF small(0, 0, 430, 420);

// Part `part` of a built-in lesson (lesson 31 is a sequence: conv2d, then conv_transpose2d).
Problem problemOf(const QString &id, int part)
{
    const CatalogEntry *entry = findBuiltInLesson(id);
    return entry ? entry->file.lessons.at(static_cast<size_t>(part)).problem : Problem{};
}

std::shared_ptr<const Trace> matrixTrace(const Problem &problem)
{
    return std::make_shared<const Trace>(makeTrace(problem, View::Matrix));
}

void addLessons()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("part");
    QTest::addColumn<int>("rows"); // C_out·Ho·Wo
    QTest::addColumn<int>("cols"); // C_in·H·W

    // Lesson 26: 3 channels of 4×4 to 2 of 3×3. Lesson 28: 4 of 3×3 to 2 of 2×2 in 2 groups.
    // Lesson 29: depthwise, 3 of 4×4 to 3 of 2×2. Lesson 31: 3 of 3×3 to 2 of 2×2, then the
    // transposed convolution with the same weight from 2 of 2×2 back to 3 of 3×3.
    QTest::newRow("rgb to two") << "channels-rgb-to-two" << 0 << 18 << 48;
    QTest::newRow("grouped") << "channels-grouped" << 0 << 8 << 36;
    QTest::newRow("depthwise") << "channels-depthwise" << 0 << 12 << 48;
    QTest::newRow("weight layout, C") << "channels-transpose-weight-layout" << 0 << 8 << 27;
    QTest::newRow("weight layout, Cᵀ") << "channels-transpose-weight-layout" << 1 << 27 << 8;
}

} // namespace

// The matrix view of a channel problem shows the whole layer's matrix: every output channel's
// rows, every input channel's columns, blocks outside a group empty.
class TestChannelMatrix final : public QObject
{
    Q_OBJECT

private slots:
    void entriesAreTheLayersMatrix_data() { addLessons(); }
    void entriesAreTheLayersMatrix();
    void layoutHoldsTheWholeMatrix_data() { addLessons(); }
    void layoutHoldsTheWholeMatrix();
    void titlesStayApartWhenSmall_data() { addLessons(); }
    void titlesStayApartWhenSmall();
    void blockLabelsNameTheWeightSlices_data();
    void blockLabelsNameTheWeightSlices();
    void entriesNameTheirChannels_data();
    void entriesNameTheirChannels();
    void linksFollowTheChannels_data() { addLessons(); }
    void linksFollowTheChannels();
};

// Every entry, zero-valued weights included, is core's viewMatrix entry with its element.
void TestChannelMatrix::entriesAreTheLayersMatrix()
{
    QFETCH(QString, id);
    QFETCH(int, part);
    QFETCH(int, rows);
    QFETCH(int, cols);
    const Problem problem = problemOf(id, part);
    QVERIFY(hasChannels(problem));
    const MatrixEntries entries(problem);
    const ConvMatrix core = viewMatrix(problem);
    QCOMPARE(entries.rows(), rows);
    QCOMPARE(entries.cols(), cols);
    QCOMPARE(core.c.rows(), rows);
    QCOMPARE(core.c.cols(), cols);
    QCOMPARE(entries.nonZeros(), static_cast<long long>(core.c.nonZeros()));
    const int kernelCells = static_cast<int>(problem.kernel.size());
    for (int r = 0; r < rows; ++r) {
        const std::vector<MatrixEntry> row = entries.row(r);
        QCOMPARE(static_cast<long long>(row.size()), core.c.row(r).nonZeros());
        QCOMPARE(entries.rowLength(r), static_cast<int>(row.size()));
        for (const MatrixEntry &e : row) {
            QCOMPARE(e.value, core.c.coeff(r, e.col));
            QCOMPARE(e.element, core.taps.coeff(r, e.col) % kernelCells);
        }
    }
}

// The layout's M is the whole matrix with numbers, its title "C  18 × 48" (no block of it),
// and a strip for the block labels above the column indices.
void TestChannelMatrix::layoutHoldsTheWholeMatrix()
{
    QFETCH(QString, id);
    QFETCH(int, part);
    QFETCH(int, rows);
    QFETCH(int, cols);
    const Problem problem = problemOf(id, part);
    const auto trace = matrixTrace(problem);
    const StageLayout layout = layoutStage(firstRun, frameAt(trace, trace->stepCount - 1, {}));
    QVERIFY(layout.matrix);
    const MatrixLayout &m = *layout.matrix;
    QCOMPARE(m.matrix.rows, rows);
    QCOMPARE(m.matrix.cols, cols);
    QCOMPARE(m.input.rows, cols);
    QCOMPARE(m.output.rows, rows);
    QVERIFY(m.numbers);
    QVERIFY(m.entry >= matrixNumberPixels);
    QVERIFY(m.blockLabel > 0.0);
    const QString name = problem.op == Op::ConvTranspose2d ? QStringLiteral("Cᵀ") : "C";
    const QString sized = QStringLiteral("%1  %2 × %3").arg(name).arg(rows).arg(cols);
    bool titled = false;
    for (const MatrixTitle &title : m.titles) {
        QVERIFY2(!title.text.contains("block ("), qPrintable(title.text));
        titled |= title.text.startsWith(sized);
    }
    QVERIFY(titled);
    // The window of numbers (if M is windowed) holds the last step's row whole.
    const auto span = matrixEntriesFor(trace)->rowSpan(rows - 1);
    QVERIFY(span);
    QVERIFY(m.matrix.shows({rows - 1, span->first}));
    QVERIFY(m.matrix.shows({rows - 1, span->second}));
}

// On a 1024×600 window's stage every title stays on the stage and apart from the others and
// from the block labels' strips.
void TestChannelMatrix::titlesStayApartWhenSmall()
{
    QFETCH(QString, id);
    QFETCH(int, part);
    const auto trace = matrixTrace(problemOf(id, part));
    const StageLayout layout = layoutStage(small, frameAt(trace, trace->stepCount / 2, {}));
    QVERIFY(layout.matrix);
    const MatrixLayout &m = *layout.matrix;
    const QRectF labels =
        m.slot.adjusted(-m.indexWidth - m.blockLabel, -m.indexHeight - m.blockLabel, 0, 0);
    QVERIFY(!m.titles.empty());
    for (size_t i = 0; i < m.titles.size(); ++i) {
        const QRectF title = m.titles[i].rect;
        QVERIFY2(small.contains(title), qPrintable(m.titles[i].text));
        QVERIFY2(!title.intersects(labels), qPrintable(m.titles[i].text));
        for (size_t j = i + 1; j < m.titles.size(); ++j)
            QVERIFY(!title.intersects(m.titles[j].rect));
    }
}

void TestChannelMatrix::blockLabelsNameTheWeightSlices_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("part");
    QTest::addColumn<bool>("row"); // a row block (output channel) or a column block
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("label"); // the full form

    // conv2d's weight is (out, in/groups, kh, kw): rows W[o, :], columns W[:, i mod in/groups].
    QTest::newRow("rgb to two, out 1")
        << "channels-rgb-to-two" << 0 << true << 1 << "out 1 · W[1, :]";
    QTest::newRow("rgb to two, in 2")
        << "channels-rgb-to-two" << 0 << false << 2 << "in 2 · W[:, 2]";
    QTest::newRow("grouped, in 3") << "channels-grouped" << 0 << false << 3 << "in 3 · W[:, 1]";
    QTest::newRow("depthwise, in 2") << "channels-depthwise" << 0 << false << 2 << "in 2 · W[:, 0]";
    QTest::newRow("depthwise, out 2")
        << "channels-depthwise" << 0 << true << 2 << "out 2 · W[2, :]";
    // conv_transpose2d's is (in, out/groups, kh, kw): block (out o, in i) of Cᵀ holds W[i, o].
    QTest::newRow("Cᵀ, out 1") << "channels-transpose-weight-layout" << 1 << true << 1
                               << "out 1 · W[:, 1]";
    QTest::newRow("Cᵀ, in 1") << "channels-transpose-weight-layout" << 1 << false << 1
                              << "in 1 · W[1, :]";
}

void TestChannelMatrix::blockLabelsNameTheWeightSlices()
{
    QFETCH(QString, id);
    QFETCH(int, part);
    QFETCH(bool, row);
    QFETCH(int, channel);
    QFETCH(QString, label);
    const QStringList forms = detail::blockLabelForms(problemOf(id, part), row, channel);
    QCOMPARE(forms.front(), label);
    QCOMPARE(forms.back(), QString::number(channel));
}

void TestChannelMatrix::entriesNameTheirChannels_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("part");
    QTest::addColumn<Cell>("entry"); // global row and column of M
    QTest::addColumn<QString>("text");

    // Row 9 is output channel 1's first cell; column 16 input channel 1's.
    QTest::newRow("rgb to two, block (1, 1)")
        << "channels-rgb-to-two" << 0 << Cell{9, 16}
        << "C[9, 16] = 1, kernel W[1, 1] (0, 0)\noutput (1, 0, 0) += kernel W[1, 1] (0, 0) · "
           "input (1, 0, 0) = 1 · 0";
    // Output channel 0 (rows 0–3) reads input channels 0 and 1 (columns 0–17) only.
    QTest::newRow("grouped, outside the group")
        << "channels-grouped" << 0 << Cell{1, 20}
        << "C[1, 20] = 0: input channel 2 is not in the group of output channel 0";
    // Block (out 2, in 1) of Cᵀ holds W[1, 2]: output (2, 0, 0) gathers input (1, 0, 0) only.
    QTest::newRow("Cᵀ, block (2, 1)")
        << "channels-transpose-weight-layout" << 1 << Cell{18, 4}
        << "Cᵀ[18, 4] = 1, kernel W[1, 2] (0, 0)\noutput (2, 0, 0) += kernel W[1, 2] (0, 0) · "
           "input (1, 0, 0) = 1 · 5";
}

// Under the pointer, an entry of M is its global row and column, and its tooltip names the
// channels and the 4-D weight.
void TestChannelMatrix::entriesNameTheirChannels()
{
    QFETCH(QString, id);
    QFETCH(int, part);
    QFETCH(Cell, entry);
    QFETCH(QString, text);
    const auto trace = matrixTrace(problemOf(id, part));
    const StageFrame frame = frameAt(trace, entry.row, {});
    const StageLayout layout = layoutStage(firstRun, frame);
    QVERIFY(layout.matrix);
    const QRectF rect = layout.matrix->entryRect(entry);
    QVERIFY(layout.matrix->matrix.rect.contains(rect.center()));
    const auto hit = hitTestMatrix(*layout.matrix, rect.center());
    QVERIFY(hit);
    QCOMPARE(hit->role, GridRole::MatrixEntry);
    QCOMPARE(hit->cell, entry);
    QCOMPARE(matrixCellText(frame, *hit), text);
}

// Hovering x's entry k links the products of column k of M, in every output channel of its
// group; hovering the kernel grid links its element's products in the pair in front.
void TestChannelMatrix::linksFollowTheChannels()
{
    QFETCH(QString, id);
    QFETCH(int, part);
    QFETCH(int, rows);
    QFETCH(int, cols);
    const Problem problem = problemOf(id, part);
    const auto trace = matrixTrace(problem);
    const ConvMatrix core = viewMatrix(problem);
    const StageFrame frame = frameAt(trace, rows - 1, {});
    for (int col = 0; col < cols; ++col) {
        std::set<int> linked;
        for (const Mac &mac : matrixLinksOf(frame, {GridRole::InputVector, {col, 0}})) {
            QCOMPARE(macColumn(*trace, mac), col);
            linked.insert(macRow(*trace, mac));
        }
        std::set<int> expected;
        for (int r = 0; r < rows; ++r)
            for (SparseTaps::InnerIterator it(core.taps, r); it; ++it)
                if (it.col() == col)
                    expected.insert(r);
        QCOMPARE(linked, expected);
    }
    const StepChannels front = stepChannels(*trace, frame.step);
    const std::vector<Mac> kernel = matrixLinksOf(frame, {GridRole::Kernel, {0, 1}});
    QVERIFY(!kernel.empty());
    for (const Mac &mac : kernel) {
        QCOMPARE(*mac.inChannel, front.in);
        QCOMPARE(*mac.outChannel, front.out);
        QCOMPARE(mac.kernel, (Cell{0, 1}));
    }
}

QTEST_MAIN(TestChannelMatrix)
#include "tst_channel_matrix.moc"
