#include "ui/render/stage_painter.h"

#include <QFontMetricsF>

#include <algorithm>

namespace convstep::detail {

namespace {

bool used(const GridBox &box, int channel)
{
    return std::find(box.deckUsed.begin(), box.deckUsed.end(), channel) != box.deckUsed.end();
}

} // namespace

// Back to front: the last tile first, so that each covers the one behind it. A tile the step
// works on is tinted with the focus colour; the grid in front is outlined with it.
void StagePainter::paintDecks() const
{
    QFont labelFont = layout.titleFont;
    labelFont.setBold(false);
    labelFont.setPixelSize(std::max(10, static_cast<int>(layout.titleFont.pixelSize() * 0.85)));
    const QFontMetricsF metrics(labelFont);
    for (const GridBox *box : {&layout.source, &layout.kernel, &layout.target}) {
        if (box->deckBehind == 0 || box->cols == 0)
            continue;
        const QRectF front = box->rect();
        for (int i = box->deckBehind; i >= 1; --i) {
            const int channel = (box->deckFront + i) % box->deckCount;
            const QRectF tile = front.translated(i * box->deckStep, i * box->deckStep);
            const QColor fill = used(*box, channel)
                ? blend(palette.cell, palette.focus, 0.45)
                : blend(palette.cell, palette.gridLine, 0.25 + 0.15 * i);
            p.fillRect(tile, fill);
            p.setPen(QPen(palette.mutedText, 1.0));
            p.setBrush(Qt::NoBrush);
            p.drawRect(tile.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        const QRectF deck = box->deckRect();
        p.setFont(labelFont);
        p.setPen(palette.mutedText);
        const double width = metrics.horizontalAdvance(box->deckLabel) + 2;
        const double left =
            std::clamp(front.center().x() - width / 2, layout.captionRect.left(),
                       std::max(layout.captionRect.left(), layout.captionRect.right() - width));
        p.drawText(QRectF(left, deck.bottom() + 1, width, metrics.height()),
                   Qt::AlignLeft | Qt::AlignTop, box->deckLabel);
        if (box->deckMore > 0) {
            // At the deck's right edge, or after the label where a narrow deck has no room.
            const QString more = QStringLiteral("+%1").arg(box->deckMore);
            const double moreWidth = metrics.horizontalAdvance(more) + 2;
            const double moreLeft =
                std::max(deck.right() - moreWidth, left + width + metrics.averageCharWidth());
            p.drawText(QRectF(moreLeft, deck.bottom() + 1, moreWidth, metrics.height()),
                       Qt::AlignRight | Qt::AlignTop, more);
        }
    }
}

void StagePainter::outlineDeckFronts() const
{
    for (const GridBox *box : {&layout.source, &layout.kernel, &layout.target})
        if (box->deckBehind > 0 && box->cols > 0)
            outline(box->rect().adjusted(-2, -2, 2, 2), palette.focus, 2.0);
}

} // namespace convstep::detail
