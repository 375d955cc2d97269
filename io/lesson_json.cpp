#include "io/lesson_json.h"

#include "io/json_fields.h"
#include "io/language.h"
#include "io/trace_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

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
const QStringList lessonKeys{"title", "note", "view", "step", "translations"};
const QStringList translationKeys{"title", "note"};

QString missingField()
{
    return Text::tr("is missing; a problem needs \"op\", \"input\" and \"kernel\" (an "
                    "upsampling op: \"scale\" instead of \"kernel\")");
}

// "translations": {"de": {"title": "…", "note": "…"}, …}
QMap<QString, LessonText> translationsOf(const QJsonValue &value)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!value.isObject())
        fail("translations",
             Text::tr("must be an object of languages such as {\"de\": {\"title\": \"…\", "
                      "\"note\": \"…\"}}, got %1")
                 .arg(shown(value)));
    QMap<QString, LessonText> translations;
    const QJsonObject languages = value.toObject();
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QString field = QStringLiteral("translations.") + json::escaped(it.key());
        if (!code.match(it.key()).hasMatch())
            fail(field, Text::tr("is not a language code such as \"de\" or \"zh_CN\""));
        if (!it.value().isObject())
            fail(field,
                 Text::tr("must be an object with a \"title\" and a \"note\", got %1")
                     .arg(shown(it.value())));
        const QJsonObject text = it.value().toObject();
        for (auto part = text.begin(); part != text.end(); ++part) {
            const QString inner = field + QLatin1Char('.') + json::escaped(part.key());
            if (!translationKeys.contains(part.key()))
                fail(inner,
                     Text::tr("is not a known field%1")
                         .arg(suggestion(part.key(), translationKeys)));
            if (!part.value().isString())
                fail(inner, Text::tr("must be a string, got %1").arg(shown(part.value())));
        }
        translations.insert(it.key(), {text["title"].toString(), text["note"].toString()});
    }
    return translations;
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
                 Text::tr("must be \"valid\", \"same\", an integer or a [rows, cols] pair, got %1")
                     .arg(shown(value)));
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
         Text::tr("must be \"conv2d\", \"conv_transpose2d\", \"upsample_nearest\", "
                  "\"upsample_bilinear\", \"bed_of_nails\" or \"max_unpool2d\", got %1%2")
             .arg(shown(value), suggestion(name, opNames)));
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
                     (key == QLatin1String("kernel")
                          ? (op == Op::UpsampleBilinear
                                 ? Text::tr("does not apply to %1, which has no kernel; an "
                                            "upsampling op takes only \"input\" and "
                                            "\"scale\" (and \"align_corners\")")
                                 : Text::tr("does not apply to %1, which has no kernel; an "
                                            "upsampling op takes only \"input\" and "
                                            "\"scale\""))
                          : (op == Op::UpsampleBilinear
                                 ? Text::tr("does not apply to %1; an upsampling op takes "
                                            "only \"input\" and \"scale\" (and "
                                            "\"align_corners\")")
                                 : Text::tr("does not apply to %1; an upsampling op takes "
                                            "only \"input\" and \"scale\"")))
                         .arg(name));
        if (!object.contains("scale"))
            fail("scale",
                 Text::tr("is missing; %1 needs \"scale\": 1 to %2, or [rows, cols]")
                     .arg(name)
                     .arg(limits::maxScale));
    } else {
        if (object.contains("scale"))
            fail("scale",
                 Text::tr("applies only to the upsampling ops (upsample_nearest, "
                          "upsample_bilinear, bed_of_nails, max_unpool2d), not %1")
                     .arg(name));
        if (!object.contains("kernel"))
            fail("kernel", missingField());
    }
    if (object.contains("align_corners") && op != Op::UpsampleBilinear)
        fail("align_corners", Text::tr("applies only to upsample_bilinear, not %1").arg(name));
}

Lesson lessonOf(const QJsonObject &object)
{
    json::checkKnownFields(object, problemKeys + lessonKeys);
    for (const char *required : {"op", "input"})
        if (!object.contains(QLatin1String(required)))
            fail(required, missingField());

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
            fail("align_corners",
                 Text::tr("must be true or false, got %1").arg(shown(object["align_corners"])));
        p.alignCorners = object["align_corners"].toBool();
    }
    for (const char *text : {"title", "note"})
        if (object.contains(QLatin1String(text)) && !object[QLatin1String(text)].isString())
            fail(text,
                 Text::tr("must be a string, got %1").arg(shown(object[QLatin1String(text)])));
    lesson.title = object["title"].toString();
    lesson.note = object["note"].toString();
    if (object.contains("translations"))
        lesson.translations = translationsOf(object["translations"]);
    if (object.contains("view")) {
        lesson.view = viewFromName(object["view"].toString());
        // The backward views need an upstream gradient, which a lesson does not hold.
        if (lesson.view && isBackward(*lesson.view))
            fail("view",
                 Text::tr("a lesson shows the forward pass: \"direct\", \"zero-insertion\" "
                          "or \"matrix\", got %1; for the gradient use convstep-cli "
                          "trace --view %2 or convstep-cli grad")
                     .arg(shown(object["view"]), object["view"].toString()));
        if (!lesson.view)
            fail("view",
                 Text::tr("must be \"direct\", \"zero-insertion\" or \"matrix\", got %1%2")
                     .arg(shown(object["view"]),
                          suggestion(object["view"].toString(),
                                     {"direct", "zero-insertion", "matrix"})));
    }
    if (object.contains("step")) {
        lesson.step = integerOf("step", object["step"]);
        if (lesson.step < 0)
            fail("step", Text::tr("must not be negative, got %1").arg(lesson.step));
    }
    if (auto error = validate(p))
        throw json::FieldError{*error};
    if (lesson.view)
        if (auto error = checkView(p, *lesson.view))
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
    QJsonObject translations;
    for (auto it = lesson.translations.begin(); it != lesson.translations.end(); ++it) {
        QJsonObject text;
        if (!it->title.isEmpty())
            text["title"] = it->title;
        if (!it->note.isEmpty())
            text["note"] = it->note;
        translations[it.key()] = text;
    }
    if (!translations.isEmpty())
        object["translations"] = translations;
    return object;
}

QString lessonTitle(const Lesson &lesson, const QString &language)
{
    const LessonText text =
        lesson.translations.value(language.isEmpty() ? currentLanguage() : language);
    return text.title.isEmpty() ? lesson.title : text.title;
}

QString lessonNote(const Lesson &lesson, const QString &language)
{
    const LessonText text =
        lesson.translations.value(language.isEmpty() ? currentLanguage() : language);
    return text.note.isEmpty() ? lesson.note : text.note;
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
