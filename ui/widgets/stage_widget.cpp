#include "ui/widgets/stage_widget.h"

#include "core/channels.h"
#include "core/narration.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/render/matrix_frame.h"
#include "ui/widgets/stage_accessible.h"
#include "ui/widgets/stage_grids.h"

#include <QAction>
#include <QApplication>
#include <QDoubleValidator>
#include <QFontInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
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

constexpr double zoomStep = 1.25; // one wheel notch or one key press
constexpr double wheelPanPixels = 60.0; // one wheel notch, when zoomed

// Zoom stays when only values change (an edit, a step); a new picture fits the stage again.
bool sameShape(const StageFrame &a, const StageFrame &b)
{
    if (!a.trace || !b.trace)
        return false;
    const Trace &x = *a.trace;
    const Trace &y = *b.trace;
    return x.view == y.view && x.problem.op == y.problem.op && sourceSize(x) == sourceSize(y)
        && sizeOf(x.problem.kernel) == sizeOf(y.problem.kernel)
        && x.geometry.outputSize() == y.geometry.outputSize();
}

} // namespace

StageWidget::StageWidget(QWidget *parent)
    : QWidget(parent)
{
    installStageAccessibility(); // before anything makes Qt ask for the stage's interface
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Stage"));
    m_editor = new QLineEdit(this);
    m_editor->hide();
    m_editor->setAlignment(Qt::AlignCenter);
    m_editor->setAccessibleName(tr("Cell value"));
    m_editor->setAccessibleDescription(tr("Enter sets the cell to this number; Escape cancels"));
    connect(m_editor, &QLineEdit::returnPressed, this, &StageWidget::commitEdit);
    connect(m_editor, &QLineEdit::textEdited, this, [this] {
        m_editor->setStyleSheet(QString()); // the warning goes as soon as the text changes
    });
    m_editor->installEventFilter(this);
    createZoomActions();
}

void StageWidget::createZoomActions()
{
    const auto add = [this](const QString &text, const QList<QKeySequence> &keys,
                            void (StageWidget::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_zoomIn = add(tr("Zoom &In"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)},
                   &StageWidget::zoomIn);
    m_zoomIn->setObjectName(QStringLiteral("zoomIn"));
    m_zoomOut = add(tr("Zoom &Out"), {QKeySequence(Qt::Key_Minus)}, &StageWidget::zoomOut);
    m_zoomOut->setObjectName(QStringLiteral("zoomOut"));
    m_fit = add(tr("&Fit the Stage"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &StageWidget::fitStage);
    m_fit->setObjectName(QStringLiteral("fitStage"));
}

void StageWidget::setFrame(StageFrame frame)
{
    if (!m_view.isFitted() && !sameShape(m_frame, frame))
        m_view.fit();
    m_frame = std::move(frame);
    relayout();
    update();
    emit frameShown();
}

void StageWidget::relayout()
{
    if (m_frame.trace)
        m_layout = m_view.layout(m_frame, QSizeF(size()));
    placeEditor();
    updateCursor();
    emit laidOut();
}

// Over the cell being edited, wherever zoom and pan have put it; at least as wide as a number.
void StageWidget::placeEditor()
{
    if (!m_editing)
        return;
    const QRectF cell = m_view.toWidget(m_layout.box(*m_editing).cellRect(m_editing->cell));
    // Its number as large as the cell's, within reason.
    QFont font = this->font();
    font.setPixelSize(std::clamp(static_cast<int>(cell.height() * 0.36),
                                 QFontInfo(this->font()).pixelSize(), 32));
    m_editor->setFont(font);
    const double line = m_editor->sizeHint().height();
    const QSizeF size(std::max(cell.width() + 16, 4.0 * line),
                      std::clamp(cell.height() + 4, line, 2.0 * line));
    QRectF place(QPointF(0, 0), size);
    place.moveCenter(cell.center());
    m_editor->setGeometry(place.toAlignedRect());
}

void StageWidget::updateCursor(std::optional<QPointF> pointer)
{
    if (m_draggedTo)
        setCursor(Qt::ClosedHandCursor);
    else if (pointer && deckTileAt(*pointer))
        setCursor(Qt::PointingHandCursor); // a deck's tile is a button
    else if (!m_view.isFitted())
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

std::optional<StageCell> StageWidget::cellAt(QPointF widgetPoint) const
{
    if (!m_frame.trace || m_blanked)
        return std::nullopt;
    return m_layout.hitTest(m_view.toLayout(widgetPoint));
}

std::optional<DeckTile> StageWidget::deckTileAt(QPointF widgetPoint) const
{
    if (!m_frame.trace || m_blanked)
        return std::nullopt;
    return m_layout.deckTileAt(m_view.toLayout(widgetPoint));
}

void StageWidget::zoomBy(double factor, QPointF anchor)
{
    if (!m_frame.trace)
        return;
    m_layout = m_view.zoomBy(factor, anchor, m_frame, QSizeF(size()));
    placeEditor();
    updateCursor();
    update();
}

void StageWidget::zoomIn()
{
    zoomBy(zoomStep, QRectF(rect()).center());
}

void StageWidget::zoomOut()
{
    zoomBy(1.0 / zoomStep, QRectF(rect()).center());
}

void StageWidget::fitStage()
{
    m_view.fit();
    relayout();
    update();
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
    // Zoomed, most of the stage is off the widget: the clip lets the renderer skip it.
    painter.setClipRect(rect());
    painter.setTransform(m_view.transform());
    m_renderer.paint(painter, m_view.area(), m_frame);
}

void StageWidget::resizeEvent(QResizeEvent *)
{
    relayout();
}

void StageWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = event->position();
    if (m_pressedAt && (event->buttons() & Qt::LeftButton) && !m_view.isFitted()) {
        if (!m_draggedTo
            && (at - *m_pressedAt).manhattanLength() >= QApplication::startDragDistance()) {
            m_draggedTo = m_pressedAt;
            emit hovered(std::nullopt);
        }
        if (m_draggedTo) {
            m_view.panBy(at - *m_draggedTo);
            m_draggedTo = at;
            placeEditor();
            updateCursor();
            update();
            return;
        }
    }
    if (m_frame.trace && !m_blanked) {
        updateCursor(at);
        emit hovered(cellAt(at));
    }
}

void StageWidget::leaveEvent(QEvent *)
{
    emit hovered(std::nullopt);
}

void StageWidget::keyPressEvent(QKeyEvent *event)
{
    // Arrow keys alone step through the lesson; with Shift they move the cell cursor.
    if (m_frame.trace && !m_blanked
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::ShiftModifier)
        if (const auto cell = movedCursor(m_layout, m_frame.selection, event->key())) {
            emit cursorMoved(*cell);
            return;
        }
    QWidget::keyPressEvent(event);
}

void StageWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (isEditing())
        commitEdit();
    if (event->button() == Qt::LeftButton)
        m_pressedAt = event->position();
}

// A click selects on release, so that a press which turns into a drag pans instead.
void StageWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressedAt)
        return;
    const bool dragged = m_draggedTo.has_value();
    m_pressedAt.reset();
    m_draggedTo.reset();
    updateCursor(event->position());
    if (dragged || !m_frame.trace)
        return;
    if (const auto tile = deckTileAt(event->position())) {
        emit channelPicked(tile->role, tile->channel);
        return;
    }
    emit clicked(m_layout.hitTest(m_view.toLayout(event->position())));
}

void StageWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_pressedAt = event->position(); // its release is a click too
    if (const auto cell = cellAt(event->position()))
        editCell(*cell);
}

// Ctrl+wheel zooms about the pointer; once zoomed, the wheel pans (Shift: sideways).
void StageWidget::wheelEvent(QWheelEvent *event)
{
    if (!m_frame.trace || m_blanked) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        const double notches = event->angleDelta().y() / 120.0;
        if (notches != 0.0)
            zoomBy(std::pow(zoomStep, notches), event->position());
        event->accept();
        return;
    }
    if (m_view.isFitted()) {
        event->ignore();
        return;
    }
    QPointF delta = event->pixelDelta().isNull()
        ? QPointF(event->angleDelta()) / 120.0 * wheelPanPixels
        : QPointF(event->pixelDelta());
    if ((event->modifiers() & Qt::ShiftModifier) && delta.x() == 0.0)
        delta = {delta.y(), 0.0};
    m_view.panBy(delta);
    placeEditor();
    update();
    event->accept();
}

bool StageWidget::editable(StageCell cell) const
{
    if (!m_frame.trace)
        return false;
    if (cell.role == GridRole::Kernel)
        return !isUpsampling(m_frame.trace->problem.op); // max unpooling's pooled grid is derived
    if (cell.role != GridRole::Source)
        return false;
    // A backward view's ∂L/∂y is editable where it has a cell; its zeros around it are not.
    const SourceCell source =
        channelSourceCell(*m_frame.trace, cell.cell, cellChannels(m_frame, cell).in);
    return source.kind == SourceKind::Input
        || (source.kind == SourceKind::Upstream && source.upstream.has_value());
}

bool StageWidget::editCell(StageCell cell)
{
    if (!editable(cell))
        return false;
    const QRectF rect = m_layout.box(cell).cellRect(cell.cell); // in a stack: its row's
    if (m_view.toWidget(rect).width() < 4.0)
        return false;
    m_view.reveal(rect);
    update();
    m_editing = cell;
    const Problem &p = m_frame.trace->problem;
    const ChannelPair channels = cellChannels(m_frame, cell);
    double value = 0.0;
    if (cell.role == GridRole::Kernel) {
        const Cell k = kernelElementAt(m_frame, cell.cell);
        value = weightOf(p, channels.out, channels.in)(k.row, k.col);
    } else {
        value = channelSourceCell(*m_frame.trace, cell.cell, channels.in).value;
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
    const ChannelPair channels = cellChannels(m_frame, cell);
    if (cell.role == GridRole::Kernel) {
        cell.cell = kernelElementAt(m_frame, cell.cell);
    } else {
        const SourceCell source = channelSourceCell(*m_frame.trace, cell.cell, channels.in);
        if (source.kind == SourceKind::Upstream) {
            cancelEdit();
            emit upstreamEdited(*source.upstream, *value);
            return;
        }
        cell.cell = *source.input;
    }
    cancelEdit();
    emit cellEdited(cell, channels, *value);
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
        const auto cell = cellAt(help->pos());
        const auto tile = deckTileAt(help->pos());
        if (cell)
            QToolTip::showText(help->globalPos(), describe(*cell), this);
        else if (tile)
            QToolTip::showText(help->globalPos(), describe(*tile), this);
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
    const Problem &problem = trace.problem;
    // A channel problem's cells are those of the channels in front (a stack: of the cell's
    // row), named with their channel.
    const ChannelPair pair = cellChannels(m_frame, cell);
    switch (cell.role) {
    case GridRole::Source: {
        const SourceCell source = channelSourceCell(trace, cell.cell, pair.in);
        if (source.kind == SourceKind::Padding)
            return tr("Padding: a zero added around the input");
        if (source.kind == SourceKind::InsertedZero)
            return tr("Inserted zero (stride − 1 zeros between input cells)");
        return tr("Input %1 = %2\nDouble-click to edit")
            .arg(qt(channelCellText(problem, pair.in, *source.input)), numberText(source.value));
    }
    case GridRole::Kernel: {
        if (isUpsampling(problem.op))
            return tr("Pooled cell %1: the largest value of its block, and where it came from")
                .arg(cellName(cell.cell));
        const Cell k = kernelElementAt(m_frame, cell.cell);
        QString text = tr("Kernel %1 = %2")
                           .arg(qt(weightCellText(problem, pair, k)),
                                numberText(weightOf(problem, pair.out, pair.in)(k.row, k.col)));
        if (m_frame.question)
            return text; // where its products go is what is being predicted
        int shown = 0;
        for (const Mac &mac : linksOf(m_frame, cell)) {
            if (++shown > 12) {
                text += QStringLiteral("\n…");
                break;
            }
            text += QStringLiteral("\n%1 · %2 = %3 → %4")
                        .arg(numberText(mac.value), numberText(mac.weight), numberText(mac.product),
                             mac.out ? tr("output %1")
                                           .arg(qt(channelCellText(
                                               problem, mac.outChannel.value_or(0), *mac.out)))
                                     : tr("cropped"));
        }
        return text;
    }
    case GridRole::Target: {
        if (m_frame.question) // values, and where the output lies, are being predicted
            return tr("Cell %1").arg(cellName(cell.cell));
        const Cell origin = outputOrigin(trace);
        const Cell out{cell.cell.row - origin.row, cell.cell.col - origin.col};
        const Pair size = trace.geometry.outputSize();
        const bool inside = out.row >= 0 && out.row < size.h && out.col >= 0 && out.col < size.w;
        const GridState &state = *m_frame.after; // the front channel's (PlaybackModel)
        const Cell at{cell.cell.row - origin.row - state.offset.row,
                      cell.cell.col - origin.col - state.offset.col};
        const bool known = at.row >= 0 && at.row < state.values.rows() && at.col >= 0
            && at.col < state.values.cols() && state.written(at.row, at.col);
        QString text = inside ? tr("Output %1").arg(qt(channelCellText(problem, pair.out, out)))
                              : tr("Canvas cell outside the output");
        if (known)
            text += QStringLiteral(" = %1\n%2")
                        .arg(numberText(state.values(at.row, at.col)),
                             counted(CONVSTEP_TR_N("convstep::StageWidget", "%n products so far",
                                                   "%n product so far"),
                                     state.counts(at.row, at.col)));
        if (inside)
            text += QStringLiteral("\n")
                + tr("Final value %1")
                      .arg(numberText(outputChannel(trace, pair.out)(out.row, out.col)));
        return text;
    }
    case GridRole::MatrixEntry:
    case GridRole::InputVector:
    case GridRole::OutputVector:
        return matrixCellText(m_frame, cell);
    }
    return {};
}

QString StageWidget::describe(DeckTile tile) const
{
    switch (tile.role) {
    case GridRole::Source:
        return tr("Show input channel %1").arg(tile.channel);
    case GridRole::Target:
        return tr("Show output channel %1").arg(tile.channel);
    default: {
        const ChannelPair pair = pairOfKernel(m_frame.trace->problem, tile.channel);
        const auto index = weightIndex(m_frame.trace->problem, pair.out, pair.in);
        return tr("Show kernel %1").arg(QStringLiteral("W[%1, %2]").arg(index[0]).arg(index[1]));
    }
    }
}

} // namespace convstep
