#include "core/channels.h"
#include "tests/widgets/problem_panel_fixture.h"
#include "ui/widgets/channel_editor.h"
#include "ui/widgets/pair_editor.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace convstep;

// The Problem panel's channel row: channel counts, groups and the depthwise preset, a bias per
// channel, and resizes and fills that reach every channel; each one undoable edit.
class TestProblemPanelChannels final : public QObject, private test::ProblemPanelFixture
{
    Q_OBJECT

private slots:
    void init() { setUpPanel(); }
    void cleanup() { tearDownPanel(); }
    void countsMakeAChannelProblem();
    void groupsMustDivideBothCounts();
    void depthwiseIsOneClick();
    void biasPerChannel();
    void biasBoxShowsThatTheListIsInUse();
    void oneChannelRowIsCompact();
    void resizeAndFillReachEveryChannel();
};

void TestProblemPanelChannels::countsMakeAChannelProblem()
{
    ChannelEditor *channels = m_panel->channels();
    QCOMPARE(channels->inChannels()->value(), 1);
    QVERIFY(!hasChannels(m_document->problem()));
    channels->inChannels()->setValue(3);
    channels->outChannels()->setValue(2);
    const Problem &p = m_document->problem();
    QVERIFY(hasChannels(p));
    QCOMPARE(channelShape(p).in, 3);
    QCOMPARE(channelShape(p).out, 2);
    QVERIFY(!m_model->error());
    QCOMPARE(m_model->trace()->outputs.size(), size_t(2));
    QCOMPARE(undoCount(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!hasChannels(m_document->problem()));
    QCOMPARE(channels->inChannels()->value(), 1);
}

void TestProblemPanelChannels::groupsMustDivideBothCounts()
{
    ChannelEditor *channels = m_panel->channels();
    channels->inChannels()->setValue(4);
    channels->outChannels()->setValue(6);
    channels->groups()->setValue(2);
    QCOMPARE(m_document->problem().groups, 2);
    const int edits = undoCount();
    channels->groups()->setValue(4); // does not divide 6
    QCOMPARE(m_document->problem().groups, 2);
    QCOMPARE(channels->groups()->value(), 2);
    QCOMPARE(undoCount(), edits);
    QVERIFY(!channels->note()->isHidden());
    QVERIFY(channels->note()->text().contains(QStringLiteral("4 and 6")));
    // A channel count the groups no longer divide starts over at one group.
    channels->inChannels()->setValue(3);
    QCOMPARE(m_document->problem().groups, 1);
    QVERIFY(!m_model->error());
}

void TestProblemPanelChannels::depthwiseIsOneClick()
{
    ChannelEditor *channels = m_panel->channels();
    channels->inChannels()->setValue(3);
    channels->outChannels()->setValue(6);
    QVERIFY(channels->depthwise()->isEnabled());
    QTest::mouseClick(channels->depthwise(), Qt::LeftButton);
    const ChannelShape s = channelShape(m_document->problem());
    QCOMPARE(s.groups, 3);
    QCOMPARE(s.inPerGroup(), 1);
    QCOMPARE(s.out, 6);
    QCOMPARE(channels->groups()->value(), 3);
    QVERIFY(!m_model->error());
}

void TestProblemPanelChannels::biasPerChannel()
{
    ChannelEditor *channels = m_panel->channels();
    channels->outChannels()->setValue(2);
    channels->biases()->setText(QStringLiteral("0.5, -1"));
    emit channels->biases()->editingFinished();
    QCOMPARE(m_document->problem().biases, (std::vector<double>{0.5, -1}));
    QVERIFY(!m_model->error());
    CONVSTEP_COMPARE_GRIDS(m_model->trace()->outputs[1], computeOutputs(m_document->problem())[1],
                           0.0);
    channels->biases()->setText(QStringLiteral("1, 2, 3"));
    emit channels->biases()->editingFinished();
    QCOMPARE(m_document->problem().biases, (std::vector<double>{0.5, -1}));
    QVERIFY(channels->note()->text().contains(QStringLiteral("2 biases")));
}

// The bias term's box is not in use while a list gives each output channel its own bias: it
// says so, disabled, and names the list in its tooltip.
void TestProblemPanelChannels::biasBoxShowsThatTheListIsInUse()
{
    ChannelEditor *channels = m_panel->channels();
    QDoubleSpinBox *bias = m_panel->bias();
    QVERIFY(bias->isEnabled());
    QCOMPARE(bias->text(), QStringLiteral("0"));
    channels->outChannels()->setValue(2);
    channels->biases()->setText(QStringLiteral("0.5, -1"));
    emit channels->biases()->editingFinished();
    QCOMPARE(m_document->problem().biases, (std::vector<double>{0.5, -1}));
    QVERIFY(!bias->isEnabled());
    QCOMPARE(bias->text(), QStringLiteral("per channel"));
    QVERIFY2(bias->toolTip().contains(QStringLiteral("0.5, -1")), qPrintable(bias->toolTip()));
    m_document->undoStack()->undo();
    QVERIFY(bias->isEnabled());
    QCOMPARE(bias->text(), QStringLiteral("0"));
    QVERIFY(!bias->toolTip().contains(QStringLiteral("0.5")));
}

// A 2-D problem's channel row is the two counts alone; groups, the depthwise preset and the
// bias list come with channels.
void TestProblemPanelChannels::oneChannelRowIsCompact()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    ChannelEditor *channels = m_panel->channels();
    const auto hidden = [channels] {
        return !channels->groups()->isVisible() && !channels->depthwise()->isVisible()
            && !channels->biases()->isVisible();
    };
    QVERIFY(channels->compact());
    QVERIFY(hidden());
    QVERIFY(channels->inChannels()->isVisible());
    QTRY_VERIFY(channels->height() < 2 * channels->inChannels()->height());
    channels->inChannels()->setValue(3);
    QVERIFY(!channels->compact());
    QTRY_VERIFY(channels->groups()->isVisible() && channels->biases()->isVisible());
    m_document->undoStack()->undo();
    QVERIFY(channels->compact());
    QVERIFY(hidden());
}

void TestProblemPanelChannels::resizeAndFillReachEveryChannel()
{
    m_panel->channels()->inChannels()->setValue(2);
    m_panel->channels()->outChannels()->setValue(3);
    // The panel's size boxes edit every channel at once (the input and kernel are linked).
    m_panel->inputSize()->rows()->setValue(6);
    m_panel->kernelSize()->rows()->setValue(2);
    Problem p = m_document->problem();
    QCOMPARE(sizeOf(p.input), (Pair{6, 6}));
    QCOMPARE(sizeOf(p.kernel), (Pair{2, 2}));
    QVERIFY(!m_model->error());
    for (const Grid &kernel : p.kernels)
        QCOMPARE(sizeOf(kernel), sizeOf(p.kernel));
    for (const Grid &input : p.inputs)
        QCOMPARE(sizeOf(input), sizeOf(p.input));
    m_panel->fillAction(GridTarget::Kernel, Fill::Ones)->trigger();
    p = m_document->problem();
    for (const Grid &kernel : p.kernels)
        QVERIFY((kernel.array() == 1.0).all());
    QVERIFY(!m_model->error());
}

QTEST_MAIN(TestProblemPanelChannels)
#include "tst_problem_panel_channels.moc"
