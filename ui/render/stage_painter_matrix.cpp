#include "core/channels.h"
#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_image.h"
#include "ui/render/matrix_layout.h"
#include "ui/render/matrix_scene.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_painter.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <functional>

namespace convstep::detail {
namespace {

void paintGrids(const MatrixScene &sc)
{
    const StagePainter &s = sc.s;
    const Trace &trace = sc.trace();
    const StagePalette &pal = s.palette;
    // A channel problem's grids: the input channel, kernel and output channel in front.
    const Grid &input = inputChannel(trace.problem, sc.front.in);
    const Grid &kernel = weightOf(trace.problem, sc.front.out, sc.front.in);
    const Grid &output = hasChannels(trace.problem)
        ? trace.outputs[static_cast<size_t>(sc.front.out)]
        : trace.output;
    const double inputMagnitude = input.cwiseAbs().maxCoeff();
    const double outputMagnitude = std::max(output.cwiseAbs().maxCoeff(), 1e-12);
    const GridState &state = shownState(sc);

    const GridBox &in = s.layout.source;
    if (small(in.cell)) {
        drawValueImage(s.p, in.rect(), in.rows, in.cols,
                       [&](int r, int c) { return valueColour(input(r, c), inputMagnitude, pal); });
    } else {
        const QFont font = cellFont(sc, in.cell);
        for (int r = 0; r < in.rows; ++r)
            for (int c = 0; c < in.cols; ++c) {
                const int index = inputIndex(trace, {r, c}, sc.front.in);
                paintCell(sc, in.cellRect({r, c}), pal.cell, inputText(sc, index), pal.text, font);
                paintIndex(sc, in.cellRect({r, c}), index, font);
            }
    }

    const GridBox &k = s.layout.kernel;
    const QFont kernelFont = cellFont(sc, k.cell);
    const Pair kernelSize{k.rows, k.cols};
    for (int a = 0; a < k.rows; ++a)
        for (int b = 0; b < k.cols; ++b) {
            const QRectF rect = k.cellRect({a, b});
            if (small(k.cell))
                s.p.fillRect(rect, kernelStroke(s.kernelIndex({a, b}), sc.theme()));
            else
                paintCell(sc, rect, kernelFill(s.kernelIndex({a, b}), sc.theme()),
                          sc.symbols() ? weightSymbol({a, b}, kernelSize)
                                       : numberText(kernel(a, b)),
                          pal.text, kernelFont);
        }

    const GridBox &out = s.layout.target;
    const auto outColour = [&](int r, int c) {
        return state.written(r, c) ? valueColour(state.values(r, c), outputMagnitude, pal)
                                   : pal.pending;
    };
    if (small(out.cell)) {
        drawValueImage(s.p, out.rect(), out.rows, out.cols, outColour);
    } else {
        const QFont font = cellFont(sc, out.cell);
        for (int r = 0; r < out.rows; ++r)
            for (int c = 0; c < out.cols; ++c) {
                const bool written = state.written(r, c);
                const int index = outputIndex(trace, {r, c}, sc.front.out);
                paintCell(sc, out.cellRect({r, c}), written ? pal.cell : pal.pending,
                          written ? outputText(sc, index, state.values(r, c)) : QString(), pal.text,
                          font);
                paintIndex(sc, out.cellRect({r, c}), index, font);
            }
    }
}

// A window's entries are clipped to it while it scrolls.
void clipTo(const MatrixScene &sc, const MatrixBox &box)
{
    if (box.windowed())
        sc.s.p.setClipRect(box.rect);
}

void paintNumbers(const MatrixScene &sc)
{
    const StagePainter &s = sc.s;
    const StagePalette &pal = s.palette;
    const MatrixLayout &m = sc.m;
    const MatrixBox &box = m.matrix;
    s.p.save();
    clipTo(sc, box);
    // Zeros first, faint; then the non-zeros over them, so that they pass over the zeros
    // while the matrix turns. Mid-turn the zeros fade, so the moving non-zeros stay readable.
    // Blocks outside a group hold no zeros to read: paintBlocks marks them empty.
    const QColor zeroText = withAlpha(pal.mutedText, 0.45);
    const MatrixEntries &e = sc.entries;
    s.p.setOpacity(0.15 + 0.85 * std::abs(2 * m.turn - 1));
    for (int r = box.rowBegin(); r < box.rowEnd(); ++r)
        for (int c = box.colBegin(); c < box.colEnd(); ++c)
            if (e.inGroup(r / e.blockRows(), c / e.blockCols()))
                paintCell(sc, m.entryRect({r, c}), pal.cell, QStringLiteral("0"), zeroText,
                          m.entryFont);
    s.p.setOpacity(1.0);
    std::vector<MatrixEntry> row;
    for (int r = box.rowBegin(); r < box.rowEnd(); ++r) {
        sc.entries.row(r, row);
        for (const MatrixEntry &entry : row)
            if (entry.col >= box.colBegin() && entry.col < box.colEnd())
                paintCell(sc, m.entryRect({r, entry.col}), entryFill(sc, entry.element),
                          entryText(sc, entry.value, entry.element, {r, entry.col}), pal.text,
                          m.entryFont);
    }
    s.p.restore();
}

void paintMatrixEntries(const MatrixScene &sc)
{
    const StagePainter &s = sc.s;
    const StagePalette &pal = s.palette;
    const MatrixLayout &m = sc.m;
    if (m.numbers) {
        paintNumbers(sc);
        return;
    }
    const QColor zero = pal.padding;
    if (sc.turned) {
        const QRectF rect = m.matrix.rect;
        const QSize pixels(std::min(m.matrix.cols, static_cast<int>(std::ceil(rect.width()))),
                           std::min(m.matrix.rows, static_cast<int>(std::ceil(rect.height()))));
        s.p.drawImage(rect, cachedMatrixImage(s.frame.trace, pixels, sc.theme(), zero));
    } else {
        s.p.setPen(Qt::NoPen);
        s.p.setBrush(zero);
        s.p.drawPolygon(m.outline());
        const int side = std::max(m.matrix.rows, m.matrix.cols);
        const double extent = side * m.entry;
        const int pixels = std::min(side, static_cast<int>(std::ceil(extent)));
        s.p.drawImage(QRectF(m.slot.topLeft(), QSizeF(extent, extent)),
                      matrixImage(sc.entries, QSize(pixels, pixels), sc.theme(), zero, m.turn));
    }
    if (sc.turned && m.entry >= 8.0) {
        // Big enough to count: hairlines between the entries.
        s.p.setPen(QPen(withAlpha(pal.background, 0.8), 1.0));
        const QRectF r = m.matrix.rect;
        for (int row = 1; row < m.matrix.rows; ++row)
            s.p.drawLine(QPointF(r.left(), r.top() + row * m.entry),
                         QPointF(r.right(), r.top() + row * m.entry));
        for (int col = 1; col < m.matrix.cols; ++col)
            s.p.drawLine(QPointF(r.left() + col * m.entry, r.top()),
                         QPointF(r.left() + col * m.entry, r.bottom()));
    }
    s.p.setPen(QPen(pal.gridLine, 1.0));
    s.p.setBrush(Qt::NoBrush);
    s.p.drawPolygon(m.outline());
}

// x (the input, flattened) and y (the output so far).
void paintVectors(const MatrixScene &sc)
{
    const StagePainter &s = sc.s;
    const StagePalette &pal = s.palette;
    const MatrixLayout &m = sc.m;
    const Trace &trace = sc.trace();
    const Problem &problem = trace.problem;
    const auto inputAt = [&](int i) {
        const Cell c = inputCellAt(trace, i);
        return inputChannel(problem, inputChannelAt(trace, i))(c.row, c.col);
    };
    const auto written = [&](int i) {
        const Cell c = outputCellAt(trace, i);
        return channelState(sc, outputChannelAt(trace, i)).written(c.row, c.col);
    };
    const auto outputAt = [&](int i) {
        const Cell c = outputCellAt(trace, i);
        return channelState(sc, outputChannelAt(trace, i)).values(c.row, c.col);
    };
    s.p.setOpacity(sc.vectorsShown);
    if (m.numbers) {
        s.p.save();
        clipTo(sc, m.input);
        for (int i = m.input.rowBegin(); i < m.input.rowEnd(); ++i)
            paintCell(sc, m.input.entryRect({i, 0}), pal.cell, inputText(sc, i), pal.text,
                      m.entryFont);
        s.p.restore();
        s.p.save();
        clipTo(sc, m.output);
        for (int i = m.output.rowBegin(); i < m.output.rowEnd(); ++i)
            paintCell(sc, m.output.entryRect({i, 0}), written(i) ? pal.cell : pal.pending,
                      written(i) ? outputText(sc, i, outputAt(i)) : QString(), pal.text,
                      m.entryFont);
        s.p.restore();
    } else {
        double inMagnitude = 0.0;
        for (int c = 0; c < channelShape(problem).in; ++c)
            inMagnitude = std::max(inMagnitude, inputChannel(problem, c).cwiseAbs().maxCoeff());
        double outMagnitude = std::max(trace.output.cwiseAbs().maxCoeff(), 1e-12);
        for (const Grid &output : trace.outputs)
            outMagnitude = std::max(outMagnitude, output.cwiseAbs().maxCoeff());
        drawValueImage(s.p, m.input.rect, m.input.rows, 1,
                       [&](int i, int) { return valueColour(inputAt(i), inMagnitude, pal); });
        drawValueImage(s.p, m.output.rect, m.output.rows, 1, [&](int i, int) {
            return written(i) ? valueColour(outputAt(i), outMagnitude, pal) : pal.pending;
        });
        s.p.setPen(QPen(pal.gridLine, 1.0));
        s.p.setBrush(Qt::NoBrush);
        s.p.drawRect(m.input.rect);
        s.p.drawRect(m.output.rect);
    }

    // The operators between them.
    QFont font = s.layout.titleFont;
    font.setBold(false);
    font.setPixelSize(std::max(12, static_cast<int>(m.equals.height() * 0.7)));
    s.p.setFont(font);
    s.p.setPen(pal.mutedText);
    s.p.drawText(m.equals, Qt::AlignCenter, QStringLiteral("="));
    if (!m.dot.isEmpty()) {
        // A glyph "·" is too small at any font size that fits; a dot of the "="'s weight is not.
        const double radius = std::max(2.5, m.dot.height() * 0.09);
        s.p.setPen(Qt::NoPen);
        s.p.setBrush(pal.mutedText);
        s.p.drawEllipse(m.dot.center(), radius, radius);
    }
    s.p.setOpacity(1.0);
}

} // namespace

void StagePainter::paintMatrix() const
{
    if (!layout.matrix)
        return;
    const MatrixLayout &m = *layout.matrix;
    const double fade = std::clamp((m.turn - 0.6) / 0.4, 0.0, 1.0);
    const auto entries = matrixEntriesFor(frame.trace);
    const bool turned = m.turn >= 1.0;
    const Trace &trace = *frame.trace;
    // y shows every output channel as it stands at the step (before it while C turns).
    std::vector<GridState> states;
    if (hasChannels(trace.problem))
        states = channelStates(trace, turned ? frame.step.index : frame.step.index - 1);
    const MatrixScene scene{*this,
                            m,
                            *entries,
                            frame.style.fontScale,
                            turned,
                            fade,
                            stepChannels(trace, frame.step),
                            std::move(states)};
    paintTitles(scene);
    paintGrids(scene);
    paintMatrixEntries(scene);
    paintBlocks(scene);
    paintVectors(scene);
    paintIndexLabels(scene);
    paintBlockLabels(scene);
    paintStep(scene);
    paintWindowEdges(scene);
    paintLinks(scene);
}

} // namespace convstep::detail
