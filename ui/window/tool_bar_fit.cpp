#include "ui/window/tool_bar_fit.h"

#include <QAction>
#include <QEvent>
#include <QToolBar>

namespace convstep {

ToolBarFit::ToolBarFit(QToolBar *bar, QList<std::pair<QAction *, QString>> shortWords,
                       QList<QAction *> spare)
    : QObject(bar)
    , m_bar(bar)
    , m_shortWords(std::move(shortWords))
    , m_spare(std::move(spare))
    , m_order(bar->actions())
{
    for (const auto &[action, words] : m_shortWords) {
        m_fullWords.append(action->iconText());
        // A tooltip left to Qt follows the icon text: keep the full name there.
        action->setToolTip(action->toolTip());
    }
    bar->installEventFilter(this);
}

bool ToolBarFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    return QObject::eventFilter(watched, event);
}

void ToolBarFit::fit()
{
    if (!m_short)
        m_fullWidth = m_bar->sizeHint().width();
    setShort(m_fullWidth > m_bar->width());
}

void ToolBarFit::setShort(bool on)
{
    if (on == m_short)
        return;
    m_short = on;
    for (qsizetype i = 0; i < m_shortWords.size(); ++i)
        m_shortWords[i].first->setIconText(on ? m_shortWords[i].second : m_fullWords[i]);
    if (on) {
        for (QAction *a : m_spare)
            m_bar->removeAction(a);
        return;
    }
    // Back in its place: before the next action of the bar's own order that is on it.
    const QList<QAction *> shown = m_bar->actions();
    for (QAction *a : m_spare) {
        QAction *before = nullptr;
        for (qsizetype i = m_order.indexOf(a) + 1; i < m_order.size() && !before; ++i)
            if (shown.contains(m_order[i]))
                before = m_order[i];
        m_bar->insertAction(before, a);
    }
}

} // namespace convstep
