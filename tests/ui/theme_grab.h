#pragma once

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

#include <utility>

namespace convstep::test {

// The dark Fusion palette the application uses for its dark theme.
inline QPalette darkTestPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33);
    const QColor base(0x1e, 0x21, 0x26);
    const QColor text(0xec, 0xef, 0xf4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x92, 0x9e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x4c, 0x55, 0x62));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1c));
    p.setColor(QPalette::Light, QColor(0x44, 0x49, 0x52));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x80, 0x8a));
    return p;
}

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
        {"light", QApplication::style()->standardPalette()}, {"dark", darkTestPalette()}};
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
