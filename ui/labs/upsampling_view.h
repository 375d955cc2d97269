#pragma once

#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace convstep {

// One method of the "Ways to upsample" lab: its name, its one-line rule, whether it has
// weights to learn, and the frame to show (or why there is none).
struct UpsamplingTile
{
    QString title;
    QString rule;
    QString weights;
    QString progress; // "step 3 of 16"
    bool learnable = false;
    std::optional<StageFrame> frame;
    QString error;
};

// Paints the five methods side by side, each a small stage under its title and rule; a
// learnable method is outlined. It only paints what it is given. A cell's tooltip says its
// value in full, where the cell shows fewer decimals.
class UpsamplingView final : public QWidget
{
    Q_OBJECT

public:
    explicit UpsamplingView(QWidget *parent = nullptr);

    void setTiles(std::vector<UpsamplingTile> tiles, Theme theme);
    const std::vector<UpsamplingTile> &tiles() const { return m_tiles; }

    // Where tile i sits, and the part of it the stage paints into (for tests and the layout).
    QRectF tileRect(int index) const;
    QRectF stageRect(int index) const;

    QSize sizeHint() const override { return {1100, 420}; }
    QSize minimumSizeHint() const override { return {420, 260}; }

    // The words of the cell under `point` (its full value among them); empty off the cells.
    QString cellToolTip(QPointF point) const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int columns() const;
    double headerHeight(double tileWidth) const;
    double footerHeight() const;

    std::vector<UpsamplingTile> m_tiles;
    Theme m_theme = Theme::Light;
    StageRenderer m_renderer;
};

} // namespace convstep
