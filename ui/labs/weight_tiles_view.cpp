#include "ui/labs/weight_tiles_view.h"

#include "io/text.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr double margin = 4;

QColor shade(double value, double largest, bool dark)
{
    if (largest <= 0)
        return dark ? QColor(60, 60, 60) : QColor(235, 235, 235);
    const double t = std::clamp(value / largest, -1.0, 1.0);
    const QColor warm = dark ? QColor(0xd0, 0x6a, 0x20) : QColor(0xe8, 0x8a, 0x40);
    const QColor cool = dark ? QColor(0x3a, 0x7c, 0xc8) : QColor(0x4a, 0x8c, 0xd8);
    const QColor zero = dark ? QColor(48, 48, 48) : QColor(250, 250, 250);
    const QColor &end = t >= 0 ? warm : cool;
    const double a = std::fabs(t);
    return QColor::fromRgbF(zero.redF() + (end.redF() - zero.redF()) * a,
                            zero.greenF() + (end.greenF() - zero.greenF()) * a,
                            zero.blueF() + (end.blueF() - zero.blueF()) * a);
}

QString number(double v)
{
    return numberText(v);
}

} // namespace

WeightTilesView::WeightTilesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weightTiles"));
    setAccessibleName(tr("Weight tiles"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WeightTilesView::setProblem(const Problem *problem)
{
    m_problem = problem && !isUpsampling(problem->op) ? problem : nullptr;
    if (m_problem)
        m_shape = channelShape(*m_problem);
    QString description;
    if (m_problem)
        description = tr("%1 output channels by %2 input channels, %3 groups")
                          .arg(m_shape.out)
                          .arg(m_shape.in)
                          .arg(m_shape.groups);
    setAccessibleDescription(description);
    update();
}

void WeightTilesView::setLayout(WeightFramework framework)
{
    m_framework = framework;
    update();
}

void WeightTilesView::setActivePairs(std::set<std::pair<int, int>> pairs)
{
    if (pairs == m_active)
        return;
    m_active = std::move(pairs);
    update();
}

QSize WeightTilesView::sizeHint() const
{
    return {520, 360};
}

QSize WeightTilesView::minimumSizeHint() const
{
    return {240, 160};
}

WeightTilesView::Frame WeightTilesView::frame() const
{
    Frame f;
    if (!m_problem)
        return f;
    const QFontMetricsF metrics(font());
    const double labelWidth = metrics.horizontalAdvance(QStringLiteral("out 00")) + 8;
    const double labelHeight = metrics.height() + 4;
    const QRectF room = QRectF(rect()).adjusted(labelWidth, labelHeight, -margin, -margin);
    f.cell = std::max(2.0, std::min(room.width() / m_shape.in, room.height() / m_shape.out));
    f.grid = QRectF(room.topLeft(), QSizeF(f.cell * m_shape.in, f.cell * m_shape.out));
    return f;
}

QRectF WeightTilesView::tileRect(int out, int in) const
{
    if (!m_problem || m_shape.groupOfOut(out) != m_shape.groupOfIn(in))
        return {};
    const Frame f = frame();
    const double pad = f.cell >= 16 ? 3 : f.cell >= 6 ? 1 : 0;
    return QRectF(f.grid.left() + in * f.cell + pad, f.grid.top() + out * f.cell + pad,
                  f.cell - 2 * pad, f.cell - 2 * pad);
}

QString WeightTilesView::tileName(int out, int in) const
{
    if (!m_problem)
        return {};
    const WeightLayout layout = weightLayout(*m_problem, m_framework);
    // The pair's index on each channel axis; the kernel axes stay whole.
    const auto [lead, inner] = weightIndex(*m_problem, out, in);
    const bool transposed = m_problem->op == Op::ConvTranspose2d;
    const int outIndex = transposed ? inner : lead;
    const int inIndex = transposed ? lead : inner;
    QStringList parts;
    for (WeightAxis axis : layout.axes) {
        if (axis == WeightAxis::Out)
            parts << QString::number(outIndex);
        else if (axis == WeightAxis::In)
            parts << QString::number(inIndex);
        else
            parts << QStringLiteral(":");
    }
    const bool channelsFirst =
        m_framework == WeightFramework::PyTorch || m_framework == WeightFramework::Onnx;
    if (channelsFirst)
        return QStringLiteral("W[%1, %2]").arg(parts[0], parts[1]);
    return QStringLiteral("kernel[%1]").arg(parts.join(QStringLiteral(", ")));
}

bool WeightTilesView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !m_problem)
        return QWidget::event(event);
    const QPointF at = static_cast<QHelpEvent *>(event)->pos();
    for (int o = 0; o < m_shape.out; ++o) {
        const int first = m_shape.groupOfOut(o) * m_shape.inPerGroup();
        for (int i = first; i < first + m_shape.inPerGroup(); ++i)
            if (tileRect(o, i).contains(at)) {
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                                   tr("%1: output channel %2 from input channel %3")
                                       .arg(tileName(o, i))
                                       .arg(o)
                                       .arg(i),
                                   this);
                return true;
            }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

void WeightTilesView::paintTile(QPainter &painter, const QRectF &rect, const Grid &kernel,
                                double largest) const
{
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    const double ch = rect.height() / kernel.rows();
    const double cw = rect.width() / kernel.cols();
    const QFontMetricsF metrics(painter.font());
    bool numbers = true;
    for (Eigen::Index r = 0; r < kernel.rows() && numbers; ++r)
        for (Eigen::Index c = 0; c < kernel.cols() && numbers; ++c)
            numbers =
                metrics.horizontalAdvance(number(kernel(r, c))) + 4 <= cw && metrics.height() <= ch;
    for (Eigen::Index r = 0; r < kernel.rows(); ++r) {
        for (Eigen::Index c = 0; c < kernel.cols(); ++c) {
            const QRectF cell(rect.left() + c * cw, rect.top() + r * ch, cw, ch);
            painter.fillRect(cell, shade(kernel(r, c), largest, dark));
            if (numbers) {
                painter.setPen(palette().color(QPalette::WindowText));
                painter.drawText(cell, Qt::AlignCenter, number(kernel(r, c)));
            }
        }
    }
}

void WeightTilesView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    if (!m_problem) {
        painter.setPen(text);
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("An upsampling op has no weight."));
        return;
    }
    const Frame f = frame();
    double largest = 0;
    for (int o = 0; o < m_shape.out; ++o) {
        const int first = m_shape.groupOfOut(o) * m_shape.inPerGroup();
        for (int i = first; i < first + m_shape.inPerGroup(); ++i)
            largest = std::max(largest, weightOf(*m_problem, o, i).cwiseAbs().maxCoeff());
    }
    // Axis labels: every channel while they fit, else every k-th.
    painter.setPen(text);
    const QFontMetricsF metrics(font());
    const int every = std::max(1, static_cast<int>(std::ceil(metrics.height() / f.cell)));
    for (int o = 0; o < m_shape.out; o += every)
        painter.drawText(QRectF(0, f.grid.top() + o * f.cell, f.grid.left() - 4, f.cell),
                         Qt::AlignRight | Qt::AlignVCenter, tr("out %1").arg(o));
    const int everyIn =
        std::max(1,
                 static_cast<int>(
                     std::ceil((metrics.horizontalAdvance(QStringLiteral("in 00")) + 4) / f.cell)));
    for (int i = 0; i < m_shape.in; i += everyIn)
        painter.drawText(QRectF(f.grid.left() + i * f.cell, 0, f.cell * everyIn, f.grid.top() - 2),
                         Qt::AlignLeft | Qt::AlignBottom, tr("in %1").arg(i));
    // Group blocks on the diagonal.
    QColor block = palette().color(QPalette::Highlight);
    block.setAlphaF(0.12);
    for (int g = 0; g < m_shape.groups; ++g) {
        const QRectF r(f.grid.left() + g * m_shape.inPerGroup() * f.cell,
                       f.grid.top() + g * m_shape.outPerGroup() * f.cell,
                       m_shape.inPerGroup() * f.cell, m_shape.outPerGroup() * f.cell);
        painter.fillRect(r, block);
    }
    QFont small = font();
    if (f.cell < 60)
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    painter.setFont(small);
    for (int o = 0; o < m_shape.out; ++o) {
        const int first = m_shape.groupOfOut(o) * m_shape.inPerGroup();
        for (int i = first; i < first + m_shape.inPerGroup(); ++i)
            paintTile(painter, tileRect(o, i), weightOf(*m_problem, o, i), largest);
    }
    painter.setFont(font());
    painter.setRenderHint(QPainter::Antialiasing);
    for (int g = 0; g < m_shape.groups && m_shape.groups > 1; ++g) {
        painter.setPen(QPen(text, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(f.grid.left() + g * m_shape.inPerGroup() * f.cell,
                                f.grid.top() + g * m_shape.outPerGroup() * f.cell,
                                m_shape.inPerGroup() * f.cell, m_shape.outPerGroup() * f.cell));
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), f.cell >= 16 ? 3 : 2));
    painter.setBrush(Qt::NoBrush);
    for (const auto &[o, i] : m_active) {
        const QRectF r = tileRect(o, i);
        if (!r.isEmpty())
            painter.drawRect(r.adjusted(-1, -1, 1, 1));
    }
}

} // namespace convstep
