#include "io/lesson_json.h"

#include "core/gradient.h"
#include "io/json_fields.h"
#include "io/trace_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace convstep {
namespace {

using json::fail;
using json::gridOf;
using json::integerOf;
using json::pairOf;
using json::shown;
using json::suggestion;

const QStringList problemKeys{"op",      "input",          "kernel", "stride", "dilation",
                              "padding", "output_padding", "bias",   "scale",  "align_corners"};
// The fields only a convolution has; an upsampling op takes input, scale (and align_corners).
const QStringList convolutionKeys{"kernel",  "stride",         "dilation",
                                  "padding", "output_padding", "bias"};
const QStringList opNames{"conv2d",           "conv_transpose2d",
                          "upsample_nearest", "upsample_bilinear",
                          "bed_of_nails",     "max_unpool2d"};
const QStringList lessonKeys{"title", "note", "view", "step", "upstream"};

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
    json::checkKnownFields(object, problemKeys + lessonKeys);
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
    if (object.contains("bias"))
        p.bias = json::finiteNumberOf("bias", object["bias"]);
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
                 "must be \"direct\", \"zero-insertion\", \"matrix\", \"backward-input\" or "
                 "\"backward-kernel\", got "
                     + shown(object["view"])
                     + suggestion(object["view"].toString(),
                                  {"direct", "zero-insertion", "matrix", "backward-input",
                                   "backward-kernel"}));
    }
    if (object.contains("step")) {
        lesson.step = integerOf("step", object["step"]);
        if (lesson.step < 0)
            fail("step", QStringLiteral("must not be negative, got %1").arg(lesson.step));
    }
    if (object.contains("upstream")) {
        if (isUpsampling(p.op))
            fail("upstream",
                 QStringLiteral("applies only to conv2d and conv_transpose2d: %1 has no kernel "
                                "to differentiate")
                     .arg(QLatin1String(opName(p.op))));
        lesson.upstream = gridOf("upstream", object["upstream"], limits::maxOutputSide);
    }
    if (auto error = validate(p))
        throw json::FieldError{*error};
    if (lesson.view)
        if (auto error = checkView(p, *lesson.view))
            throw json::FieldError{*error};
    if (lesson.upstream.size() > 0)
        if (auto error = checkUpstream(p, lesson.upstream))
            throw json::FieldError{*error};
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
    for (View view : {View::Direct, View::ZeroInsertion, View::Matrix, View::BackwardInput,
                      View::BackwardKernel})
        if (name == QLatin1String(viewName(view)))
            return view;
    return std::nullopt;
}

Result<Lesson, ProblemError> parseLesson(const QByteArray &json)
{
    auto object = json::documentObject(
        json, QStringLiteral("{\"op\": \"conv2d\", \"input\": [[…]], \"kernel\": [[…]]}"));
    if (!object.ok())
        return object.error();
    try {
        return lessonOf(object.value());
    } catch (const json::FieldError &failure) {
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
    if (lesson.upstream.size() > 0 && !isUpsampling(lesson.problem.op))
        object["upstream"] = gridToJson(lesson.upstreamGradient());
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
