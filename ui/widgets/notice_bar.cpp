#include "ui/widgets/notice_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace convstep {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, &NoticeBar::hide);
    layout->addWidget(close);
    hide();
}

void NoticeBar::showMessage(const QString &text, Kind kind)
{
    clearButtons();
    m_label->setText(text);
    const QColor tint = kind == Kind::Warning ? QColor(0xf0, 0xa0, 0x20) : QColor(0x3d, 0x8b, 0xfd);
    QPalette p = palette();
    p.setColor(QPalette::Window,
               p.color(QPalette::Base).lightness() < 128 ? tint.darker(300) : tint.lighter(175));
    setPalette(p);
    show();
}

QPushButton *NoticeBar::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, &NoticeBar::hide);
    m_buttons->addWidget(button);
    return button;
}

QString NoticeBar::text() const
{
    return m_label->text();
}

void NoticeBar::clearButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace convstep
