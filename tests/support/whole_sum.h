#pragma once

#include "core/narration.h"
#include "core/trace.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

// Whether painted text holds a step's whole sum: every product in order, or the first few and
// then "(+ N more products = S)" with S the exact sum of the rest. Computed from the step's
// multiply-accumulates, not from the code that writes the strip.
namespace convstep::test {

// The most products a sum may have and still be grouped (the issue: "above 16 terms").
inline constexpr int maxUngroupedProducts = 16;

inline QString operandText(double v)
{
    const QString number = QString::fromStdString(formatNumber(v));
    return v < 0 ? QStringLiteral("(%1)").arg(number) : number;
}

inline bool isSum(const Step &step)
{
    return step.phase == Phase::Slide || step.phase == Phase::Row
        || step.phase == Phase::Interpolate;
}

// "3·1" for each product; interpolation writes the weight first.
inline QStringList productTerms(const Step &step)
{
    QStringList terms;
    for (const Mac &mac : step.macs)
        terms << (step.phase == Phase::Interpolate
                      ? operandText(mac.weight) + QStringLiteral("·") + operandText(mac.value)
                      : operandText(mac.value) + QStringLiteral("·") + operandText(mac.weight));
    return terms;
}

// An empty string when `texts` (painted pieces of text, in painting order) hold the whole sum
// of `step` and no "…"; otherwise what is missing.
inline QString wholeSumProblem(const Step &step, const QStringList &texts)
{
    const QString joined = texts.join(QLatin1Char(' '));
    if (joined.contains(QChar(0x2026)))
        return QStringLiteral("an ellipsis in: ") + joined;
    if (!isSum(step))
        return {};
    static const QRegularExpression product(
        QStringLiteral(R"(\(?-?[0-9][0-9.e+\-]*\)?·\(?-?[0-9][0-9.e+\-]*\)?)"));
    QStringList found;
    for (auto it = product.globalMatch(joined); it.hasNext();)
        found << it.next().captured();
    const QStringList expected = productTerms(step);
    if (found.size() > expected.size())
        return QStringLiteral("%1 products shown of %2: %3")
            .arg(found.size())
            .arg(expected.size())
            .arg(joined);
    for (qsizetype i = 0; i < found.size(); ++i)
        if (found[i] != expected[i])
            return QStringLiteral("product %1 is %2, not %3: %4")
                .arg(i)
                .arg(found[i], expected[i], joined);
    const QString result =
        QStringLiteral("= ") + QString::fromStdString(formatNumber(step.value.value_or(0.0)));
    if (!joined.contains(result))
        return QStringLiteral("no \"%1\" in: %2").arg(result, joined);
    const qsizetype hidden = expected.size() - found.size();
    if (hidden == 0)
        return {};
    if (expected.size() <= maxUngroupedProducts)
        return QStringLiteral("%1 products grouped in a sum of only %2: %3")
            .arg(hidden)
            .arg(expected.size())
            .arg(joined);
    double sum = 0.0;
    for (size_t i = static_cast<size_t>(found.size()); i < step.macs.size(); ++i)
        sum += step.macs[i].product;
    const QString group = (found.isEmpty() ? QStringLiteral("(%1 products = %2)")
                                           : QStringLiteral("(+ %1 more products = %2)"))
                              .arg(hidden)
                              .arg(QString::fromStdString(formatNumber(sum)));
    if (!joined.contains(group))
        return QStringLiteral("no \"%1\" in: %2").arg(group, joined);
    return {};
}

} // namespace convstep::test
