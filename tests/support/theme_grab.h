#pragma once

#include "ui/window/theme.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QStringList>
#include <QStyle>
#include <QWidget>

#include <utility>

namespace convstep::test {

// Lightness (0-255) a light theme's background stays above and a dark one's below, and how
// far ink must stand out from the background the readable way (darker on light, lighter on
// dark). The widgets' backgrounds measure 230-255 light and 34-68 dark.
inline constexpr int lightBackgroundAbove = 170;
inline constexpr int darkBackgroundBelow = 90;
inline constexpr int inkContrast = 100;
// Ink pixels a grab must have: one short word of text.
inline constexpr int minInkPixels = 60;

// What is wrong with a picture painted in one theme: its background (the most common colour)
// is not of the theme's lightness, or nothing stands out from it the readable way. Empty when
// the picture looks right.
inline QString themeProblems(const QImage &picture, bool dark)
{
    const QImage image = picture.convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x] | 0xff000000u];
    }
    QRgb background = 0;
    qint64 most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    const int base = QColor(background).lightness();
    qint64 ink = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const int lightness = QColor(it.key()).lightness();
        if (dark ? lightness - base >= inkContrast : base - lightness >= inkContrast)
            ink += it.value();
    }
    QStringList problems;
    if (dark ? base >= darkBackgroundBelow : base <= lightBackgroundAbove)
        problems << QStringLiteral("background %1 (lightness %2) is not %3")
                        .arg(QColor(background).name())
                        .arg(base)
                        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    if (ink < minInkPixels)
        problems << QStringLiteral("%1 pixels stand out from the background, want %2")
                        .arg(ink)
                        .arg(minInkPixels);
    return problems.join(QStringLiteral(", "));
}

// The checks of one widget's light and dark pictures, as "<name>-<theme>: problem" lines;
// empty when both look right and differ. With CONVSTEP_UI_GRAB_DIR set, also saves them as
// <dir>/<name>-light.png and <name>-dark.png.
inline QString checkThemePictures(const QPixmap &light, const QPixmap &dark, QSize size,
                                  const QString &name)
{
    const QString dir = qEnvironmentVariable("CONVSTEP_UI_GRAB_DIR");
    QStringList problems;
    const std::pair<const char *, const QPixmap *> pictures[] = {{"light", &light},
                                                                 {"dark", &dark}};
    for (const auto &[theme, picture] : pictures) {
        const QString label = name + QLatin1Char('-') + QLatin1String(theme);
        if (picture->isNull() || picture->deviceIndependentSize().toSize() != size) {
            problems << label + QStringLiteral(": no picture of the widget's size");
            continue;
        }
        const QString wrong = themeProblems(picture->toImage(), picture == &dark);
        if (!wrong.isEmpty())
            problems << label + QStringLiteral(": ") + wrong;
        if (!dir.isEmpty() && QDir().mkpath(dir)
            && !picture->save(QDir(dir).filePath(label + QStringLiteral(".png"))))
            problems << label + QStringLiteral(": cannot save it in ") + dir;
    }
    if (problems.isEmpty() && light.toImage() == dark.toImage())
        problems << name + QStringLiteral(": the two themes look the same");
    return problems.join(QLatin1Char('\n'));
}

// Paints `widget` at `size` under a light and then a dark application palette (so the
// widget's theme-change path runs too) and checks both pictures (checkThemePictures).
inline QString grabInBothThemes(QWidget *widget, QSize size, const QString &name)
{
    const QPalette original = QApplication::palette();
    widget->resize(size);
    QApplication::setPalette(QApplication::style()->standardPalette());
    QApplication::processEvents();
    const QPixmap light = widget->grab();
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    const QPixmap dark = widget->grab();
    QApplication::setPalette(original);
    QApplication::processEvents();
    return checkThemePictures(light, dark, size, name);
}

} // namespace convstep::test
