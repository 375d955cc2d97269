#include "ui/widgets/stage_widget.h"

#include "core/narration.h"
#include "io/text.h"
#include "ui/render/matrix_frame.h"

#include <QDoubleValidator>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace convstep {
namespace {

QString cellName(Cell c)
{
    return qt(cellText(c));
}

// Accepts what a person types for a number: a plain double, optionally with a leading
// minus sign written as − (U+2212).
std::optional<double> parseNumber(QString text)
{
    text = text.trimmed().replace(QChar(0x2212), QLatin1Char('-'));
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

StageWidget::StageWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Stage"));
    m_editor = new QLineEdit(this);
    m_editor->hide();
    m_editor->setAlignment(Qt::AlignCenter);
    m_editor->setAccessibleName(tr("Cell value"));
    connect(m_editor, &QLineEdit::returnPressed, this, &StageWidget::commitEdit);
    connect(m_editor, &QLineEdit::textEdited, this, [this] {
        m_editor->setStyleSheet(QString()); // the warning goes as soon as the text changes
    });
    m_editor->installEventFilter(this);
}

void StageWidget::setFrame(StageFrame frame)
{
    m_frame = std::move(frame);
    relayout();
    update();
}

void StageWidget::relayout()
{
    if (m_frame.trace)
        m_layout = layoutStage(QRectF(rect()), m_frame);
    if (m_editing && isEditing()) {
        const QRectF cell = m_layout.box(m_editing->role).cellRect(m_editing->cell);
        m_editor->setGeometry(cell.adjusted(-8, -2, 8, 2).toRect());
    }
}

void StageWidget::setBlanked(bool blanked)
{
    m_blanked = blanked;
    update();
}

void StageWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_blanked || !m_frame.trace) {
        painter.fillRect(rect(), paletteFor(m_frame.style.theme).background);
        return;
    }
    m_renderer.paint(painter, QRectF(rect()), m_frame);
}

void StageWidget::resizeEvent(QResizeEvent *)
{
    relayout();
}

void StageWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_frame.trace && !m_blanked)
        emit hovered(m_layout.hitTest(event->position()));
}

void StageWidget::leaveEvent(QEvent *)
{
    emit hovered(std::nullopt);
}

void StageWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (isEditing())
        commitEdit();
    if (event->button() == Qt::LeftButton && m_frame.trace)
        emit clicked(m_layout.hitTest(event->position()));
}

void StageWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_frame.trace)
        return;
    if (const auto cell = m_layout.hitTest(event->position()))
        editCell(*cell);
}

bool StageWidget::editable(StageCell cell) const
{
    if (!m_frame.trace)
        return false;
    if (cell.role == GridRole::Kernel)
        return !isUpsampling(m_frame.trace->problem.op); // max unpooling's pooled grid is derived
    return cell.role == GridRole::Source
        && sourceCell(*m_frame.trace, cell.cell).kind == SourceKind::Input;
}

bool StageWidget::editCell(StageCell cell)
{
    if (!editable(cell) || m_layout.box(cell.role).cell < 4.0)
        return false;
    m_editing = cell;
    const Problem &p = m_frame.trace->problem;
    double value = 0.0;
    if (cell.role == GridRole::Kernel) {
        const Cell k = kernelElementAt(m_frame, cell.cell);
        value = p.kernel(k.row, k.col);
    } else {
        value = sourceCell(*m_frame.trace, cell.cell).value;
    }
    m_editor->setStyleSheet(QString());
    m_editor->setText(numberText(value));
    m_editor->selectAll();
    relayout();
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

bool StageWidget::isEditing() const
{
    return m_editor->isVisible();
}

void StageWidget::commitEdit()
{
    if (!m_editing || !isEditing())
        return;
    const auto value = parseNumber(m_editor->text());
    if (!value) {
        // Bad text stays where it was typed, marked, until it is fixed or Escape is pressed.
        m_editor->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #d1242f; }"));
        m_editor->setToolTip(tr("Type a number, such as 3, -1.5 or 2e-3"));
        QToolTip::showText(m_editor->mapToGlobal(QPoint(0, m_editor->height())),
                           m_editor->toolTip(), m_editor);
        return;
    }
    StageCell cell = *m_editing;
    if (cell.role == GridRole::Kernel)
        cell.cell = kernelElementAt(m_frame, cell.cell);
    else
        cell.cell = *sourceCell(*m_frame.trace, cell.cell).input;
    cancelEdit();
    emit cellEdited(cell, *value);
}

void StageWidget::cancelEdit()
{
    m_editing.reset();
    m_editor->hide();
    setFocus(Qt::OtherFocusReason);
}

bool StageWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_frame.trace) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto cell = m_layout.hitTest(help->pos());
        if (cell)
            QToolTip::showText(help->globalPos(), describe(*cell), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

bool StageWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelEdit();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString StageWidget::describe(StageCell cell) const
{
    const Trace &trace = *m_frame.trace;
    switch (cell.role) {
    case GridRole::Source: {
        const SourceCell source = sourceCell(trace, cell.cell);
        if (source.kind == SourceKind::Padding)
            return tr("Padding: a zero added around the input");
        if (source.kind == SourceKind::InsertedZero)
            return tr("Inserted zero (stride − 1 zeros between input cells)");
        return tr("Input %1 = %2\nDouble-click to edit")
            .arg(cellName(*source.input), numberText(source.value));
    }
    case GridRole::Kernel: {
        if (isUpsampling(trace.problem.op))
            return tr("Pooled cell %1: the largest value of its block, and where it came from")
                .arg(cellName(cell.cell));
        const Cell k = kernelElementAt(m_frame, cell.cell);
        QString text =
            tr("Kernel %1 = %2").arg(cellName(k), numberText(trace.problem.kernel(k.row, k.col)));
        int shown = 0;
        for (const Mac &mac : linksOf(m_frame, cell)) {
            if (++shown > 12) {
                text += QStringLiteral("\n…");
                break;
            }
            text += QStringLiteral("\n%1 · %2 = %3 → %4")
                        .arg(numberText(mac.value), numberText(mac.weight), numberText(mac.product),
                             mac.out ? tr("output %1").arg(cellName(*mac.out)) : tr("cropped"));
        }
        return text;
    }
    case GridRole::Target: {
        const Cell origin = outputOrigin(trace);
        const Cell out{cell.cell.row - origin.row, cell.cell.col - origin.col};
        const Pair size = trace.geometry.outputSize();
        const bool inside = out.row >= 0 && out.row < size.h && out.col >= 0 && out.col < size.w;
        const GridState &state = *m_frame.after;
        const Cell at{cell.cell.row - origin.row - state.offset.row,
                      cell.cell.col - origin.col - state.offset.col};
        const bool known = at.row >= 0 && at.row < state.values.rows() && at.col >= 0
            && at.col < state.values.cols() && state.written(at.row, at.col);
        QString text =
            inside ? tr("Output %1").arg(cellName(out)) : tr("Canvas cell outside the output");
        if (known)
            text += QStringLiteral(" = %1\n%2")
                        .arg(numberText(state.values(at.row, at.col)),
                             tr("%n product(s) so far", nullptr, state.counts(at.row, at.col)));
        if (inside)
            text += QStringLiteral("\n")
                + tr("Final value %1").arg(numberText(trace.output(out.row, out.col)));
        return text;
    }
    case GridRole::MatrixEntry:
    case GridRole::InputVector:
    case GridRole::OutputVector:
        return matrixCellText(m_frame, cell);
    }
    return {};
}

} // namespace convstep
