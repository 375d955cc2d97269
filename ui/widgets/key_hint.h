#pragma once

#include <QLabel>
#include <QRectF>
#include <QTimer>

class QGraphicsOpacityEffect;
class QPropertyAnimation;

namespace convstep {

class StageWidget;

// The keys of classroom mode, shown for a few seconds and then faded out so that nothing
// covers the lesson while the teacher talks. It never covers a grid: it goes where the
// stage's layout leaves room (under the grids, else over them below the title), and when the
// stage has no such room, over the playback controls at the foot of the window.
class KeyHint final : public QLabel
{
    Q_OBJECT

public:
    // Over `stage`'s window.
    explicit KeyHint(StageWidget *stage);

    void flash(); // show now, fade out after a few seconds
    bool isShowing() const;

    // What the grids and their titles take up, in the stage's coordinates.
    static QRectF occupiedRect(const StageWidget *stage);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    bool placeAt(const QRect &room, int width);

    StageWidget *m_stage = nullptr;
    QGraphicsOpacityEffect *m_opacity = nullptr;
    QPropertyAnimation *m_fade = nullptr;
    QTimer m_hold;
};

} // namespace convstep
