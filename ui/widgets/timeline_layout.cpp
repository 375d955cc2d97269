#include "ui/widgets/timeline_layout.h"

#include "io/translate.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPalette>

#include <algorithm>

namespace convstep {
namespace {

constexpr qreal shortPhaseShare = 0.5; // short phases never take more of the track than this

// Marks as fixed every phase whose share of what the unfixed phases leave is below `wanted`;
// returns the width the fixed phases take.
qreal settle(const QList<PhaseSpan> &phases, int stepCount, qreal width,
             const std::vector<qreal> &wanted, std::vector<bool> &fixed)
{
    const qsizetype n = phases.size();
    std::fill(fixed.begin(), fixed.end(), false);
    for (bool changed = true; changed;) {
        changed = false;
        qreal room = width;
        int steps = stepCount;
        for (qsizetype i = 0; i < n; ++i)
            if (fixed[i]) {
                room -= wanted[i];
                steps -= phases[i].count;
            }
        for (qsizetype i = 0; i < n && steps > 0; ++i)
            if (!fixed[i] && room * phases[i].count / steps < wanted[i])
                fixed[i] = changed = true;
    }
    qreal sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += fixed[i] ? wanted[i] : 0;
    return sum;
}

} // namespace

QString phaseLabel(Phase phase)
{
    return phaseTitle(phase);
}

QString phaseShortLabel(Phase phase)
{
    switch (phase) {
    case Phase::InsertZeros:
        return QCoreApplication::translate("Phase", "zeros", "short for: insert zeros");
    case Phase::RotateKernel:
        return QCoreApplication::translate("Phase", "rotate", "short for: rotate kernel");
    case Phase::OutputPadding:
        return QCoreApplication::translate("Phase", "out pad", "short for: output padding");
    default:
        return phaseLabel(phase);
    }
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor phaseColour(Phase phase, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (phase) {
    case Phase::Pad:
        return dark ? QColor(0x8f, 0xa3, 0xc0) : QColor(0x70, 0x82, 0x9e);
    case Phase::InsertZeros:
        return dark ? QColor(0xe0, 0xa9, 0x43) : QColor(0xd9, 0x93, 0x1f);
    case Phase::RotateKernel:
        return dark ? QColor(0xb4, 0x8e, 0xe0) : QColor(0x94, 0x62, 0xcc);
    case Phase::Slide:
    case Phase::Row:
    case Phase::Interpolate:
    case Phase::Pool:
        return dark ? QColor(0x5b, 0x9b, 0xd9) : QColor(0x35, 0x7e, 0xc7);
    case Phase::Scatter:
    case Phase::Copy:
    case Phase::Place:
    case Phase::Unpool:
        return dark ? QColor(0x4d, 0xb8, 0x9a) : QColor(0x25, 0x9a, 0x7c);
    case Phase::Crop:
        return dark ? QColor(0xe0, 0x74, 0x68) : QColor(0xd0, 0x4f, 0x43);
    case Phase::OutputPadding:
        return dark ? QColor(0xc4, 0x9a, 0x78) : QColor(0xa0, 0x72, 0x50);
    case Phase::Bias:
        return dark ? QColor(0xd6, 0x77, 0xb1) : QColor(0xc2, 0x4e, 0x96);
    }
    return palette.color(QPalette::Highlight);
}

std::vector<qreal> layoutPhases(const QList<PhaseSpan> &phases, int stepCount, qreal left,
                                qreal width, const QFontMetricsF &labelMetrics)
{
    std::vector<qreal> edges{left};
    const qsizetype n = phases.size();
    if (n == 0 || stepCount <= 0)
        return edges;
    std::vector<qreal> wanted(n);
    std::vector<bool> fixed(n, false);
    for (qsizetype i = 0; i < n; ++i)
        wanted[i] = labelMetrics.horizontalAdvance(phaseLabel(phases[i].phase)) + phaseLabelPadding;
    const qreal budget = shortPhaseShare * width;
    if (settle(phases, stepCount, width, wanted, fixed) > budget) {
        for (qsizetype i = 0; i < n; ++i)
            wanted[i] = labelMetrics.horizontalAdvance(phaseShortLabel(phases[i].phase))
                + phaseLabelPadding;
    }
    qreal fixedSum = settle(phases, stepCount, width, wanted, fixed);
    if (fixedSum > budget) {
        for (qreal &w : wanted)
            w *= budget / fixedSum;
        fixedSum = budget;
    }
    int freeSteps = 0;
    for (qsizetype i = 0; i < n; ++i)
        freeSteps += fixed[i] ? 0 : phases[i].count;
    if (freeSteps == 0) { // every phase is short: plain even spacing
        std::fill(fixed.begin(), fixed.end(), false);
        fixedSum = 0;
        freeSteps = stepCount;
    }
    qreal x = left;
    for (qsizetype i = 0; i < n; ++i) {
        x += fixed[i] ? wanted[i] : (width - fixedSum) * phases[i].count / freeSteps;
        edges.push_back(x);
    }
    edges.back() = left + width; // no rounding gap at the end
    return edges;
}

} // namespace convstep
