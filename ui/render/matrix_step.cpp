#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_scene.h"

#include <algorithm>

namespace convstep::detail {
namespace {

// Row `row` of M across the columns shown.
QRectF rowRect(const MatrixLayout &m, int row)
{
    const MatrixBox &box = m.matrix;
    QRectF band = m.matrix.entryRect({row, box.colBegin()})
                      .united(m.matrix.entryRect({row, box.colEnd() - 1}));
    if (box.windowed()) { // no further than the window's columns while it scrolls
        band.setLeft(std::max(band.left(), box.rect.left()));
        band.setRight(std::min(band.right(), box.rect.right()));
    }
    return band;
}

} // namespace

// The x entries the step multiplies take their kernel elements' colours, as in the input grid.
void paintStep(const MatrixScene &sc)
{
    const StagePainter &s = sc.s;
    const StagePalette &pal = s.palette;
    const MatrixLayout &m = sc.m;
    const Trace &trace = sc.trace();
    const Step &step = s.frame.step;
    if (!sc.turned || step.phase != Phase::Row || !step.focus)
        return;
    const double progress = ease(s.frame.progress);
    const double least = 3.0;
    const int row = stepRow(trace, step);

    // The row band glides from the previous row, like the kernel window in the other views.
    QRectF band = rowRect(m, row);
    if (s.frame.previous && s.frame.previous->focus)
        band = lerp(rowRect(m, stepRow(trace, *s.frame.previous)), band, progress);
    band = atLeast(band, least);
    s.p.fillRect(band, withAlpha(pal.focus, m.numbers ? 0.16 : 0.3));

    const double shown = s.frame.previous ? 1.0 : progress;
    for (const Mac &mac : step.macs) {
        if (!mac.input)
            continue;
        const int element = s.kernelIndex(mac.kernel);
        const int column = macColumn(trace, mac);
        const bool front = inFront(sc, mac); // the input grid shows the front channel only
        const QColor fill = entryFill(sc, element);
        const QColor stroke =
            sc.entries.fixed() ? pal.mutedText : kernelStroke(element, sc.theme());
        const QRectF entry = m.matrix.entryRect({row, column});
        const QRectF x = m.input.entryRect({column, 0});
        const QRectF source = s.layout.source.cellRect(mac.source);
        s.p.setOpacity(shown);
        if (m.numbers) {
            if (m.input.shows({column, 0}))
                paintCell(sc, x, fill, inputText(sc, column), pal.text, m.entryFont);
        } else {
            s.p.fillRect(atLeast(entry, least), stroke);
            s.p.fillRect(QRectF(x.left() - 3, x.top(), x.width() + 6, x.height())
                             .adjusted(0, std::min(0.0, (x.height() - 2) / 2), 0,
                                       -std::min(0.0, (x.height() - 2) / 2)),
                         stroke);
        }
        if (front && small(s.layout.source.cell)) {
            s.p.fillRect(source, stroke);
        } else if (front) {
            const QFont font = cellFont(sc, s.layout.source.cell);
            paintCell(sc, source, fill, inputText(sc, column), pal.text, font);
            paintIndex(sc, source, column, font);
        }
        s.p.setOpacity(1.0);
        if (m.numbers && m.matrix.shows({row, column})) {
            // The band tints the row's zeros; its entries keep their colours.
            paintCell(sc, entry, fill, entryText(sc, mac.weight, element, {row, column}), pal.text,
                      m.entryFont);
            s.outline(entry, stroke, sc.lineWidth());
        }
    }
    s.outline(band, pal.focus, sc.lineWidth());

    // The y entry and the output cell it is, filled as the step completes.
    const double value = s.frame.after->values(step.focus->row, step.focus->col);
    const QColor onFocus = textOn(pal.focus, pal);
    const QRectF y = m.output.entryRect({row, 0});
    const QRectF out = s.layout.target.cellRect(*step.focus);
    s.p.setOpacity(progress);
    if (m.numbers)
        paintCell(sc, y, pal.focus, outputText(sc, row, value), onFocus, m.entryFont);
    else
        s.p.fillRect(atLeast(QRectF(y.left() - 3, y.top(), y.width() + 6, y.height()), 2.0),
                     pal.focus);
    if (small(s.layout.target.cell)) {
        s.p.fillRect(out, pal.focus);
    } else {
        const QFont font = cellFont(sc, s.layout.target.cell);
        paintCell(sc, out, pal.focus, outputText(sc, row, value), onFocus, font);
        paintIndex(sc, out, row, font);
    }
    s.p.setOpacity(1.0);
    s.outline(atLeast(out, least), pal.focus, sc.lineWidth());
    s.outline(atLeast(y, least), pal.focus, sc.lineWidth());
}

} // namespace convstep::detail
