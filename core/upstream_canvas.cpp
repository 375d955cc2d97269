#include "core/narration.h"
#include "core/views.h"

#include <algorithm>
#include <optional>

namespace convstep::views {
namespace {

int canvasLength(const AxisGeometry &g)
{
    return std::max(g.full, g.cropBefore + g.out);
}

// Rows (columns) of ∂L/∂y past the scatter canvas: no input reached them.
int pastCanvas(const AxisGeometry &g)
{
    return std::clamp(g.cropBefore + g.out - g.full, 0, g.out);
}

} // namespace

Pair upstreamCanvasSize(const Geometry &g)
{
    return {canvasLength(g.rows), canvasLength(g.cols)};
}

SourceCell upstreamCanvasCell(const Trace &trace, Cell cell)
{
    const Geometry &g = trace.geometry;
    const Cell u{cell.row - g.rows.cropBefore, cell.col - g.cols.cropBefore};
    if (u.row < 0 || u.row >= g.rows.out || u.col < 0 || u.col >= g.cols.out)
        return {SourceKind::Padding, std::nullopt, 0.0, std::nullopt};
    return {SourceKind::Upstream, std::nullopt, trace.upstream(u.row, u.col), u};
}

bool upstreamCanvasPadded(const Geometry &g)
{
    return upstreamCanvasSize(g) != g.outputSize() || pastCanvas(g.rows) > 0
        || pastCanvas(g.cols) > 0;
}

Message upstreamCanvasText(const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    const Pair canvas = upstreamCanvasSize(g);
    std::optional<Message> cut;
    if (canvas != g.outputSize())
        cut =
            Message{CONVSTEP_TR("Narration",
                                "Put ∂L/∂y (%1) back where the forward pass wrote the output, on "
                                "the %2 scatter canvas, with zeros where the crop cut it (%3 "
                                "above, %4 below, %5 on the left, %6 on the right): those cells "
                                "never reached the output, so their gradient is 0."),
                    {sizeText(g.outputSize()), sizeText(canvas), countedRows(r.cropBefore),
                     std::to_string(canvas.h - r.cropBefore - r.out), countedColumns(c.cropBefore),
                     std::to_string(canvas.w - c.cropBefore - c.out)}};
    if (pastCanvas(r) == 0 && pastCanvas(c) == 0)
        return cut.value_or(Message());
    const Message past{CONVSTEP_TR("Narration",
                                   "The last %1 and %2 of ∂L/∂y lie past the "
                                   "scattered canvas: no input reached them, so they "
                                   "pass no gradient back."),
                       {countedRows(pastCanvas(r)), countedColumns(pastCanvas(c))}};
    return cut ? sentences(*cut, past) : past;
}

} // namespace convstep::views
