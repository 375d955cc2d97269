#include "ui/widgets/calculation_strip.h"

#include "core/calculation.h"
#include "core/narration.h"
#include "io/text.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_style.h"
#include "ui/session/playback_model.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr int sideMargin = 16;
constexpr int verticalMargin = 10;
constexpr int gap = 28; // between the arithmetic and the totals
constexpr qsizetype maxTooltip = 4000; // a 64×64 kernel's sum is ~60,000 characters

constexpr int minimumPixels = 13; // the arithmetic's smallest size at font scale 1

const QString ellipsis = QString(QChar(0x2026));

QFont scaled(const QFont &base, double factor)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, static_cast<int>(base.pixelSize() * factor)));
    return font;
}

QString cell(Cell c)
{
    return qt(cellText(c));
}

} // namespace

CalculationStrip::CalculationStrip(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Calculation"));
    // stepChanged always follows traceChanged, so the step and the trace never mismatch here.
    connect(m_model, &PlaybackModel::stepChanged, this, &CalculationStrip::takeStep);
    connect(m_model, &PlaybackModel::traceChanged, this, [this] { m_reservedLines = 1; });
    connect(m_model, &PlaybackModel::hoverChanged, this, [this] {
        takeTotals();
        relayout();
        update();
    });
    takeStep();
}

void CalculationStrip::setFontScale(double scale)
{
    scale = std::clamp(scale, 0.5, 4.0);
    if (scale == m_scale)
        return;
    m_scale = scale;
    m_reservedLines = 1;
    updateGeometry();
    relayout();
    update();
}

void CalculationStrip::takeStep()
{
    const auto trace = m_model->trace();
    m_calculation = trace ? calculationOf(*trace, m_model->currentStep()) : Calculation();
    m_full = qt(calculationText(m_calculation));
    setAccessibleDescription(m_withheld ? QString() : m_full.left(maxTooltip));
    takeTotals();
    relayout();
    update();
}

void CalculationStrip::takeTotals()
{
    const auto trace = m_model->trace();
    if (!trace) {
        m_totals.clear();
        return;
    }
    const GridState &state = m_model->state();
    const bool scatter = trace->view == View::Direct && trace->problem.op == Op::ConvTranspose2d;
    if (!scatter) {
        m_totals = tr("cells done: %1 of %2").arg(state.written.count()).arg(state.written.size());
        return;
    }
    // Once the crop has cut the canvas, the count is of the products the output still holds.
    const Geometry &g = trace->geometry;
    const long long all = 1LL * g.rows.in * g.cols.in * g.rows.kernel * g.cols.kernel;
    const long long held = state.counts.sum();
    const bool cut = m_model->currentStep().phase != Phase::Scatter && held < all;
    m_totals = cut ? tr("products in the output: %1 of %2 (%3 cropped away)")
                         .arg(held)
                         .arg(all)
                         .arg(all - held)
                   : tr("products so far: %1").arg(held);
    const auto &hover = m_model->hover();
    if (!hover || hover->role != GridRole::Target)
        return;
    // The stage's target canvas keeps cropped cells; map the hovered one into the state.
    const Cell origin = outputOrigin(*trace);
    const Cell out{hover->cell.row - origin.row, hover->cell.col - origin.col};
    const Cell at{out.row - state.offset.row, out.col - state.offset.col};
    if (at.row < 0 || at.row >= state.values.rows() || at.col < 0 || at.col >= state.values.cols())
        return;
    const Pair size = trace->geometry.outputSize();
    const bool inside = out.row >= 0 && out.row < size.h && out.col >= 0 && out.col < size.w;
    const QString name = inside ? tr("output %1").arg(cell(out)) : tr("cropped cell");
    const int products = state.counts(at.row, at.col);
    m_totals = tr("%1 so far: %2 (%3)")
                   .arg(name, numberText(state.values(at.row, at.col)),
                        products == 1 ? tr("1 product") : tr("%1 products").arg(products))
        + QStringLiteral("  ·  ") + m_totals;
}

QFont CalculationStrip::arithmeticFont() const
{
    return scaled(font(), 1.6 * m_scale);
}

int CalculationStrip::minimumFontPixels() const
{
    return static_cast<int>(std::lround(minimumPixels * m_scale));
}

QFont CalculationStrip::totalsFont() const
{
    return scaled(font(), 1.1 * m_scale);
}

QSize CalculationStrip::sizeHint() const
{
    return {900, minimumSizeHint().height()};
}

QSize CalculationStrip::minimumSizeHint() const
{
    QFont bold = arithmeticFont();
    bold.setBold(true);
    const int lines =
        static_cast<int>(std::ceil(QFontMetricsF(bold).lineSpacing() * m_reservedLines));
    const int text = std::max(lines, QFontMetrics(totalsFont()).height());
    return {200, text + 2 * verticalMargin};
}

QRect CalculationStrip::totalsRect() const
{
    // Rounded up: elidedText() measures in fractions and would cut a pixel-short rect.
    const int width =
        static_cast<int>(std::ceil(QFontMetricsF(totalsFont()).horizontalAdvance(m_totals))) + 1;
    // On a narrow strip the arithmetic keeps at least half the width.
    const int room = std::min(width, (this->width() - 2 * sideMargin) / 2);
    return {this->width() - sideMargin - room, 0, room, height()};
}

QRect CalculationStrip::calculationRect() const
{
    const int right = m_totals.isEmpty() ? width() - sideMargin : totalsRect().left() - gap;
    return {sideMargin, 0, std::max(0, right - sideMargin), height()};
}

void CalculationStrip::relayout()
{
    m_shownTotals =
        QFontMetricsF(totalsFont()).elidedText(m_totals, Qt::ElideLeft, totalsRect().width());
    CalculationRoom room;
    room.font = arithmeticFont();
    room.minimumPixels = minimumFontPixels();
    room.width = calculationRect().width();
    room.maxLines = maxLines;
    m_lines = layoutCalculation(m_calculation, room);
    if (m_lines.lines.size() > m_reservedLines) {
        m_reservedLines = static_cast<int>(m_lines.lines.size());
        updateGeometry();
    }
    if (m_withheld || (!m_lines.grouped && m_lines.fits)) {
        setToolTip(QString());
    } else {
        QString full = m_full.left(maxTooltip);
        if (full.size() < m_full.size())
            full += ellipsis + QStringLiteral(" = ") + qt(m_calculation.result);
        setToolTip(
            QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(full.toHtmlEscaped()));
    }
}

void CalculationStrip::setWithheld(bool withheld)
{
    if (withheld == m_withheld)
        return;
    m_withheld = withheld;
    setAccessibleDescription(m_withheld ? QString() : m_full.left(maxTooltip));
    relayout();
    update();
}

void CalculationStrip::resizeEvent(QResizeEvent *event)
{
    if (event->oldSize().width() != width())
        m_reservedLines = 1;
    relayout();
}

void CalculationStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_reservedLines = 1;
        updateGeometry();
        relayout();
    }
    QWidget::changeEvent(event);
}

void CalculationStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    painter.fillRect(rect(), base);
    painter.fillRect(QRect(0, 0, width(), 1), blend(base, text, 0.18));

    const QRect area = calculationRect();
    painter.setPen(text);
    if (m_full.isEmpty() || m_withheld) {
        painter.setFont(totalsFont());
        painter.setPen(blend(text, base, 0.4));
        // Wrapped: a narrow strip (a 1024-pixel screen in predict mode) has two lines' room.
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                         m_withheld ? tr("Predict first: the arithmetic shows once the step plays.")
                                    : tr("No calculation"));
        return;
    }
    const double block = m_lines.height();
    paintCalculation(
        painter, m_lines,
        QRectF(area.left(), area.top() + (area.height() - block) / 2, area.width(), block));
    if (!m_totals.isEmpty()) {
        painter.setFont(totalsFont());
        painter.setPen(blend(text, base, 0.3));
        const QRect totals = totalsRect();
        painter.drawText(totals, Qt::AlignRight | Qt::AlignVCenter, m_shownTotals);
    }
}

} // namespace convstep
