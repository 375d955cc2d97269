#include "ui/render/matrix_titles.h"

#include "core/channels.h"
#include "core/narration.h"
#include "core/step_channels.h"
#include "io/text.h"
#include "ui/render/matrix_layout.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <optional>

namespace convstep::matrix_detail {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Stage)
};

// Titles: a box a little wider than the text and taller than a line, its bottom a little
// above what it names.
constexpr double titleRiseLines = 1.4; // bottom to the box's top, in line heights
constexpr double titleHeightLines = 1.3;

} // namespace

Names namesFor(const Trace &trace, int rows, int cols, bool turning)
{
    Names names;
    const bool upsampling = isUpsampling(trace.problem.op);
    names.matrix = upsampling                     ? QStringLiteral("U")
        : trace.problem.op == Op::ConvTranspose2d ? QStringLiteral("Cᵀ")
                                                  : QStringLiteral("C");
    const QString sized = QStringLiteral("%1  %2 × %3").arg(names.matrix).arg(rows).arg(cols);
    if (turning)
        names.matrixTitles = {QStringLiteral("C → Cᵀ"), names.matrix};
    else if (upsampling)
        names.matrixTitles = {Text::tr("%1: fixed, not learned").arg(sized),
                              Text::tr("%1: fixed, not learned").arg(names.matrix),
                              Text::tr("%1, fixed").arg(names.matrix), names.matrix};
    else if (hasChannels(trace.problem) && channelShape(trace.problem).groups > 1)
        names.matrixTitles = {Text::tr("%1, block-diagonal over %2 groups")
                                  .arg(sized)
                                  .arg(channelShape(trace.problem).groups),
                              sized, names.matrix};
    else
        names.matrixTitles = {sized, names.matrix};
    names.yTitles = {QStringLiteral("y = %1x").arg(names.matrix), QStringLiteral("y")};
    return names;
}

// Places the titles, each in the first of its forms (full, then brief) that stays on the stage,
// meets no box but its own and no other title. Where two titles meet, the later one takes a
// briefer form, or when it has none the earlier one does (and the later ones start over from
// their full forms); a title no form fits is left out. Each round moves the choice of forms
// forward, so it ends.
std::vector<MatrixTitle> placeTitles(const std::vector<TitleSpec> &specs, const QFont &font,
                                     const QRectF &stage, const std::vector<QRectF> &boxes)
{
    const QFontMetricsF metrics(font);
    const double height = metrics.height() * titleHeightLines;
    const auto rectOf = [&](const TitleSpec &spec, const QString &form) {
        const double width = metrics.horizontalAdvance(form) + titleBesideText;
        if (spec.leftOf)
            return QRectF(spec.box.left() - titleGap - width, spec.box.center().y() - height / 2,
                          width, height);
        return QRectF(
            std::clamp(spec.box.center().x() - width / 2, stage.left(), stage.right() - width),
            spec.box.top() - spec.above - metrics.height() * titleRiseLines, width, height);
    };
    const auto fitsAlone = [&](const TitleSpec &spec, const QRectF &rect) {
        return rect.left() >= stage.left() - 0.01 && rect.right() <= stage.right() + 0.01
            && rect.top() >= stage.top() - 0.01
            && std::none_of(boxes.begin(), boxes.end(), [&](const QRectF &box) {
                   return box != spec.box && box.intersects(rect);
               });
    };
    const size_t n = specs.size();
    std::vector<int> form(n, 0);
    std::vector<std::optional<QRectF>> rects(n);
    for (;;) {
        for (size_t i = 0; i < n; ++i) {
            const QStringList &forms = specs[i].forms;
            while (form[i] < forms.size() && !fitsAlone(specs[i], rectOf(specs[i], forms[form[i]])))
                ++form[i];
            rects[i] = form[i] < forms.size()
                ? std::optional<QRectF>(rectOf(specs[i], forms[form[i]]))
                : std::nullopt;
        }
        std::optional<std::pair<size_t, size_t>> meeting;
        for (size_t j = 1; j < n && !meeting; ++j)
            for (size_t i = 0; i < j && !meeting; ++i)
                if (rects[i] && rects[j] && rects[i]->intersects(*rects[j]))
                    meeting = std::pair{i, j};
        if (!meeting)
            break;
        const auto [i, j] = *meeting;
        if (form[j] + 1 < specs[j].forms.size() || form[i] + 1 >= specs[i].forms.size()) {
            ++form[j]; // briefer, or left out past its last form
            continue;
        }
        ++form[i];
        for (size_t k = i + 1; k < n; ++k)
            form[k] = 0;
    }
    std::vector<MatrixTitle> placed;
    for (size_t i = 0; i < n; ++i)
        if (rects[i])
            placed.push_back({*rects[i], specs[i].forms[form[i]], specs[i].vector});
    return placed;
}

double titleRise(const QFont &font)
{
    return QFontMetricsF(font).height() * titleRiseLines;
}

QString sized(const QString &name, Pair size)
{
    return QStringLiteral("%1 %2").arg(name, qt(sizeText(size)));
}

QString gridName(GridName name)
{
    switch (name) {
    case GridName::Input:
        return Text::tr("Input");
    case GridName::Kernel:
        return Text::tr("Kernel");
    case GridName::Output:
        return Text::tr("Output");
    }
    return {};
}

QStringList gridTitles(const Trace &trace, const Step &step, GridName name, Pair size)
{
    if (!hasChannels(trace.problem))
        return {sized(gridName(name), size), gridName(name)};
    const StepChannels front = stepChannels(trace, step);
    const ChannelShape s = channelShape(trace.problem);
    const QString shape = qt(sizeText(size));
    switch (name) {
    case GridName::Input: {
        const QString channel = QString::number(front.in);
        return {Text::tr("Input channel %1 of %2 (%3)").arg(channel, QString::number(s.in), shape),
                Text::tr("Input channel %1").arg(channel), Text::tr("Channel %1").arg(channel)};
    }
    case GridName::Kernel: {
        const auto index = weightIndex(trace.problem, front.out, front.in);
        const QString weight = QStringLiteral("W[%1, %2]").arg(index[0]).arg(index[1]);
        return {Text::tr("Kernel %1 (%2)").arg(weight, shape), Text::tr("Kernel %1").arg(weight),
                weight};
    }
    case GridName::Output: {
        const QString channel = QString::number(front.out);
        return {
            Text::tr("Output channel %1 of %2 (%3)").arg(channel, QString::number(s.out), shape),
            Text::tr("Output channel %1").arg(channel), Text::tr("Channel %1").arg(channel)};
    }
    }
    return {};
}

} // namespace convstep::matrix_detail
