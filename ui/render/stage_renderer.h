#pragma once

#include "ui/render/stage_frame.h"
#include "ui/render/stage_layout.h"

class QPainter;

namespace convstep {

// Paints one stage frame into any QPainter: the stage widget, image, SVG and PDF exports all
// go through here, so a file shows exactly what the window shows.
class StageRenderer final
{
public:
    void paint(QPainter &painter, const QRectF &area, const StageFrame &frame) const;
};

} // namespace convstep
