#include "ui/render/calculation_layout.h"

#include "io/text.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <optional>

namespace convstep {
namespace {

// A piece the lines are made of, with how it joins the piece before it: " + " between terms
// (a line broken there ends with " +"), " " before a group or between words.
struct Piece
{
    QString text;
    QString join;
    QString trailing; // what ends the line when it breaks before this piece
};

std::vector<Piece> piecesOf(const Calculation &calculation)
{
    std::vector<Piece> pieces;
    if (!calculation.isSum()) {
        const QStringList words = qt(calculation.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            pieces.push_back({word, QStringLiteral(" "), QString()});
        return pieces;
    }
    for (const Term &term : calculation.terms) {
        if (term.isGroup())
            pieces.push_back({qt(term.text), QStringLiteral(" "), QString()});
        else
            pieces.push_back({qt(term.text), QStringLiteral(" + "), QStringLiteral(" +")});
    }
    if (!pieces.empty())
        pieces.front().text.prepend(qt(calculation.lead));
    return pieces;
}

QFont sized(QFont font, int pixels)
{
    font.setPixelSize(std::max(1, pixels));
    return font;
}

// Fills lines greedily, the result kept on the last line; none if more than `maxLines`
// lines (or a piece wider than a line) would be needed. A line leaves room for the "+" it
// ends with if the next piece has to start a new line.
std::optional<QStringList> fill(const std::vector<Piece> &pieces, const QString &result,
                                const QFont &font, double width, int maxLines)
{
    const QFontMetricsF metrics(font);
    QFont bold = font;
    bold.setBold(true);
    const double resultWidth = QFontMetricsF(bold).horizontalAdvance(result);
    QStringList lines;
    QString line;
    for (size_t i = 0; i < pieces.size(); ++i) {
        const bool last = i + 1 == pieces.size();
        const auto fits = [&](const QString &text) {
            return last ? metrics.horizontalAdvance(text) + resultWidth <= width
                        : metrics.horizontalAdvance(text + pieces[i + 1].trailing) <= width;
        };
        const QString joined = line + pieces[i].join + pieces[i].text;
        if (!line.isEmpty() && fits(joined)) {
            line = joined;
            continue;
        }
        if (!line.isEmpty()) {
            lines << line + pieces[i].trailing;
            if (lines.size() >= maxLines)
                return std::nullopt;
        }
        if (!fits(pieces[i].text))
            return std::nullopt;
        line = pieces[i].text;
    }
    lines << line;
    return lines;
}

CalculationLines laidOut(const Calculation &shown, QStringList lines, const QFont &font,
                         bool grouped)
{
    CalculationLines set;
    set.lines = std::move(lines);
    set.result = shown.isSum() ? QStringLiteral(" = ") + qt(shown.result) : QString();
    set.font = font;
    set.shown = shown;
    set.grouped = grouped;
    return set;
}

// The most products that fit on the room's lines at `font` before the group and the result.
std::optional<CalculationLines> groupedLines(const Calculation &calculation, const QFont &font,
                                             const CalculationRoom &room)
{
    const int products = calculation.productCount();
    // Products alone, without the group: an upper bound on how many can be written out.
    int shown = 0;
    {
        const QFontMetricsF metrics(font);
        double line = 0.0;
        int lines = 1;
        const double plus = metrics.horizontalAdvance(QStringLiteral(" + "));
        for (const Term &term : calculation.terms) {
            if (term.products != 1)
                continue;
            const double width = metrics.horizontalAdvance(qt(term.text));
            if (line > 0.0 && line + plus + width > room.width) {
                ++lines;
                line = 0.0;
            }
            if (lines > room.maxLines)
                break;
            line += (line > 0.0 ? plus : 0.0) + width;
            ++shown;
        }
    }
    for (shown = std::min(shown, products - 2); shown >= 0; --shown) {
        const Calculation grouped = groupedCalculation(calculation, shown);
        const QString result = QStringLiteral(" = ") + qt(grouped.result);
        if (auto lines = fill(piecesOf(grouped), result, font, room.width, room.maxLines))
            return laidOut(grouped, *lines, font, true);
    }
    return std::nullopt;
}

} // namespace

QFont CalculationLines::resultFont() const
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

double CalculationLines::lineSpacing() const
{
    return QFontMetricsF(font).lineSpacing();
}

double CalculationLines::width() const
{
    const QFontMetricsF metrics(font);
    double widest = 0.0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        double w = metrics.horizontalAdvance(lines[i]);
        if (i + 1 == lines.size())
            w += QFontMetricsF(resultFont()).horizontalAdvance(result);
        widest = std::max(widest, w);
    }
    return widest;
}

QString CalculationLines::text() const
{
    return lines.join(QLatin1Char(' ')) + result;
}

CalculationLines layoutCalculation(const Calculation &calculation, const CalculationRoom &room)
{
    const int preferred = QFontInfo(room.font).pixelSize();
    const int minimum = std::min(room.minimumPixels, preferred);
    const int shrunk = std::max(minimum, static_cast<int>(std::lround(preferred * 0.8)));
    const int maxLines = std::max(1, room.maxLines);
    const std::vector<Piece> pieces = piecesOf(calculation);
    const QString result =
        calculation.isSum() ? QStringLiteral(" = ") + qt(calculation.result) : QString();
    for (int lines = 1; lines <= maxLines; ++lines) {
        const int smallest = lines == maxLines ? minimum : shrunk;
        for (int pixels = preferred; pixels >= smallest; --pixels) {
            const QFont font = sized(room.font, pixels);
            if (auto set = fill(pieces, result, font, room.width, lines))
                return laidOut(calculation, *set, font, false);
        }
    }
    const QFont smallest = sized(room.font, minimum);
    CalculationRoom grouping = room;
    grouping.maxLines = maxLines;
    if (calculation.isSum())
        if (auto set = groupedLines(calculation, smallest, grouping))
            return *set;
    // Not even that fits: one elided line, the result kept when it can be.
    const QString full = qt(calculationText(calculation));
    CalculationLines set = laidOut(calculation, {}, smallest, false);
    set.result.clear();
    set.lines << QFontMetricsF(smallest).elidedText(full, Qt::ElideMiddle,
                                                    std::max(0.0, room.width));
    set.fits = false;
    return set;
}

void paintCalculation(QPainter &painter, const CalculationLines &lines, const QRectF &rect)
{
    const QFontMetricsF metrics(lines.font);
    const double spacing = metrics.lineSpacing();
    double baseline = rect.top() + metrics.ascent();
    for (qsizetype i = 0; i < lines.lines.size(); ++i) {
        painter.setFont(lines.font);
        painter.drawText(QPointF(rect.left(), baseline), lines.lines[i]);
        if (i + 1 == lines.lines.size() && !lines.result.isEmpty()) {
            painter.setFont(lines.resultFont());
            painter.drawText(
                QPointF(rect.left() + metrics.horizontalAdvance(lines.lines[i]), baseline),
                lines.result);
        }
        baseline += spacing;
    }
}

} // namespace convstep
