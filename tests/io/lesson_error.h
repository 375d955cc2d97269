#pragma once

#include "io/lesson_json.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace convstep::test {

// Why a lesson document is refused; field "<accepted>" when it is not.
inline ProblemError errorOf(const QByteArray &json)
{
    auto result = parseLesson(json);
    if (result.ok())
        return {"<accepted>", ""};
    return std::move(result).error();
}

// A refusal names `field` and says `fragment`.
inline void verifyRejected(const QByteArray &json, const QString &field, const QString &fragment)
{
    const ProblemError error = errorOf(json);
    QCOMPARE(QString::fromStdString(error.field), field);
    QVERIFY2(QString::fromStdString(error.message).contains(fragment), error.message.c_str());
}

} // namespace convstep::test
