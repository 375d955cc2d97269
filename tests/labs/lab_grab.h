#pragma once

#include "tests/support/theme_grab.h"
#include "ui/session/playback_model.h"

#include <QApplication>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

namespace convstep::test {

// Like grabInBothThemes, but the labs paint their stages and plots in the playback model's
// stage theme, so the model turns dark with the application palette (as the window does).
inline QString grabLabInBothThemes(QWidget *widget, PlaybackModel *model, QSize size,
                                   const QString &name)
{
    const QPalette original = QApplication::palette();
    const StageStyle originalStyle = model->style();
    widget->resize(size);
    const auto grabIn = [&](Theme theme, const QPalette &palette) {
        QApplication::setPalette(palette);
        StageStyle style = originalStyle;
        style.theme = theme;
        model->setStyle(style);
        // Twice: a plot's queued replot may queue one more (a layout that depends on itself).
        QApplication::processEvents();
        QApplication::processEvents();
        return widget->grab();
    };
    const QPixmap light = grabIn(Theme::Light, QApplication::style()->standardPalette());
    const QPixmap dark = grabIn(Theme::Dark, darkPalette());
    QApplication::setPalette(original);
    model->setStyle(originalStyle);
    QApplication::processEvents();
    return checkThemePictures(light, dark, size, name);
}

} // namespace convstep::test
