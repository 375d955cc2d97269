#pragma once

#include "ui/render/stage_layout.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace convstep {

// The stage widget's zoom and pan. At zoom 1 the stage fits the widget, as an export fits its
// frame. At zoom z the stage is laid out as if the widget were z times larger, so that cells
// get room for their numbers (a heat map becomes a matrix of numbers) rather than a bigger
// picture of the same; the widget shows a window onto it, `pan` pixels from its top left.
// Where a larger layout gains nothing (cells already at their largest, or a layout past
// maxLayoutPixels), the rest of the zoom magnifies the picture.
class StageViewport final
{
public:
    static constexpr double maxZoom = 16.0;
    // A bigger layout would only cost memory (heat-map images grow with it); beyond it the
    // picture is magnified instead.
    static constexpr double maxLayoutPixels = 12e6;

    double zoom() const { return m_zoom; }
    bool isFitted() const { return m_zoom == 1.0; }
    QPointF pan() const { return m_pan; }
    QSizeF canvasSize() const; // the whole zoomed stage, in widget pixels

    // Lays `frame` out for a widget of `size` at the current zoom, keeping the pan on the stage.
    StageLayout layout(const StageFrame &frame, QSizeF size);

    QRectF area() const { return m_area; } // where the layout was made, in its own coordinates
    QTransform transform() const; // layout coordinates to widget coordinates
    QPointF toLayout(QPointF widgetPoint) const;
    QRectF toWidget(const QRectF &layoutRect) const;

    // Zooms by `factor` (clamped to [1, maxZoom]) keeping the part of the stage under
    // `anchor` (widget coordinates) where it is; returns the new layout.
    StageLayout zoomBy(double factor, QPointF anchor, const StageFrame &frame, QSizeF size);
    void panBy(QPointF delta); // moves the stage by `delta` widget pixels, within its bounds
    void fit(); // zoom 1, no pan
    // Pans the least needed to show `layoutRect` whole (as much of it as fits).
    void reveal(const QRectF &layoutRect);

private:
    void clampPan();

    double m_zoom = 1.0;
    QPointF m_pan;
    QSizeF m_size; // the widget's
    QRectF m_area; // the layout's area: the widget's size times the re-layout factor
    double m_magnification = 1.0; // layout coordinates to widget pixels
};

} // namespace convstep
