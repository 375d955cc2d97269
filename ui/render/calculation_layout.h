#pragma once

#include "core/calculation.h"

#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace convstep {

// Where a step's calculation may be set: the font it prefers, the smallest pixel size it may
// shrink to, the width of a line and how many lines it may take.
struct CalculationRoom
{
    QFont font;
    int minimumPixels = 13;
    double width = 0.0;
    int maxLines = 3;
};

// A calculation set in lines. Every term is written if the terms fit on the room's lines at a
// font no smaller than its minimum; only when they cannot is the sum grouped
// (groupedCalculation) with as many products written out as fit. A line broken inside a sum
// ends with "+"; a term is never split.
struct CalculationLines
{
    QStringList lines; // as painted; the result follows the last one
    QString result; // " = 55", in the bold form of `font`; empty when the step is not a sum
    QFont font;
    Calculation shown; // what the lines say: the step's calculation or its grouped form
    bool grouped = false;
    bool fits = true; // false only in a room too small even for the grouped form (elided)

    QFont resultFont() const;
    double lineSpacing() const;
    double height() const { return lines.size() * lineSpacing(); }
    double width() const; // of the widest line, the result included
    QString text() const; // the lines and the result as one line of text
};

// Sets `calculation` in `room`: one line at the preferred font if it fits, else shrunk a
// little (to 80 % at most) or wrapped to more lines, down to the minimum on the last line
// allowed, and grouped only below that.
CalculationLines layoutCalculation(const Calculation &calculation, const CalculationRoom &room);

// Paints the lines from the top left of `rect`, each line left-aligned, the result in bold.
void paintCalculation(QPainter &painter, const CalculationLines &lines, const QRectF &rect);

} // namespace convstep
