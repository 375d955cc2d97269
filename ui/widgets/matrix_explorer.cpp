#include "ui/widgets/matrix_explorer.h"

#include "ui/render/matrix_frame.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace convstep {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
// A bin of more rows than this shows this many of them.
constexpr int rowsPerBin = 3;

// The same diverging ramp as the stage's compact cells, zeros of the matrix faint.
QCPColorGradient gradientFor(const StagePalette &palette)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, palette.negative);
    gradient.setColorStopAt(0.5, palette.cell);
    gradient.setColorStopAt(1.0, palette.positive);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(palette.padding);
    return gradient;
}

void styleAxis(QCPAxis *axis, const StagePalette &palette)
{
    axis->setBasePen(QPen(palette.mutedText));
    axis->setTickPen(QPen(palette.mutedText));
    axis->setSubTickPen(QPen(palette.gridLine));
    axis->setTickLabelColor(palette.text);
    axis->setLabelColor(palette.text);
    axis->grid()->setPen(QPen(palette.gridLine, 0, Qt::DotLine));
    axis->grid()->setVisible(false);
}

// Cells [first, last] of one axis in `bins` equal bins: bin b's centre, as QCustomPlot wants.
QCPRange binCentres(int first, int last, int bins)
{
    const double width = (last - first + 1) / static_cast<double>(bins);
    return {first - 0.5 + width / 2, last + 0.5 - width / 2};
}

} // namespace

MatrixExplorer::MatrixExplorer(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    setAccessibleName(tr("Matrix explorer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true); // hover without a button held
    m_plot->setMinimumSize(240, 200);
    m_plot->xAxis->setLabel(tr("input index"));
    m_plot->yAxis->setLabel(tr("output index"));
    m_plot->yAxis->setRangeReversed(true); // row 0 at the top, as the matrix is written
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(false);

    m_title = new QCPTextElement(m_plot, QString(),
                                 QFont(QStringLiteral("DejaVu Sans"), 10, QFont::Bold));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_title);

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setInterpolate(false);
    // The data range holds the first and last bins' centres; drawn without a tight boundary
    // they reach the cells' outer edges, so the first and last columns are as wide as the rest.
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_plot);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setLabel(tr("entry (kernel weight)"));
    m_plot->plotLayout()->addElement(1, 1, m_scale);
    m_map->setColorScale(m_scale);
    auto *margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    m_rowMark = new QCPItemRect(m_plot);
    m_rowMark->setVisible(false);
    m_links = m_plot->addGraph();
    m_links->setLineStyle(QCPGraph::lsNone);

    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &MatrixExplorer::rebuildMap);
    const auto changed = [this] {
        keepInside();
        m_rebuild.start();
    };
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, changed);
    connect(m_plot->yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, changed);
    connect(m_plot, &QCustomPlot::mouseMove, this, &MatrixExplorer::mouseMoved);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    applyTheme(Theme::Light);
}

MatrixExplorer::~MatrixExplorer() = default;

void MatrixExplorer::setFrame(const StageFrame &frame)
{
    if (!frame.trace)
        return;
    if (!m_theme || *m_theme != frame.style.theme)
        applyTheme(frame.style.theme);
    if (frame.trace != m_trace)
        setTrace(frame.trace);
    // Only the matrix view has rows for steps; the other views still link through it.
    const bool matrixView =
        m_entries && frame.trace->view == View::Matrix && frame.transpose >= 1.0;
    const int row = matrixView && frame.step.phase == Phase::Row && frame.step.focus
        ? stepRow(*frame.trace, frame.step)
        : -1;
    const bool sameLinks = frame.links.size() == m_shownLinks.size()
        && std::equal(frame.links.begin(), frame.links.end(), m_shownLinks.begin(),
                      [](const Mac &a, const Mac &b) {
                          return a.input == b.input && a.out == b.out && a.kernel == b.kernel;
                      });
    if (row == m_row && sameLinks)
        return;
    m_row = row;
    m_shownLinks = frame.links;
    updateMarks();
}

void MatrixExplorer::setTrace(const std::shared_ptr<const Trace> &trace)
{
    const bool sameShape = m_entries && m_trace
        && sizeOf(m_trace->problem.input) == sizeOf(trace->problem.input)
        && m_trace->problem.op == trace->problem.op
        && m_trace->geometry.outputSize() == trace->geometry.outputSize();
    m_trace = trace;
    m_row = -1;
    m_shownLinks.clear();
    if (trace->problem.op == Op::MaxUnpool2d) { // not linear: an empty plot says so
        m_entries.reset();
        m_map->data()->clear();
        m_title->setText(tr("max_unpool2d has no matrix: it is not linear"));
        updateMarks();
        return;
    }
    m_entries = matrixEntriesFor(trace);
    const double magnitude = m_entries->magnitude() > 0 ? m_entries->magnitude() : 1.0;
    m_map->setDataRange(QCPRange(-magnitude, magnitude));
    const bool transposed = trace->problem.op == Op::ConvTranspose2d;
    const QString name = m_entries->fixed() ? QStringLiteral("U")
        : transposed                        ? QStringLiteral("Cᵀ")
                                            : QStringLiteral("C");
    m_title->setText(tr("%1: %2 × %3, %4 non-zeros%5")
                         .arg(name)
                         .arg(matrixRows())
                         .arg(matrixCols())
                         .arg(m_entries->nonZeros())
                         .arg(m_entries->fixed() ? tr(", fixed weights") : QString()));
    if (sameShape) // an edited value keeps the zoom
        rebuildMap();
    else
        resetZoom();
    updateMarks();
}

void MatrixExplorer::applyTheme(Theme theme)
{
    m_theme = theme;
    const StagePalette palette = paletteFor(theme);
    m_plot->setBackground(palette.background);
    m_plot->axisRect()->setBackground(palette.background);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_scale->axis()})
        styleAxis(axis, palette);
    m_title->setTextColor(palette.text);
    m_map->setGradient(gradientFor(palette));
    m_rowMark->setPen(QPen(palette.focus, 2));
    QColor band = palette.focus;
    band.setAlphaF(0.25f);
    m_rowMark->setBrush(band);
    m_links->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssSquare, QPen(palette.link, 2), Qt::NoBrush, 7));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixExplorer::showRange(int firstRow, int lastRow, int firstCol, int lastCol)
{
    m_plot->xAxis->setRange(firstCol - 0.5, lastCol + 0.5);
    m_plot->yAxis->setRange(firstRow - 0.5, lastRow + 0.5);
    rebuildMap();
    m_plot->replot(); // now, so that the axes map coordinates for the new range at once
}

void MatrixExplorer::resetZoom()
{
    if (!m_entries)
        return;
    showRange(0, matrixRows() - 1, 0, matrixCols() - 1);
}

// Zoomed or dragged no further than the matrix, and never closer than a few entries.
void MatrixExplorer::keepInside()
{
    if (!m_entries)
        return;
    const auto bound = [](QCPAxis *axis, int cells) {
        QCPRange range = axis->range();
        const double most = cells;
        const double least = std::min(4.0, most);
        double size = std::clamp(range.size(), least, most);
        double lower = std::clamp(range.lower, -0.5, cells - 0.5 - size);
        if (lower != range.lower || size != range.size())
            axis->setRange(lower, lower + size);
    };
    bound(m_plot->xAxis, matrixCols());
    bound(m_plot->yAxis, matrixRows());
}

void MatrixExplorer::rebuildMap()
{
    m_rebuild.stop();
    if (!m_entries)
        return;
    const int rows = matrixRows();
    const int cols = matrixCols();
    const QCPRange xr = m_plot->xAxis->range();
    const QCPRange yr = m_plot->yAxis->range();
    const int c0 = std::clamp(static_cast<int>(std::floor(xr.lower + 0.5)), 0, cols - 1);
    const int c1 = std::clamp(static_cast<int>(std::ceil(xr.upper - 0.5)), c0, cols - 1);
    const int r0 = std::clamp(static_cast<int>(std::floor(yr.lower + 0.5)), 0, rows - 1);
    const int r1 = std::clamp(static_cast<int>(std::ceil(yr.upper - 0.5)), r0, rows - 1);
    // One cell per entry when they fit, else one per pixel of the axis rectangle; at least
    // two a side, since QCustomPlot draws a single cell without width.
    const QRect pixels = m_plot->axisRect()->rect();
    const int across = std::max(2, std::min(c1 - c0 + 1, std::max(pixels.width(), 64)));
    const int down = std::max(2, std::min(r1 - r0 + 1, std::max(pixels.height(), 64)));

    QCPColorMapData *data = m_map->data();
    data->setSize(across, down);
    data->setRange(binCentres(c0, c1, across), binCentres(r0, r1, down));
    data->fill(nan);
    const double perKey = across / static_cast<double>(c1 - c0 + 1);
    const double perValue = down / static_cast<double>(r1 - r0 + 1);
    // The bin an entry falls in; both bins when a single entry is split in two.
    const auto bins = [](int i, double per, int count) {
        const int first = std::min(static_cast<int>(i * per), count - 1);
        return std::pair{first, per > 1.0 ? count - 1 : first};
    };
    // Rows are computed, not stored: a bin of many rows shows a few of them, spread over it.
    const int rowStep = std::max(1, (r1 - r0 + 1) / (down * rowsPerBin));
    std::vector<MatrixEntry> row;
    for (int r = r0; r <= r1; r += rowStep) {
        const auto [v0, v1] = bins(r - r0, perValue, down);
        m_entries->row(r, row);
        for (const MatrixEntry &entry : row) {
            if (entry.col < c0 || entry.col > c1)
                continue;
            const auto [k0, k1] = bins(entry.col - c0, perKey, across);
            // A bin of several entries shows the largest in size.
            for (int v = v0; v <= v1; ++v)
                for (int k = k0; k <= k1; ++k) {
                    const double old = data->cell(k, v);
                    if (std::isnan(old) || std::fabs(entry.value) > std::fabs(old))
                        data->setCell(k, v, entry.value);
                }
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MatrixExplorer::updateMarks()
{
    m_rowMark->setVisible(m_entries && m_row >= 0);
    if (m_row >= 0) {
        m_rowMark->topLeft->setCoords(-0.5, m_row - 0.5);
        m_rowMark->bottomRight->setCoords(matrixCols() - 0.5, m_row + 0.5);
    }
    QVector<double> keys;
    QVector<double> values;
    for (const Mac &mac : m_shownLinks) {
        if (!m_entries || !mac.input || !mac.out)
            continue;
        keys.push_back(macColumn(*m_trace, mac));
        values.push_back(macRow(*m_trace, mac));
    }
    m_links->setData(keys, values);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QSize MatrixExplorer::mapCells() const
{
    return {m_map->data()->keySize(), m_map->data()->valueSize()};
}

QPointF MatrixExplorer::mapCellCentre(int key, int value) const
{
    double x = 0.0;
    double y = 0.0;
    m_map->data()->cellToCoord(key, value, &x, &y);
    return {x, y};
}

double MatrixExplorer::mapValue(int key, int value) const
{
    return m_map->data()->cell(key, value);
}

QPoint MatrixExplorer::pixelOf(int row, int col) const
{
    return QPointF(m_plot->xAxis->coordToPixel(col), m_plot->yAxis->coordToPixel(row)).toPoint();
}

QWidget *MatrixExplorer::plotWidget() const
{
    return m_plot;
}

int MatrixExplorer::markedLinks() const
{
    return m_links->dataCount();
}

void MatrixExplorer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_rebuild.start();
}

void MatrixExplorer::mouseMoved(QMouseEvent *event)
{
    if (!m_trace || m_trace->view != View::Matrix)
        return;
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    const double value = m_plot->yAxis->pixelToCoord(event->position().y());
    const int col = static_cast<int>(std::lround(key));
    const int row = static_cast<int>(std::lround(value));
    std::optional<StageCell> cell;
    if (m_plot->axisRect()->rect().contains(event->position().toPoint()) && row >= 0
        && row < matrixRows() && col >= 0 && col < matrixCols())
        cell = StageCell{GridRole::MatrixEntry, {row, col}};
    if (cell == m_hover)
        return;
    m_hover = cell;
    emit hovered(cell);
}

} // namespace convstep
