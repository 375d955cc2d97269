#include "tests/widgets/problem_panel_fixture.h"
#include "ui/widgets/pair_editor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QTest>
#include <QToolButton>

#include <utility>

using namespace convstep;
using convstep::test::counting;
using convstep::test::ProblemPanelFixture;

// How the panel reports an invalid problem, and the controls it disables or hides.
class TestProblemPanelErrors final : public QObject, private ProblemPanelFixture
{
    Q_OBJECT

private slots:
    void init() { setUpPanel(); }
    void cleanup() { tearDownPanel(); }

    void invalidKernelShowsTheCoreMessageAndKeepsTheTrace();
    void errorSitsUnderItsField();
    void errorTintFollowsThePalette();
    void kerasSameWithStrideAndDilationIsReportedOnDilation();
    void outputPaddingOnlyForTransposedConvolution();
    void paddingSpinBoxesDisabledForKerasModes();
    void scaleAndAlignCornersErrorsSitUnderTheirControls();
    void errorOfAHiddenFieldGoesToTheGeneralRow();
    void refusedTypingSaysWhy_data();
    void refusedTypingSaysWhy();

private:
    QString outputSize() const
    {
        return m_panel->findChild<QLabel *>(QStringLiteral("outputSize"))->text();
    }
    // Whether the widget would show with the panel (the panel itself need not be on screen).
    bool shown(const QWidget *widget) const { return widget->isVisibleTo(m_panel.get()); }
};

void TestProblemPanelErrors::invalidKernelShowsTheCoreMessageAndKeepsTheTrace()
{
    Problem p = basicProblem();
    p.input = counting(3, 3);
    load(p);
    const auto before = m_model->trace();
    QVERIFY(before);
    const Grid output = before->output;

    m_panel->kernelSize()->rows()->setValue(5); // linked: 5×5 on a 3×3 input, padding 0
    const auto expected = validate(m_document->problem());
    QVERIFY(expected);
    QCOMPARE(QString::fromStdString(expected->field), QStringLiteral("kernel"));
    QCOMPARE(m_panel->errorText(), QString::fromStdString(expected->text()));
    QCOMPARE(m_panel->errorField(), QStringLiteral("kernel"));
    QLabel *label = m_panel->errorLabel(QStringLiteral("kernel"));
    QVERIFY(!label->isHidden());
    QVERIFY(label->text().contains(QString::fromStdString(expected->message)));
    QVERIFY(m_panel->errorLabel(QStringLiteral("stride"))->isHidden());
    QVERIFY(m_panel->kernelSize()->isInvalid());
    QVERIFY(m_panel->kernelSize()->rows()->property("invalid").toBool());
    QVERIFY(!m_panel->inputSize()->isInvalid());
    // The stage keeps the last valid trace.
    QCOMPARE(m_model->trace(), before);
    CONVSTEP_COMPARE_GRIDS(m_model->trace()->output, output, 0.0);
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("outputSize"))->text(),
             QStringLiteral("—"));

    m_panel->paddingMode()->setCurrentIndex(m_panel->paddingMode()->findData(
        static_cast<int>(PaddingMode::Same))); // 'same' pads enough: valid again
    QVERIFY(m_panel->errorText().isEmpty());
    QVERIFY(label->isHidden());
    QVERIFY(!m_panel->kernelSize()->isInvalid());
    QVERIFY(!m_panel->kernelSize()->rows()->property("invalid").toBool());
    QVERIFY(m_model->trace() != before);
}

void TestProblemPanelErrors::errorSitsUnderItsField()
{
    Problem p = basicProblem();
    p.input = counting(3, 3);
    load(p);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->kernelSize()->rows()->setValue(5);
    QApplication::processEvents();
    QLabel *label = m_panel->errorLabel(QStringLiteral("kernel"));
    QVERIFY(label->isVisible());
    const QWidget *content = label->parentWidget();
    const QRect kernel = m_panel->kernelSize()->geometry();
    const QRect stride = m_panel->stride()->geometry();
    QCOMPARE(m_panel->kernelSize()->parentWidget(), content);
    QVERIFY(label->geometry().top() >= kernel.bottom());
    QVERIFY(label->geometry().bottom() <= stride.top());
    QVERIFY(label->geometry().right() <= content->width()); // wrapped, not clipped
    QVERIFY(label->heightForWidth(label->width()) <= label->height());
}

void TestProblemPanelErrors::errorTintFollowsThePalette()
{
    const QPalette original = QApplication::palette();
    Problem p = basicProblem();
    p.input = counting(3, 3);
    load(p);
    m_panel->kernelSize()->rows()->setValue(5);
    const auto tint = [this] {
        return m_panel->kernelSize()->rows()->palette().color(QPalette::Base);
    };
    const QColor normal = m_panel->inputSize()->rows()->palette().color(QPalette::Base);
    QVERIFY(tint() != normal);
    QVERIFY(tint().red() > tint().green());
    const QString lightSheet = m_panel->errorLabel(QStringLiteral("kernel"))->styleSheet();

    QPalette dark = original;
    for (const auto &[role, color] : {std::pair{QPalette::Window, QColor(0x2b, 0x2e, 0x33)},
                                      {QPalette::Base, QColor(0x1e, 0x21, 0x26)},
                                      {QPalette::Button, QColor(0x2b, 0x2e, 0x33)},
                                      {QPalette::WindowText, QColor(0xec, 0xef, 0xf4)},
                                      {QPalette::Text, QColor(0xec, 0xef, 0xf4)},
                                      {QPalette::ButtonText, QColor(0xec, 0xef, 0xf4)}})
        dark.setColor(role, color);
    QApplication::setPalette(dark);
    QApplication::processEvents();
    QVERIFY(tint().lightnessF() < 0.5); // re-derived from the dark base
    QVERIFY(tint().red() > tint().green());
    QCOMPARE(m_panel->inputSize()->rows()->palette().color(QPalette::Base),
             dark.color(QPalette::Base));
    QVERIFY(m_panel->errorLabel(QStringLiteral("kernel"))->styleSheet() != lightSheet);
    QApplication::setPalette(original);
    QApplication::processEvents();

    m_document->undoStack()->undo(); // valid again: the box follows the theme once more
    QCOMPARE(m_panel->kernelSize()->rows()->palette().color(QPalette::Base), normal);
}

void TestProblemPanelErrors::kerasSameWithStrideAndDilationIsReportedOnDilation()
{
    m_panel->paddingMode()->setCurrentIndex(2);
    QCOMPARE(m_document->problem().paddingMode, PaddingMode::Same);
    m_panel->stride()->rows()->setValue(2);
    QVERIFY(m_panel->errorText().isEmpty());
    const auto before = m_model->trace();
    m_panel->dilation()->rows()->setValue(2);
    const auto expected = validate(m_document->problem());
    QVERIFY(expected);
    QCOMPARE(m_panel->errorText(), QString::fromStdString(expected->text()));
    QVERIFY(m_panel->errorText().contains(QStringLiteral("Keras does not allow")));
    QCOMPARE(m_panel->errorField(), QStringLiteral("dilation"));
    QVERIFY(!m_panel->errorLabel(QStringLiteral("dilation"))->isHidden());
    QVERIFY(m_panel->dilation()->isInvalid());
    QCOMPARE(m_model->trace(), before);
    QCOMPARE(m_model->trace()->problem.dilation, (Pair{1, 1}));
    m_document->undoStack()->undo();
    QVERIFY(m_panel->errorText().isEmpty());
    QVERIFY(!m_panel->dilation()->isInvalid());
}

void TestProblemPanelErrors::outputPaddingOnlyForTransposedConvolution()
{
    QVERIFY(!m_panel->outputPadding()->isEnabled());
    QVERIFY(!m_panel->outputPadding()->rows()->isEnabled());
    m_panel->operation()->setCurrentIndex(1);
    QCOMPARE(m_document->problem().op, Op::ConvTranspose2d);
    QVERIFY(m_panel->outputPadding()->rows()->isEnabled());
    m_panel->stride()->rows()->setValue(2);
    m_panel->outputPadding()->rows()->setValue(1);
    QCOMPARE(m_document->problem().outputPadding, (Pair{1, 1}));
    // Switching back clears the output padding in the same edit, so no error appears.
    const int count = undoCount();
    m_panel->operation()->setCurrentIndex(0);
    QCOMPARE(undoCount(), count + 1);
    QCOMPARE(m_document->problem().outputPadding, (Pair{0, 0}));
    QVERIFY(!m_panel->outputPadding()->rows()->isEnabled());
    QVERIFY(m_panel->errorText().isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_panel->outputPadding()->value(), (Pair{1, 1}));
    QVERIFY(m_panel->outputPadding()->rows()->isEnabled());
}

void TestProblemPanelErrors::paddingSpinBoxesDisabledForKerasModes()
{
    QVERIFY(m_panel->padding()->rows()->isEnabled());
    for (const PaddingMode mode : {PaddingMode::Valid, PaddingMode::Same}) {
        m_panel->paddingMode()->setCurrentIndex(
            m_panel->paddingMode()->findData(static_cast<int>(mode)));
        QCOMPARE(m_document->problem().paddingMode, mode);
        QVERIFY(!m_panel->padding()->rows()->isEnabled());
        QVERIFY(!m_panel->padding()->cols()->isEnabled());
        QVERIFY(!m_panel->padding()->linkButton()->isEnabled());
    }
    m_panel->paddingMode()->setCurrentIndex(0);
    QVERIFY(m_panel->padding()->rows()->isEnabled());
    QCOMPARE(undoCount(), 3);
}

void TestProblemPanelErrors::scaleAndAlignCornersErrorsSitUnderTheirControls()
{
    Problem p;
    p.op = Op::MaxUnpool2d;
    p.input = counting(4, 4);
    p.scale = {9, 9}; // beyond the box, as only a program could make it
    load(p);
    QCOMPARE(m_panel->errorField(), QStringLiteral("scale"));
    QLabel *label = m_panel->errorLabel(QStringLiteral("scale"));
    QVERIFY(shown(label));
    QVERIFY(label->text().contains(QStringLiteral("between 1 and 8")));
    QVERIFY(m_panel->scale()->isInvalid());
    QCOMPARE(outputSize(), QStringLiteral("—"));

    // Scale 5 on a 4×4 input: max unpooling's input error, under the input.
    m_panel->scale()->rows()->setValue(5);
    QCOMPARE(m_panel->errorField(), QStringLiteral("input"));
    QVERIFY(m_panel->inputSize()->isInvalid());
    QVERIFY(!m_panel->scale()->isInvalid());
    QVERIFY(!shown(label));
    m_panel->scale()->rows()->setValue(2);
    QVERIFY(m_panel->errorText().isEmpty());
    QCOMPARE(outputSize(), QStringLiteral("4×4"));

    // align_corners on a convolution keeps its box so it can be cleared there.
    Problem conv = basicProblem();
    conv.alignCorners = true;
    load(conv);
    QCOMPARE(m_panel->errorField(), QStringLiteral("align_corners"));
    QVERIFY(shown(m_panel->errorLabel(QStringLiteral("align_corners"))));
    QVERIFY(shown(m_panel->alignCorners()));
    QVERIFY(m_panel->alignCorners()->property("invalid").toBool());
    m_panel->alignCorners()->click();
    QVERIFY(m_panel->errorText().isEmpty());
    QVERIFY(!shown(m_panel->alignCorners()));
    QVERIFY(!m_panel->alignCorners()->property("invalid").toBool());
}

void TestProblemPanelErrors::errorOfAHiddenFieldGoesToTheGeneralRow()
{
    Problem p;
    p.op = Op::UpsampleNearest;
    p.input = counting(3, 3);
    p.scale = {2, 2};
    p.bias = 1; // no bias row for an upsampling op
    load(p);
    QVERIFY(m_model->error());
    QCOMPARE(m_panel->errorField(), QString());
    QVERIFY(shown(m_panel->errorLabel(QString())));
    QVERIFY(m_panel->errorText().startsWith(QLatin1String("bias: does not apply")));
    QVERIFY(!shown(m_panel->errorLabel(QStringLiteral("bias"))));
}

void TestProblemPanelErrors::refusedTypingSaysWhy_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("why");
    QTest::addColumn<int>("valid"); // a value then typed that the problem takes

    QTest::newRow("stride 99") << "strideRows"
                               << "stride"
                               << "99" << 9 << "Stride is at most 16: 99 is too large" << 2;
    QTest::newRow("input 999") << "inputSizeCols"
                               << "input"
                               << "999" << 99 << "Input is at most 512: 999 is too large" << 4;
    QTest::newRow("a letter") << "dilationRows"
                              << "dilation"
                              << "x" << 1 << "Dilation takes a whole number from 1 to 16" << 2;
    QTest::newRow("a minus sign") << "paddingRows"
                                  << "padding"
                                  << "-" << 0 << "Padding takes a whole number from 0 to 64" << 2;
}

void TestProblemPanelErrors::refusedTypingSaysWhy()
{
    QFETCH(QString, box);
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(int, value);
    QFETCH(QString, why);
    QFETCH(int, valid);

    m_panel->show(); // a box shows its value as text once it is on screen
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *spin = m_panel->findChild<QSpinBox *>(box);
    QVERIFY(spin);
    QCOMPARE(spin->text(), QString::number(spin->value()));
    QLabel *label = m_panel->errorLabel(field);
    spin->selectAll();
    QTest::keyClicks(spin, typed);
    QCOMPARE(spin->value(), value);
    QCOMPARE(spin->text(), QString::number(value)); // the box kept what it could take
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), why);
    QVERIFY(m_panel->errorText().isEmpty()); // a note on the typing, not an error of the problem

    // Typing that is taken says nothing more.
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(valid));
    QCOMPARE(spin->value(), valid);
    QVERIFY(label->isHidden());
}

QTEST_MAIN(TestProblemPanelErrors)
#include "tst_problem_panel_errors.moc"
