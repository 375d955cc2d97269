#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QAction;
class QToolBar;

namespace convstep {

// Keeps every button of a tool bar on the bar rather than behind its » menu: where the
// actions' full words do not fit the bar's width (a 1024-pixel screen), the actions given
// short words take those and the spare ones (each also in a menu, with a key) leave the bar;
// all come back once there is room. Tooltips keep the full names.
class ToolBarFit final : public QObject
{
    Q_OBJECT

public:
    ToolBarFit(QToolBar *bar, QList<std::pair<QAction *, QString>> shortWords,
               QList<QAction *> spare);

    bool isShort() const { return m_short; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    void setShort(bool on);

    QToolBar *m_bar;
    QList<std::pair<QAction *, QString>> m_shortWords;
    QList<QString> m_fullWords;
    QList<QAction *> m_spare;
    QList<QAction *> m_order; // every action of the bar, in order
    bool m_short = false;
    int m_fullWidth = 0; // the bar's width with the full words, as last measured
};

} // namespace convstep
