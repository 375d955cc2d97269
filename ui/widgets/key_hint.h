#pragma once

#include <QLabel>
#include <QTimer>

class QGraphicsOpacityEffect;
class QPropertyAnimation;

namespace convstep {

// The keys of classroom mode, shown over the stage for a few seconds and then faded out so
// that nothing covers the lesson while the teacher talks.
class KeyHint final : public QLabel
{
    Q_OBJECT

public:
    explicit KeyHint(QWidget *stage);

    void flash(); // show now, fade out after a few seconds
    bool isShowing() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QGraphicsOpacityEffect *m_opacity = nullptr;
    QPropertyAnimation *m_fade = nullptr;
    QTimer m_hold;
};

} // namespace convstep
