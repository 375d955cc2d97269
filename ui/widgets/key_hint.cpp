#include "ui/widgets/key_hint.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QPropertyAnimation>
#include <QTextDocument>

namespace convstep {

KeyHint::KeyHint(QWidget *stage)
    : QLabel(stage)
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
    hide();
}

void KeyHint::flash()
{
    m_fade->stop();
    m_opacity->setOpacity(1.0);
    QFont f = font();
    f.setPixelSize(std::max(14, parentWidget()->height() / 40));
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
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void KeyHint::place()
{
    // One line when the stage is wide enough, wrapped to the stage otherwise.
    QTextDocument document;
    document.setDefaultFont(font());
    document.setHtml(text());
    const int margins = contentsMargins().left() + contentsMargins().right() + 40;
    const QWidget *stage = parentWidget();
    const int width =
        std::min(static_cast<int>(document.idealWidth()) + margins, stage->width() - 40);
    setWordWrap(true);
    resize(width, heightForWidth(width));
    move((stage->width() - this->width()) / 2, stage->height() - height() - 24);
}

} // namespace convstep
