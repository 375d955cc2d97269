#pragma once

#include "ui/render/stage_style.h"

#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace convstep {

struct StagePalette;

// The lesson's title (StageStyle::title) in a band of its own across the top of the stage,
// so the stage, classroom mode and every exported frame show it, and no grid sits under it.
struct TitleBand
{
    QRectF rect; // empty without a title
    QFont font;
    QString text; // as drawn: the title, its second line after a line break when it wraps
    bool wrapped = false;
};

TitleBand titleBand(const QRectF &area, const StageStyle &style);

// What is left of `area` for the grids under the band.
QRectF belowTitleBand(const QRectF &area, const StageStyle &style);

void paintTitleBand(QPainter &painter, const TitleBand &band, const StagePalette &palette);

} // namespace convstep
