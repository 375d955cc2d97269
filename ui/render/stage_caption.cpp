#include "ui/render/stage_caption.h"

#include "core/calculation.h"
#include "core/narration.h"
#include "io/translate.h"
#include "ui/render/calculation_layout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace convstep::detail {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stage)
};

// The caption's smallest text in pixels at font scale 1: exports are read at their own size.
constexpr double captionMinimumPixels = 12.0;

// The narration at the largest size from `font` down to `minimum` pixels at which it fits
// `area`; at the minimum, the lines that fit, the last one elided.
void paintNarration(QPainter &p, const QRectF &area, const QString &text, QFont font, int minimum)
{
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    for (int pixels = font.pixelSize(); pixels >= minimum; --pixels) {
        font.setPixelSize(pixels);
        const QRectF needed = QFontMetricsF(font).boundingRect(
            QRectF(area.left(), area.top(), area.width(), 1e6), flags, text);
        if (needed.height() <= area.height() || pixels == minimum)
            break;
    }
    p.setFont(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    const double spacing = QFontMetricsF(font).lineSpacing();
    double y = 0.0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        line.setPosition(QPointF(0, y));
        y += spacing;
    }
    layout.endLayout();
    const int fitting = std::max(1, static_cast<int>(area.height() / spacing));
    if (layout.lineCount() <= fitting) {
        layout.draw(&p, area.topLeft());
        return;
    }
    const QFontMetricsF metrics(font);
    for (int i = 0; i < fitting; ++i) {
        const QTextLine line = layout.lineAt(i);
        QString shown = text.mid(line.textStart(), line.textLength());
        if (i + 1 == fitting)
            shown = metrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, area.width());
        p.drawText(QPointF(area.left(), area.top() + i * spacing + metrics.ascent()),
                   shown.trimmed());
    }
}

// Under the grids: "Step 3 of 16 · slide", the narration, and the arithmetic at the bottom
// with every term (calculation_layout.h); the narration gives way to the arithmetic.
} // namespace

void paintCaption(const StagePainter &s)
{
    if (!s.frame.caption || s.layout.captionRect.height() < 10)
        return;
    const Trace &trace = s.trace();
    const Step &step = s.frame.step;
    const QRectF r = s.layout.captionRect;
    QFont bold = s.layout.captionFont;
    bold.setBold(true);
    const QFontMetricsF metrics(s.layout.captionFont);
    const double line = metrics.lineSpacing();
    const int minimum =
        static_cast<int>(std::lround(captionMinimumPixels * s.frame.style.fontScale));

    s.p.setFont(bold);
    s.p.setPen(s.palette.mutedText);
    s.p.drawText(QRectF(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignTop,
                 Text::tr("Step %1 of %2 · %3")
                     .arg(step.index + 1)
                     .arg(trace.stepCount)
                     .arg(phaseTitle(step.phase)));

    CalculationRoom room;
    room.font = s.layout.captionFont;
    room.minimumPixels = minimum;
    room.width = r.width();
    const CalculationLines calculation = layoutCalculation(calculationOf(trace, step), room);
    const double calculationTop = r.bottom() - calculation.height();
    paintCalculation(s.p, calculation,
                     QRectF(r.left(), calculationTop, r.width(), calculation.height()));

    s.p.setPen(s.palette.text);
    const double bodyTop = r.top() + line * 1.2;
    const QRectF body(r.left(), bodyTop, r.width(), calculationTop - bodyTop - line * 0.2);
    if (body.height() > 0)
        paintNarration(s.p, body, stepText(step), s.layout.captionFont, minimum);
}

} // namespace convstep::detail
