#include "core/channels.h"
#include "ui/render/matrix_scene.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

// A channel problem's matrix is a grid of blocks, one per (out, in) channel pair: lines between
// them, blocks outside a group marked empty, and each block row and column named by its channel
// and the slice of the 4-D weight it holds.
namespace convstep::detail {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MatrixView)
};

// Block (out, in) of M in M's own box, the whole of it (a window clips it).
QRectF blockRect(const MatrixScene &sc, int out, int in)
{
    const MatrixEntries &e = sc.entries;
    const QRectF first = sc.m.matrix.entryRect({out * e.blockRows(), in * e.blockCols()});
    const QRectF last =
        sc.m.matrix.entryRect({(out + 1) * e.blockRows() - 1, (in + 1) * e.blockCols() - 1});
    return first.united(last);
}

// The weight slice a block row or column holds: conv2d W[o, :] and W[:, i]; a transposed
// convolution's weight is laid out the other way round, W[:, o] and W[i, :].
QString rowSlice(const Problem &p, int out)
{
    const ChannelShape s = channelShape(p);
    const auto index = weightIndex(p, out, s.groupOfOut(out) * s.inPerGroup());
    return p.op == Op::ConvTranspose2d ? QStringLiteral("W[:, %1]").arg(index[1])
                                       : QStringLiteral("W[%1, :]").arg(index[0]);
}

QString columnSlice(const Problem &p, int in)
{
    const ChannelShape s = channelShape(p);
    const auto index = weightIndex(p, s.groupOfIn(in) * s.outPerGroup(), in);
    return p.op == Op::ConvTranspose2d ? QStringLiteral("W[%1, :]").arg(index[0])
                                       : QStringLiteral("W[:, %1]").arg(index[1]);
}

// The first form that fits `room` pixels, or none.
QString fitting(const QStringList &forms, const QFontMetricsF &metrics, double room)
{
    for (const QString &form : forms)
        if (metrics.horizontalAdvance(form) + 4.0 <= room)
            return form;
    return {};
}

} // namespace

QStringList blockLabelForms(const Problem &problem, bool row, int channel)
{
    const QString name = row ? Text::tr("out %1").arg(channel) : Text::tr("in %1").arg(channel);
    const QString slice = row ? rowSlice(problem, channel) : columnSlice(problem, channel);
    QStringList forms{QStringLiteral("%1 · %2").arg(name, slice)};
    // A slice along the weight's first axis has a briefer name: W[1, :] is W[1].
    if (slice.endsWith(QStringLiteral(", :]")))
        forms << QStringLiteral("%1 · %2]").arg(name, slice.chopped(4));
    return forms << name << QString::number(channel);
}

void paintBlocks(const MatrixScene &sc)
{
    const MatrixEntries &e = sc.entries;
    const ChannelShape &s = e.channels();
    if (!hasChannels(sc.trace().problem))
        return;
    const MatrixLayout &m = sc.m;
    const StagePalette &pal = sc.s.palette;
    QPainter &p = sc.s.p;
    p.save();
    if (m.turn < 1.0) { // drawn in M's box, turned with the entries, faded mid-turn like zeros
        p.setTransform(m.turnTransform(), true);
        p.setOpacity(std::abs(2 * m.turn - 1));
    }
    p.setClipRect(m.matrix.rect);
    // Zeros by construction: a hatched, greyed block, so the groups' diagonal stands out.
    for (int o = 0; o < s.out; ++o)
        for (int i = 0; i < s.in; ++i)
            if (!e.inGroup(o, i)) {
                const QRectF block = blockRect(sc, o, i);
                p.fillRect(block, pal.padding);
                p.fillRect(block, QBrush(withAlpha(pal.mutedText, 0.45), Qt::BDiagPattern));
            }
    // Lines no wider than a quarter of the smallest block: a heat map of many channels keeps
    // its entries visible between them.
    const QRectF r = m.matrix.rect;
    const double block = std::min(e.blockRows(), e.blockCols()) * m.entry;
    const double width = std::min(std::max(2.0, sc.lineWidth()), block / 4);
    p.setPen(QPen(pal.mutedText, width, Qt::SolidLine, Qt::FlatCap));
    for (int o = 1; o < s.out; ++o) {
        const double y = m.matrix.entryRect({o * e.blockRows(), 0}).top();
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    }
    for (int i = 1; i < s.in; ++i) {
        const double x = m.matrix.entryRect({0, i * e.blockCols()}).left();
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    }
    p.restore();
}

void paintBlockLabels(const MatrixScene &sc)
{
    const MatrixLayout &m = sc.m;
    if (!sc.turned || m.blockLabel <= 0.0)
        return;
    const Problem &problem = sc.trace().problem;
    const ChannelShape &s = sc.entries.channels();
    const QRectF r = m.matrix.rect;
    QPainter &p = sc.s.p;
    p.save();
    p.setFont(m.blockFont);
    const QFontMetricsF metrics(m.blockFont);
    const auto colour = [&](bool lit) { return lit ? sc.s.palette.focus : sc.s.palette.mutedText; };
    const bool row = sc.s.frame.step.phase == Phase::Row;
    const double top = r.top() - m.indexHeight - m.blockLabel;
    for (int i = 0; i < s.in; ++i) {
        const QRectF block = blockRect(sc, 0, i);
        const QRectF strip(std::max(block.left(), r.left()), top,
                           std::min(block.right(), r.right()) - std::max(block.left(), r.left()),
                           m.blockLabel);
        const QString text = fitting(blockLabelForms(problem, false, i), metrics, strip.width());
        if (strip.width() <= 0.0 || text.isEmpty())
            continue;
        const bool lit =
            row && std::find(sc.front.ins.begin(), sc.front.ins.end(), i) != sc.front.ins.end();
        p.setPen(colour(lit));
        p.drawText(strip, Qt::AlignCenter, text);
    }
    // Row labels read bottom to top in a strip left of the row indices.
    const double left = r.left() - m.indexWidth - m.blockLabel;
    for (int o = 0; o < s.out; ++o) {
        const QRectF block = blockRect(sc, o, 0);
        const double from = std::max(block.top(), r.top());
        const double to = std::min(block.bottom(), r.bottom());
        const QString text = fitting(blockLabelForms(problem, true, o), metrics, to - from);
        if (to <= from || text.isEmpty())
            continue;
        p.save();
        p.translate(left, to);
        p.rotate(-90.0);
        p.setPen(colour(row && o == sc.front.out));
        p.drawText(QRectF(0, 0, to - from, m.blockLabel), Qt::AlignCenter, text);
        p.restore();
    }
    p.restore();
}

} // namespace convstep::detail
