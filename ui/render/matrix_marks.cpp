#include "ui/render/matrix_frame.h"
#include "ui/render/matrix_scene.h"

#include <QFontMetricsF>

#include <algorithm>
#include <set>
#include <vector>

namespace convstep::detail {

void paintTitles(const MatrixScene &sc)
{
    QPainter &p = sc.s.p;
    p.setFont(sc.s.layout.titleFont);
    p.setPen(sc.s.palette.mutedText);
    for (const MatrixTitle &title : sc.m.titles) {
        p.setOpacity(title.vector ? sc.vectorsShown : 1.0);
        p.drawText(title.rect, Qt::AlignHCenter | Qt::AlignBottom, title.text);
    }
    p.setOpacity(1.0);
}

// Row and column numbers beside the matrix and the vectors (numbers mode only). Laid across,
// x stands over the column numbers it shares with M, and y beside the rows it shares.
void paintIndexLabels(const MatrixScene &sc)
{
    const MatrixLayout &m = sc.m;
    if (!m.numbers || !sc.turned)
        return;
    QPainter &p = sc.s.p;
    p.save();
    p.setFont(m.indexFont);
    const Step &step = sc.s.frame.step;
    const int row = step.focus ? stepRow(sc.trace(), step) : -1;
    const auto colourFor = [&](bool lit) {
        return lit ? sc.s.palette.focus : sc.s.palette.mutedText;
    };
    // Left of the first column shown: a window may start past column 0.
    const auto left = [&](const MatrixBox &box, int index, bool lit) {
        const QRectF entry = box.entryRect({index, box.colBegin()});
        if (!box.shows({index, box.colBegin()}))
            return;
        p.setPen(colourFor(lit));
        p.drawText(
            QRectF(box.rect.left() - m.indexWidth, entry.top(), m.indexWidth - 4, entry.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(index));
    };
    std::vector<bool> used(static_cast<size_t>(m.matrix.cols), false);
    for (const Mac &mac : step.macs)
        if (mac.input)
            used[static_cast<size_t>(macColumn(sc.trace(), mac))] = true;
    const MatrixBox &box = m.matrix;
    // Labels of entries the window cuts stay within its rows and columns.
    p.setClipRect(box.rect.adjusted(-m.indexWidth, -m.indexHeight, 0, 0)
                      .united(m.input.rect.adjusted(-m.indexWidth, 0, 0, 0))
                      .united(m.output.rect.adjusted(-m.indexWidth, 0, 0, 0)));
    for (int r = box.rowBegin(); r < box.rowEnd(); ++r) {
        left(m.matrix, r, row == r);
        if (!m.across)
            left(m.output, r, row == r);
    }
    for (int c = box.colBegin(); c < box.colEnd(); ++c) {
        if (!m.across)
            left(m.input, c, used[static_cast<size_t>(c)]);
        const QRectF entry = m.matrix.entryRect({0, c});
        p.setPen(colourFor(used[static_cast<size_t>(c)]));
        p.drawText(
            QRectF(entry.left(), box.rect.top() - m.indexHeight, entry.width(), m.indexHeight),
            Qt::AlignHCenter | Qt::AlignBottom, QString::number(c));
    }
    p.restore();
}

// A window's edges that cut through M or a vector are dashed: more lies beyond them.
void paintWindowEdges(const MatrixScene &sc)
{
    if (!sc.turned)
        return;
    QPainter &p = sc.s.p;
    const double width = std::max(1.5, sc.lineWidth() * 0.75);
    const QPen solid(sc.s.palette.gridLine, 1.0);
    QPen dashed(sc.s.palette.mutedText, width, Qt::DashLine, Qt::FlatCap);
    const auto edges = [&](const MatrixBox &box, bool lengthAcross) {
        if (!box.windowed())
            return;
        const QRectF r = box.rect;
        const bool before = box.firstRow > 1e-9;
        const bool after = box.firstRow + box.shownRows < box.rows - 1e-9;
        const bool left = box.firstCol > 1e-9;
        const bool right = box.firstCol + box.shownCols < box.cols - 1e-9;
        // A vector's length runs down, or across when it is laid across.
        const bool top = lengthAcross ? left : before;
        const bool bottom = lengthAcross ? right : after;
        const bool start = lengthAcross ? before : left;
        const bool end = lengthAcross ? after : right;
        const auto line = [&](bool cut, QPointF a, QPointF b) {
            p.setPen(cut ? dashed : solid);
            p.drawLine(a, b);
        };
        line(top, r.topLeft(), r.topRight());
        line(bottom, r.bottomLeft(), r.bottomRight());
        line(start, r.topLeft(), r.bottomLeft());
        line(end, r.topRight(), r.bottomRight());
    };
    p.save();
    p.setOpacity(1.0);
    edges(sc.m.matrix, false);
    p.setOpacity(sc.vectorsShown);
    edges(sc.m.input, sc.m.input.across);
    edges(sc.m.output, false);
    p.restore();
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
        // The grids show the channels in front: a product of another pair has no cell there.
        const bool inFrontIn = mac.inChannel.value_or(sc.front.in) == sc.front.in;
        const bool inFrontOut = mac.outChannel.value_or(sc.front.out) == sc.front.out;
        if (inFrontIn)
            mark(GridRole::Source, mac.source, s.layout.source.cellRect(mac.source));
        if (s.layout.kernel.cols > 0 && inFrontIn && inFrontOut)
            mark(GridRole::Kernel, mac.kernel, s.layout.kernel.cellRect(mac.kernel));
        if (inFrontOut)
            mark(GridRole::Target, mac.target, s.layout.target.cellRect(mac.target));
        if (!mac.input || !mac.out)
            continue;
        const int in = macColumn(trace, mac);
        const int out = macRow(trace, mac);
        if (m.input.shows({in, 0}))
            mark(GridRole::InputVector, {in, 0}, m.input.entryRect({in, 0}));
        if (m.output.shows({out, 0}))
            mark(GridRole::OutputVector, {out, 0}, m.output.entryRect({out, 0}));
        if (m.matrix.shows({out, in}))
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
