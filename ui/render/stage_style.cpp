#include "ui/render/stage_style.h"

#include <algorithm>
#include <cmath>

namespace convstep {

StagePalette paletteFor(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return {.background = QColor(0x1e, 0x21, 0x26),
                .text = QColor(0xec, 0xef, 0xf4),
                .mutedText = QColor(0xa0, 0xa8, 0xb4),
                .gridLine = QColor(0x4c, 0x55, 0x62),
                .cell = QColor(0x2b, 0x30, 0x38),
                .padding = QColor(0x25, 0x29, 0x2f),
                .insertedZero = QColor(0x3a, 0x2f, 0x1f),
                .pending = QColor(0x23, 0x27, 0x2d),
                .accumulate = QColor(0x3d, 0x8b, 0xfd),
                .focus = QColor(0xff, 0xc1, 0x07),
                .window = QColor(0xff, 0xff, 0xff),
                .link = QColor(0x4d, 0xd0, 0xe1),
                .cropped = QColor(0x6b, 0x1f, 0x1f),
                .positive = QColor(0xff, 0x9f, 0x43),
                .negative = QColor(0x4d, 0xa3, 0xff)};
    case Theme::Contrast:
        return {.background = QColor(0x00, 0x00, 0x00),
                .text = QColor(0xff, 0xff, 0xff),
                .mutedText = QColor(0xe0, 0xe0, 0xe0),
                .gridLine = QColor(0xff, 0xff, 0xff),
                .cell = QColor(0x10, 0x10, 0x10),
                .padding = QColor(0x26, 0x26, 0x26),
                .insertedZero = QColor(0x40, 0x2a, 0x00),
                .pending = QColor(0x00, 0x00, 0x00),
                .accumulate = QColor(0x00, 0x9d, 0xff),
                .focus = QColor(0xff, 0xea, 0x00),
                .window = QColor(0xff, 0xea, 0x00),
                .link = QColor(0x00, 0xff, 0xff),
                .cropped = QColor(0x80, 0x00, 0x00),
                .positive = QColor(0xff, 0xa5, 0x00),
                .negative = QColor(0x00, 0xbf, 0xff)};
    case Theme::Light:
        break;
    }
    return {.background = QColor(0xfa, 0xfa, 0xf7),
            .text = QColor(0x1f, 0x23, 0x28),
            .mutedText = QColor(0x5c, 0x64, 0x70),
            .gridLine = QColor(0xb4, 0xba, 0xc2),
            .cell = QColor(0xff, 0xff, 0xff),
            .padding = QColor(0xe9, 0xec, 0xef),
            .insertedZero = QColor(0xfd, 0xf0, 0xd5),
            .pending = QColor(0xf4, 0xf5, 0xf2),
            .accumulate = QColor(0x1f, 0x6f, 0xeb),
            .focus = QColor(0xb4, 0x53, 0x09),
            .window = QColor(0x1f, 0x23, 0x28),
            .link = QColor(0x00, 0x83, 0x8f),
            .cropped = QColor(0xf8, 0xd7, 0xda),
            .positive = QColor(0xe8, 0x6a, 0x10),
            .negative = QColor(0x1f, 0x6f, 0xeb)};
}

QColor kernelFill(int element, Theme theme)
{
    // Golden-angle hues keep neighbouring elements apart however many there are.
    const double hue = std::fmod(element * 137.508 + 200.0, 360.0) / 360.0;
    switch (theme) {
    case Theme::Dark:
        return QColor::fromHslF(static_cast<float>(hue), 0.45f, 0.27f);
    case Theme::Contrast:
        return QColor::fromHslF(static_cast<float>(hue), 0.8f, 0.22f);
    case Theme::Light:
        break;
    }
    return QColor::fromHslF(static_cast<float>(hue), 0.75f, 0.86f);
}

QColor kernelStroke(int element, Theme theme)
{
    const double hue = std::fmod(element * 137.508 + 200.0, 360.0) / 360.0;
    const float lightness = theme == Theme::Light ? 0.38f : 0.68f;
    return QColor::fromHslF(static_cast<float>(hue), 0.8f, lightness);
}

QColor valueColour(double value, double magnitude, const StagePalette &palette)
{
    if (magnitude <= 0.0 || value == 0.0)
        return palette.cell;
    const double t = std::clamp(std::fabs(value) / magnitude, 0.0, 1.0);
    const QColor &end = value > 0 ? palette.positive : palette.negative;
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(palette.cell.red(), end.red()), mix(palette.cell.green(), end.green()),
                  mix(palette.cell.blue(), end.blue()));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor &under, const QColor &over, double alpha)
{
    const auto mix = [alpha](double u, double o) {
        return static_cast<float>(u + (o - u) * alpha);
    };
    return QColor::fromRgbF(mix(under.redF(), over.redF()), mix(under.greenF(), over.greenF()),
                            mix(under.blueF(), over.blueF()));
}

QColor textOn(const QColor &background, const StagePalette &palette)
{
    const bool darkBackground = background.lightnessF() < 0.5;
    const bool darkText = palette.text.lightnessF() < 0.5;
    if (darkBackground == darkText)
        return darkText ? QColor(Qt::white) : QColor(0x11, 0x11, 0x11);
    return palette.text;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::Contrast:
        return QStringLiteral("contrast");
    case Theme::Light:
        break;
    }
    return QStringLiteral("light");
}

} // namespace convstep
