#include "ui/export/worksheet.h"

#include "io/text.h"
#include "io/translate.h"
#include "ui/export/export_device.h"
#include "ui/export/export_target.h"
#include "ui/render/exercise_frame.h"
#include "ui/render/stage_font.h"
#include "ui/render/stage_renderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

const QColor ink(0x1f, 0x23, 0x28);
const QColor muted(0x5c, 0x64, 0x70);
const QColor hairline(0xb4, 0xba, 0xc2);
// The stage is drawn at this size and scaled onto the page, at most pictureHeight tall.
const QSize stageSize(800, 360);
constexpr double pictureHeight = 240;
constexpr double answerHeight = 56;
constexpr int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QFont font(double pixels, bool bold = false)
{
    return stageFont(StageStyle{}.fontFamily, pixels, bold);
}

double heightOf(const QFont &f, double width, const QString &text)
{
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), wrap, text).height();
}

// Draws wrapped text at the top of `area`; returns the height it took.
double paragraph(QPainter &painter, const QRectF &area, const QFont &f, const QColor &colour,
                 const QString &text)
{
    painter.setFont(f);
    painter.setPen(colour);
    painter.drawText(area, wrap, text);
    return heightOf(f, area.width(), text);
}

// A piece of the page flow, measured before anything is painted so that the page count is
// known for the footers. `paint` gets the block's area at its place on the page.
struct Block
{
    double height = 0;
    bool newPage = false;
    std::function<void(QPainter &, const QRectF &)> paint;
};

QString kindWord(const Exercise &exercise)
{
    switch (kindOf(exercise)) {
    case ExerciseKind::Value:
        return Text::tr("value", "an exercise asking for an output value");
    case ExerciseKind::Reach:
        return Text::tr("reach", "an exercise asking which outputs an input reaches");
    case ExerciseKind::Shape:
        return Text::tr("shape", "an exercise asking for the output shape");
    case ExerciseKind::Recipe:
        return Text::tr("recipe", "an exercise asking for the zero-insertion recipe");
    }
    return QLatin1String(exerciseKindName(kindOf(exercise)));
}

Block headerBlock(const WorksheetOptions &options, double width)
{
    const QString instructions = Text::tr(
        "Write each answer in its box. Rows and columns count from 0, top left; a kernel is "
        "used as PyTorch and Keras use it. The answer key follows the last exercise.");
    const double gap = 6;
    const double height = heightOf(font(24, true), width, options.title) + gap
        + (options.subtitle.isEmpty() ? 0 : heightOf(font(13), width, options.subtitle) + gap)
        + heightOf(font(12), width, instructions) + 22;
    return {height, false, [=](QPainter &painter, const QRectF &area) {
                QRectF at = area;
                at.setTop(at.top() + paragraph(painter, at, font(24, true), ink, options.title)
                          + gap);
                if (!options.subtitle.isEmpty())
                    at.setTop(at.top() + paragraph(painter, at, font(13), muted, options.subtitle)
                              + gap);
                paragraph(painter, at, font(12), ink, instructions);
            }};
}

Block exerciseBlock(const Exercise &exercise, int number, double width)
{
    const QString heading = Text::tr("Exercise %1 · %2").arg(number).arg(kindWord(exercise));
    const QString question = exercise.questionMessage.empty()
        ? translated(exercise.questionMessage)
        : translated(exercise.questionMessage);
    const double scale = std::min(width / stageSize.width(), pictureHeight / stageSize.height());
    const QSizeF picture(stageSize.width() * scale, stageSize.height() * scale);
    const double headingHeight = heightOf(font(15, true), width, heading) + 4;
    const double questionHeight = heightOf(font(13), width, question) + 8;
    const double height = headingHeight + questionHeight + picture.height() + 8 + answerHeight + 22;
    return {height, false, [=, &exercise](QPainter &painter, const QRectF &area) {
                double y = area.top();
                paragraph(painter, QRectF(area.left(), y, width, headingHeight), font(15, true),
                          ink, heading);
                y += headingHeight;
                paragraph(painter, QRectF(area.left(), y, width, questionHeight), font(13), ink,
                          question);
                y += questionHeight;
                const QRectF shown(QPointF(area.left(), y), picture);
                painter.save();
                painter.translate(shown.topLeft());
                painter.scale(scale, scale);
                StageRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(stageSize)),
                                      exerciseFrame(exercise, StageStyle{}));
                painter.restore();
                painter.setPen(QPen(hairline, 0.8));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(shown);
                y += picture.height() + 8;
                const QRectF box(area.left(), y, width, answerHeight);
                painter.setPen(QPen(ink, 1.0));
                painter.drawRect(box);
                paragraph(painter, box.adjusted(6, 4, -6, -4), font(11), muted, Text::tr("Answer"));
            }};
}

Block keyHeading(double width)
{
    const QString text = Text::tr("Answer key");
    return {heightOf(font(20, true), width, text) + 12, true,
            [=](QPainter &painter, const QRectF &area) {
                paragraph(painter, area, font(20, true), ink, text);
            }};
}

Block keyLine(const Exercise &exercise, int number, double width)
{
    const QString text = Text::tr("%1. %2: %3", "an answer key line: number, kind, answer")
                             .arg(number)
                             .arg(kindWord(exercise), translated(answerMessage(exercise)));
    return {heightOf(font(12), width, text) + 6, false, [=](QPainter &painter, const QRectF &area) {
                paragraph(painter, area, font(12), ink, text);
            }};
}

void footer(QPainter &painter, const QRectF &page, const QString &left, int number, int pages)
{
    const QFont f = font(10);
    const double height = QFontMetricsF(f).lineSpacing() * 1.5;
    const QRectF area(page.left(), page.bottom() - height, page.width(), height);
    painter.setFont(f);
    painter.setPen(muted);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, left);
    painter.drawText(area, Qt::AlignRight | Qt::AlignBottom,
                     QStringLiteral("%1 / %2").arg(number).arg(pages));
}

ExportResult paintWorksheet(const std::vector<Exercise> &exercises, const WorksheetOptions &options,
                            const QString &path, const ExportProgress &progress)
{
    ExportDevice file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(ExportStatus::Failed, file.errorString());
    QPdfWriter writer(&file);
    writer.setResolution(96);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setTitle(options.title);
    writer.setCreator(Text::tr("ConvStep"));

    const QRectF page(0, 0, writer.width(), writer.height());
    const double footerHeight = QFontMetricsF(font(10)).lineSpacing() * 2.5;
    const QRectF body(page.left(), page.top(), page.width(), page.height() - footerHeight);
    const double width = body.width();

    std::vector<Block> blocks{headerBlock(options, width)};
    for (size_t i = 0; i < exercises.size(); ++i)
        blocks.push_back(exerciseBlock(exercises[i], static_cast<int>(i) + 1, width));
    blocks.push_back(keyHeading(width));
    for (size_t i = 0; i < exercises.size(); ++i)
        blocks.push_back(keyLine(exercises[i], static_cast<int>(i) + 1, width));

    // Place every block: a block never splits, and starts a page when asked or when it does
    // not fit below the one before.
    std::vector<std::pair<int, double>> places;
    int pageIndex = 0;
    double y = body.top();
    for (const Block &block : blocks) {
        if (y > body.top() && (block.newPage || y + block.height > body.bottom())) {
            ++pageIndex;
            y = body.top();
        }
        places.emplace_back(pageIndex, y);
        y += block.height;
    }
    const int pages = pageIndex + 1;

    QPainter painter;
    if (!painter.begin(&writer))
        return ExportResult::failure(ExportStatus::Failed, Text::tr("cannot start the PDF"));
    painter.setRenderHint(QPainter::Antialiasing, true);
    int painted = 0;
    for (size_t i = 0; i < blocks.size(); ++i) {
        if (progress.cancelled()) {
            painter.end();
            return ExportResult::failure(ExportStatus::Cancelled, Text::tr("cancelled"));
        }
        const auto [onPage, top] = places[i];
        if (onPage > painted) {
            footer(painter, page, options.subtitle, painted + 1, pages);
            writer.newPage();
            painted = onPage;
        }
        blocks[i].paint(painter, QRectF(body.left(), top, width, blocks[i].height));
        progress.report(static_cast<int>(i) + 1, static_cast<int>(blocks.size()));
    }
    footer(painter, page, options.subtitle, pages, pages);
    if (!painter.end() || !file.finish())
        return ExportResult::failure(ExportStatus::Failed, file.errorString());
    ExportResult result;
    result.frames = pages;
    return result;
}

} // namespace

ExportResult writeWorksheet(const std::vector<Exercise> &exercises, const WorksheetOptions &options,
                            const ExportProgress &progress)
{
    if (exercises.empty())
        return ExportResult::failure(ExportStatus::Invalid, Text::tr("no exercises"));
    ExportFile target(options.path, options.overwrite);
    if (auto error = target.prepare())
        return ExportResult::failure(ExportStatus::Failed, error->message);
    ExportResult result = paintWorksheet(exercises, options, target.writePath(), progress);
    if (!result.ok()) {
        target.discard();
        if (result.status == ExportStatus::Failed)
            result.message = Text::tr("cannot write %1: %2").arg(options.path, result.message);
        return result;
    }
    if (auto error = target.commit())
        return ExportResult::failure(ExportStatus::Failed, error->message);
    result.path = options.path;
    result.bytes = QFileInfo(options.path).size();
    return result;
}

} // namespace convstep
