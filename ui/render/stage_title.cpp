#include "ui/render/stage_title.h"

#include "ui/render/stage_font.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <array>

namespace convstep {
namespace {

constexpr double minTitlePixels = 11.0;

// The band's height for a one-line title.
double baseHeight(const QRectF &area, const StageStyle &style)
{
    return std::min(std::clamp(area.height() * 0.06, 20.0, 44.0) * style.fontScale,
                    area.height() * 0.2);
}

double sideMargin(const QRectF &area)
{
    return std::clamp(area.width() * 0.02, 6.0, 24.0);
}

// The sizes a title tries, largest first: one line at the band's size, one line a little
// smaller, then two lines (the last entry).
std::array<double, 3> titlePixels(const QRectF &area, const StageStyle &style)
{
    const double line = baseHeight(area, style) * 0.85;
    const double full = line * 0.62;
    return {full, std::max(full * 0.75, minTitlePixels), std::max(line * 0.4, minTitlePixels)};
}

bool fitsOneLine(const QString &title, const QRectF &area, const StageStyle &style)
{
    const double width = area.width() - 2 * sideMargin(area);
    const double pixels = titlePixels(area, style)[1];
    return QFontMetricsF(stageFont(style.fontFamily, pixels, true)).horizontalAdvance(title)
        <= width;
}

// A title on two lines (a long one, or a language with longer words) gets the height of two.
double bandHeight(const QRectF &area, const StageStyle &style)
{
    const double base = baseHeight(area, style);
    const QString title = style.title.simplified();
    if (fitsOneLine(title, area, style))
        return base;
    const QFont font = stageFont(style.fontFamily, titlePixels(area, style)[2], true);
    const double twoLines = 2 * QFontMetricsF(font).lineSpacing();
    return std::min(std::max(base, twoLines / 0.85 + 2), area.height() * 0.3);
}

// The title broken into at most two lines of `width`; the second is elided only when even
// two lines at the smallest size cannot hold it (a title is at most 200 characters).
QString twoLines(const QString &title, const QFont &font, double width)
{
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    first.setLineWidth(width);
    layout.endLayout();
    const QString head = title.left(first.textLength()).trimmed();
    const QString tail = title.mid(first.textLength()).trimmed();
    return head + QLatin1Char('\n') + QFontMetricsF(font).elidedText(tail, Qt::ElideRight, width);
}

} // namespace

TitleBand titleBand(const QRectF &area, const StageStyle &style)
{
    TitleBand band;
    const QString title = style.title.simplified();
    if (title.isEmpty())
        return band;
    const double height = bandHeight(area, style);
    const double margin = sideMargin(area);
    band.rect = QRectF(area.left() + margin, area.top() + height * 0.15, area.width() - 2 * margin,
                       height * 0.85);
    const auto pixels = titlePixels(area, style);
    for (double size : {pixels[0], pixels[1]}) {
        band.font = stageFont(style.fontFamily, size, true);
        if (QFontMetricsF(band.font).horizontalAdvance(title) <= band.rect.width()) {
            band.text = title;
            return band;
        }
    }
    band.font = stageFont(style.fontFamily, pixels[2], true);
    band.text = twoLines(title, band.font, band.rect.width());
    band.wrapped = true;
    return band;
}

QRectF belowTitleBand(const QRectF &area, const StageStyle &style)
{
    if (style.title.simplified().isEmpty())
        return area;
    return area.adjusted(0, bandHeight(area, style), 0, 0);
}

void paintTitleBand(QPainter &painter, const TitleBand &band, const StagePalette &palette)
{
    if (band.text.isEmpty())
        return;
    painter.save();
    painter.setFont(band.font);
    painter.setPen(palette.text);
    painter.drawText(band.rect, Qt::AlignHCenter | Qt::AlignVCenter, band.text);
    painter.restore();
}

} // namespace convstep
