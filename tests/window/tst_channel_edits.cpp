#include "core/channels.h"
#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/window/window_fixture.h"
#include "ui/render/stage_layout.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace convstep;

// Editing a channel problem on the stage changes the channel shown: the input channel or the
// kernel W[out, in] in front, never channel 0 behind it; Delete and Undo likewise.
class TestChannelEdits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedValuesLandInTheChannelShown_data();
    void typedValuesLandInTheChannelShown();
    void deleteZeroesTheKernelShown();
    void rowsOfAStackAreEdited();

private:
    void open(const QString &id, int step);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestChannelEdits::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_channel_edits"));
    QVERIFY(m_dir.isValid());
}

void TestChannelEdits::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestChannelEdits::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestChannelEdits::open(const QString &id, int step)
{
    const CatalogEntry *entry = findBuiltInLesson(id);
    QVERIFY(entry);
    m_window->document()->load(entry->lesson);
    m_window->model()->setStep(step);
}

void TestChannelEdits::typedValuesLandInTheChannelShown_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("out");
    QTest::addColumn<Cell>("cell");
    QTest::addColumn<Cell>("element");
    QTest::newRow("RGB, input 2 and W[1, 2]")
        << "channels-rgb-to-two" << 2 << 1 << Cell{1, 2} << Cell{0, 1};
    QTest::newRow("RGB, input 1 and W[0, 1]")
        << "channels-rgb-to-two" << 1 << 0 << Cell{3, 0} << Cell{1, 1};
    QTest::newRow("grouped, input 3 and W[1, 3]")
        << "channels-grouped" << 3 << 1 << Cell{2, 2} << Cell{1, 0};
}

void TestChannelEdits::typedValuesLandInTheChannelShown()
{
    QFETCH(QString, lesson);
    QFETCH(int, in);
    QFETCH(int, out);
    QFETCH(Cell, cell);
    QFETCH(Cell, element);
    open(lesson, 0);
    PlaybackModel *model = m_window->model();
    model->showChannel(GridRole::Target, out);
    model->showChannel(GridRole::Source, in);
    QCOMPARE(model->frontInput(), std::optional<int>(in));
    QCOMPARE(model->frontOutput(), std::optional<int>(out));
    const Problem before = m_window->document()->problem();
    StageWidget *stage = m_window->stage();

    // The editor opens on the value shown: that channel's, not channel 0's.
    QVERIFY(stage->editCell({GridRole::Source, cell}));
    QCOMPARE(stage->editor()->text(),
             QString::number(inputChannel(before, in)(cell.row, cell.col)));
    stage->editor()->setText(QStringLiteral("42"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    QVERIFY(!stage->isEditing());
    const Problem &edited = m_window->document()->problem();
    for (int c = 0; c < channelShape(before).in; ++c) {
        Grid expected = inputChannel(before, c);
        if (c == in)
            expected(cell.row, cell.col) = 42.0;
        CONVSTEP_COMPARE_GRIDS(inputChannel(edited, c), expected, 0.0);
    }
    CONVSTEP_COMPARE_GRIDS(edited.input, inputChannel(edited, 0), 0.0);
    QCOMPARE(m_window->document()->undoStack()->undoText(),
             QStringLiteral("Set input (%1, %2, %3) to 42").arg(in).arg(cell.row).arg(cell.col));

    model->showChannel(GridRole::Source, in); // the edit made a new trace
    model->showChannel(GridRole::Target, out);
    QVERIFY(stage->editCell({GridRole::Kernel, element}));
    QCOMPARE(stage->editor()->text(),
             QString::number(weightOf(before, out, in)(element.row, element.col)));
    stage->editor()->setText(QStringLiteral("-3"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    const Problem &weighted = m_window->document()->problem();
    QCOMPARE(weightOf(weighted, out, in)(element.row, element.col), -3.0);
    int changed = 0;
    for (size_t w = 0; w < before.kernels.size(); ++w)
        changed += (weighted.kernels[w].array() != before.kernels[w].array()).count();
    QCOMPARE(changed, 1);
    CONVSTEP_COMPARE_GRIDS(weighted.kernel, weighted.kernels.front(), 0.0);

    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    for (int c = 0; c < channelShape(before).in; ++c)
        CONVSTEP_COMPARE_GRIDS(inputChannel(m_window->document()->problem(), c),
                               inputChannel(before, c), 0.0);
    QCOMPARE(weightOf(m_window->document()->problem(), out, in), weightOf(before, out, in));
}

void TestChannelEdits::deleteZeroesTheKernelShown()
{
    open(QStringLiteral("channels-rgb-to-two"), 0);
    PlaybackModel *model = m_window->model();
    model->showChannel(GridRole::Target, 1);
    model->showChannel(GridRole::Source, 2);
    const Problem before = m_window->document()->problem();
    QVERIFY(weightOf(before, 1, 2)(0, 0) != 0.0);
    model->setSelection(StageCell{GridRole::Kernel, {0, 0}});
    QTest::keyClick(m_window->stage(), Qt::Key_Delete);
    const Problem &edited = m_window->document()->problem();
    QCOMPARE(weightOf(edited, 1, 2)(0, 0), 0.0);
    QCOMPARE(weightOf(edited, 0, 0), weightOf(before, 0, 0));
}

// A step that reads several input channels shows them in rows: a double-click on a cell of
// any row edits that row's channel, or that row's kernel.
void TestChannelEdits::rowsOfAStackAreEdited()
{
    open(QStringLiteral("channels-rgb-to-two"), 3);
    StageWidget *stage = m_window->stage();
    QCoreApplication::processEvents();
    const StageLayout &layout = stage->stageLayout();
    QCOMPARE(layout.rows.size(), size_t{3});
    const ChannelRow row = layout.rows[2];
    QCOMPARE(row.channel, 2);
    const Problem before = m_window->document()->problem();

    QTest::mouseDClick(stage, Qt::LeftButton, {}, row.source.cellRect({0, 1}).center().toPoint());
    QTRY_VERIFY(stage->isEditing());
    QCOMPARE(stage->editor()->text(), QString::number(inputChannel(before, 2)(0, 1)));
    QVERIFY(stage->editor()->geometry().contains(row.source.cellRect({0, 1}).center().toPoint()));
    stage->editor()->setText(QStringLiteral("9"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    QCOMPARE(inputChannel(m_window->document()->problem(), 2)(0, 1), 9.0);
    CONVSTEP_COMPARE_GRIDS(inputChannel(m_window->document()->problem(), 0),
                           inputChannel(before, 0), 0.0);

    QCoreApplication::processEvents();
    const ChannelRow kernelRow = stage->stageLayout().rows.at(1);
    QTest::mouseDClick(stage, Qt::LeftButton, {},
                       kernelRow.kernel.cellRect({1, 0}).center().toPoint());
    QTRY_VERIFY(stage->isEditing());
    stage->editor()->setText(QStringLiteral("5"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    // Output channel 0 in front: the row's kernel is W[0, 1].
    QCOMPARE(weightOf(m_window->document()->problem(), 0, kernelRow.channel)(1, 0), 5.0);
    QCOMPARE(weightOf(m_window->document()->problem(), 0, 0), weightOf(before, 0, 0));
}

QTEST_MAIN(TestChannelEdits)
#include "tst_channel_edits.moc"
