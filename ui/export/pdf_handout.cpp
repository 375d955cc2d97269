#include "ui/export/pdf_handout.h"

#include "core/calculation.h"
#include "core/narration.h"
#include "core/shape_formula.h"
#include "io/text.h"
#include "io/translate.h"
#include "ui/export/export_device.h"
#include "ui/export/export_status.h"
#include "ui/render/calculation_layout.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_frame.h"
#include "ui/render/stage_renderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString settingsText(const Problem &p)
{
    const QString padding = p.paddingMode == PaddingMode::Explicit
        ? qt(pairText(p.padding)) + QStringLiteral(" (PyTorch)")
        : QStringLiteral("'%1' (Keras)").arg(QLatin1String(paddingModeName(p.paddingMode)));
    QString s = Text::tr("%1 · input %2 · kernel %3 · stride %4 · dilation %5 · padding %6")
                    .arg(QLatin1String(opName(p.op)), qt(sizeText(sizeOf(p.input))),
                         qt(sizeText(sizeOf(p.kernel))), qt(pairText(p.stride)),
                         qt(pairText(p.dilation)), padding);
    if (p.op == Op::ConvTranspose2d && (p.outputPadding.h || p.outputPadding.w))
        s = Text::tr("%1 · output padding %2").arg(s, qt(pairText(p.outputPadding)));
    if (p.bias != 0.0)
        s = Text::tr("%1 · bias %2").arg(s, qt(formatNumber(p.bias)));
    return s;
}

QFont handoutFont(const ExportOptions &options, double pixels, bool bold = false)
{
    return stageFont(StageStyle{}.fontFamily, std::max(6.0, pixels * options.fontScale), bold);
}

// Draws wrapped text at the top of `area` and returns the height it took.
double paragraph(QPainter &painter, const QRectF &area, const QFont &f, const QColor &colour,
                 const QString &text)
{
    painter.setFont(f);
    painter.setPen(colour);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF used = QFontMetricsF(f).boundingRect(area, flags, text);
    painter.drawText(area, flags, text);
    return std::min(used.height(), area.height());
}

// The stage at the export size, scaled to fit `box` and centred at its top, framed by a
// hairline; returns where it went.
QRectF stagePicture(QPainter &painter, const QRectF &box, const StageFrame &frame, QSize size)
{
    const double scale = std::min(box.width() / size.width(), box.height() / size.height());
    const QRectF shown(box.left() + (box.width() - size.width() * scale) / 2, box.top(),
                       size.width() * scale, size.height() * scale);
    painter.save();
    painter.translate(shown.topLeft());
    painter.scale(scale, scale);
    StageRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), frame);
    painter.restore();
    painter.setPen(QPen(QColor(0xb4, 0xba, 0xc2), 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(shown);
    return shown;
}

void titlePage(QPainter &painter, const QRectF &page, const Lesson &lesson,
               const std::shared_ptr<const Trace> &shared, const StepSelection &steps,
               const ExportOptions &options, const StageStyle &style)
{
    const Trace &trace = *shared;
    const QColor ink(0x1f, 0x23, 0x28), muted(0x5c, 0x64, 0x70);
    QRectF area = page;
    const auto advance = [&](double height, double gap) { area.setTop(area.top() + height + gap); };
    const QString title =
        lesson.title.isEmpty() ? Text::tr("ConvStep lesson") : lessonTitle(lesson);
    advance(paragraph(painter, area, handoutFont(options, 30, true), ink, title), 14);
    if (!lesson.note.isEmpty())
        advance(paragraph(painter, area, handoutFont(options, 16), ink, lessonNote(lesson)), 18);
    advance(paragraph(painter, area, handoutFont(options, 14, true), muted, Text::tr("Settings")),
            4);
    advance(paragraph(painter, area, handoutFont(options, 14), ink, settingsText(trace.problem)),
            14);
    advance(
        paragraph(painter, area, handoutFont(options, 14, true), muted, Text::tr("Output size")),
        4);
    advance(paragraph(painter, area, handoutFont(options, 14), ink,
                      translated(shapeFormulasMessage(trace.problem))),
            14);
    const int shown = steps.count();
    QString view = Text::tr("View: %1 · steps %2 to %3 of %4")
                       .arg(viewTitle(trace.view))
                       .arg(steps.range().first + 1)
                       .arg(steps.range().last + 1)
                       .arg(trace.stepCount);
    if (steps.pick() != StepPick::All)
        view += QStringLiteral(" (%1)").arg(steps.description());
    view += Text::tr(" · output %1").arg(qt(sizeText(trace.geometry.outputSize())));
    advance(paragraph(painter, area, handoutFont(options, 14), muted, view), 4);
    advance(paragraph(painter, area, handoutFont(options, 14), muted,
                      counted(CONVSTEP_TR_N("Export", "%n steps follow, %1 to a page.",
                                            "%n step follows, %1 to a page."),
                              shown)
                          .arg(options.perPage)),
            16);
    // The finished result, so the first page already shows the whole problem.
    if (area.height() > page.height() * 0.3) {
        StageFrame last = frameAt(shared, steps.range().last, style);
        last.caption = false;
        stagePicture(painter, area, last, options.size);
    }
}

void stepCell(QPainter &painter, const QRectF &cell, const StageFrame &frame, const Trace &trace,
              const ExportOptions &options, double textScale)
{
    const QColor ink(0x1f, 0x23, 0x28), muted(0x5c, 0x64, 0x70);
    const double textHeight = cell.height() * 0.3;
    const QRectF box(cell.left(), cell.top(), cell.width(), cell.height() - textHeight);
    const QRectF picture = stagePicture(painter, box, frame, options.size);

    // The text lines up with the picture, so each step reads as one block.
    QRectF text(picture.left(), picture.bottom() + 6 * textScale, picture.width(),
                cell.bottom() - picture.bottom() - 6 * textScale);
    const auto advance = [&](double height) { text.setTop(text.top() + height + 3 * textScale); };
    const QString heading = Text::tr("Step %1 of %2 · %3")
                                .arg(frame.step.index + 1)
                                .arg(trace.stepCount)
                                .arg(phaseTitle(frame.step.phase));
    advance(paragraph(painter, text, handoutFont(options, 13 * textScale, true), muted, heading));
    advance(
        paragraph(painter, text, handoutFont(options, 13 * textScale), ink, stepText(frame.step)));
    // Every term, wrapped on the lines left (shrunk by a fifth at most); grouped only when
    // they cannot hold it.
    CalculationRoom room;
    room.font = handoutFont(options, 12 * textScale);
    room.minimumPixels = std::max(6, static_cast<int>(std::lround(room.font.pixelSize() * 0.8)));
    room.width = text.width();
    room.maxLines =
        std::max(1, static_cast<int>(text.height() / QFontMetricsF(room.font).lineSpacing()));
    const CalculationLines lines = layoutCalculation(calculationOf(trace, frame.step), room);
    painter.setPen(muted);
    paintCalculation(painter, lines, text);
}

void footer(QPainter &painter, const QRectF &page, const ExportOptions &options,
            const QString &left, int number, int pages)
{
    const QFont f = handoutFont(options, 10);
    const double height = QFontMetricsF(f).lineSpacing() * 2.2;
    const QRectF area(page.left(), page.bottom() - height, page.width(), height);
    painter.setFont(f);
    painter.setPen(QColor(0x5c, 0x64, 0x70));
    painter.drawText(area.adjusted(0, 0, -page.width() * 0.12, 0),
                     Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, left);
    painter.drawText(area, Qt::AlignRight | Qt::AlignBottom,
                     QStringLiteral("%1 / %2").arg(number).arg(pages));
}

} // namespace

ExportResult writePdfHandout(const Lesson &lesson, std::shared_ptr<const Trace> trace,
                             const StepSelection &steps, const ExportOptions &options,
                             const QString &path, const ExportProgress &progress)
{
    ExportDevice file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(ExportStatus::Failed, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setTitle(lesson.title.isEmpty() ? Text::tr("ConvStep lesson") : lessonTitle(lesson));
    writer.setCreator(QStringLiteral("ConvStep"));

    const int perPage = options.perPage;
    const int count = steps.count();
    const int stepPages = (count + perPage - 1) / perPage;
    const int pages = 1 + stepPages;
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(perPage))));
    const int rows = (perPage + columns - 1) / columns;
    const double textScale = std::clamp(1.0 / std::sqrt(static_cast<double>(rows)), 0.6, 1.0);
    const QString formula = Text::tr("Output size: %1")
                                .arg(translated(shapeFormulasMessage(trace->problem))
                                         .replace('\n', QStringLiteral(" · ")));
    StageStyle style;
    style.theme = options.theme;
    style.fontScale = options.fontScale;
    style.symbols = options.symbols;

    QPainter painter;
    if (!painter.begin(&writer))
        return ExportResult::failure(ExportStatus::Failed, Text::tr("cannot start the PDF"));
    const QRectF page(0, 0, writer.width(), writer.height());
    const double footerHeight = QFontMetricsF(handoutFont(options, 10)).lineSpacing() * 2.8;
    const QRectF body(page.left(), page.top(), page.width(), page.height() - footerHeight);
    titlePage(painter, body, lesson, trace, steps, options, style);
    footer(painter, page, options, formula, 1, pages);
    progress.report(1, pages);
    const double gap = 14;
    const QSizeF cellSize((body.width() - gap * (columns - 1)) / columns,
                          (body.height() - gap * (rows - 1)) / rows);
    for (int p = 0; p < stepPages; ++p) {
        if (progress.cancelled()) {
            painter.end();
            return ExportResult::failure(ExportStatus::Cancelled, Text::tr("cancelled"));
        }
        writer.newPage();
        for (int k = 0; k < perPage; ++k) {
            const int shown = p * perPage + k;
            if (shown >= count)
                break;
            const int index = steps.at(shown);
            const QRectF cell(body.left() + (k % columns) * (cellSize.width() + gap),
                              body.top() + (k / columns) * (cellSize.height() + gap),
                              cellSize.width(), cellSize.height());
            StageFrame frame = frameAt(trace, index, style);
            frame.caption = false; // the handout sets the text itself, below the picture
            stepCell(painter, cell, frame, *trace, options, textScale);
        }
        footer(painter, page, options, formula, p + 2, pages);
        progress.report(p + 2, pages);
    }
    if (!painter.end() || !file.finish())
        return ExportResult::failure(ExportStatus::Failed, file.errorString());
    ExportResult result;
    result.frames = pages;
    return result;
}

} // namespace convstep
