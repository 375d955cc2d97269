#include "ui/labs/weight_axes_view.h"

#include "io/text.h"

#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr int chipHeight = 34;
constexpr int gap = 10;

// Each meaning keeps one colour in every layout, so a chip can be followed as it moves.
QColor axisColor(WeightAxis axis, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    switch (axis) {
    case WeightAxis::Out:
        return dark ? QColor(0xe0, 0x8a, 0x3c) : QColor(0xb8, 0x5c, 0x10);
    case WeightAxis::In:
        return dark ? QColor(0x5c, 0xa8, 0xe6) : QColor(0x1f, 0x5f, 0xa8);
    case WeightAxis::Rows:
    case WeightAxis::Cols:
        break;
    }
    return dark ? QColor(0x9a, 0xa8, 0x9c) : QColor(0x4e, 0x5d, 0x52);
}

int slotOf(const WeightLayout &layout, WeightAxis axis)
{
    return static_cast<int>(std::find(layout.axes.begin(), layout.axes.end(), axis)
                            - layout.axes.begin());
}

} // namespace

WeightAxesView::WeightAxesView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("weightAxes"));
    setAccessibleName(tr("Weight axes"));
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(650);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toDouble();
        update();
    });
}

void WeightAxesView::setLayout(const WeightLayout &layout, bool animate)
{
    for (int a = 0; a < 4; ++a)
        m_from[static_cast<size_t>(a)] =
            animate ? slotOf(m_layout, static_cast<WeightAxis>(a)) : slotOf(layout, WeightAxis(a));
    m_layout = layout;
    QStringList parts;
    for (size_t i = 0; i < 4; ++i)
        parts << QStringLiteral("%1 %2").arg(qt(layout.names[i])).arg(layout.shape[i]);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    m_animation->stop();
    m_progress = 1.0;
    if (animate) {
        m_progress = 0.0;
        m_animation->start();
    }
    update();
}

bool WeightAxesView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

QSize WeightAxesView::sizeHint() const
{
    return {4 * 120 + 3 * gap, chipHeight + 2 * fontMetrics().height() + 32};
}

QSize WeightAxesView::minimumSizeHint() const
{
    return {4 * 84 + 3 * gap, chipHeight + 2 * fontMetrics().height() + 32};
}

void WeightAxesView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int slot = (width() - 3 * gap) / 4;
    const int top = 4;
    for (int a = 0; a < 4; ++a) {
        const auto axis = static_cast<WeightAxis>(a);
        const int to = slotOf(m_layout, axis);
        const double from = m_from[static_cast<size_t>(a)];
        const double x = (from + (to - from) * m_progress) * (slot + gap);
        // A chip that moves rises a little on its way, so crossing chips do not hide each other.
        const double lift =
            std::sin(m_progress * 3.14159265) * (to == from ? 0 : 6) * (to > from ? 1 : -1);
        const QRectF chip(x, top + 6 + lift, slot, chipHeight);
        const QColor color = axisColor(axis, palette());
        QPainterPath path;
        path.addRoundedRect(chip, 6, 6);
        painter.fillPath(path, color);
        painter.setPen(Qt::white);
        const size_t i = static_cast<size_t>(to);
        painter.drawText(
            chip, Qt::AlignCenter,
            QStringLiteral("%1 = %2").arg(qt(m_layout.names[i])).arg(m_layout.shape[i]));
    }
    // The slots' positions, and the shape as the framework prints it.
    painter.setPen(palette().color(QPalette::WindowText));
    const int below = top + chipHeight + 14;
    for (int s = 0; s < 4; ++s)
        painter.drawText(QRect(s * (slot + gap), below, slot, fontMetrics().height()),
                         Qt::AlignCenter, tr("axis %1").arg(s));
    painter.drawText(QRect(0, below + fontMetrics().height(), width(), fontMetrics().height() + 2),
                     Qt::AlignCenter, tr("shape %1").arg(qt(shapeTuple(m_layout.shape))));
}

} // namespace convstep
