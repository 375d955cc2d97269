#pragma once

#include "core/problem.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Reading the fields of ConvStep's JSON documents (problems, upstream gradients, training
// specs) with one error style: the field, the rule, and the offending value, on one line.
namespace convstep::json {

// Thrown by the readers below; a document parser catches it and returns the error.
struct FieldError
{
    ProblemError error;
};

[[noreturn]] void fail(const QString &field, const QString &message);

// As JSON writes a string's contents, so control characters stay escaped and every message
// stays on one line.
QString escaped(const QString &text);

// A value as an error message quotes it, cut short.
QString shown(const QJsonValue &value);

// "; did you mean \"same\"?" for a close candidate, else empty.
QString suggestion(const QString &word, const QStringList &candidates);

int integerOf(const QString &field, const QJsonValue &value);
// An integer for both axes, or [rows, cols].
Pair pairOf(const QString &field, const QJsonValue &value);
double finiteNumberOf(const QString &field, const QJsonValue &value);
// A non-empty list of equally long rows of finite numbers, at most maxSide a side.
Grid gridOf(const QString &field, const QJsonValue &value, int maxSide);

// Fails for a key that is not in `known`, suggesting the closest one.
void checkKnownFields(const QJsonObject &object, const QStringList &known);

// The document's top-level object, or why there is none: larger than the file limit,
// malformed JSON (with line and column), or not an object (`example` shows one).
Result<QJsonObject, ProblemError> documentObject(const QByteArray &json, const QString &example);

} // namespace convstep::json
