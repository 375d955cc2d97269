#include "core/channels.h"
#include "tests/widgets/problem_panel_fixture.h"
#include "ui/widgets/pair_editor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeySequence>
#include <QLabel>
#include <QSet>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

#include <initializer_list>

using namespace convstep;
using convstep::test::ProblemPanelFixture;

namespace {

// The convolution's controls, in their tab order.
const QStringList convolutionControls{
    "operation",         "inputSizeRows",     "inputSizeCols",     "inputSizeLink",
    "fillInput",         "kernelSizeRows",    "kernelSizeCols",    "kernelSizeLink",
    "fillKernel",        "channelsIn",        "channelsOut",       "groups",
    "depthwise",         "channelBiases",     "strideRows",        "strideCols",
    "strideLink",        "paddingMode",       "paddingRows",       "paddingCols",
    "paddingLink",       "dilationRows",      "dilationCols",      "dilationLink",
    "outputPaddingRows", "outputPaddingCols", "outputPaddingLink", "bias"};

} // namespace

// The panel without a mouse: names for assistive tools, tab order, mnemonics, undo keys.
class TestProblemPanelKeyboard final : public QObject, private ProblemPanelFixture
{
    Q_OBJECT

private slots:
    void init() { setUpPanel(); }
    void cleanup() { tearDownPanel(); }

    void everyControlHasAStableNameAndAnAccessibleName();
    void tabOrderRunsTopToBottomAndMnemonicsFocusTheirField();
    void undoKeyInASpinBoxUndoesTheDocument();
    void upsamplingTabOrderAndMnemonics();
};

void TestProblemPanelKeyboard::everyControlHasAStableNameAndAnAccessibleName()
{
    // The convolution's controls in tab order, then the upsampling ops' (hidden while a
    // convolution shows).
    const QStringList names =
        convolutionControls + QStringList{"scaleRows", "scaleCols", "scaleLink", "alignCorners"};
    for (const QString &name : names) {
        auto *control = m_panel->findChild<QWidget *>(name);
        QVERIFY2(control, qPrintable(name));
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(control->focusPolicy() & Qt::TabFocus, qPrintable(name));
    }
    for (const char *name :
         {"fillInputRandom", "fillInputOnes", "fillInputCounting", "fillInputZeros",
          "fillKernelRandom", "fillKernelOnes", "fillKernelCounting", "fillKernelZeros"})
        QVERIFY2(m_panel->findChild<QAction *>(QLatin1String(name)), name);
    // Every field label has a mnemonic and a buddy (Scale's shows only for the upsampling ops).
    int labelled = 0;
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        if (label->buddy()) {
            QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
            ++labelled;
        }
    QCOMPARE(labelled, 10);
}

void TestProblemPanelKeyboard::tabOrderRunsTopToBottomAndMnemonicsFocusTheirField()
{
    Problem p = basicProblem();
    p.op = Op::ConvTranspose2d;
    load(withChannels(p, 2, 2, 1)); // every control enabled, Depthwise and the biases too
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    const QStringList &expected = convolutionControls;
    m_panel->operation()->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int i = 0; i < expected.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        // A spin box's focus lands on its line edit.
        while (focus && !expected.contains(focus->objectName()))
            focus = focus->parentWidget();
        visited << (focus ? focus->objectName() : QStringLiteral("?"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited, expected);

    // Every mnemonic on show is unique, none is the menu bar's (Labs' B included), the start
    // page's or the restore notice's, and each moves the focus to its field.
    QSet<QString> keys;
    for (const QLabel *label : m_panel->findChildren<QLabel *>()) {
        if (!label->buddy() || !label->isVisible())
            continue;
        const QKeySequence mnemonic = QKeySequence::mnemonic(label->text());
        QVERIFY2(!keys.contains(mnemonic.toString()), qPrintable(label->text()));
        QVERIFY2(!QStringLiteral("FEVPLHBOSRD").contains(mnemonic.toString().back()),
                 qPrintable(label->text()));
        keys.insert(mnemonic.toString());
        QTest::keySequence(QApplication::focusWidget(), mnemonic);
        QVERIFY2(label->buddy()->hasFocus(), qPrintable(label->text()));
    }
    QCOMPARE(keys.size(), 9);
}

void TestProblemPanelKeyboard::undoKeyInASpinBoxUndoesTheDocument()
{
    // The main window's Undo action, with its standard shortcut.
    QAction *undo = m_document->undoStack()->createUndoAction(m_panel.get());
    undo->setShortcut(QKeySequence::Undo);
    m_panel->addAction(undo);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QDoubleSpinBox *bias = m_panel->bias();
    m_panel->fillAction(GridTarget::Input, Fill::Ones)->trigger();
    for (QAbstractSpinBox *box :
         std::initializer_list<QAbstractSpinBox *>{m_panel->stride()->rows(), bias}) {
        box->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    }
    QCOMPARE(m_document->problem().bias, 1.0);
    QCOMPARE(undoCount(), 3);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
    QCOMPARE(m_document->problem().bias, 0.0);
    QCOMPARE(bias->value(), 0.0);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Undo);
    QCOMPARE(m_document->problem().stride, (Pair{1, 1}));
    CONVSTEP_COMPARE_GRIDS(m_document->problem().input, Grid::Ones(5, 5), 0.0);
}

void TestProblemPanelKeyboard::upsamplingTabOrderAndMnemonics()
{
    m_panel->operation()->setCurrentIndex(
        m_panel->operation()->findData(static_cast<int>(Op::UpsampleBilinear)));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    const QStringList expected{"operation",     "inputSizeRows", "inputSizeCols",
                               "inputSizeLink", "fillInput",     "scaleRows",
                               "scaleCols",     "scaleLink",     "alignCorners"};
    m_panel->operation()->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int i = 0; i < expected.size() + 1; ++i) {
        QWidget *focus = QApplication::focusWidget();
        while (focus && !expected.contains(focus->objectName()))
            focus = focus->parentWidget();
        visited << (focus ? focus->objectName() : QStringLiteral("?"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(visited, expected + QStringList{"operation"}); // and round again

    // Unique mnemonics among what shows, none of the menu bar's, the Labs menu's, the start
    // page's or the restore notice's.
    QSet<QString> keys;
    const QString taken = QStringLiteral("FEVPLHBOSRD");
    const auto check = [&](const QString &text) {
        const QString key = QKeySequence::mnemonic(text).toString();
        QVERIFY2(!key.isEmpty(), qPrintable(text));
        QVERIFY2(!keys.contains(key), qPrintable(text));
        QVERIFY2(!taken.contains(key.back()), qPrintable(text));
        keys.insert(key);
    };
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        if (label->buddy() && label->isVisible())
            check(label->text());
    check(m_panel->alignCorners()->text());
    QCOMPARE(keys.size(), 4); // Operation, Input size, Scale, Align corners

    const QLabel *scaleLabel = nullptr;
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        if (label->buddy() == m_panel->scale()->rows())
            scaleLabel = label;
    QVERIFY(scaleLabel);
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::mnemonic(scaleLabel->text()));
    QVERIFY(m_panel->scale()->rows()->hasFocus());
    QTest::keySequence(QApplication::focusWidget(),
                       QKeySequence::mnemonic(m_panel->alignCorners()->text()));
    QTRY_VERIFY(m_document->problem().alignCorners); // the mnemonic clicks the box
    QVERIFY(m_panel->alignCorners()->hasFocus());
}

QTEST_MAIN(TestProblemPanelKeyboard)
#include "tst_problem_panel_keyboard.moc"
