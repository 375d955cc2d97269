#include "ui/labs/lab_plot_style.h"

#include <qcustomplot.h>

#include <array>

namespace convstep {

void styleLabPlot(QCustomPlot *plot, const StagePalette &palette, const QFont &font)
{
    plot->setBackground(palette.background);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(palette.background);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(palette.mutedText));
            axis->setTickPen(QPen(palette.mutedText));
            axis->setSubTickPen(QPen(palette.gridLine));
            axis->setTickLabelColor(palette.text);
            axis->setLabelColor(palette.text);
            axis->setTickLabelFont(small);
            axis->setLabelFont(font);
            axis->grid()->setPen(
                QPen(blend(palette.background, palette.gridLine, 0.6), 0, Qt::DotLine));
            axis->grid()->setZeroLinePen(Qt::NoPen);
        }
    }
    if (plot->legend) {
        plot->legend->setBrush(blend(palette.background, palette.cell, 0.5));
        plot->legend->setBorderPen(QPen(palette.gridLine));
        plot->legend->setTextColor(palette.text);
        plot->legend->setFont(small);
    }
}

QColor seriesColour(int index, Theme theme)
{
    static const std::array<QColor, 6> light = {QColor(0x00, 0x72, 0xb2), QColor(0xc2, 0x55, 0x00),
                                                QColor(0x00, 0x84, 0x5f), QColor(0xa8, 0x3c, 0x8a),
                                                QColor(0x5a, 0x5a, 0x5a), QColor(0x8a, 0x6d, 0x00)};
    static const std::array<QColor, 6> dark = {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
                                               QColor(0x3c, 0xd3, 0xa0), QColor(0xe0, 0x8c, 0xc4),
                                               QColor(0xd0, 0xd0, 0xd0), QColor(0xf0, 0xe4, 0x42)};
    const auto &colours = theme == Theme::Light ? light : dark;
    return colours[static_cast<size_t>(index) % colours.size()];
}

void setCountGradient(QCPColorGradient &gradient, const StagePalette &palette)
{
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, palette.cell);
    gradient.setColorStopAt(1.0, palette.accumulate);
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
}

} // namespace convstep
