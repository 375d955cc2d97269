#pragma once

#include <QScrollArea>

namespace convstep {

// Holds the predict panel under the stage. It asks for the panel's whole height at the width
// it is given and insists on it while the window has room for it on its screen; with less room
// (a logical 800×500 screen at 200 %) it gives way, down to a few lines, and scrolls, so that
// the window never grows past the screen. The widget with the keyboard is kept in view.
class PredictArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit PredictArea(QWidget *panel, QWidget *parent = nullptr);

    // The height the window can spare for the panel; negative: as much as it needs.
    void setRoom(int height);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void keepFocusInView();

    int m_room = -1;
};

} // namespace convstep
