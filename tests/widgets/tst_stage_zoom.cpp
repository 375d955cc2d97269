#include "io/lesson_catalog.h"
#include "io/text.h"
#include "tests/support/test_support.h"
#include "ui/render/matrix_layout.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/stage_widget.h"

#include <QAction>
#include <QHelpEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace convstep;

Q_DECLARE_METATYPE(convstep::StageCell)

namespace {

const char *lessonOf(View view)
{
    return view == View::Direct ? "article-convolution" : "article-transposed";
}

} // namespace

// Zoom and pan on the stage: Ctrl+wheel about the pointer, + / − about the centre, Ctrl+0 to
// fit, drag to pan; clicks, hover, tooltips and the cell editor follow the zoom.
class TestStageZoom final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ctrlWheelZoomsAboutThePointer_data();
    void ctrlWheelZoomsAboutThePointer();
    void keysZoomAndFit();
    void zoomLaysTheStageOutLarger();
    void aDragPansAndAClickStillSelects();
    void zoomedPointerHitsTheRightCell_data();
    void zoomedPointerHitsTheRightCell();
    void doubleClickOpensTheEditorOverTheCell_data();
    void doubleClickOpensTheEditorOverTheCell();
    void anotherPictureFitsAgain();

private:
    void load(const char *lessonId, View view);
    void wheel(QPointF at, int angle, Qt::KeyboardModifiers modifiers);
    QRectF onWidget(GridRole role, Cell cell) const;

    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<StageWidget> m_stage;
};

void TestStageZoom::init()
{
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    m_stage = std::make_unique<StageWidget>();
    connect(m_model.get(), &PlaybackModel::frameChanged, m_stage.get(),
            [this] { m_stage->setFrame(m_model->frame()); });
    m_stage->resize(900, 520);
    m_stage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_stage.get()));
    m_stage->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_stage.get()));
    load("article-convolution", View::Direct);
}

void TestStageZoom::cleanup()
{
    m_stage.reset();
    m_model.reset();
}

void TestStageZoom::load(const char *lessonId, View view)
{
    const CatalogEntry *entry = findBuiltInLesson(QLatin1String(lessonId));
    QVERIFY2(entry, lessonId);
    QVERIFY(m_model->setProblem(entry->lesson.problem));
    QVERIFY(m_model->setView(view));
    m_stage->setFrame(m_model->frame());
}

void TestStageZoom::wheel(QPointF at, int angle, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(at, m_stage->mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_stage.get(), &event);
}

QRectF TestStageZoom::onWidget(GridRole role, Cell cell) const
{
    const StageLayout &layout = m_stage->stageLayout();
    const QRectF rect = role == GridRole::MatrixEntry ? layout.matrix->matrix.entryRect(cell)
                                                      : layout.box(role).cellRect(cell);
    return m_stage->viewport().toWidget(rect);
}

void TestStageZoom::ctrlWheelZoomsAboutThePointer_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<StageCell>("cell");
    QTest::newRow("sliding window, input")
        << int(View::Direct) << StageCell{GridRole::Source, {1, 2}};
    QTest::newRow("sliding window, output")
        << int(View::Direct) << StageCell{GridRole::Target, {1, 1}};
    QTest::newRow("zero insertion, kernel")
        << int(View::ZeroInsertion) << StageCell{GridRole::Kernel, {0, 1}};
    QTest::newRow("matrix entry") << int(View::Matrix) << StageCell{GridRole::MatrixEntry, {4, 2}};
}

void TestStageZoom::ctrlWheelZoomsAboutThePointer()
{
    QFETCH(int, view);
    QFETCH(StageCell, cell);
    load(lessonOf(View(view)), View(view));
    const QRectF before = onWidget(cell.role, cell.cell);
    const QPointF pointer = before.center() + QPointF(before.width() * 0.2, -before.height() * 0.1);
    QCOMPARE(m_stage->cellAt(pointer), std::optional<StageCell>(cell));

    wheel(pointer, 120, Qt::ControlModifier); // one notch
    QCOMPARE(m_stage->viewport().zoom(), 1.25);
    const QRectF after = onWidget(cell.role, cell.cell);
    QCOMPARE(m_stage->cellAt(pointer), std::optional<StageCell>(cell));
    // The cell grew (at least by the step: the stage is laid out anew, not magnified) about
    // the pointer: the point under it is the same point of the cell.
    QVERIFY2(after.width() >= 1.25 * before.width() - 0.5,
             qPrintable(QStringLiteral("%1 → %2").arg(before.width()).arg(after.width())));
    const QPointF held = after.topLeft()
        + QPointF((pointer.x() - before.left()) / before.width() * after.width(),
                  (pointer.y() - before.top()) / before.height() * after.height());
    QVERIFY2((held - pointer).manhattanLength() < 1.0,
             qPrintable(QStringLiteral("(%1, %2)").arg(held.x()).arg(held.y())));

    wheel(pointer, 3 * 120, Qt::ControlModifier);
    QVERIFY(std::abs(m_stage->viewport().zoom() - std::pow(1.25, 4)) < 1e-9);
    QCOMPARE(m_stage->cellAt(pointer), std::optional<StageCell>(cell));

    // Without Ctrl the wheel pans a zoomed stage instead of zooming it.
    const QPointF pan = m_stage->viewport().pan();
    wheel(pointer, -120, {});
    QVERIFY(std::abs(m_stage->viewport().zoom() - std::pow(1.25, 4)) < 1e-9);
    QVERIFY(m_stage->viewport().pan().y() > pan.y());

    wheel(pointer, -10 * 120, Qt::ControlModifier); // far out: back to fit, no further
    QCOMPARE(m_stage->viewport().zoom(), 1.0);
    QCOMPARE(m_stage->viewport().pan(), QPointF(0, 0));
    QCOMPARE(onWidget(cell.role, cell.cell), before);
}

void TestStageZoom::keysZoomAndFit()
{
    const QRectF fitted = onWidget(GridRole::Source, {0, 0});
    QTest::keyClick(m_stage.get(), Qt::Key_Plus);
    QCOMPARE(m_stage->viewport().zoom(), 1.25);
    QTest::keyClick(m_stage.get(), Qt::Key_Equal); // + without Shift
    QCOMPARE(m_stage->viewport().zoom(), 1.25 * 1.25);
    QTest::keyClick(m_stage.get(), Qt::Key_Minus);
    QCOMPARE(m_stage->viewport().zoom(), 1.25);
    // + and − zoom about the centre: the cell there stays there.
    const QPointF centre = QRectF(m_stage->rect()).center();
    const auto under = m_stage->cellAt(centre);
    QVERIFY(under); // the kernel sits in the middle of the default lesson
    QTest::keyClick(m_stage.get(), Qt::Key_Plus);
    QVERIFY(std::abs(m_stage->viewport().zoom() - 1.25 * 1.25) < 1e-9);
    QCOMPARE(m_stage->cellAt(centre), under);

    QTest::keyClick(m_stage.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_stage->viewport().zoom(), 1.0);
    QCOMPARE(m_stage->viewport().pan(), QPointF(0, 0));
    QCOMPARE(onWidget(GridRole::Source, {0, 0}), fitted);
    QTest::keyClick(m_stage.get(), Qt::Key_Minus); // nothing below fit
    QCOMPARE(m_stage->viewport().zoom(), 1.0);
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(m_stage.get(), Qt::Key_Plus);
    QCOMPARE(m_stage->viewport().zoom(), StageViewport::maxZoom);
    QCOMPARE(m_stage->zoomInAction()->shortcut(), QKeySequence(Qt::Key_Plus));
    QCOMPARE(m_stage->fitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
}

void TestStageZoom::zoomLaysTheStageOutLarger()
{
    // A 12×12 input and a 3×3 kernel: C is 100×144, in a small stage a heat map (too small
    // even for a window of numbers onto it).
    m_stage->resize(520, 300);
    Problem problem = findBuiltInLesson(QStringLiteral("article-convolution"))->lesson.problem;
    problem.input = Grid::Constant(12, 12, 1.0);
    QVERIFY(m_model->setProblem(problem));
    QVERIFY(m_model->setView(View::Matrix));
    m_stage->setFrame(m_model->frame());
    QVERIFY(!m_stage->stageLayout().matrix->numbers);
    const double fitted = m_stage->stageLayout().matrix->entry;
    while (!m_stage->stageLayout().matrix->numbers
           && m_stage->viewport().zoom() < StageViewport::maxZoom)
        m_stage->zoomIn();
    QVERIFY2(m_stage->viewport().zoom() <= 4.0,
             qPrintable(QString::number(m_stage->viewport().zoom())));
    // Laid out larger, not magnified: the entries have room for their numbers.
    QVERIFY(m_stage->stageLayout().matrix->entry > fitted * 1.5);
    QCOMPARE(m_stage->viewport().transform().m11(), 1.0);
}

void TestStageZoom::aDragPansAndAClickStillSelects()
{
    QSignalSpy clicked(m_stage.get(), &StageWidget::clicked);
    const QPointF centre = QRectF(m_stage->rect()).center();
    m_stage->zoomBy(3.0, centre);
    const QPointF pan = m_stage->viewport().pan();
    QVERIFY(pan.x() > 0 && pan.y() > 0);

    // A drag moves the stage with the pointer and selects nothing.
    QTest::mousePress(m_stage.get(), Qt::LeftButton, {}, centre.toPoint());
    QTest::mouseMove(m_stage.get(), (centre + QPointF(40, 25)).toPoint());
    QTest::mouseMove(m_stage.get(), (centre + QPointF(80, 50)).toPoint());
    QTest::mouseRelease(m_stage.get(), Qt::LeftButton, {}, (centre + QPointF(80, 50)).toPoint());
    QCOMPARE(m_stage->viewport().pan(), pan - QPointF(80, 50));
    QCOMPARE(clicked.count(), 0);

    // A press that moves less than the drag distance is a click.
    const QPointF at = onWidget(GridRole::Kernel, {1, 1}).center();
    QVERIFY(m_stage->rect().contains(at.toPoint()));
    const auto under = m_stage->cellAt(at);
    QCOMPARE(under, std::optional<StageCell>(StageCell{GridRole::Kernel, {1, 1}}));
    QTest::mousePress(m_stage.get(), Qt::LeftButton, {}, at.toPoint());
    QTest::mouseMove(m_stage.get(), (at + QPointF(1, 0)).toPoint());
    QTest::mouseRelease(m_stage.get(), Qt::LeftButton, {}, (at + QPointF(1, 0)).toPoint());
    QCOMPARE(m_stage->viewport().pan(), pan - QPointF(80, 50));
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().value<std::optional<StageCell>>(), under);
}

void TestStageZoom::zoomedPointerHitsTheRightCell_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<StageCell>("cell");
    QTest::newRow("input") << int(View::Direct) << StageCell{GridRole::Source, {2, 3}};
    QTest::newRow("kernel") << int(View::Direct) << StageCell{GridRole::Kernel, {2, 0}};
    QTest::newRow("output") << int(View::Direct) << StageCell{GridRole::Target, {1, 0}};
    QTest::newRow("matrix entry") << int(View::Matrix) << StageCell{GridRole::MatrixEntry, {3, 1}};
}

void TestStageZoom::zoomedPointerHitsTheRightCell()
{
    QFETCH(int, view);
    QFETCH(StageCell, cell);
    load(lessonOf(View(view)), View(view));
    // Zoomed about another part of the stage, then panned so that the cell is in view.
    m_stage->zoomBy(2.5, QPointF(40, 40));
    const QRectF before = onWidget(cell.role, cell.cell);
    const QPointF shift = QRectF(m_stage->rect()).center() - before.center();
    const QPointF pan = m_stage->viewport().pan();
    QTest::mousePress(m_stage.get(), Qt::LeftButton, {}, QPoint(450, 260));
    QTest::mouseMove(m_stage.get(), (QPointF(450, 260) + shift / 2).toPoint());
    QTest::mouseMove(m_stage.get(), (QPointF(450, 260) + shift).toPoint());
    QTest::mouseRelease(m_stage.get(), Qt::LeftButton, {}, (QPointF(450, 260) + shift).toPoint());
    QVERIFY(m_stage->viewport().pan() != pan);
    const QRectF shown = onWidget(cell.role, cell.cell);
    QVERIFY2(QRectF(m_stage->rect()).contains(shown.center()),
             qPrintable(QStringLiteral("%1, %2").arg(shown.center().x()).arg(shown.center().y())));

    QSignalSpy clicked(m_stage.get(), &StageWidget::clicked);
    QSignalSpy hovered(m_stage.get(), &StageWidget::hovered);
    QTest::mouseMove(m_stage.get(), QPoint(3, 3)); // the pointer may be there already
    QTest::mouseMove(m_stage.get(), shown.center().toPoint());
    QVERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().first().value<std::optional<StageCell>>(),
             std::optional<StageCell>(cell));
    QTest::mouseClick(m_stage.get(), Qt::LeftButton, {}, shown.center().toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().value<std::optional<StageCell>>(),
             std::optional<StageCell>(cell));

    // The tooltip names the cell under the pointer too.
    QHelpEvent help(QEvent::ToolTip, shown.center().toPoint(),
                    m_stage->mapToGlobal(shown.center().toPoint()));
    QApplication::sendEvent(m_stage.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString expected = cell.role == GridRole::Source ? QStringLiteral("Input (2, 3)")
        : cell.role == GridRole::Kernel                    ? QStringLiteral("Kernel (2, 0)")
        : cell.role == GridRole::Target                    ? QStringLiteral("Output (1, 0)")
                                                           : QStringLiteral("Cᵀ[3, 1]");
    QVERIFY2(QToolTip::text().contains(expected), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    QTRY_VERIFY(!QToolTip::isVisible()); // or it would take the next test's pointer
}

void TestStageZoom::doubleClickOpensTheEditorOverTheCell_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<StageCell>("cell");
    QTest::newRow("fitted, input") << 1.0 << StageCell{GridRole::Source, {2, 3}};
    QTest::newRow("fitted, kernel") << 1.0 << StageCell{GridRole::Kernel, {1, 2}};
    QTest::newRow("zoomed, input") << 3.0 << StageCell{GridRole::Source, {1, 1}};
    QTest::newRow("zoomed, kernel") << 2.0 << StageCell{GridRole::Kernel, {2, 2}};
}

void TestStageZoom::doubleClickOpensTheEditorOverTheCell()
{
    QFETCH(double, zoom);
    QFETCH(StageCell, cell);
    m_stage->zoomBy(zoom, onWidget(cell.role, cell.cell).center());
    const QRectF shown = onWidget(cell.role, cell.cell);
    QVERIFY(QRectF(m_stage->rect()).contains(shown.center()));
    QTest::mouseDClick(m_stage.get(), Qt::LeftButton, {}, shown.center().toPoint());
    QVERIFY(m_stage->isEditing());
    const QRect editor = m_stage->editor()->geometry();
    QVERIFY2(editor.contains(shown.center().toPoint()),
             qPrintable(QStringLiteral("editor at %1, %2, cell at %3, %4")
                            .arg(editor.x())
                            .arg(editor.y())
                            .arg(shown.x())
                            .arg(shown.y())));
    QVERIFY(QLineF(QRectF(editor).center(), shown.center()).length() <= 1.5);
    QVERIFY(editor.width() >= shown.width());
    QCOMPARE(m_stage->editor()->text(),
             cell.role == GridRole::Source
                 ? numberText(m_model->problem()->input(cell.cell.row, cell.cell.col))
                 : numberText(m_model->problem()->kernel(cell.cell.row, cell.cell.col)));

    // Panning carries the editor with its cell.
    if (zoom > 1.0) {
        const QPointF pan = m_stage->viewport().pan();
        wheel(shown.center(), -120, {});
        const QPointF moved = pan - m_stage->viewport().pan();
        QVERIFY(moved != QPointF(0, 0));
        QCOMPARE(m_stage->editor()->geometry(), editor.translated(moved.toPoint()));
    }
    QTest::keyClick(m_stage->editor(), Qt::Key_Escape);
    QVERIFY(!m_stage->isEditing());
}

void TestStageZoom::anotherPictureFitsAgain()
{
    m_stage->zoomIn();
    m_stage->zoomIn();
    const double zoom = m_stage->viewport().zoom();
    // A new value keeps the zoom (a teacher editing a zoomed-in cell keeps the place)…
    Problem problem = *m_model->problem();
    problem.input(0, 0) = 9;
    QVERIFY(m_model->setProblem(problem));
    QCOMPARE(m_stage->viewport().zoom(), zoom);
    m_model->next();
    QCOMPARE(m_stage->viewport().zoom(), zoom);
    // …another view or another shape fits the new picture.
    QVERIFY(m_model->setView(View::Matrix));
    QCOMPARE(m_stage->viewport().zoom(), 1.0);
    m_stage->zoomIn();
    problem.input = test::counting(5, 5);
    QVERIFY(m_model->setProblem(problem));
    QCOMPARE(m_stage->viewport().zoom(), 1.0);
}

QTEST_MAIN(TestStageZoom)
#include "tst_stage_zoom.moc"
