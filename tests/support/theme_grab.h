#pragma once

#include "ui/window/theme.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

#include <utility>

namespace convstep::test {

// Paints `widget` at `size` under a light and then a dark application palette (so the
// widget's theme-change path runs too) and returns whether both pictures came out. With
// CONVSTEP_UI_GRAB_DIR set, saves them as <dir>/<name>-light.png and <name>-dark.png.
inline bool grabInBothThemes(QWidget *widget, QSize size, const QString &name)
{
    const QPalette original = QApplication::palette();
    const QString dir = qEnvironmentVariable("CONVSTEP_UI_GRAB_DIR");
    widget->resize(size);
    bool ok = true;
    const std::pair<const char *, QPalette> themes[] = {
        {"light", QApplication::style()->standardPalette()}, {"dark", darkPalette()}};
    for (const auto &[theme, palette] : themes) {
        QApplication::setPalette(palette);
        QApplication::processEvents();
        const QPixmap picture = widget->grab();
        ok = ok && !picture.isNull() && picture.deviceIndependentSize().toSize() == size;
        if (!dir.isEmpty() && QDir().mkpath(dir))
            ok = picture.save(QDir(dir).filePath(name + "-" + theme + ".png")) && ok;
    }
    QApplication::setPalette(original);
    QApplication::processEvents();
    return ok;
}

} // namespace convstep::test
