#include "ui/widgets/predict_area.h"

#include <QApplication>
#include <QEvent>

#include <algorithm>

namespace convstep {
namespace {

constexpr int leastLines = 4; // the question's first lines and the answer's row

} // namespace

PredictArea::PredictArea(QWidget *panel, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("predictArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setWidget(panel);
    panel->installEventFilter(this);
    // Queued: the panel lays out its new question first.
    connect(qApp, &QApplication::focusChanged, this, &PredictArea::keepFocusInView,
            Qt::QueuedConnection);
}

void PredictArea::setRoom(int height)
{
    m_room = height;
    updateGeometry();
}

QSize PredictArea::sizeHint() const
{
    const QWidget *panel = widget();
    const QSize hint = panel->sizeHint();
    const int width = std::max(viewport()->width(), panel->minimumSizeHint().width());
    const int height = panel->hasHeightForWidth() ? panel->heightForWidth(width) : hint.height();
    return {hint.width(), std::max(height, panel->minimumSizeHint().height())};
}

QSize PredictArea::minimumSizeHint() const
{
    const int full = sizeHint().height();
    const int least = std::min(full, fontMetrics().lineSpacing() * leastLines);
    const int height = m_room < 0 ? full : std::clamp(m_room, least, full);
    return {widget()->minimumSizeHint().width(), height};
}

void PredictArea::keepFocusInView()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && widget()->isAncestorOf(focus))
        ensureWidgetVisible(focus);
}

// A new question changes the panel's height: the area asks the window's layout again.
bool PredictArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

void PredictArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    keepFocusInView();
}

} // namespace convstep
