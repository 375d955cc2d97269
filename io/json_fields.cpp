#include "io/json_fields.h"

#include "io/json_syntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>
#include <vector>

namespace convstep::json {
namespace {

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

} // namespace

void fail(const QString &field, const QString &message)
{
    throw FieldError{{field.toStdString(), message.toStdString()}};
}

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

double finiteNumberOf(const QString &field, const QJsonValue &value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        fail(field, "must be a finite number, got " + shown(value));
    return value.toDouble();
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

void checkKnownFields(const QJsonObject &object, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            fail(escaped(it.key()), "is not a known field" + suggestion(it.key(), known));
}

Result<QJsonObject, ProblemError> documentObject(const QByteArray &json, const QString &example)
{
    if (json.size() > limits::maxFileBytes)
        return ProblemError{"", "the file is larger than the 16 MiB limit"};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ProblemError{"", jsonSyntaxError(json, parseError).toStdString()};
    if (!document.isObject())
        return ProblemError{
            "", ("the document must be a JSON object such as " + example).toStdString()};
    return document.object();
}

} // namespace convstep::json
