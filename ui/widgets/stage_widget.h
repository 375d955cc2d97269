#pragma once

#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"

#include <QWidget>

class QLineEdit;

namespace convstep {

// The centre of the window. It paints the frame it was last given and reports what the
// pointer does in stage-cell terms; it never computes anything about the convolution.
class StageWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit StageWidget(QWidget *parent = nullptr);

    void setFrame(StageFrame frame);
    const StageFrame &frame() const { return m_frame; }
    const StageLayout &stageLayout() const { return m_layout; }

    // Opens the in-place editor on an input or kernel cell (double-click does the same).
    bool editCell(StageCell cell);
    bool isEditing() const;
    QLineEdit *editor() const { return m_editor; }

    // Blank the stage (presentation remotes' B key); the frame is kept.
    void setBlanked(bool blanked);
    bool isBlanked() const { return m_blanked; }

    QSize sizeHint() const override { return {900, 520}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

signals:
    void hovered(std::optional<convstep::StageCell> cell);
    void clicked(std::optional<convstep::StageCell> cell);
    void cellEdited(convstep::StageCell cell, double value);
    // Shift+arrow keys move the cell cursor (the selection) to `cell`.
    void cursorMoved(convstep::StageCell cell);
    // A new frame is on show (every animation tick included).
    void frameShown();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void relayout();
    void commitEdit();
    void cancelEdit();
    bool editable(StageCell cell) const;
    QString describe(StageCell cell) const;

    StageFrame m_frame;
    StageLayout m_layout;
    StageRenderer m_renderer;
    QLineEdit *m_editor = nullptr;
    std::optional<StageCell> m_editing;
    bool m_blanked = false;
};

} // namespace convstep
