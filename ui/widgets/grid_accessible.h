#pragma once

#include "ui/render/stage_frame.h"
#include "ui/widgets/stage_grids.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QHash>
#include <QPointer>

#include <optional>

namespace convstep {

class StageWidget;

// One grid of the stage as a table for assistive technology: its title is the table's name,
// and each cell (made when first asked for) reads out its position, value and part in the
// step. The stage paints the grids itself, so everything is read from the stage's current
// frame and layout whenever it is asked.
class GridAccessible final : public QAccessibleInterface, public QAccessibleTableInterface
{
public:
    GridAccessible(StageWidget *stage, GridKey key);
    ~GridAccessible() override;

    StageWidget *stage() const { return m_stage; }
    GridKey gridKey() const { return m_key; }
    std::optional<StageGrid> grid() const; // none once the stage no longer shows it

    // Forgets the cells made so far, when the grid changes shape.
    void dropCells();

    // QAccessibleInterface
    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::Table; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableInterface: one cell per value, no headers, one cell selected at most
    // (the stage's selection); selecting whole rows or columns is not offered.
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    int columnCount() const override;
    int rowCount() const override;
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *event) override;

private:
    QPointer<StageWidget> m_stage;
    GridKey m_key;
    mutable QHash<quint64, QAccessible::Id> m_cells; // (row << 32 | column) to the cell's id
};

// A cell of a grid's table.
class GridCellAccessible final : public QAccessibleInterface, public QAccessibleTableCellInterface
{
public:
    GridCellAccessible(GridAccessible *table, Cell cell);

    StageCell stageCell() const
    {
        return {m_table->gridKey().role, m_cell, m_table->gridKey().channel};
    }

    // QAccessibleInterface
    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_table->window(); }
    QAccessibleInterface *parent() const override { return m_table; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // QAccessibleTableCellInterface
    bool isSelected() const override;
    QList<QAccessibleInterface *> columnHeaderCells() const override { return {}; }
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_cell.col; }
    int rowIndex() const override { return m_cell.row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return m_table; }

private:
    GridAccessible *m_table; // owns this cell
    Cell m_cell;
};

// A rectangle of the stage in screen coordinates, as assistive technology wants it.
QRect stageToScreen(const StageWidget &stage, const QRectF &rect);

} // namespace convstep
