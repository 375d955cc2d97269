#include "ui/labs/shape_explorer.h"

#include "core/shape_formula.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/labs/lab_plot_style.h"
#include "ui/session/playback_model.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr ShapeDifference differences[] = {ShapeDifference::KernelBelowStride,
                                           ShapeDifference::AsymmetricSame,
                                           ShapeDifference::OutputPaddingUnset};

// A marker and the symbol the text panel uses for it.
struct MarkStyle
{
    QCPScatterStyle::ScatterShape shape;
    double size;
    const char *symbol;
    const char *name;
};

MarkStyle markStyle(ShapeDifference kind)
{
    switch (kind) {
    case ShapeDifference::KernelBelowStride:
        return {QCPScatterStyle::ssTriangle, 15, "▲",
                QT_TRANSLATE_NOOP("convstep::ShapeExplorer", "kernel < stride ('valid')")};
    case ShapeDifference::AsymmetricSame:
        return {QCPScatterStyle::ssDiamond, 15, "◆",
                QT_TRANSLATE_NOOP("convstep::ShapeExplorer", "asymmetric 'same'")};
    case ShapeDifference::OutputPaddingUnset:
        break;
    }
    return {QCPScatterStyle::ssCircle, 19, "○",
            QT_TRANSLATE_NOOP("convstep::ShapeExplorer", "output_padding unset ≠ 0")};
}

int currentX(const Problem &p, SweepVariable variable)
{
    switch (variable) {
    case SweepVariable::Stride:
        return p.stride.h;
    case SweepVariable::Padding:
        return p.paddingMode == PaddingMode::Explicit ? p.padding.h : 0;
    case SweepVariable::InputSize:
        break;
    }
    return static_cast<int>(p.input.rows());
}

} // namespace

ShapeExplorer::ShapeExplorer(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setAccessibleName(tr("Shape explorer"));
    m_variable = new QComboBox(this);
    m_variable->setObjectName(QStringLiteral("shapeVariable"));
    m_variable->setAccessibleName(tr("X axis"));
    m_variable->setAccessibleDescription(tr("The setting the chart varies along its x axis"));
    m_variable->addItem(tr("Input size"), static_cast<int>(SweepVariable::InputSize));
    m_variable->addItem(tr("Stride"), static_cast<int>(SweepVariable::Stride));
    m_variable->addItem(tr("Padding"), static_cast<int>(SweepVariable::Padding));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("shapeSummary"));
    m_summary->setWordWrap(true);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("shapePlot"));
    m_plot->setAccessibleName(tr("Output size chart"));
    m_plot->setMinimumSize(260, 180);
    m_plot->yAxis->setLabel(tr("output rows"));
    // The legend under the chart, two entries a row: inside, it would hide the lines, which
    // run to any corner depending on the x axis.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(2);
    m_plot->legend->setMargins(QMargins(6, 4, 6, 4));
    m_now = new QCPItemStraightLine(m_plot);
    // Marks above the lines they sit on.
    m_plot->addLayer(QStringLiteral("marks"), m_plot->layer(QStringLiteral("main")),
                     QCustomPlot::limAbove);
    for (ShapeDifference kind : differences) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setLayer(QStringLiteral("marks"));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setName(tr(markStyle(kind).name));
        m_marks.push_back(graph);
    }

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("shapeText"));
    m_text->setAccessibleName(tr("Where the conventions differ"));
    m_text->setAccessibleDescription(
        tr("The input sizes, strides or paddings where PyTorch and Keras give other shapes"));
    m_text->setOpenLinks(false);

    auto *label = new QLabel(tr("&X axis:"), this);
    label->setBuddy(m_variable);
    auto *bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_variable);
    bar->addWidget(m_summary, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_plot);
    splitter->addWidget(m_text);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the chart first; the panel wraps its text
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_variable, &QComboBox::currentIndexChanged, this, &ShapeExplorer::rebuild);
    if (m_model) {
        connect(m_model, &PlaybackModel::traceChanged, this, [this] {
            if (m_model->problem())
                setProblem(*m_model->problem());
        });
        connect(m_model, &PlaybackModel::styleChanged, this, &ShapeExplorer::applyTheme);
        if (m_model->problem()) {
            m_problem = *m_model->problem();
            m_hasProblem = true;
        }
    }
    applyTheme();
}

ShapeExplorer::~ShapeExplorer() = default;

QWidget *ShapeExplorer::plotWidget() const
{
    return m_plot;
}

Theme ShapeExplorer::theme() const
{
    return m_model ? m_model->style().theme : Theme::Light;
}

void ShapeExplorer::setProblem(const Problem &problem)
{
    m_problem = problem;
    m_hasProblem = true;
    rebuild();
}

SweepVariable ShapeExplorer::variable() const
{
    return static_cast<SweepVariable>(m_variable->currentData().toInt());
}

void ShapeExplorer::setVariable(SweepVariable variable)
{
    m_variable->setCurrentIndex(m_variable->findData(static_cast<int>(variable)));
}

void ShapeExplorer::rebuild()
{
    const SweepVariable x = variable();
    const auto [first, last] = m_hasProblem ? sweepRange(m_problem, x) : std::make_pair(1, 8);
    m_sweep = m_hasProblem ? sweepShapes(m_problem, x, first, last) : ShapeSweep{};
    const Theme t = theme();
    const StagePalette palette = paletteFor(t);

    // One graph per convention, made afresh: the conventions differ by operation.
    for (QCPGraph *graph : m_series)
        m_plot->removeGraph(graph);
    m_series.clear();
    const Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::SolidLine, Qt::DashDotLine};
    const QCPScatterStyle::ScatterShape dots[] = {
        QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssCross,
        QCPScatterStyle::ssPlus};
    double top = 1.0;
    for (size_t i = 0; i < m_sweep.series.size(); ++i) {
        const ShapeSeries &series = m_sweep.series[i];
        QCPGraph *graph = m_plot->addGraph();
        const QColor colour = seriesColour(static_cast<int>(i), t);
        graph->setPen(QPen(colour, i == 0 ? 3.0 : 2.0, dashes[i % 4]));
        graph->setScatterStyle(QCPScatterStyle(dots[i % 4], colour, colour, 6));
        graph->setName(series.labelMessage.empty() ? qt(series.label)
                                                   : translated(series.labelMessage));
        QVector<double> keys, values;
        for (size_t j = 0; j < series.x.size(); ++j) {
            keys << series.x[j];
            values << (series.out[j] ? *series.out[j] : qQNaN());
            if (series.out[j])
                top = std::max(top, static_cast<double>(*series.out[j]));
        }
        graph->setData(keys, values, true);
        m_series.push_back(graph);
    }
    // Marks above the lines, in legend order after them.
    for (size_t k = 0; k < m_marks.size(); ++k) {
        QVector<double> keys, values;
        for (const ShapeMark &mark : m_sweep.marks)
            if (mark.kind == differences[k]) {
                keys << mark.x;
                values << mark.out;
            }
        QCPGraph *graph = m_marks[k];
        graph->setData(keys, values, true);
        const MarkStyle style = markStyle(differences[k]);
        graph->setScatterStyle(
            QCPScatterStyle(style.shape, QPen(palette.focus, 2.2), Qt::NoBrush, style.size));
        graph->setName(tr(style.name)); // the legend draws the marker itself
        graph->removeFromLegend();
        if (!keys.isEmpty())
            graph->addToLegend();
    }
    m_plot->xAxis->setLabel(tr("%1 (rows)").arg(translated(sweepVariableMessage(x))));
    m_plot->xAxis->setRange(first - 0.5, last + 0.5);
    m_plot->yAxis->setRange(0, top * 1.08 + 1);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(std::max(1.0, std::ceil((last - first + 1) / 12.0)));
    m_plot->xAxis->setTicker(ticker);

    const bool applies = m_hasProblem && !m_sweep.series.empty();
    m_now->setVisible(applies);
    if (applies) {
        const int now = currentX(m_problem, x);
        m_now->point1->setCoords(now, 0);
        m_now->point2->setCoords(now, 1);
        m_now->setPen(QPen(palette.mutedText, 1.2, Qt::DotLine));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);

    if (!applies) {
        m_summary->setText(m_hasProblem ? tr("%1 has no padding conventions to compare: its "
                                             "output is the input times the scale.")
                                              .arg(QLatin1String(opName(m_problem.op)))
                                        : QString());
        m_text->clear();
        return;
    }
    const Problem &p = m_problem;
    m_summary->setText(tr("%1, kernel %2, stride %3, dilation %4, input %5 — rows axis; the "
                          "dotted line is the current problem")
                           .arg(QLatin1String(opName(p.op)))
                           .arg(p.kernel.rows())
                           .arg(p.stride.h)
                           .arg(p.dilation.h)
                           .arg(p.input.rows()));
    QString html = tr("<h3>Where PyTorch and Keras differ</h3>");
    for (const ShapeExplanation &line : explainDifferences(p, m_sweep)) {
        const QString symbol = QString::fromUtf8(line.kind ? markStyle(*line.kind).symbol : "•");
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(symbol, translated(line.message).toHtmlEscaped());
    }
    html += tr("<h4>The current problem</h4><p><tt>%1</tt></p>")
                .arg(translated(shapeFormulasMessage(p))
                         .toHtmlEscaped()
                         .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_text->setHtml(html);
}

std::vector<std::pair<double, double>> ShapeExplorer::plotted(int series) const
{
    std::vector<std::pair<double, double>> points;
    if (series < 0 || series >= static_cast<int>(m_series.size()))
        return points;
    const auto data = m_series[static_cast<size_t>(series)]->data();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        points.emplace_back(it->key, it->value);
    return points;
}

int ShapeExplorer::plottedMarks(ShapeDifference kind) const
{
    for (size_t k = 0; k < m_marks.size(); ++k)
        if (differences[k] == kind)
            return m_marks[k]->dataCount();
    return 0;
}

QString ShapeExplorer::explanation() const
{
    return m_text->toPlainText();
}

void ShapeExplorer::applyTheme()
{
    const StagePalette palette = paletteFor(theme());
    styleLabPlot(m_plot, palette, font());
    m_plot->legend->setBrush(palette.background); // under the chart, not over it
    m_plot->legend->setBorderPen(Qt::NoPen);
    rebuild();
}

void ShapeExplorer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_plot)
        applyTheme();
}

} // namespace convstep
