#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_scene.h"

#include <QFontMetricsF>

#include <algorithm>
#include <set>
#include <vector>

namespace convstep::detail {
namespace {

void paintTitle(const MatrixScene &sc, const QRectF &box, const QString &title, double above)
{
    const QFont &font = sc.s.layout.titleFont;
    const QRectF rect = matrixTitleRect(box, title, font, sc.s.layout.captionRect, above);
    sc.s.p.setFont(font);
    sc.s.p.setPen(sc.s.palette.mutedText);
    sc.s.p.drawText(rect, Qt::AlignHCenter | Qt::AlignBottom,
                    QFontMetricsF(font).elidedText(title, Qt::ElideRight, rect.width()));
}

} // namespace

void paintTitles(const MatrixScene &sc)
{
    for (const GridBox *box : {&sc.s.layout.source, &sc.s.layout.kernel, &sc.s.layout.target})
        paintTitle(sc, box->rect(), box->title, 0.0);
    paintTitle(sc, sc.m.slot, sc.m.matrix.title, sc.m.indexHeight);
    sc.s.p.setOpacity(sc.vectorsShown);
    paintTitle(sc, sc.m.input.rect, sc.m.input.title, 0.0);
    paintTitle(sc, sc.m.output.rect, sc.m.output.title, 0.0);
    sc.s.p.setOpacity(1.0);
}

// Row and column numbers beside the matrix and the vectors (numbers mode only).
void paintIndexLabels(const MatrixScene &sc)
{
    const MatrixLayout &m = sc.m;
    if (!m.numbers || !sc.turned)
        return;
    QPainter &p = sc.s.p;
    p.setFont(m.indexFont);
    const Step &step = sc.s.frame.step;
    const int row = step.focus ? outputIndex(sc.trace(), *step.focus) : -1;
    const auto colourFor = [&](bool lit) {
        return lit ? sc.s.palette.focus : sc.s.palette.mutedText;
    };
    const auto left = [&](const MatrixBox &box, int index, bool lit) {
        const QRectF entry = box.entryRect({index, 0});
        p.setPen(colourFor(lit));
        p.drawText(
            QRectF(entry.left() - m.indexWidth, entry.top(), m.indexWidth - 4, entry.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(index));
    };
    std::vector<bool> used(static_cast<size_t>(m.matrix.cols), false);
    for (const Mac &mac : step.macs)
        if (mac.input)
            used[static_cast<size_t>(inputIndex(sc.trace(), *mac.input))] = true;
    for (int r = 0; r < m.matrix.rows; ++r) {
        left(m.matrix, r, row == r);
        left(m.output, r, row == r);
    }
    for (int c = 0; c < m.matrix.cols; ++c) {
        left(m.input, c, used[static_cast<size_t>(c)]);
        const QRectF entry = m.matrix.entryRect({0, c});
        p.setPen(colourFor(used[static_cast<size_t>(c)]));
        p.drawText(QRectF(entry.left(), entry.top() - m.indexHeight, entry.width(), m.indexHeight),
                   Qt::AlignHCenter | Qt::AlignBottom, QString::number(c));
    }
}

// Hover links: every cell a linked product touches, in all six places.
void paintLinks(const MatrixScene &sc)
{
    const StagePainter &s = sc.s;
    const MatrixLayout &m = sc.m;
    if (!sc.turned || (s.frame.links.empty() && !s.frame.hover))
        return;
    const Trace &trace = sc.trace();
    const double width = std::clamp(m.entry * 0.07, 1.5, 3.0);
    const QColor fill = withAlpha(s.palette.link, 0.25);
    // A heat map's entries are too small to outline: the rest of the matrix steps back.
    if (!m.numbers && !s.frame.links.empty())
        s.p.fillRect(m.matrix.rect, withAlpha(s.palette.background, 0.7));
    // A cell linked by several products (a kernel cell, an input's x entry) is marked once.
    // Marks too small for an outline are filled solid, all in one call: a kernel cell of a
    // large input links thousands of them.
    std::set<std::pair<int, Cell>> marked;
    QVector<QRectF> solid;
    const auto mark = [&](GridRole role, Cell cell, QRectF rect) {
        if (!marked.insert({static_cast<int>(role), cell}).second)
            return;
        rect = atLeast(rect, 3.0);
        if (std::min(rect.width(), rect.height()) < 8.0) {
            solid.push_back(rect);
            return;
        }
        s.p.fillRect(rect, fill);
        s.outline(rect, s.palette.link, width);
    };
    for (const Mac &mac : s.frame.links) {
        mark(GridRole::Source, mac.source, s.layout.source.cellRect(mac.source));
        mark(GridRole::Kernel, mac.kernel, s.layout.kernel.cellRect(mac.kernel));
        mark(GridRole::Target, mac.target, s.layout.target.cellRect(mac.target));
        if (!mac.input || !mac.out)
            continue;
        const int in = inputIndex(trace, *mac.input);
        const int out = outputIndex(trace, *mac.out);
        mark(GridRole::InputVector, {in, 0}, m.input.entryRect({in, 0}));
        mark(GridRole::OutputVector, {out, 0}, m.output.entryRect({out, 0}));
        mark(GridRole::MatrixEntry, {out, in}, m.matrix.entryRect({out, in}));
    }
    if (!solid.isEmpty()) {
        s.p.save();
        s.p.setRenderHint(QPainter::Antialiasing, false);
        s.p.setPen(Qt::NoPen);
        s.p.setBrush(withAlpha(s.palette.link, 0.85));
        s.p.drawRects(solid);
        s.p.restore();
    }
    const auto boxRect = [&](StageCell cell) {
        switch (cell.role) {
        case GridRole::MatrixEntry:
            return m.matrix.entryRect(cell.cell);
        case GridRole::InputVector:
            return m.input.entryRect(cell.cell);
        case GridRole::OutputVector:
            return m.output.entryRect(cell.cell);
        default:
            return s.layout.box(cell.role).cellRect(cell.cell);
        }
    };
    if (s.frame.hover)
        s.outline(atLeast(boxRect(*s.frame.hover), 4.0), s.palette.window, width * 1.5);
    if (s.frame.selection) {
        s.p.setPen(QPen(s.palette.focus, width, Qt::DashLine));
        s.p.setBrush(Qt::NoBrush);
        s.p.drawRect(atLeast(boxRect(*s.frame.selection), 4.0).adjusted(1, 1, -1, -1));
    }
}

} // namespace convstep::detail
