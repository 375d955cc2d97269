#include "ui/widgets/grid_accessible.h"

#include "ui/widgets/stage_cell_text.h"
#include "ui/widgets/stage_widget.h"

#include <QCoreApplication>
#include <QWindow>

namespace convstep {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GridAccessible", text);
}

quint64 cellKey(Cell c)
{
    return (quint64(quint32(c.row)) << 32) | quint32(c.col);
}

} // namespace

// The layout's coordinates through the stage's zoom and pan, then onto the screen.
QRect stageToScreen(const StageWidget &stage, const QRectF &rect)
{
    if (rect.isEmpty())
        return {};
    const QRectF shown = stage.viewport().toWidget(rect);
    return QRectF(stage.mapToGlobal(shown.topLeft()), shown.size()).toAlignedRect();
}

GridAccessible::GridAccessible(StageWidget *stage, GridKey key)
    : m_stage(stage)
    , m_key(key)
{ }

GridAccessible::~GridAccessible()
{
    dropCells();
}

std::optional<StageGrid> GridAccessible::grid() const
{
    if (!m_stage || !m_stage->frame().trace)
        return std::nullopt;
    return stageGrid(m_stage->stageLayout(), m_key);
}

void GridAccessible::dropCells()
{
    for (const QAccessible::Id id : std::as_const(m_cells))
        QAccessible::deleteAccessibleInterface(id);
    m_cells.clear();
}

bool GridAccessible::isValid() const
{
    return grid().has_value();
}

QWindow *GridAccessible::window() const
{
    return m_stage ? m_stage->window()->windowHandle() : nullptr;
}

QAccessibleInterface *GridAccessible::parent() const
{
    return m_stage ? QAccessible::queryAccessibleInterface(m_stage) : nullptr;
}

QAccessibleInterface *GridAccessible::child(int index) const
{
    const int cols = columnCount();
    if (index < 0 || cols <= 0 || index >= childCount())
        return nullptr;
    return cellAt(index / cols, index % cols);
}

int GridAccessible::childCount() const
{
    return rowCount() * columnCount();
}

int GridAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *cell = dynamic_cast<const GridCellAccessible *>(child);
    if (!cell || cell->table() != this)
        return -1;
    const auto g = grid();
    const Cell c = cell->stageCell().cell;
    return g && g->contains(c) ? c.row * g->cols + c.col : -1;
}

QAccessibleInterface *GridAccessible::childAt(int x, int y) const
{
    if (!m_stage)
        return nullptr;
    const auto hit = m_stage->stageLayout().hitTest(
        m_stage->viewport().toLayout(m_stage->mapFromGlobal(QPointF(x, y))));
    if (!hit || gridKeyOf(*hit) != m_key)
        return nullptr;
    return cellAt(hit->cell.row, hit->cell.col);
}

QString GridAccessible::text(QAccessible::Text t) const
{
    const auto g = grid();
    if (!g)
        return {};
    switch (t) {
    case QAccessible::Name:
        return g->title;
    case QAccessible::Description:
        return stageGridDescription(m_stage->frame(), m_key.role);
    default:
        return {};
    }
}

QRect GridAccessible::rect() const
{
    if (!isValid())
        return {};
    return stageToScreen(*m_stage, stageGridRect(m_stage->stageLayout(), m_key));
}

QAccessible::State GridAccessible::state() const
{
    QAccessible::State s;
    s.readOnly = true;
    s.invisible = !m_stage || !m_stage->isVisible() || m_stage->isBlanked();
    return s;
}

void *GridAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::TableInterface ? static_cast<QAccessibleTableInterface *>(this)
                                               : nullptr;
}

QAccessibleInterface *GridAccessible::cellAt(int row, int column) const
{
    const auto g = grid();
    const Cell c{row, column};
    if (!g || !g->contains(c))
        return nullptr;
    const quint64 key = cellKey(c);
    auto id = m_cells.constFind(key);
    if (id == m_cells.constEnd()) {
        auto *self = const_cast<GridAccessible *>(this);
        id = m_cells.insert(
            key, QAccessible::registerAccessibleInterface(new GridCellAccessible(self, c)));
    }
    return QAccessible::accessibleInterface(*id);
}

int GridAccessible::selectedCellCount() const
{
    return selectedCells().size();
}

QList<QAccessibleInterface *> GridAccessible::selectedCells() const
{
    if (!m_stage)
        return {};
    const auto &selection = m_stage->frame().selection;
    if (!selection || gridKeyOf(*selection) != m_key)
        return {};
    if (QAccessibleInterface *cell = cellAt(selection->cell.row, selection->cell.col))
        return {cell};
    return {};
}

QString GridAccessible::columnDescription(int column) const
{
    return column >= 0 && column < columnCount() ? tr("Column %1").arg(column) : QString();
}

QString GridAccessible::rowDescription(int row) const
{
    return row >= 0 && row < rowCount() ? tr("Row %1").arg(row) : QString();
}

int GridAccessible::columnCount() const
{
    const auto g = grid();
    return g ? g->cols : 0;
}

int GridAccessible::rowCount() const
{
    const auto g = grid();
    return g ? g->rows : 0;
}

void GridAccessible::modelChange(QAccessibleTableModelChangeEvent *)
{
    dropCells();
}

GridCellAccessible::GridCellAccessible(GridAccessible *table, Cell cell)
    : m_table(table)
    , m_cell(cell)
{ }

bool GridCellAccessible::isValid() const
{
    const auto g = m_table->grid();
    return g && g->contains(m_cell);
}

QString GridCellAccessible::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !isValid())
        return {};
    return stageCellText(m_table->stage()->frame(), stageCell());
}

QRect GridCellAccessible::rect() const
{
    if (!isValid())
        return {};
    const StageWidget &stage = *m_table->stage();
    return stageToScreen(stage, stageCellRect(stage.stageLayout(), stageCell()));
}

QAccessible::State GridCellAccessible::state() const
{
    QAccessible::State s = m_table->state();
    s.focusable = true;
    s.selectable = true;
    s.selected = isSelected();
    s.focused = s.selected && m_table->stage() && m_table->stage()->hasFocus();
    return s;
}

void *GridCellAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::TableCellInterface
        ? static_cast<QAccessibleTableCellInterface *>(this)
        : nullptr;
}

bool GridCellAccessible::isSelected() const
{
    const StageWidget *stage = m_table->stage();
    return stage && isValid() && stage->frame().selection == stageCell();
}

} // namespace convstep
