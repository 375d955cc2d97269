#include "io/lesson_json.h"

#include "core/channels.h"
#include "core/compute.h"
#include "core/counterpart.h"
#include "core/gradient.h"
#include "io/channel_json.h"
#include "io/json_fields.h"
#include "io/language.h"
#include "io/text.h"
#include "io/trace_json.h"
#include "io/translate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace convstep {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Json)
};

using json::escaped;
using json::fail;
using json::gridOf;
using json::integerOf;
using json::pairOf;
using json::shown;
using json::suggestion;

const QStringList problemKeys{"op",       "input",         "kernel",         "stride",
                              "dilation", "padding",       "output_padding", "bias",
                              "scale",    "align_corners", "groups"};
// The fields only a convolution has; an upsampling op takes input, scale (and align_corners).
const QStringList convolutionKeys{"kernel",         "stride", "dilation", "padding",
                                  "output_padding", "bias",   "groups"};
const QStringList opNames{"conv2d",           "conv_transpose2d",
                          "upsample_nearest", "upsample_bilinear",
                          "bed_of_nails",     "max_unpool2d"};
const QStringList lessonKeys{"title",    "note",           "view",        "step",
                             "upstream", "original_input", "translations"};
// A sequence file's own keys; its lessons hold the rest.
const QStringList sequenceKeys{"title", "note", "sequence", "translations"};
const QStringList translationKeys{"title", "note"};

QString missingField()
{
    return Text::tr("is missing; a problem needs \"op\", \"input\" and \"kernel\" (an "
                    "upsampling op: \"scale\" instead of \"kernel\")");
}

// "translations": {"de": {"title": "…", "note": "…"}, …}
QMap<QString, LessonTranslation> translationsOf(const QJsonValue &value)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!value.isObject())
        fail("translations",
             Text::tr("must be an object of languages such as {\"de\": {\"title\": \"…\", "
                      "\"note\": \"…\"}}, got %1")
                 .arg(shown(value)));
    QMap<QString, LessonTranslation> translations;
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
            const int most = part.key() == QLatin1String("title") ? limits::maxTitleLength
                                                                  : limits::maxNoteLength;
            if (part.value().toString().size() > most)
                fail(inner,
                     Text::tr("holds %1 characters; a %2 may hold at most %3")
                         .arg(part.value().toString().size())
                         .arg(part.key())
                         .arg(most));
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

// "title" or "note": a string within its cap, empty when absent.
QString textOf(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object[QLatin1String(key)];
    if (value.isUndefined())
        return {};
    if (!value.isString())
        fail(key, Text::tr("must be a string, got %1").arg(shown(value)));
    const bool title = qstrcmp(key, "title") == 0;
    const int most = title ? limits::maxTitleLength : limits::maxNoteLength;
    const QString text = value.toString();
    if (text.size() > most)
        fail(key,
             Text::tr("holds %1 characters; a %2 may hold at most %3")
                 .arg(text.size())
                 .arg(QLatin1String(key))
                 .arg(most));
    return text;
}

// The convolution of original_input, with the problem's kernel, stride, dilation and padding
// and no bias, must give the problem's input.
void checkOriginalInput(const Lesson &lesson)
{
    const Problem &p = lesson.problem;
    const Problem conv = forwardConvolution(p, lesson.originalInput);
    if (auto error = validate(conv))
        fail("original_input",
             Text::tr("cannot be convolved with the kernel: %1").arg(errorText(*error)));
    const Grid out = computeOutput(conv);
    if (out.rows() != p.input.rows() || out.cols() != p.input.cols())
        fail("original_input",
             Text::tr("its convolution with the kernel is %1, but the input is %2")
                 .arg(qt(sizeText(sizeOf(out))), qt(sizeText(sizeOf(p.input)))));
    for (Eigen::Index r = 0; r < out.rows(); ++r)
        for (Eigen::Index c = 0; c < out.cols(); ++c) {
            const double a = out(r, c);
            const double b = p.input(r, c);
            if (std::fabs(a - b) > 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}))
                fail("original_input",
                     Text::tr("its convolution with the kernel gives %1 at row %2, column %3, "
                              "where the input has %4")
                         .arg(numberText(a))
                         .arg(r)
                         .arg(c)
                         .arg(numberText(b)));
        }
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
    json::readInput(object["input"], p);
    if (object.contains("kernel"))
        json::readKernel(object["kernel"], p);
    if (object.contains("groups"))
        p.groups = integerOf("groups", object["groups"]);
    if (object.contains("stride"))
        p.stride = pairOf("stride", object["stride"]);
    if (object.contains("dilation"))
        p.dilation = pairOf("dilation", object["dilation"]);
    if (object.contains("padding"))
        readPadding(object["padding"], p);
    if (object.contains("output_padding"))
        p.outputPadding = pairOf("output_padding", object["output_padding"]);
    if (object.contains("bias"))
        json::readBias(object["bias"], p);
    if (object.contains("scale"))
        p.scale = pairOf("scale", object["scale"]);
    if (object.contains("align_corners")) {
        if (!object["align_corners"].isBool())
            fail("align_corners",
                 Text::tr("must be true or false, got %1").arg(shown(object["align_corners"])));
        p.alignCorners = object["align_corners"].toBool();
    }
    lesson.title = textOf(object, "title");
    lesson.note = textOf(object, "note");
    if (object.contains("translations"))
        lesson.translations = translationsOf(object["translations"]);
    if (object.contains("view")) {
        lesson.view = viewFromName(object["view"].toString());
        if (!lesson.view)
            fail("view",
                 Text::tr("must be \"direct\", \"zero-insertion\", \"matrix\", "
                          "\"backward-input\" or \"backward-kernel\", got %1%2")
                     .arg(shown(object["view"]),
                          suggestion(object["view"].toString(),
                                     {"direct", "zero-insertion", "matrix", "backward-input",
                                      "backward-kernel"})));
    }
    if (object.contains("step")) {
        lesson.step = integerOf("step", object["step"]);
        if (lesson.step < 0)
            fail("step", Text::tr("must not be negative, got %1").arg(lesson.step));
    }
    if (object.contains("upstream")) {
        if (isUpsampling(p.op))
            fail("upstream",
                 Text::tr("applies only to conv2d and conv_transpose2d: %1 has no kernel to "
                          "differentiate")
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
    if (object.contains("original_input")) {
        if (p.op != Op::ConvTranspose2d)
            fail("original_input",
                 Text::tr("applies only to conv_transpose2d, not %1")
                     .arg(QLatin1String(opName(p.op))));
        if (hasChannels(p))
            fail("original_input",
                 Text::tr("applies only to a problem of one channel in and one out"));
        lesson.originalInput =
            gridOf("original_input", object["original_input"], limits::maxInputSide);
        checkOriginalInput(lesson);
    }
    return lesson;
}

// A sequence: {"title", "note", "sequence": [lesson, …]}; each lesson is read as a file of
// its own would be, its errors named "sequence[i].field".
LessonFile sequenceOf(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (sequenceKeys.contains(it.key()))
            continue;
        if (problemKeys.contains(it.key()) || lessonKeys.contains(it.key()))
            fail(it.key(),
                 Text::tr("belongs inside the lessons of the sequence; a file holds one "
                          "problem or a \"sequence\" of them, not both"));
        fail(escaped(it.key()),
             Text::tr("is not a known field%1").arg(suggestion(it.key(), sequenceKeys)));
    }
    LessonFile file;
    file.isSequence = true;
    file.title = textOf(object, "title");
    file.note = textOf(object, "note");
    if (object.contains("translations"))
        file.translations = translationsOf(object["translations"]);
    const QJsonValue sequence = object["sequence"];
    if (!sequence.isArray() || sequence.toArray().isEmpty())
        fail("sequence",
             Text::tr("must be a non-empty list of lessons, got %1").arg(shown(sequence)));
    const QJsonArray items = sequence.toArray();
    if (items.size() > limits::maxSequenceLength)
        fail("sequence",
             Text::tr("holds %1 lessons; a sequence may hold at most %2")
                 .arg(items.size())
                 .arg(limits::maxSequenceLength));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("sequence[%1]").arg(i);
        if (!items[i].isObject())
            fail(where, Text::tr("must be a lesson object, got %1").arg(shown(items[i])));
        const QJsonObject item = items[i].toObject();
        if (item.contains("sequence"))
            fail(where + ".sequence",
                 Text::tr("a lesson of a sequence cannot hold a sequence itself"));
        try {
            file.lessons.push_back(lessonOf(item));
        } catch (json::FieldError &failure) {
            std::string &field = failure.error.field;
            field = where.toStdString() + (field.empty() ? "" : "." + field);
            throw;
        }
    }
    return file;
}

LessonFile lessonFileOf(const QJsonObject &object)
{
    if (object.contains("sequence"))
        return sequenceOf(object);
    return singleLesson(lessonOf(object));
}

void addTranslations(QJsonObject &object, const QMap<QString, LessonTranslation> &translations)
{
    QJsonObject languages;
    for (auto it = translations.begin(); it != translations.end(); ++it) {
        QJsonObject text;
        if (!it->title.isEmpty())
            text["title"] = it->title;
        if (!it->note.isEmpty())
            text["note"] = it->note;
        languages[it.key()] = text;
    }
    if (!languages.isEmpty())
        object["translations"] = languages;
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

Result<LessonFile, ProblemError> parseLessonFile(const QByteArray &json)
{
    auto object = json::documentObject(
        json, QStringLiteral("{\"op\": \"conv2d\", \"input\": [[…]], \"kernel\": [[…]]}"));
    if (!object.ok())
        return object.error();
    try {
        return lessonFileOf(object.value());
    } catch (const json::FieldError &failure) {
        return failure.error;
    }
}

Result<Lesson, ProblemError> parseLesson(const QByteArray &json)
{
    auto file = parseLessonFile(json);
    if (!file.ok())
        return std::move(file).error();
    return std::move(file).value().lessons.front();
}

QJsonObject problemToJson(const Problem &p)
{
    QJsonObject object;
    object["op"] = QLatin1String(opName(p.op));
    object["input"] = json::inputJson(p);
    if (isUpsampling(p.op)) {
        object["scale"] = pairJson(p.scale);
        if (p.op == Op::UpsampleBilinear)
            object["align_corners"] = p.alignCorners;
        return object;
    }
    object["kernel"] = json::kernelJson(p);
    if (hasChannels(p))
        object["groups"] = p.groups;
    object["stride"] = pairJson(p.stride);
    object["dilation"] = pairJson(p.dilation);
    object["padding"] = p.paddingMode == PaddingMode::Explicit
        ? pairJson(p.padding)
        : QJsonValue(QLatin1String(paddingModeName(p.paddingMode)));
    object["output_padding"] = pairJson(p.outputPadding);
    object["bias"] = json::biasJson(p);
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
    if (lesson.originalInput.size() > 0)
        object["original_input"] = gridToJson(lesson.originalInput);
    addTranslations(object, lesson.translations);
    return object;
}

QString lessonTitle(const Lesson &lesson, const QString &language)
{
    const LessonTranslation text =
        lesson.translations.value(language.isEmpty() ? currentLanguage() : language);
    return text.title.isEmpty() ? lesson.title : text.title;
}

QString shownTitle(const LessonFile &file, const QString &language)
{
    if (!file.isSequence)
        return lessonTitle(file.lessons.front(), language);
    const LessonTranslation text =
        file.translations.value(language.isEmpty() ? currentLanguage() : language);
    return text.title.isEmpty() ? file.title : text.title;
}

QString lessonNote(const Lesson &lesson, const QString &language)
{
    const LessonTranslation text =
        lesson.translations.value(language.isEmpty() ? currentLanguage() : language);
    return text.note.isEmpty() ? lesson.note : text.note;
}

QJsonObject lessonFileToJson(const LessonFile &file)
{
    if (!file.isSequence)
        return lessonToJson(file.lessons.front());
    QJsonArray sequence;
    for (const Lesson &lesson : file.lessons)
        sequence.append(lessonToJson(lesson));
    QJsonObject object{{"sequence", sequence}};
    if (!file.title.isEmpty())
        object["title"] = file.title;
    if (!file.note.isEmpty())
        object["note"] = file.note;
    addTranslations(object, file.translations);
    return object;
}

QByteArray lessonFileToBytes(const LessonFile &file)
{
    // Qt indents one number per line; put each grid row back on a line of its own.
    // Only Qt's own line breaks are matched: a JSON string never holds a raw newline, so text
    // such as "[1,  2]" inside a title or note is left alone.
    static const QRegularExpression numberList(
        QStringLiteral(R"(\[\n\s*(-?[0-9][0-9.eE+-]*(?:,\n\s*-?[0-9][0-9.eE+-]*)*)\n\s*\])"));
    static const QRegularExpression space(QStringLiteral(R"(,\n\s*)"));
    QString text = QString::fromUtf8(QJsonDocument(lessonFileToJson(file)).toJson());
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : numberList.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += '[' + m.captured(1).replace(space, QStringLiteral(", ")) + ']';
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    // Qt indents by four spaces; the format's files use two. Leading spaces are always Qt's.
    QString indented;
    indented.reserve(out.size());
    for (QStringView line : QStringView(out).split(u'\n')) {
        qsizetype depth = 0;
        while (depth < line.size() && line[depth] == u' ')
            ++depth;
        if (!indented.isEmpty())
            indented += u'\n';
        indented += QString(depth / 2, u' ');
        indented += line.mid(depth);
    }
    return indented.toUtf8();
}

QByteArray lessonToBytes(const Lesson &lesson)
{
    return lessonFileToBytes(singleLesson(lesson));
}

} // namespace convstep
