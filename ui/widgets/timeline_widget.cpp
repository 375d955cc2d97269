#include "ui/widgets/timeline_widget.h"

#include "ui/render/stage_style.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/timeline_layout.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr qreal sideMargin = 8.0; // room for the playhead at the first and last step
constexpr qreal tickMinSlot = 6.0; // below this, per-step ticks would be a grey smear
constexpr qreal minMarker = 3.0; // a one-step phase among thousands still shows

QFont labelFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

} // namespace

TimelineWidget::TimelineWidget(PlaybackModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Timeline"));
    connect(m_model, &PlaybackModel::traceChanged, this, &TimelineWidget::takeTrace);
    connect(m_model, &PlaybackModel::stepChanged, this, &TimelineWidget::takeStep);
    takeTrace();
    takeStep(m_model->step());
}

void TimelineWidget::takeTrace()
{
    const auto trace = m_model->trace();
    m_phases =
        trace ? QList<PhaseSpan>(trace->phases.begin(), trace->phases.end()) : QList<PhaseSpan>();
    m_stepCount = trace ? trace->stepCount : 0;
    m_hoverStep = -1;
    m_edgesTrack = QRectF();
    update();
}

void TimelineWidget::takeStep(int step)
{
    m_step = step;
    setAccessibleDescription(
        m_stepCount > 0 ? tr("%1 of %2").arg(describeStep(step)).arg(m_stepCount) : QString());
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return {480, minimumSizeHint().height()};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {120, QFontMetrics(labelFont(font())).height() + 18};
}

QRectF TimelineWidget::trackRect() const
{
    const qreal height =
        std::min<qreal>(this->height() - 10, QFontMetrics(labelFont(font())).height() + 8);
    return {sideMargin, (this->height() - height) / 2, std::max<qreal>(width() - 2 * sideMargin, 1),
            height};
}

const std::vector<qreal> &TimelineWidget::edges() const
{
    const QRectF track = trackRect();
    if (track != m_edgesTrack) {
        m_edgesTrack = track;
        m_edges = layoutPhases(m_phases, m_stepCount, track.left(), track.width(),
                               QFontMetricsF(labelFont(font())));
    }
    return m_edges;
}

int TimelineWidget::spanOf(int step) const
{
    for (qsizetype i = 0; i < m_phases.size(); ++i)
        if (step < m_phases[i].first + m_phases[i].count)
            return static_cast<int>(i);
    return static_cast<int>(m_phases.size()) - 1;
}

qreal TimelineWidget::slotWidth(int span) const
{
    const std::vector<qreal> &x = edges();
    return (x[span + 1] - x[span]) / m_phases[span].count;
}

int TimelineWidget::stepAtX(qreal x) const
{
    if (m_stepCount <= 0 || m_phases.isEmpty())
        return -1;
    const std::vector<qreal> &edge = edges();
    int span = 0;
    while (span + 1 < m_phases.size() && x >= edge[span + 1])
        ++span;
    const PhaseSpan &phase = m_phases[span];
    const int local = static_cast<int>(std::floor((x - edge[span]) / slotWidth(span)));
    return phase.first + std::clamp(local, 0, phase.count - 1);
}

qreal TimelineWidget::xOfStep(int step) const
{
    if (m_stepCount <= 0 || m_phases.isEmpty())
        return trackRect().left();
    step = std::clamp(step, 0, m_stepCount - 1);
    const int span = spanOf(step);
    return edges()[span] + (step - m_phases[span].first + 0.5) * slotWidth(span);
}

QRectF TimelineWidget::phaseRect(int index) const
{
    if (index < 0 || index >= m_phases.size() || m_stepCount <= 0)
        return {};
    const QRectF track = trackRect();
    const std::vector<qreal> &x = edges();
    return {x[index], track.top(), x[index + 1] - x[index], track.height()};
}

Phase TimelineWidget::phaseAt(int step) const
{
    const int span = spanOf(step);
    return span >= 0 ? m_phases[span].phase : Phase::Slide;
}

QString TimelineWidget::describeStep(int step) const
{
    return tr("Step %1 · %2").arg(step + 1).arg(phaseLabel(phaseAt(step)));
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF track = trackRect();
    const QColor base = pal.color(QPalette::Base);

    painter.setPen(QPen(blend(base, pal.color(QPalette::Text), 0.25), 1));
    painter.setBrush(blend(base, pal.color(QPalette::Text), 0.04));
    painter.drawRoundedRect(track, 4, 4);
    if (m_stepCount <= 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.setFont(labelFont(font()));
        painter.drawText(track, Qt::AlignCenter, tr("No steps"));
        return;
    }
    paintSpans(painter, track);
    paintPlayhead(painter, track);
    if (hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(track.adjusted(-2.5, -2.5, 2.5, 2.5), 5, 5);
    }
}

void TimelineWidget::paintSpans(QPainter &painter, const QRectF &track) const
{
    const QPalette &pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const int current = std::clamp(m_step, 0, m_stepCount - 1);
    const qreal doneRight = xOfStep(current) + slotWidth(spanOf(current)) / 2;
    const bool dark = isDarkPalette(pal);

    painter.save();
    QPainterPath clip;
    clip.addRoundedRect(track, 4, 4);
    painter.setClipPath(clip);
    painter.setFont(labelFont(font()));
    const QFontMetricsF metrics(painter.font());
    for (int i = 0; i < m_phases.size(); ++i) {
        QRectF segment = phaseRect(i);
        if (segment.width() < minMarker)
            segment = QRectF(segment.center().x() - minMarker / 2, segment.top(), minMarker,
                             segment.height());
        const QColor colour = phaseColour(m_phases[i].phase, pal);
        painter.fillRect(segment, blend(base, colour, dark ? 0.28 : 0.2));
        if (doneRight > segment.left()) {
            QRectF done = segment;
            done.setRight(std::min(segment.right(), doneRight));
            painter.fillRect(done, blend(base, colour, dark ? 0.55 : 0.5));
        }
        // A stripe in the phase's own colour marks where each phase begins.
        painter.fillRect(QRectF(segment.left(), segment.top(), std::min<qreal>(3, segment.width()),
                                segment.height()),
                         colour);
        const qreal slot = slotWidth(i);
        if (slot >= tickMinSlot) {
            painter.setPen(QPen(blend(base, text, 0.22), 1));
            for (int s = 1; s < m_phases[i].count; ++s) {
                const qreal x = std::round(segment.left() + s * slot) + 0.5;
                painter.drawLine(QPointF(x, segment.bottom() - 4), QPointF(x, segment.bottom()));
            }
        }
        QString label = phaseLabel(m_phases[i].phase);
        if (metrics.horizontalAdvance(label) + phaseLabelPadding > segment.width() + 0.5)
            label = phaseShortLabel(m_phases[i].phase);
        if (metrics.horizontalAdvance(label) + phaseLabelPadding <= segment.width() + 0.5) {
            painter.setPen(text);
            painter.drawText(segment.adjusted(3, 0, 0, 0), Qt::AlignCenter, label);
        }
    }
    painter.restore();
}

void TimelineWidget::paintPlayhead(QPainter &painter, const QRectF &track) const
{
    const QPalette &pal = palette();
    const QColor highlight = pal.color(QPalette::Highlight);
    const qreal slot = slotWidth(spanOf(std::clamp(m_step, 0, m_stepCount - 1)));
    if (m_hoverStep >= 0 && m_hoverStep != m_step) {
        const qreal x = xOfStep(m_hoverStep);
        painter.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        painter.drawLine(QPointF(x, track.top()), QPointF(x, track.bottom()));
    }
    const qreal x = xOfStep(std::clamp(m_step, 0, m_stepCount - 1));
    // The base-coloured outline keeps the playhead visible over every phase colour.
    painter.setPen(QPen(pal.color(QPalette::Base), 1));
    painter.setBrush(highlight);
    if (slot < 10) {
        painter.drawRoundedRect(QRectF(x - 2, track.top() - 4, 4, track.height() + 8), 1.5, 1.5);
        return;
    }
    // A wide slot is outlined, with carets above and below, so its label stays readable.
    painter.drawRoundedRect(QRectF(x - 2, track.top() - 4, 4, 7), 1.5, 1.5);
    painter.drawRoundedRect(QRectF(x - 2, track.bottom() - 3, 4, 7), 1.5, 1.5);
    painter.setPen(QPen(highlight, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(x - slot / 2 + 1, track.top() + 1, slot - 2, track.height() - 2),
                            3, 3);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_edgesTrack = QRectF(); // labels changed width
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::scrubTo(qreal x)
{
    const int step = stepAtX(x);
    if (step >= 0)
        m_model->setStep(step);
}

void TimelineWidget::setHoverStep(int step)
{
    if (step == m_hoverStep)
        return;
    m_hoverStep = step;
    update();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_stepCount <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_model->setPlaying(false); // the play timer would fight the pointer
    scrubTo(event->position().x());
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    setHoverStep(stepAtX(event->position().x()));
    if (m_dragging)
        scrubTo(event->position().x());
    if (QToolTip::isVisible() && m_hoverStep >= 0) // keep a shown tooltip on the pointer's step
        QToolTip::showText(event->globalPosition().toPoint(), describeStep(m_hoverStep), this);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        scrubTo(event->position().x());
        m_dragging = false;
    }
}

void TimelineWidget::leaveEvent(QEvent *)
{
    setHoverStep(-1);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_stepCount <= 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int page = std::max(1, m_stepCount / 10);
    switch (event->key()) {
    case Qt::Key_Left:
        m_model->setStep(m_step - 1);
        break;
    case Qt::Key_Right:
        m_model->setStep(m_step + 1);
        break;
    case Qt::Key_PageUp:
        m_model->setStep(m_step - page);
        break;
    case Qt::Key_PageDown:
        m_model->setStep(m_step + page);
        break;
    case Qt::Key_Home:
        m_model->setStep(0);
        break;
    case Qt::Key_End:
        m_model->setStep(m_stepCount - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRectF zone = trackRect().adjusted(-sideMargin, -6, sideMargin, 6);
        if (m_stepCount > 0 && zone.contains(help->pos()))
            QToolTip::showText(help->globalPos(), describeStep(stepAtX(help->pos().x())), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace convstep
