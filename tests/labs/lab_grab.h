#pragma once

#include "ui/session/playback_model.h"
#include "ui/window/theme.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

#include <utility>

namespace convstep::test {

// Like grabInBothThemes, but the labs paint their stages and plots in the playback model's
// stage theme, so the model turns dark with the application palette (as the window does).
// With CONVSTEP_UI_GRAB_DIR set, saves <dir>/<name>-light.png and <name>-dark.png.
inline bool grabLabInBothThemes(QWidget *widget, PlaybackModel *model, QSize size,
                                const QString &name)
{
    const QPalette original = QApplication::palette();
    const StageStyle originalStyle = model->style();
    const QString dir = qEnvironmentVariable("CONVSTEP_UI_GRAB_DIR");
    widget->resize(size);
    bool ok = true;
    const std::pair<Theme, QPalette> themes[] = {
        {Theme::Light, QApplication::style()->standardPalette()}, {Theme::Dark, darkPalette()}};
    for (const auto &[theme, palette] : themes) {
        QApplication::setPalette(palette);
        StageStyle style = originalStyle;
        style.theme = theme;
        model->setStyle(style);
        // Twice: a plot's queued replot may queue one more (a layout that depends on itself).
        QApplication::processEvents();
        QApplication::processEvents();
        const QPixmap picture = widget->grab();
        ok = ok && !picture.isNull() && picture.deviceIndependentSize().toSize() == size;
        if (!dir.isEmpty() && QDir().mkpath(dir))
            ok = picture.save(QDir(dir).filePath(name + "-" + themeName(theme).toLower() + ".png"))
                && ok;
    }
    QApplication::setPalette(original);
    model->setStyle(originalStyle);
    QApplication::processEvents();
    return ok;
}

} // namespace convstep::test
