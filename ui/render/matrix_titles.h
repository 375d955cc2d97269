#pragma once

#include "core/trace.h"

#include <QFont>
#include <QRectF>
#include <QStringList>

#include <vector>

namespace convstep {
struct MatrixTitle;
}

// The matrix view's names: M's and y's titles in their forms, and where every title goes.
namespace convstep::matrix_detail {

// A title's box is a little wider than its text; a title left of its box keeps a gap.
inline constexpr double titleBesideText = 8.0;
inline constexpr double titleGap = 4.0; // between a title left of its box and the box

struct Names
{
    QString matrix; // "C", "Cᵀ" or "U"
    QStringList matrixTitles; // full, then brief
    QStringList yTitles;
};

// `rows` × `cols`: M's size, a channel problem's whole layer.
Names namesFor(const Trace &trace, int rows, int cols, bool turning);

// One title to place: its forms, full first, and what it names.
struct TitleSpec
{
    QStringList forms;
    QRectF box;
    double above = 0.0; // column indices between the title and the box
    bool leftOf = false; // beside the box's left edge (x laid across) instead of over it
    bool vector = false;
};

// Places the titles, each in the first of its forms (full, then brief) that stays on the stage,
// meets no box but its own and no other title. Where two titles meet, the later one takes a
// briefer form, or when it has none the earlier one does (and the later ones start over from
// their full forms); a title no form fits is left out. Each round moves the choice of forms
// forward, so it ends.
std::vector<MatrixTitle> placeTitles(const std::vector<TitleSpec> &specs, const QFont &font,
                                     const QRectF &stage, const std::vector<QRectF> &boxes);

// The height a title in `font` takes above what it names (its box rises this far).
double titleRise(const QFont &font);

// "Input 4×4": a grid's name and size.
QString sized(const QString &name, Pair size);

enum class GridName { Input, Kernel, Output };
// "Input", "Kernel", "Output" in the current language.
QString gridName(GridName name);

// A grid's title forms, full first: "Input 4×4", "Input". A channel problem's grids show the
// step's channels in front and say which: "Input channel 1 of 3 (4×4)", "Kernel W[1, 0] (2×2)".
QStringList gridTitles(const Trace &trace, const Step &step, GridName name, Pair size);

} // namespace convstep::matrix_detail
