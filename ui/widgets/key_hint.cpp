#include "ui/widgets/key_hint.h"

#include "ui/render/matrix_layout.h"
#include "ui/render/stage_title.h"
#include "ui/widgets/stage_widget.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsOpacityEffect>
#include <QPropertyAnimation>
#include <QTextDocument>

namespace convstep {

namespace {

constexpr int hintGap = 12;

} // namespace

KeyHint::KeyHint(StageWidget *stage)
    : QLabel(stage->window())
    , m_stage(stage)
{
    setObjectName(QStringLiteral("keyHint"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignCenter);
    setText(tr("<b>Space</b> play/pause &nbsp;·&nbsp; <b>←/→</b> or <b>PgUp/PgDn</b> step "
               "&nbsp;·&nbsp; <b>Home/End</b> first/last &nbsp;·&nbsp; <b>[ ]</b> speed "
               "&nbsp;·&nbsp; <b>B</b> blank &nbsp;·&nbsp; <b>Ctrl + / −</b> text size "
               "&nbsp;·&nbsp; <b>F11</b> or <b>Esc</b> leave"));
    setStyleSheet(QStringLiteral("QLabel#keyHint { background: rgba(0, 0, 0, 200); color: white;"
                                 " border-radius: 10px; padding: 10px 18px; }"));
    m_opacity = new QGraphicsOpacityEffect(this);
    setGraphicsEffect(m_opacity);
    m_fade = new QPropertyAnimation(m_opacity, "opacity", this);
    m_fade->setDuration(900);
    m_fade->setStartValue(1.0);
    m_fade->setEndValue(0.0);
    connect(m_fade, &QPropertyAnimation::finished, this, &QWidget::hide);
    m_hold.setSingleShot(true);
    m_hold.setInterval(4000);
    connect(&m_hold, &QTimer::timeout, m_fade, [this] { m_fade->start(); });
    stage->installEventFilter(this);
    stage->window()->installEventFilter(this);
    hide();
}

void KeyHint::flash()
{
    m_fade->stop();
    m_opacity->setOpacity(1.0);
    QFont f = font();
    f.setPixelSize(std::max(14, m_stage->height() / 40));
    setFont(f);
    place();
    show();
    raise();
    m_hold.start();
}

bool KeyHint::isShowing() const
{
    return isVisible() && m_opacity->opacity() > 0.0;
}

bool KeyHint::eventFilter(QObject *watched, QEvent *event)
{
    // After the stage has laid itself out for its new size.
    if ((watched == m_stage || watched == parentWidget())
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move) && !isHidden())
        QMetaObject::invokeMethod(this, &KeyHint::place, Qt::QueuedConnection);
    return QLabel::eventFilter(watched, event);
}

QRectF KeyHint::occupiedRect(const StageWidget *stage)
{
    if (!stage->frame().trace)
        return {};
    const StageLayout &layout = stage->stageLayout();
    QRectF grids;
    for (const GridBox *box : {&layout.source, &layout.kernel, &layout.target})
        if (box->cols > 0)
            grids |= box->rect();
    if (layout.matrix) {
        const MatrixLayout &m = *layout.matrix;
        grids |= m.slot.adjusted(-m.indexWidth, -m.indexHeight, 0, 0);
        grids |= m.input.rect.adjusted(-m.indexWidth, 0, 0, 0);
        grids |= m.output.rect.adjusted(-m.indexWidth, 0, 0, 0);
    }
    // The titles over the grids; the mark under the kernel while zero insertion turns it.
    const double title = QFontMetricsF(layout.titleFont).height() * 1.5;
    const double under =
        stage->frame().trace->view == View::ZeroInsertion ? layout.kernel.cell : 0.0;
    return grids.adjusted(0, -title, 0, under);
}

// At the foot of `room` (the parent's coordinates), if it fits there.
bool KeyHint::placeAt(const QRect &room, int width)
{
    const int height = heightForWidth(width);
    if (room.height() < height || room.width() < width)
        return false;
    resize(width, height);
    move(room.left() + (room.width() - width) / 2, room.bottom() - height + 1);
    return true;
}

void KeyHint::place()
{
    // One line when the stage is wide enough, wrapped to the stage otherwise.
    QTextDocument document;
    document.setDefaultFont(font());
    document.setHtml(text());
    const int margins = contentsMargins().left() + contentsMargins().right() + 40;
    const QRect stage(m_stage->mapTo(parentWidget(), QPoint(0, 0)), m_stage->size());
    const int width =
        std::min(static_cast<int>(document.idealWidth()) + margins, stage.width() - 40);
    setWordWrap(true);
    const QRect grids = occupiedRect(m_stage).translated(stage.topLeft()).toAlignedRect();
    if (grids.isEmpty() && placeAt(stage.adjusted(0, 0, 0, -hintGap), width))
        return;
    // Under the grids, else between the lesson's title and the grids.
    QRect below = stage.adjusted(0, 0, 0, -hintGap);
    below.setTop(grids.bottom() + hintGap);
    if (placeAt(below, width))
        return;
    const QRectF title = titleBand(QRectF(m_stage->rect()), m_stage->frame().style).rect;
    QRect above = stage;
    above.setTop(stage.top() + (title.isEmpty() ? 0 : static_cast<int>(title.bottom())) + hintGap);
    above.setBottom(grids.top() - hintGap);
    if (placeAt(above, width))
        return;
    // No room on the stage: over the playback controls at the foot of the window, which the
    // keys are about anyway.
    const QWidget *window = parentWidget();
    const int height = heightForWidth(width);
    resize(width, height);
    move((window->width() - width) / 2, window->height() - height - hintGap / 2);
}

} // namespace convstep
