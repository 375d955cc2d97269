#include "io/lesson_json.h"

#include "io/json_syntax.h"
#include "io/trace_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <limits>

namespace convstep {
namespace {

const QStringList problemKeys{"op",      "input",          "kernel", "stride", "dilation",
                              "padding", "output_padding", "bias",   "scale",  "align_corners"};
// The fields only a convolution has; an upsampling op takes input, scale (and align_corners).
const QStringList convolutionKeys{"kernel",  "stride",         "dilation",
                                  "padding", "output_padding", "bias"};
const QStringList opNames{"conv2d",           "conv_transpose2d",
                          "upsample_nearest", "upsample_bilinear",
                          "bed_of_nails",     "max_unpool2d"};
const QStringList lessonKeys{"title", "note", "view", "step"};

// Thrown inside the parser only; parseLesson turns it into its return value.
struct Failure
{
    ProblemError error;
};

[[noreturn]] void fail(const QString &field, const QString &message)
{
    throw Failure{{field.toStdString(), message.toStdString()}};
}

// As JSON writes a string's contents, so control characters stay escaped and every message
// stays on one line.
QString escaped(const QString &text)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return '"' + escaped(value.toString()).left(60) + '"';
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
            .left(40);
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::number(value.toDouble(), 'g', 17);
    }
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(static_cast<size_t>(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[static_cast<size_t>(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[static_cast<size_t>(j)] =
                std::min({above + 1, row[static_cast<size_t>(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}

QString suggestion(const QString &word, const QStringList &candidates)
{
    // A word inside exactly one candidate names it ("nearest", "unpool", "align").
    const QStringList holding =
        word.size() >= 4 ? candidates.filter(word, Qt::CaseInsensitive) : QStringList();
    if (holding.size() == 1)
        return QStringLiteral("; did you mean \"%1\"?").arg(holding.first());
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const bool close = bestDistance <= std::max<qsizetype>(2, word.size() / 3)
        || word.contains(best, Qt::CaseInsensitive);
    return close ? QStringLiteral("; did you mean \"%1\"?").arg(best) : QString();
}

int integerOf(const QString &field, const QJsonValue &value)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > 1e9)
        fail(field, "must be an integer, got " + shown(value));
    return static_cast<int>(d);
}

// An integer for both axes, or [rows, cols].
Pair pairOf(const QString &field, const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() != 2)
            fail(field, "must be an integer or a [rows, cols] pair, got " + shown(value));
        return {integerOf(field, array[0]), integerOf(field, array[1])};
    }
    if (!value.isDouble())
        fail(field, "must be an integer or a [rows, cols] pair, got " + shown(value));
    const int n = integerOf(field, value);
    return {n, n};
}

Grid gridOf(const QString &field, const QJsonValue &value, int maxSide)
{
    const QString shape =
        QStringLiteral("must be a non-empty list of equally long rows of numbers");
    if (!value.isArray() || value.toArray().isEmpty())
        fail(field, shape + ", got " + shown(value));
    const QJsonArray rows = value.toArray();
    if (rows.size() > maxSide)
        fail(field, QStringLiteral("must have 1 to %1 rows, got %2").arg(maxSide).arg(rows.size()));
    const qsizetype cols = rows[0].toArray().size();
    if (cols > maxSide)
        fail(field, QStringLiteral("must have 1 to %1 columns, got %2").arg(maxSide).arg(cols));
    Grid grid(rows.size(), cols);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!rows[r].isArray() || rows[r].toArray().isEmpty())
            fail(field, shape + QStringLiteral("; row %1 is %2").arg(r).arg(shown(rows[r])));
        const QJsonArray row = rows[r].toArray();
        if (row.size() != cols)
            fail(field,
                 QStringLiteral("rows must be equally long; row %1 has %2 values, row 0 has %3")
                     .arg(r)
                     .arg(row.size())
                     .arg(cols));
        for (qsizetype c = 0; c < cols; ++c) {
            if (!row[c].isDouble() || !std::isfinite(row[c].toDouble()))
                fail(field,
                     QStringLiteral("values must be finite numbers; row %1, column %2 is %3")
                         .arg(r)
                         .arg(c)
                         .arg(shown(row[c])));
            grid(r, c) = row[c].toDouble();
        }
    }
    return grid;
}

void readPadding(const QJsonValue &value, Problem &problem)
{
    if (value.isString()) {
        const QString mode = value.toString().toLower();
        if (mode == QLatin1String("valid"))
            problem.paddingMode = PaddingMode::Valid;
        else if (mode == QLatin1String("same"))
            problem.paddingMode = PaddingMode::Same;
        else
            fail("padding",
                 "must be \"valid\", \"same\", an integer or a [rows, cols] pair, got "
                     + shown(value));
        return;
    }
    problem.paddingMode = PaddingMode::Explicit;
    problem.padding = pairOf("padding", value);
}

Op opOf(const QJsonValue &value)
{
    const QString name = value.toString();
    for (Op op : {Op::Conv2d, Op::ConvTranspose2d, Op::UpsampleNearest, Op::UpsampleBilinear,
                  Op::BedOfNails, Op::MaxUnpool2d})
        if (name == QLatin1String(opName(op)))
            return op;
    fail("op",
         "must be \"conv2d\", \"conv_transpose2d\", \"upsample_nearest\", \"upsample_bilinear\", "
         "\"bed_of_nails\" or \"max_unpool2d\", got "
             + shown(value) + suggestion(name, opNames));
}

// Each op takes its own fields: a convolution's, or an upsampling op's scale; a key of the
// other kind is an error rather than silently ignored.
void checkFieldsOf(const QJsonObject &object, Op op)
{
    const QString name = QLatin1String(opName(op));
    if (isUpsampling(op)) {
        for (const QString &key : convolutionKeys)
            if (object.contains(key))
                fail(key,
                     "does not apply to " + name
                         + (key == QLatin1String("kernel") ? ", which has no kernel" : "")
                         + "; an upsampling op takes only \"input\" and \"scale\""
                         + (op == Op::UpsampleBilinear ? " (and \"align_corners\")" : ""));
        if (!object.contains("scale"))
            fail("scale",
                 "is missing; " + name + " needs \"scale\": 1 to "
                     + QString::number(limits::maxScale) + ", or [rows, cols]");
    } else {
        if (object.contains("scale"))
            fail("scale",
                 "applies only to the upsampling ops (upsample_nearest, "
                 "upsample_bilinear, bed_of_nails, max_unpool2d), not "
                     + name);
        if (!object.contains("kernel"))
            fail("kernel",
                 "is missing; a problem needs \"op\", \"input\" and \"kernel\" "
                 "(an upsampling op: \"scale\" instead of \"kernel\")");
    }
    if (object.contains("align_corners") && op != Op::UpsampleBilinear)
        fail("align_corners", "applies only to upsample_bilinear, not " + name);
}

Lesson lessonOf(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!problemKeys.contains(it.key()) && !lessonKeys.contains(it.key()))
            fail(escaped(it.key()),
                 "is not a known field" + suggestion(it.key(), problemKeys + lessonKeys));
    }
    for (const char *required : {"op", "input"})
        if (!object.contains(QLatin1String(required)))
            fail(required,
                 "is missing; a problem needs \"op\", \"input\" and \"kernel\" "
                 "(an upsampling op: \"scale\" instead of \"kernel\")");

    Lesson lesson;
    Problem &p = lesson.problem;
    p.op = opOf(object["op"]);
    checkFieldsOf(object, p.op);
    p.input = gridOf("input", object["input"], limits::maxInputSide);
    if (object.contains("kernel"))
        p.kernel = gridOf("kernel", object["kernel"], limits::maxKernelSide);
    if (object.contains("stride"))
        p.stride = pairOf("stride", object["stride"]);
    if (object.contains("dilation"))
        p.dilation = pairOf("dilation", object["dilation"]);
    if (object.contains("padding"))
        readPadding(object["padding"], p);
    if (object.contains("output_padding"))
        p.outputPadding = pairOf("output_padding", object["output_padding"]);
    if (object.contains("bias")) {
        const QJsonValue bias = object["bias"];
        if (!bias.isDouble() || !std::isfinite(bias.toDouble()))
            fail("bias", "must be a finite number, got " + shown(bias));
        p.bias = bias.toDouble();
    }
    if (object.contains("scale"))
        p.scale = pairOf("scale", object["scale"]);
    if (object.contains("align_corners")) {
        if (!object["align_corners"].isBool())
            fail("align_corners", "must be true or false, got " + shown(object["align_corners"]));
        p.alignCorners = object["align_corners"].toBool();
    }
    for (const char *text : {"title", "note"})
        if (object.contains(QLatin1String(text)) && !object[QLatin1String(text)].isString())
            fail(text, "must be a string, got " + shown(object[QLatin1String(text)]));
    lesson.title = object["title"].toString();
    lesson.note = object["note"].toString();
    if (object.contains("view")) {
        lesson.view = viewFromName(object["view"].toString());
        if (!lesson.view)
            fail("view",
                 "must be \"direct\", \"zero-insertion\" or \"matrix\", got "
                     + shown(object["view"])
                     + suggestion(object["view"].toString(),
                                  {"direct", "zero-insertion", "matrix"}));
    }
    if (object.contains("step")) {
        lesson.step = integerOf("step", object["step"]);
        if (lesson.step < 0)
            fail("step", QStringLiteral("must not be negative, got %1").arg(lesson.step));
    }
    if (auto error = validate(p))
        throw Failure{*error};
    if (lesson.view)
        if (auto error = checkView(p, *lesson.view))
            throw Failure{*error};
    return lesson;
}

QJsonValue pairJson(Pair p)
{
    if (p.h == p.w)
        return p.h;
    return QJsonArray{p.h, p.w};
}

} // namespace

std::optional<View> viewFromName(const QString &name)
{
    for (View view : {View::Direct, View::ZeroInsertion, View::Matrix})
        if (name == QLatin1String(viewName(view)))
            return view;
    return std::nullopt;
}

Result<Lesson, ProblemError> parseLesson(const QByteArray &json)
{
    if (json.size() > limits::maxFileBytes)
        return ProblemError{"", "the file is larger than the 16 MiB limit"};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ProblemError{"", jsonSyntaxError(json, parseError).toStdString()};
    if (!document.isObject())
        return ProblemError{"",
                            "the document must be a JSON object such as {\"op\": \"conv2d\", "
                            "\"input\": [[…]], \"kernel\": [[…]]}"};
    try {
        return lessonOf(document.object());
    } catch (const Failure &failure) {
        return failure.error;
    }
}

QJsonObject problemToJson(const Problem &p)
{
    QJsonObject object;
    object["op"] = QLatin1String(opName(p.op));
    object["input"] = gridToJson(p.input);
    if (isUpsampling(p.op)) {
        object["scale"] = pairJson(p.scale);
        if (p.op == Op::UpsampleBilinear)
            object["align_corners"] = p.alignCorners;
        return object;
    }
    object["kernel"] = gridToJson(p.kernel);
    object["stride"] = pairJson(p.stride);
    object["dilation"] = pairJson(p.dilation);
    object["padding"] = p.paddingMode == PaddingMode::Explicit
        ? pairJson(p.padding)
        : QJsonValue(QLatin1String(paddingModeName(p.paddingMode)));
    object["output_padding"] = pairJson(p.outputPadding);
    object["bias"] = p.bias;
    return object;
}

QJsonObject lessonToJson(const Lesson &lesson)
{
    QJsonObject object = problemToJson(lesson.problem);
    if (!lesson.title.isEmpty())
        object["title"] = lesson.title;
    if (!lesson.note.isEmpty())
        object["note"] = lesson.note;
    if (lesson.view)
        object["view"] = QLatin1String(viewName(*lesson.view));
    if (lesson.step > 0)
        object["step"] = lesson.step;
    return object;
}

QByteArray lessonToBytes(const Lesson &lesson)
{
    // Qt indents one number per line; put each grid row back on a line of its own.
    // Only Qt's own line breaks are matched: a JSON string never holds a raw newline, so text
    // such as "[1,  2]" inside a title or note is left alone.
    static const QRegularExpression numberList(
        QStringLiteral(R"(\[\n\s*(-?[0-9][0-9.eE+-]*(?:,\n\s*-?[0-9][0-9.eE+-]*)*)\n\s*\])"));
    static const QRegularExpression space(QStringLiteral(R"(,\n\s*)"));
    QString text = QString::fromUtf8(QJsonDocument(lessonToJson(lesson)).toJson());
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : numberList.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += '[' + m.captured(1).replace(space, QStringLiteral(", ")) + ']';
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

} // namespace convstep
