#include "core/narration.h"
#include "core/views.h"

#include <algorithm>

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

std::string upstreamCanvasText(const Geometry &g)
{
    const AxisGeometry &r = g.rows;
    const AxisGeometry &c = g.cols;
    const Pair canvas = upstreamCanvasSize(g);
    std::string text;
    if (canvas != g.outputSize()) {
        text = "Put ∂L/∂y (" + sizeText(g.outputSize())
            + ") back where the forward pass wrote the output, on the " + sizeText(canvas)
            + " scatter canvas, with zeros where the crop cut it ("
            + countOf(r.cropBefore, "row", "rows") + " above, "
            + std::to_string(canvas.h - r.cropBefore - r.out) + " below, "
            + countOf(c.cropBefore, "column", "columns") + " on the left, "
            + std::to_string(canvas.w - c.cropBefore - c.out)
            + " on the right): those cells never reached the output, so their gradient is 0.";
    }
    if (pastCanvas(r) > 0 || pastCanvas(c) > 0)
        text += std::string(text.empty() ? "" : " ") + "The last "
            + countOf(pastCanvas(r), "row", "rows") + " and "
            + countOf(pastCanvas(c), "column", "columns")
            + " of ∂L/∂y lie past the scattered canvas: no input reached them, so they pass no "
              "gradient back.";
    return text;
}

} // namespace convstep::views
