#include "io/exercise_json.h"

#include "io/lesson_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace convstep {
namespace {

// QJsonObject sorts its keys; the line keeps the documented order, so values are written
// one by one with Qt's own formatting (string escapes, shortest round-trip numbers).
QByteArray json(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray cell(Cell c)
{
    return json(QJsonArray{c.row, c.col});
}

QByteArray object(const std::initializer_list<std::pair<const char *, QByteArray>> &fields)
{
    QByteArray text = "{";
    for (const auto &[key, value] : fields) {
        if (text.size() > 1)
            text += ',';
        text += '"' + QByteArray(key) + "\":" + value;
    }
    return text + '}';
}

QByteArray answerJson(const ExerciseAnswer &answer)
{
    switch (kindOf(answer)) {
    case ExerciseKind::Value: {
        const auto &a = std::get<ValueAnswer>(answer);
        return object({{"cell", cell(a.cell)}, {"value", json(a.value)}});
    }
    case ExerciseKind::Reach: {
        const auto &a = std::get<ReachAnswer>(answer);
        QByteArray cells = "[";
        for (const Cell &c : a.cells)
            cells += (cells.size() > 1 ? "," : "") + cell(c);
        return object({{"input_cell", cell(a.inputCell)}, {"cells", cells + ']'}});
    }
    case ExerciseKind::Shape: {
        const Pair shape = std::get<ShapeAnswer>(answer).outputShape;
        return object({{"output_shape", json(QJsonArray{shape.h, shape.w})}});
    }
    case ExerciseKind::Recipe: {
        const auto &a = std::get<RecipeAnswer>(answer);
        return object(
            {{"zeros_between", json(QJsonArray{a.zerosBetween.h, a.zerosBetween.w})},
             {"pad", json(QJsonArray{a.pad.top, a.pad.bottom, a.pad.left, a.pad.right})}});
    }
    }
    return "{}";
}

} // namespace

QByteArray exerciseToJsonLine(const Exercise &exercise)
{
    return object(
        {{"kind", json(QLatin1String(exerciseKindName(kindOf(exercise))))},
         {"problem", QJsonDocument(problemToJson(exercise.problem)).toJson(QJsonDocument::Compact)},
         {"question", json(QString::fromStdString(exercise.question))},
         {"answer", answerJson(exercise.answer)}});
}

} // namespace convstep
