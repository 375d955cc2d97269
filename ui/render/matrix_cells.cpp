#include "core/channels.h"
#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_scene.h"
#include "ui/render/stage_font.h"

#include <QFontMetricsF>

#include <algorithm>

// The matrix view's cells: how an entry, a vector entry or a grid cell is drawn and what it says.
namespace convstep::detail {

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

QRectF atLeast(const QRectF &rect, double least)
{
    const double w = std::max(rect.width(), least);
    const double h = std::max(rect.height(), least);
    return {rect.center().x() - w / 2, rect.center().y() - h / 2, w, h};
}

void paintCell(const MatrixScene &sc, const QRectF &rect, const QColor &fill, const QString &text,
               const QColor &textColour, const QFont &font)
{
    QPainter &p = sc.s.p;
    p.fillRect(rect, fill);
    p.setPen(QPen(sc.s.palette.gridLine, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    drawFitted(p, rect, text, font, textColour);
}

void paintIndex(const MatrixScene &sc, const QRectF &rect, int index, const QFont &cellFont)
{
    if (rect.width() < 34.0 * sc.scale || sc.symbols())
        return;
    QFont font = cellFont;
    font.setPixelSize(std::max(7, static_cast<int>(cellFont.pixelSize() * 0.5)));
    sc.s.p.setFont(font);
    sc.s.p.setPen(sc.s.palette.mutedText);
    sc.s.p.drawText(rect.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop,
                    QString::number(index));
}

bool small(double cell)
{
    return cell < matrixNumberPixels;
}

QFont cellFont(const MatrixScene &sc, double cell)
{
    QFont font = sc.s.layout.cellFont;
    font.setPixelSize(matrixNumberFont(cell, sc.scale));
    return font;
}

const GridState &shownState(const MatrixScene &sc)
{
    return sc.turned ? *sc.s.frame.after : *sc.s.frame.before;
}

const GridState &channelState(const MatrixScene &sc, int channel)
{
    return sc.states.empty() ? shownState(sc) : sc.states[static_cast<size_t>(channel)];
}

bool inFront(const MatrixScene &sc, const Mac &mac)
{
    return mac.inChannel.value_or(sc.front.in) == sc.front.in
        && mac.outChannel.value_or(sc.front.out) == sc.front.out;
}

QString entryText(const MatrixScene &sc, double value, int element, Cell at)
{
    if (!sc.symbols() || sc.entries.fixed())
        return numberText(value);
    const Trace &trace = sc.trace();
    const Pair kernel = sizeOf(trace.problem.kernel);
    const Cell cell{element / kernel.w, element % kernel.w};
    if (!hasChannels(trace.problem))
        return weightSymbol(cell, kernel);
    // The 4-D name where it is legible; else the kernel's own, which the block labels and the
    // kernel grid's title place in the weight.
    const QString full = weightSymbol(
        weightIndex(trace.problem, outputChannelAt(trace, at.row), inputChannelAt(trace, at.col)),
        cell, kernel);
    if (QFontMetricsF(sc.m.entryFont).horizontalAdvance(full) + 4.0 <= sc.m.entry)
        return full;
    return weightSymbol(cell, kernel);
}

QString inputText(const MatrixScene &sc, int index)
{
    if (sc.symbols())
        return indexedSymbol(QLatin1Char('x'), index);
    const Trace &trace = sc.trace();
    const Cell c = inputCellAt(trace, index);
    return numberText(inputChannel(trace.problem, inputChannelAt(trace, index))(c.row, c.col));
}

QString outputText(const MatrixScene &sc, int index, double value)
{
    return sc.symbols() ? indexedSymbol(QLatin1Char('y'), index) : numberText(value);
}

QColor entryFill(const MatrixScene &sc, int element)
{
    if (sc.entries.fixed())
        return blend(sc.s.palette.cell, sc.s.palette.mutedText, 0.22);
    return kernelFill(element, sc.theme());
}

} // namespace convstep::detail
