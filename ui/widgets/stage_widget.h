#pragma once

#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"
#include "ui/render/stage_renderer.h"
#include "ui/widgets/stage_viewport.h"

#include <QWidget>

#include <optional>

class QAction;
class QLineEdit;

namespace convstep {

// The centre of the window. It paints the frame it was last given and reports what the
// pointer does in stage-cell terms; it never computes anything about the convolution.
//
// It zooms and pans in every view (StageViewport): Ctrl+wheel zooms about the pointer, + and −
// about the centre, Ctrl+0 fits the stage again; once zoomed, a drag or the wheel pans. A
// press that moves less than the drag distance is still a click. Hit tests, hover, tooltips
// and the cell editor all go through the zoom. A new view or a problem of another shape fits
// the stage again; exports always fit.
class StageWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit StageWidget(QWidget *parent = nullptr);

    void setFrame(StageFrame frame);
    const StageFrame &frame() const { return m_frame; }
    const StageLayout &stageLayout() const { return m_layout; } // in the viewport's coordinates
    const StageViewport &viewport() const { return m_view; }
    std::optional<StageCell> cellAt(QPointF widgetPoint) const;
    std::optional<DeckTile> deckTileAt(QPointF widgetPoint) const;

    // Zooming: the factor is kept within [1, StageViewport::maxZoom]; `anchor` is a widget
    // point that stays over the same part of the stage.
    void zoomBy(double factor, QPointF anchor);
    void zoomIn(); // one step about the centre
    void zoomOut();
    void fitStage();
    // + (and =), −, Ctrl+0: shortcuts of the stage's window, for menus and the shortcut list.
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

    // Opens the in-place editor on an input or kernel cell, or on a cell of ∂L/∂y in a backward
    // view (double-click does the same).
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
    void cellEdited(convstep::StageCell cell, convstep::ChannelPair channels, double value);
    // A cell of the upstream gradient ∂L/∂y, edited on a backward view's stage.
    void upstreamEdited(convstep::Cell cell, double value);
    // A click on a tile of a channel deck (DeckTile): bring that channel to the front.
    void channelPicked(convstep::GridRole deck, int channel);
    // Shift+arrow keys move the cell cursor (the selection) to `cell`.
    void cursorMoved(convstep::StageCell cell);
    // A new frame is on show (every animation tick included).
    void frameShown();
    // The grids were laid out again (a new frame, size or zoom): a stack's rows may have come
    // or gone.
    void laidOut();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createZoomActions();
    void relayout();
    void placeEditor();
    void updateCursor(std::optional<QPointF> pointer = std::nullopt);
    void commitEdit();
    void cancelEdit();
    bool editable(StageCell cell) const;
    QString describe(StageCell cell) const;
    QString describe(DeckTile tile) const;

    StageFrame m_frame;
    StageLayout m_layout;
    StageRenderer m_renderer;
    StageViewport m_view;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    std::optional<QPointF> m_pressedAt; // a left press not yet released
    std::optional<QPointF> m_draggedTo; // set once that press has moved into a pan
    QLineEdit *m_editor = nullptr;
    std::optional<StageCell> m_editing;
    bool m_blanked = false;
};

} // namespace convstep
