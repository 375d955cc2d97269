#pragma once

#include <QColor>
#include <QFont>

namespace convstep {

enum class Theme { Light, Dark, Contrast };

// Everything the stage paints with. The renderer reads only this, so a frame looks the same
// on screen and in every export.
struct StagePalette
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor gridLine;
    QColor cell; // real input, kernel and output cells
    QColor padding; // zeros added around the input
    QColor insertedZero; // zeros inserted between input cells
    QColor pending; // output cells not computed yet
    QColor accumulate; // scatter canvas tint, scaled by contributions received
    QColor focus; // the output cell being written / the input cell scattering
    QColor window; // the kernel window outline
    QColor link; // hover links
    QColor cropped; // canvas cells the crop removes
    QColor positive; // compact style: value colour ramp
    QColor negative;
};

struct StageStyle
{
    Theme theme = Theme::Light;
    double fontScale = 1.0; // classroom and exports enlarge the text
    QString fontFamily = QStringLiteral("DejaVu Sans");
    // The lesson's title, drawn in a band above the grids (stage_title.h); empty: no band.
    QString title{};
    // Matrix view: C written with the kernel's weight names (w₀₀, w₀₁, …) and the vectors with
    // indexed names (x₀, y₀, …), as the article's figure writes them, instead of numbers.
    bool symbols = false;
};

StagePalette paletteFor(Theme theme);

// A distinct colour for each kernel element, as a fill behind text and as an outline.
QColor kernelFill(int element, Theme theme);
QColor kernelStroke(int element, Theme theme);

// Compact style: a value's colour on a diverging ramp scaled by the largest magnitude.
QColor valueColour(double value, double magnitude, const StagePalette &palette);

// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// `over` painted with opacity `alpha` on `under`.
QColor blend(const QColor &under, const QColor &over, double alpha);

// Text colour readable on `background`.
QColor textOn(const QColor &background, const StagePalette &palette);

QString themeName(Theme theme);

} // namespace convstep
