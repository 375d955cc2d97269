#include "io/lesson_catalog.h"
#include "tests/window/window_fixture.h"
#include "ui/render/matrix_layout.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace convstep;

// The matrix view of every built-in lesson at the first-run window and at 1024×600: the
// numbers of M, x and y in entries of at least 14 pixels, titles clear of each other and of
// every grid; and the Symbols toggle (key S).
class TestMatrixLegibility final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyLessonShowsItsNumbers_data();
    void everyLessonShowsItsNumbers();
    void keySTogglesSymbols();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMatrixLegibility::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_matrix_legibility"));
    QVERIFY(m_dir.isValid());
}

void TestMatrixLegibility::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMatrixLegibility::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestMatrixLegibility::everyLessonShowsItsNumbers_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QSize>("window");
    for (const QSize window : {QSize(1360, 820), QSize(1024, 600)})
        for (const CatalogEntry &entry : builtInLessons())
            if (entry.lesson.problem.op != Op::MaxUnpool2d) // not linear: no matrix view
                QTest::addRow("%s at %dx%d", qPrintable(entry.id), window.width(), window.height())
                    << entry.id << window;
}

void TestMatrixLegibility::everyLessonShowsItsNumbers()
{
    QFETCH(QString, id);
    QFETCH(QSize, window);
    m_window->resize(window);
    m_window->document()->editProblem(findBuiltInLesson(id)->lesson.problem,
                                      QStringLiteral("test"));
    QTest::keyClick(m_window.get(), Qt::Key_4);
    QCOMPARE(m_window->model()->view(), View::Matrix);
    // The window's minimum width may exceed 1024: then it is as narrow as it goes.
    QTRY_COMPARE(m_window->height(), window.height());
    QCoreApplication::processEvents();
    const StageLayout &layout = m_window->stage()->stageLayout();
    QVERIFY(layout.matrix);
    const MatrixLayout &m = *layout.matrix;
    QVERIFY2(m.numbers && m.entry >= matrixNumberPixels,
             qPrintable(QStringLiteral("entries of %1 px").arg(m.entry)));
    QVERIFY(m.entryFont.pixelSize() >= 9);
    std::vector<QRectF> boxes{m.matrix.rect, m.input.rect, m.output.rect, layout.source.rect(),
                              layout.target.rect()};
    if (layout.kernel.cols > 0)
        boxes.push_back(layout.kernel.rect());
    const QRectF stage(QPointF(0, 0), m_window->stage()->size());
    // The matrix is always named: C, Cᵀ or U, with its size where there is room.
    const auto matrixTitle = std::find_if(m.titles.begin(), m.titles.end(), [](const auto &t) {
        return !t.vector
            && (t.text.startsWith(QLatin1Char('C')) || t.text.startsWith(QLatin1Char('U')));
    });
    QVERIFY2(matrixTitle != m.titles.end(),
             qPrintable(QStringLiteral("no matrix title on a %1×%2 stage")
                            .arg(stage.width())
                            .arg(stage.height())));
    for (size_t a = 0; a < m.titles.size(); ++a) {
        const MatrixTitle &title = m.titles[a];
        QVERIFY2(stage.contains(title.rect), qPrintable(title.text));
        for (size_t b = a + 1; b < m.titles.size(); ++b)
            QVERIFY2(!title.rect.intersects(m.titles[b].rect),
                     qPrintable(title.text + QStringLiteral(" meets ") + m.titles[b].text));
        for (const QRectF &box : boxes)
            QVERIFY2(!title.rect.intersects(box), qPrintable(title.text));
    }
}

void TestMatrixLegibility::keySTogglesSymbols()
{
    QAction *symbols = m_window->mainActions().symbols;
    QVERIFY(!symbols->isEnabled()); // the direct view has no matrix to name
    QTest::keyClick(m_window.get(), Qt::Key_4);
    QVERIFY(symbols->isEnabled());
    QVERIFY(!m_window->stage()->frame().style.symbols);
    QTest::keyClick(m_window.get(), Qt::Key_S);
    QVERIFY(symbols->isChecked());
    QTRY_VERIFY(m_window->stage()->frame().style.symbols);
    QTest::keyClick(m_window.get(), Qt::Key_S);
    QVERIFY(!symbols->isChecked());
    QTRY_VERIFY(!m_window->stage()->frame().style.symbols);
}

QTEST_MAIN(TestMatrixLegibility)
#include "tst_matrix_legibility.moc"
