#include "ui/labs/upsampling_view.h"

#include "ui/render/stage_layout.h"
#include "ui/widgets/stage_cell_text.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

constexpr double gap = 8.0;
constexpr double pad = 8.0;

QFont uiFont(const QWidget *widget, double scale, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

} // namespace

UpsamplingView::UpsamplingView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Ways to upsample: five methods on the same input"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UpsamplingView::setTiles(std::vector<UpsamplingTile> tiles, Theme theme)
{
    m_tiles = std::move(tiles);
    m_theme = theme;
    QStringList description;
    for (const UpsamplingTile &tile : m_tiles)
        description << tile.title + QStringLiteral(": ") + tile.rule;
    setAccessibleDescription(description.join(QLatin1Char('\n')));
    update();
}

// The column count that gives each stage the most room: a stage is about 1.7 times as wide
// as it is tall (input, gap, an output twice the size).
int UpsamplingView::columns() const
{
    const int count = std::max(static_cast<int>(m_tiles.size()), 1);
    int best = count;
    double bestRoom = -1.0;
    for (int cols : {count, 3, 2}) {
        if (cols > count)
            continue;
        const int rows = (count + cols - 1) / cols;
        const double w = (width() - gap * (cols + 1)) / cols;
        const double h = (height() - gap * (rows + 1)) / rows;
        const double room = std::min(w / 1.7, h - headerHeight(w) - footerHeight());
        if (room > bestRoom) {
            bestRoom = room;
            best = cols;
        }
    }
    return best;
}

QRectF UpsamplingView::tileRect(int index) const
{
    const int count = static_cast<int>(m_tiles.size());
    if (index < 0 || index >= count)
        return {};
    const int cols = columns();
    const int rows = (count + cols - 1) / cols;
    const double h = (height() - gap * (rows + 1)) / rows;
    const int row = index / cols;
    const int col = index % cols;
    // A short last row shares out the whole width: the transposed convolution, which has a
    // kernel to show as well, sits there.
    const int inRow = std::min(cols, count - row * cols);
    const double rowWidth = (width() - gap * (inRow + 1)) / inRow;
    return {gap + col * (rowWidth + gap), gap + row * (h + gap), rowWidth, h};
}

double UpsamplingView::headerHeight(double tileWidth) const
{
    const QFontMetricsF title(uiFont(this, 1.1, true));
    const QFontMetricsF rule(uiFont(this, 0.95, false));
    const QRectF room(0, 0, std::max(tileWidth - 2 * pad, 1.0), 1e6);
    double tallest = rule.height();
    for (const UpsamplingTile &tile : m_tiles)
        tallest = std::max(
            tallest, rule.boundingRect(room, Qt::AlignLeft | Qt::TextWordWrap, tile.rule).height());
    return pad + title.height() + 3 + tallest + 2;
}

double UpsamplingView::footerHeight() const
{
    return QFontMetricsF(uiFont(this, 0.95, true)).height() + pad;
}

QRectF UpsamplingView::stageRect(int index) const
{
    const QRectF tile = tileRect(index);
    if (tile.isEmpty())
        return {};
    return tile.adjusted(2, headerHeight(tile.width()), -2, -footerHeight());
}

QString UpsamplingView::cellToolTip(QPointF point) const
{
    for (int i = 0; i < static_cast<int>(m_tiles.size()); ++i) {
        const UpsamplingTile &tile = m_tiles[static_cast<size_t>(i)];
        const QRectF stage = stageRect(i);
        if (!tile.frame || !stage.contains(point))
            continue;
        if (const auto cell = layoutStage(stage, *tile.frame).hitTest(point))
            return stageCellText(*tile.frame, *cell);
    }
    return {};
}

bool UpsamplingView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = cellToolTip(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void UpsamplingView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const StagePalette palette = paletteFor(m_theme);
    painter.fillRect(rect(), blend(palette.background, palette.gridLine, 0.25));
    const QFont titleFont = uiFont(this, 1.1, true);
    const QFont ruleFont = uiFont(this, 0.95, false);
    const QFont footFont = uiFont(this, 0.95, true);
    const QFontMetricsF titleMetrics(titleFont);
    for (int i = 0; i < static_cast<int>(m_tiles.size()); ++i) {
        const UpsamplingTile &tile = m_tiles[static_cast<size_t>(i)];
        const QRectF box = tileRect(i);
        QPainterPath outline;
        outline.addRoundedRect(box, 6, 6);
        painter.fillPath(outline, palette.background);
        painter.setPen(tile.learnable ? QPen(palette.focus, 2.5) : QPen(palette.gridLine, 1.0));
        painter.drawPath(outline);

        const QRectF inner = box.adjusted(pad, pad, -pad, 0);
        painter.setFont(titleFont);
        painter.setPen(palette.text);
        painter.drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), titleMetrics.height())),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(tile.title, Qt::ElideRight, inner.width()));
        const QRectF stage = stageRect(i);
        const double ruleTop = inner.top() + titleMetrics.height() + 3;
        painter.setFont(ruleFont);
        painter.setPen(palette.mutedText);
        painter.drawText(QRectF(inner.left(), ruleTop, inner.width(), stage.top() - ruleTop),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tile.rule);

        if (tile.frame) {
            painter.save();
            painter.setClipRect(stage);
            m_renderer.paint(painter, stage, *tile.frame);
            painter.restore();
        } else {
            painter.setFont(ruleFont);
            painter.setPen(palette.text);
            painter.drawText(stage.adjusted(pad, pad, -pad, -pad),
                             Qt::AlignCenter | Qt::TextWordWrap, tile.error);
        }

        // Weights on the left (the point of the lab), the tile's own step on the right.
        const QRectF foot(inner.left(), stage.bottom(), inner.width(),
                          box.bottom() - stage.bottom() - 2);
        const QFontMetricsF footMetrics(footFont);
        painter.setFont(ruleFont);
        painter.setPen(palette.mutedText);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, tile.progress);
        const double stepWidth = QFontMetricsF(ruleFont).horizontalAdvance(tile.progress) + pad;
        painter.setFont(footFont);
        painter.setPen(tile.learnable ? palette.text : palette.mutedText);
        painter.drawText(
            foot.adjusted(0, 0, -stepWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
            footMetrics.elidedText(tile.weights, Qt::ElideRight, foot.width() - stepWidth));
    }
}

} // namespace convstep
