#include "ui/labs/checkerboard_lab.h"

#include "core/overlap.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/labs/checkerboard_image_lab.h"
#include "ui/labs/lab_plot_style.h"
#include "ui/session/playback_model.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>

namespace convstep {
namespace {

constexpr int labelledCells = 24 * 24; // more than this: no numbers on the map
constexpr int largestMap = 512 * 512; // a followed problem past this is counted on the spins

bool followable(const Problem *problem)
{
    if (!problem || problem->op != Op::ConvTranspose2d)
        return false;
    const Pair out = geometryOf(*problem).outputSize();
    return static_cast<long long>(out.h) * out.w <= largestMap;
}

QSpinBox *spin(QWidget *parent, const char *name, const QString &accessible, const QString &tip,
               int lo, int hi, int value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(accessible);
    box->setToolTip(tip);
    box->setRange(lo, hi);
    box->setValue(value);
    return box;
}

// Whole numbers only: counts are integers.
void integerTicks(QCPAxis *axis, double largest)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(largest > 12 ? std::ceil(largest / 8) : 1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    axis->setTicker(ticker);
}

// Ticks at the cells only: the map's square cells leave axis range beyond the grid.
void cellTicks(QCPAxis *axis, int cells)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int step = cells > 12 ? (cells + 7) / 8 : 1;
    for (int i = 0; i < cells; i += step)
        ticker->addTick(i, QString::number(i));
    axis->setTicker(ticker);
    axis->setSubTicks(false);
}

} // namespace

CheckerboardLab::CheckerboardLab(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Checkerboard lab"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("checkerboardTabs"));
    m_tabs->addTab(buildOverlapPage(), tr("&Overlap counts"));
    m_image = new CheckerboardImageLab(model, this);
    m_image->setObjectName(QStringLiteral("checkerboardImage"));
    m_tabs->addTab(m_image, tr("On a &photo"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    if (m_model) {
        connect(m_model, &PlaybackModel::traceChanged, this, &CheckerboardLab::followProblem);
        connect(m_model, &PlaybackModel::styleChanged, this, &CheckerboardLab::applyTheme);
    }
    stylePlots();
    followProblem(); // counts once, in the colours just set
}

CheckerboardLab::~CheckerboardLab() = default;

QWidget *CheckerboardLab::buildOverlapPage()
{
    auto *page = new QWidget(this);
    m_kernel = spin(page, "checkerKernel", tr("Kernel size k"),
                    tr("The side of the transposed convolution's square kernel"), 1, 8, 3);
    m_stride = spin(page, "checkerStride", tr("Stride s"),
                    tr("How far apart the stamped kernels land"), 1, 8, 2);
    m_input =
        spin(page, "checkerInput", tr("Input size"), tr("The side of the square input"), 1, 12, 6);
    m_follow = new QCheckBox(tr("&Follow the current transposed problem"), page);
    m_follow->setObjectName(QStringLiteral("checkerFollow"));
    m_follow->setToolTip(tr("Count the problem on the stage (with its padding, dilation and "
                            "output_padding) when it is a transposed convolution"));
    m_row = spin(page, "checkerRow", tr("Row of the profile"),
                 tr("The output row plotted below; clicking the map picks one too"), 0, 0, 0);
    m_verdict = new QLabel(page);
    m_verdict->setObjectName(QStringLiteral("checkerVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    const auto add = [&](const QString &text, QSpinBox *box) {
        auto *label = new QLabel(text, page);
        label->setBuddy(box);
        controls->addWidget(label);
        controls->addWidget(box);
        controls->addSpacing(8);
    };
    add(tr("&Kernel k:"), m_kernel);
    add(tr("&Stride s:"), m_stride);
    add(tr("&Input:"), m_input);
    controls->addWidget(m_follow);
    controls->addStretch();

    m_mapPlot = new QCustomPlot(page);
    m_mapPlot->setObjectName(QStringLiteral("checkerMap"));
    m_mapPlot->setAccessibleName(tr("Overlap counts heat map"));
    m_mapPlot->setMinimumSize(220, 130);
    m_mapPlot->xAxis->setLabel(tr("output column"));
    m_mapPlot->yAxis->setLabel(tr("output row"));
    m_mapPlot->yAxis->setRangeReversed(true); // row 0 at the top, as on the stage
    m_map = new QCPColorMap(m_mapPlot->xAxis, m_mapPlot->yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(m_mapPlot);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setLabel(tr("input cells reaching it"));
    m_mapPlot->plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    // The scale's bar spans the grid: fitMap() sets its top and bottom margins to the map's.
    // (A QCPMarginGroup would only ever let the margins grow.)
    m_scale->setAutoMargins(QCP::msLeft | QCP::msRight);
    m_rowMark = new QCPItemRect(m_mapPlot);
    m_rowMark->setBrush(Qt::NoBrush);

    m_profilePlot = new QCustomPlot(page);
    m_profilePlot->setObjectName(QStringLiteral("checkerProfile"));
    m_profilePlot->setAccessibleName(tr("Overlap count along the chosen row"));
    m_profilePlot->setMinimumSize(220, 100);
    m_profilePlot->xAxis->setLabel(tr("output column"));
    m_profilePlot->yAxis->setLabel(tr("count"));
    m_profile = m_profilePlot->addGraph();
    m_profile->setLineStyle(QCPGraph::lsStepCenter);

    auto *rowLine = new QHBoxLayout;
    auto *rowLabel = new QLabel(tr("Count along &row:"), page);
    rowLabel->setBuddy(m_row);
    rowLine->addWidget(rowLabel);
    rowLine->addWidget(m_row);
    rowLine->addWidget(new QLabel(tr("(or click a row of the map)"), page));
    rowLine->addStretch();
    auto *lower = new QWidget(page);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(rowLine);
    lowerLayout->addWidget(m_profilePlot, 1);
    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->addWidget(m_mapPlot);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_verdict);
    layout->addWidget(m_splitter, 1);

    for (QSpinBox *box : {m_kernel, m_stride, m_input})
        connect(box, &QSpinBox::valueChanged, this, &CheckerboardLab::recount);
    connect(m_follow, &QCheckBox::toggled, this, &CheckerboardLab::followProblem);
    connect(m_row, &QSpinBox::valueChanged, this, &CheckerboardLab::showRow);
    connect(m_mapPlot, &QCustomPlot::afterLayout, this, &CheckerboardLab::fitMap);
    connect(m_mapPlot, &QCustomPlot::mousePress, this,
            [this](QMouseEvent *event) { pickRowAt(event->pos()); });
    return page;
}

QWidget *CheckerboardLab::mapWidget() const
{
    return m_mapPlot;
}

QWidget *CheckerboardLab::profileWidget() const
{
    return m_profilePlot;
}

Theme CheckerboardLab::theme() const
{
    return m_model ? m_model->style().theme : Theme::Light;
}

void CheckerboardLab::followProblem()
{
    const Problem *current = m_model ? m_model->problem() : nullptr;
    const bool follow = m_follow->isChecked() && followable(current);
    for (QSpinBox *box : {m_kernel, m_stride, m_input})
        box->setEnabled(!follow);
    if (follow) {
        const QSignalBlocker k(m_kernel), s(m_stride), n(m_input);
        m_kernel->setValue(static_cast<int>(current->kernel.rows()));
        m_stride->setValue(current->stride.h);
        m_input->setValue(static_cast<int>(current->input.rows()));
    }
    recount();
}

void CheckerboardLab::recount()
{
    const Problem *current = m_model ? m_model->problem() : nullptr;
    const bool follow = m_follow->isChecked() && followable(current);
    if (follow) {
        m_problem = *current;
    } else {
        m_problem = Problem{};
        m_problem.op = Op::ConvTranspose2d;
        m_problem.input = Grid::Ones(m_input->value(), m_input->value());
        m_problem.kernel = Grid::Ones(m_kernel->value(), m_kernel->value());
        m_problem.stride = {m_stride->value(), m_stride->value()};
    }
    m_counts = outputOverlapCounts(m_problem);
    const int k = static_cast<int>(m_problem.kernel.rows());
    const int s = m_problem.stride.h;
    const int d = m_problem.dilation.h;
    m_even = overlapPattern(k, s, d).even();
    QString text = translated(overlapVerdictMessage(k, s, d)).toHtmlEscaped();
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon > 0)
        text = QStringLiteral("<b>%1</b>%2").arg(text.left(colon), text.mid(colon));
    if (m_follow->isChecked() && !follow)
        text += tr("<br><i>The problem on the stage is not a transposed convolution (or its "
                   "output is too large to draw): counting the k and s above.</i>");
    else if (follow
             && (sizeOf(m_problem.kernel).h != sizeOf(m_problem.kernel).w
                 || m_problem.stride.h != m_problem.stride.w))
        text += tr("<br><i>Rows axis shown; the columns have their own k and s.</i>");
    m_verdict->setText(text);

    const int rows = static_cast<int>(m_counts.rows());
    const int cols = static_cast<int>(m_counts.cols());
    const int most = std::max(m_counts.size() ? m_counts.maxCoeff() : 0, 1);
    m_map->data()->setSize(cols, rows);
    m_map->data()->setRange(QCPRange(0, cols - 1), QCPRange(0, rows - 1));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            m_map->data()->setCell(c, r, m_counts(r, c));
    m_map->setDataRange(QCPRange(0, most));
    cellTicks(m_scale->axis(), most + 1);
    m_mapPlot->xAxis->setRange(-0.5, cols - 0.5);
    m_mapPlot->yAxis->setRange(-0.5, rows - 0.5);
    cellTicks(m_mapPlot->xAxis, cols);
    cellTicks(m_mapPlot->yAxis, rows);
    integerTicks(m_profilePlot->xAxis, cols);
    m_mapPlot->setToolTip(tr("%1 × %2 output of conv_transpose2d").arg(rows).arg(cols));
    refitMap();

    // Numbers on the cells while they are large enough to read.
    for (int i = m_mapPlot->itemCount() - 1; i >= 0; --i)
        if (qobject_cast<QCPItemText *>(m_mapPlot->item(i)))
            m_mapPlot->removeItem(i);
    if (rows * cols <= labelledCells) {
        const StagePalette palette = paletteFor(theme());
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                auto *label = new QCPItemText(m_mapPlot);
                label->position->setCoords(c, r);
                label->setText(QString::number(m_counts(r, c)));
                const QColor fill = m_map->gradient().color(m_counts(r, c), QCPRange(0, most));
                label->setColor(textOn(fill, palette));
                label->setClipToAxisRect(true);
            }
    }

    {
        const QSignalBlocker block(m_row);
        const int previous = m_row->value();
        m_row->setRange(0, std::max(rows - 1, 0));
        // A fresh count starts on an interior row, where the pattern repeats.
        m_row->setValue(previous > 0 && previous < rows ? previous : rows / 2);
    }
    m_profilePlot->xAxis->setRange(-0.5, cols - 0.5);
    m_profilePlot->yAxis->setRange(0, most + 0.5);
    integerTicks(m_profilePlot->yAxis, most);
    showRow();
}

void CheckerboardLab::showRow()
{
    const int row = m_row->value();
    const int cols = static_cast<int>(m_counts.cols());
    QVector<double> keys, values;
    for (int c = 0; c < cols && row < m_counts.rows(); ++c) {
        keys << c;
        values << m_counts(row, c);
    }
    m_profile->setData(keys, values, true);
    m_profile->setName(tr("row %1").arg(row));
    m_rowMark->topLeft->setCoords(-0.5, row - 0.5);
    m_rowMark->bottomRight->setCoords(cols - 0.5, row + 0.5);
    m_profilePlot->xAxis->setLabel(tr("output column (row %1)").arg(row));
    m_mapPlot->replot(QCustomPlot::rpQueuedReplot);
    m_profilePlot->replot(QCustomPlot::rpQueuedReplot);
}

void CheckerboardLab::pickRowAt(QPoint mapPixel)
{
    if (!m_mapPlot->axisRect()->rect().contains(mapPixel))
        return;
    const double row = m_mapPlot->yAxis->pixelToCoord(mapPixel.y());
    m_row->setValue(std::clamp(static_cast<int>(std::lround(row)), 0, m_row->maximum()));
}

// Square cells: the axis rect's margins grow until it has the grid's shape, with the axes and
// the colour scale hugging it; numbers on the cells only where a cell has room.
// Runs between layout and drawing; a margin change needs one more (queued) pass.
void CheckerboardLab::fitMap()
{
    QCPAxisRect *rect = m_mapPlot->axisRect();
    const int rows = static_cast<int>(m_counts.rows());
    const int cols = static_cast<int>(m_counts.cols());
    const QRect area = rect->rect();
    if (rows < 1 || cols < 1 || area.width() < 1 || area.height() < 1)
        return;
    if (m_mapPlot->size() != m_fittedSize) { // margins fitted to another size: start again
        m_fittedSize = m_mapPlot->size();
        m_fitPasses = 0;
        if (rect->minimumMargins() != baseMargins()) {
            rect->setMinimumMargins(baseMargins());
            m_mapPlot->replot(QCustomPlot::rpQueuedReplot);
            return;
        }
    }
    const double cell = std::min(area.width() / double(cols), area.height() / double(rows));
    const int spareX = static_cast<int>(area.width() - cell * cols);
    const int spareY = static_cast<int>(area.height() - cell * rows);
    QMargins margins = rect->margins();
    if ((spareX > 1 || spareY > 1) && m_fitPasses < 3) {
        ++m_fitPasses;
        // Spare width goes left, so the grid sits against its colour scale.
        margins = QMargins(margins.left() + spareX, margins.top() + spareY / 2, margins.right(),
                           margins.bottom() + spareY - spareY / 2);
        rect->setMinimumMargins(margins);
        m_mapPlot->replot(QCustomPlot::rpQueuedReplot);
    }
    const QMargins bar(0, margins.top(), 0, margins.bottom());
    if (m_scale->margins().top() != bar.top() || m_scale->margins().bottom() != bar.bottom()) {
        m_scale->setMargins(bar);
        m_mapPlot->replot(QCustomPlot::rpQueuedReplot);
    }
    const QFontMetrics metrics(m_mapPlot->font());
    const bool fits = cell >= metrics.height() * 0.95
        && cell >= metrics.horizontalAdvance(QStringLiteral("88")) + 4;
    for (int i = 0; i < m_mapPlot->itemCount(); ++i)
        if (auto *label = qobject_cast<QCPItemText *>(m_mapPlot->item(i)))
            label->setVisible(fits);
}

// Room above the map for half of the colour scale's top label, which QCustomPlot leaves out
// when it would cross the plot's edge.
QMargins CheckerboardLab::baseMargins() const
{
    return {0, QFontMetrics(m_mapPlot->font()).height() / 2 + 3, 0, 0};
}

// A new size or a new grid starts the fit again from the plot's own margins.
void CheckerboardLab::refitMap()
{
    m_fitPasses = 0;
    m_fittedSize = QSize();
    m_mapPlot->axisRect()->setMinimumMargins(baseMargins());
    m_mapPlot->replot(QCustomPlot::rpQueuedReplot);
}

QPoint CheckerboardLab::mapPixelOf(int row, int col) const
{
    return {static_cast<int>(std::lround(m_mapPlot->xAxis->coordToPixel(col))),
            static_cast<int>(std::lround(m_mapPlot->yAxis->coordToPixel(row)))};
}

CountGrid CheckerboardLab::mapCounts() const
{
    QCPColorMapData *data = m_map->data(); // cell() is not const in QCustomPlot 2.1
    CountGrid counts(data->valueSize(), data->keySize());
    for (int r = 0; r < data->valueSize(); ++r)
        for (int c = 0; c < data->keySize(); ++c)
            counts(r, c) = static_cast<int>(std::lround(data->cell(c, r)));
    return counts;
}

std::vector<double> CheckerboardLab::profile() const
{
    std::vector<double> values;
    for (auto it = m_profile->data()->constBegin(); it != m_profile->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

QString CheckerboardLab::verdict() const
{
    return m_verdict->text();
}

// The map's numbers take their colours from the theme, so a new theme redraws them.
void CheckerboardLab::applyTheme()
{
    stylePlots();
    recount();
}

void CheckerboardLab::stylePlots()
{
    const StagePalette palette = paletteFor(theme());
    for (QCustomPlot *plot : {m_mapPlot, m_profilePlot})
        styleLabPlot(plot, palette, font());
    for (QCPAxis *axis : {m_mapPlot->xAxis, m_mapPlot->yAxis}) {
        axis->grid()->setVisible(false);
        axis->setBasePen(Qt::NoPen); // it would run past the grid
        axis->setTickLength(0, 4); // outside, off the numbers
    }
    m_scale->axis()->setBasePen(QPen(palette.mutedText));
    m_scale->axis()->setTickPen(QPen(palette.mutedText));
    m_scale->axis()->setTickLabelColor(palette.text);
    m_scale->axis()->setLabelColor(palette.text);
    QCPColorGradient gradient;
    setCountGradient(gradient, palette);
    m_map->setGradient(gradient);
    m_rowMark->setPen(QPen(palette.focus, 3));
    const QColor line = seriesColour(0, theme());
    m_profile->setPen(QPen(line, 2));
    m_profile->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, line, line, 6));
}

// A wide, short dock puts the profile beside the map, a tall one under it: the map's cells
// are square, so it wants a squarish space.
void CheckerboardLab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() > 1.5 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        m_splitter->setSizes({3000, 2000}); // 3 : 2, scaled to the room there is
    }
}

void CheckerboardLab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_mapPlot)
        applyTheme();
}

} // namespace convstep
