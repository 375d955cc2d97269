#pragma once

#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"

#include <memory>

class QImage;
class QPainter;

namespace convstep {

// Paints one stage frame into any QPainter: the stage widget, image, SVG and PDF exports all
// go through here, so a file shows exactly what the window shows.
class StageRenderer final
{
public:
    StageRenderer();
    ~StageRenderer();
    StageRenderer(StageRenderer &&) noexcept;
    StageRenderer &operator=(StageRenderer &&) noexcept;

    void paint(QPainter &painter, const QRectF &area, const StageFrame &frame) const;
    // The same picture over the whole of `image`, for exports that paint frame after frame:
    // what a run of frames shares (the background, the titles, the source grid without the
    // step's operands) is painted once, kept, and copied into each frame while it stays the
    // same. Every pixel comes out as paint() would paint it.
    void paint(QImage &image, const StageFrame &frame);

private:
    struct Backdrop;
    std::unique_ptr<Backdrop> m_backdrop;
};

} // namespace convstep
