#pragma once

#include "ui/render/stage_style.h"

#include <QPalette>

namespace convstep {

// What the user picked; System follows the desktop's palette.
enum class ThemeChoice { System, Light, Dark };

// Light or Dark for the stage, following the application palette when the choice is System.
Theme resolveTheme(ThemeChoice choice);

// Gives the whole application a matching Fusion palette for a forced light or dark choice,
// and restores the desktop's palette for System.
void applyApplicationPalette(ThemeChoice choice);

// The Fusion palette of the dark theme.
QPalette darkPalette();

QString themeChoiceKey(ThemeChoice choice);
ThemeChoice themeChoiceFromKey(const QString &key);

} // namespace convstep
