#include "core/narration.h"
#include "core/op_switch.h"
#include "io/text.h"
#include "ui/session/lesson_document.h"
#include "ui/widgets/bias_box.h"
#include "ui/widgets/channel_editor.h"
#include "ui/widgets/problem_panel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QRandomGenerator>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>

// The panel's edits and the fill menus: each edit builds the next problem from the document's (so
// fields the panel cannot show exactly, such as a bias beyond the box's range, pass through
// untouched) and pushes it as one undo command.
namespace convstep {
namespace {

// A tool button whose size counts the menu arrow, which Fusion otherwise draws over the text
// of an instant-popup button.
class MenuButton final : public QToolButton
{
public:
    using QToolButton::QToolButton;

    QSize sizeHint() const override
    {
        const int arrow = style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
        return QToolButton::sizeHint() + QSize(arrow, 0);
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

QString sizeString(Pair p)
{
    return qt(sizeText(p));
}

QString switchText(Op op)
{
    switch (op) {
    case Op::Conv2d:
        return ProblemPanel::tr("Switch to convolution");
    case Op::ConvTranspose2d:
        return ProblemPanel::tr("Switch to transposed convolution");
    case Op::UpsampleNearest:
        return ProblemPanel::tr("Switch to nearest upsampling");
    case Op::UpsampleBilinear:
        return ProblemPanel::tr("Switch to bilinear upsampling");
    case Op::BedOfNails:
        return ProblemPanel::tr("Switch to bed of nails");
    case Op::MaxUnpool2d:
        return ProblemPanel::tr("Switch to max unpooling");
    }
    return QString();
}

} // namespace

QToolButton *ProblemPanel::makeFillButton(GridTarget target)
{
    const bool input = target == GridTarget::Input;
    const QString stem = input ? QStringLiteral("fillInput") : QStringLiteral("fillKernel");
    const IntRange range = randomRange(target);
    auto *button = new MenuButton(m_content);
    button->setObjectName(stem);
    button->setText(tr("Fill"));
    button->setAccessibleName(input ? tr("Fill input") : tr("Fill kernel"));
    button->setToolTip(input ? tr("Fill the input with random integers, ones, 1 to n or zeros")
                             : tr("Fill the kernel with random integers, ones, 1 to n or zeros"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(button);
    const struct
    {
        Fill fill;
        const char *name;
        QString text;
    } items[] = {
        {Fill::Random, "Random",
         tr("&Random integers (%1 to %2)").arg(range.lo).arg(range.hi).replace('-', QChar(0x2212))},
        {Fill::Ones, "Ones", tr("&Ones")},
        {Fill::Counting, "Counting", tr("&Counting 1, 2, 3, … row by row")},
        {Fill::Zeros, "Zeros", tr("&Zeros")},
    };
    for (const auto &item : items) {
        // Parented to the panel so findChild<QAction *>("fillInputRandom") reaches it.
        auto *action = new QAction(item.text, this);
        action->setObjectName(stem + QLatin1String(item.name));
        connect(action, &QAction::triggered, this,
                [this, target, fill = item.fill] { this->fill(target, fill); });
        menu->addAction(action);
        m_fillActions[input ? 0 : 1][static_cast<int>(item.fill)] = action;
    }
    button->setMenu(menu);
    return button;
}

void ProblemPanel::edit(const Problem &problem, const QString &description, const QString &mergeKey)
{
    m_document->editProblem(problem, description, mergeKey);
}

const QUndoCommand *ProblemPanel::topCommand() const
{
    QUndoStack *stack = m_document->undoStack();
    return stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
}

// A run of edits of one size box (typing "12" passes through 1; stepping 5 → 4 → 5) merges
// into one undo entry, so it also resizes from the grid the run started with: the values a
// passing size cut off come back instead of being reseeded. The run ends as soon as anything
// else reaches the undo stack or the grid is no longer the one the run left.
Grid ProblemPanel::resizeInRun(const Grid &current, Pair size, GridTarget target,
                               const QString &control)
{
    const bool continuing = m_run.control == control && m_run.command
        && m_run.command == topCommand() && sizeOf(current) == sizeOf(m_run.result)
        && (current.array() == m_run.result.array()).all();
    if (!continuing)
        m_run = {control, nullptr, current, Grid()};
    m_run.result = resizedGrid(m_run.base, size, target);
    return m_run.result;
}

void ProblemPanel::editPair(const QString &field, Pair value, const QString &control)
{
    Problem p = m_document->problem();
    QString description;
    const bool resize = field == QLatin1String("input") || field == QLatin1String("kernel");
    if (field == QLatin1String("input")) {
        p.input = resizeInRun(p.input, value, GridTarget::Input, control);
        matchChannelSizes(p, GridTarget::Input);
        description = tr("Resize input to %1").arg(sizeString(value));
    } else if (field == QLatin1String("kernel")) {
        p.kernel = resizeInRun(p.kernel, value, GridTarget::Kernel, control);
        matchChannelSizes(p, GridTarget::Kernel);
        description = tr("Resize kernel to %1").arg(sizeString(value));
    } else if (field == QLatin1String("stride")) {
        p.stride = value;
        description = tr("Set stride to %1").arg(qt(pairText(value)));
    } else if (field == QLatin1String("padding")) {
        p.padding = value;
        description = tr("Set padding to %1").arg(qt(pairText(value)));
    } else if (field == QLatin1String("scale")) {
        p.scale = value;
        description = tr("Set scale to %1").arg(qt(pairText(value)));
    } else if (field == QLatin1String("dilation")) {
        p.dilation = value;
        description = tr("Set dilation to %1").arg(qt(pairText(value)));
    } else {
        p.outputPadding = value;
        description = tr("Set output padding to %1").arg(qt(pairText(value)));
    }
    edit(p, description, control);
    if (resize)
        m_run.command = topCommand();
}

// withOp() makes the problem one of the new kind (a kernel for a convolution, a scale for an
// upsampling op, output padding only where it exists), so the switch is one edit that is valid
// whenever the input is, and undo brings back every field it changed.
void ProblemPanel::editOperation(int index)
{
    const QVariant data = m_operation->itemData(index);
    if (!data.isValid()) { // the separator: show the document's op again
        syncFromDocument();
        return;
    }
    const Op op = static_cast<Op>(data.toInt());
    if (op == m_document->problem().op)
        return;
    edit(withOp(m_document->problem(), op), switchText(op), QString());
}

void ProblemPanel::editAlignCorners(bool on)
{
    Problem p = m_document->problem();
    p.alignCorners = on;
    edit(p, on ? tr("Align corners") : tr("Stop aligning corners"), QString());
}

void ProblemPanel::editPaddingMode(int index)
{
    Problem p = m_document->problem();
    p.paddingMode = static_cast<PaddingMode>(m_paddingMode->itemData(index).toInt());
    edit(p, tr("Set padding to %1").arg(m_paddingMode->itemText(index)), QString());
}

void ProblemPanel::editBias(double value)
{
    Problem p = m_document->problem();
    p.bias = value;
    edit(p, tr("Set bias to %1").arg(m_bias->textFromValue(value)), m_bias->objectName());
}

// Each fill is its own undo entry (no merge key), so undo steps back one roll of the dice.
void ProblemPanel::fill(GridTarget target, Fill fill)
{
    Problem p = m_document->problem();
    if (target == GridTarget::Kernel && isUpsampling(p.op))
        return; // no kernel to fill (the button is hidden)
    Grid &grid = target == GridTarget::Input ? p.input : p.kernel;
    grid = filledGrid(sizeOf(grid), fill, target, *QRandomGenerator::global());
    fillChannels(p, target, fill, *QRandomGenerator::global());
    const QString what = target == GridTarget::Input ? tr("input") : tr("kernel");
    QString description;
    switch (fill) {
    case Fill::Random:
        description = tr("Fill %1 with random integers").arg(what);
        break;
    case Fill::Ones:
        description = tr("Fill %1 with ones").arg(what);
        break;
    case Fill::Counting:
        description = tr("Fill %1 with 1 to %2").arg(what).arg(grid.size());
        break;
    case Fill::Zeros:
        description = tr("Fill %1 with zeros").arg(what);
        break;
    }
    edit(p, description, QString());
}

} // namespace convstep
