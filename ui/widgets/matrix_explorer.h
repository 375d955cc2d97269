#pragma once

#include "ui/render/matrix_image.h"
#include "ui/render/stage_frame.h"

#include <QSize>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

// QCustomPlot stays out of headers: qcustomplot.h costs seconds per file that includes it.
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemRect;
class QCPTextElement;
class QMouseEvent;

namespace convstep {

// The matrix of the current problem as a zoomable heat map (QCustomPlot): rows are output
// indices, columns input indices, colour the entry's value, zeros faint. It follows the stage:
// the current step's row and the hovered links are marked, and hovering an entry reports it.
// The colour map holds only the visible window, binned to the plot's pixels, so a 3844 × 4096
// C costs no more to show than a small one.
class MatrixExplorer final : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixExplorer(QWidget *parent = nullptr);
    ~MatrixExplorer() override;

    void setFrame(const StageFrame &frame);

    int matrixRows() const { return m_entries ? m_entries->rows() : 0; }
    int matrixCols() const { return m_entries ? m_entries->cols() : 0; }

    // Zoom to rows [firstRow, lastRow] × columns [firstCol, lastCol]; resetZoom shows it all.
    void showRange(int firstRow, int lastRow, int firstCol, int lastCol);
    void resetZoom();

    // The colour map as it stands (tests): cells across (input) and down (output), the index
    // each cell's centre is at, and a cell's value (NaN for a zero of the matrix).
    QSize mapCells() const;
    QPointF mapCellCentre(int key, int value) const;
    double mapValue(int key, int value) const;
    int highlightedRow() const { return m_row; }
    int markedLinks() const;
    QPoint pixelOf(int row, int col) const; // where an entry is on plotWidget()
    QWidget *plotWidget() const;

signals:
    void hovered(std::optional<convstep::StageCell> cell);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setTrace(const std::shared_ptr<const Trace> &trace);
    void applyTheme(Theme theme);
    void rebuildMap();
    void updateMarks();
    void keepInside();
    void mouseMoved(QMouseEvent *event);

    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPGraph *m_links = nullptr;
    QCPItemRect *m_rowMark = nullptr;
    QCPTextElement *m_title = nullptr;
    std::shared_ptr<const Trace> m_trace;
    std::shared_ptr<const MatrixEntries> m_entries;
    std::optional<Theme> m_theme;
    int m_row = -1;
    std::vector<Mac> m_shownLinks;
    std::optional<StageCell> m_hover;
    QTimer m_rebuild; // coalesces zoom and pan into one rebuild per event-loop pass
};

} // namespace convstep
