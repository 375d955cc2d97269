#include "core/conv_matrix.h"
#include "tests/support/test_support.h"
#include "ui/render/stage_frame.h"
#include "ui/widgets/matrix_explorer.h"

#include <QImage>
#include <QTest>

using namespace convstep;

// The explorer's heat map draws every entry as a whole cell, the first and last columns and
// rows included.
class TestMatrixExplorer final : public QObject
{
    Q_OBJECT

private slots:
    void edgeCellsAreFullWidth_data();
    void edgeCellsAreFullWidth();
};

void TestMatrixExplorer::edgeCellsAreFullWidth_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");
    QTest::addColumn<int>("dx"); // which way the cell's outer edge is
    QTest::addColumn<int>("dy");
    QTest::newRow("first column") << 0 << 0 << -1 << 0;
    QTest::newRow("last column") << 3 << 15 << 1 << 0;
    QTest::newRow("first row") << 0 << 0 << 0 << -1;
    QTest::newRow("last row") << 3 << 15 << 0 << 1;
}

void TestMatrixExplorer::edgeCellsAreFullWidth()
{
    QFETCH(int, row);
    QFETCH(int, col);
    QFETCH(int, dx);
    QFETCH(int, dy);
    // The article's C: 4 × 16, with the kernel's weights (none of them zero) in every row.
    Problem p;
    p.input = test::counting(4, 4);
    p.kernel = test::gridOf({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
    QVERIFY(convolutionMatrix(p).c.coeff(row, col) != 0.0);
    const auto trace = std::make_shared<const Trace>(makeTrace(p, View::Matrix));
    MatrixExplorer explorer;
    explorer.resize(900, 500);
    explorer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&explorer));
    explorer.setFrame(frameAt(trace, 0, StageStyle{}));
    explorer.resetZoom();
    QCOMPARE(explorer.mapCells(), QSize(16, 4));

    const QImage image = explorer.plotWidget()->grab().toImage();
    const QPoint centre = explorer.pixelOf(row, col);
    const QPoint next = explorer.pixelOf(row + (dy ? -dy : 0), col + (dx ? -dx : 0));
    const int side = std::max(std::abs(next.x() - centre.x()), std::abs(next.y() - centre.y()));
    QVERIFY(side > 10);
    // Three tenths of a cell out from the centre, towards the edge of the map: still the cell.
    const QPoint outer = centre + QPoint(dx, dy) * (side * 3 / 10);
    QCOMPARE(image.pixelColor(outer), image.pixelColor(centre));
}

QTEST_MAIN(TestMatrixExplorer)
#include "tst_matrix_explorer.moc"
