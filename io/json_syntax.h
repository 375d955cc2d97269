#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace convstep {

// Why `json` is not a JSON document, in plain words and with the place: "the file is empty",
// "not valid JSON at line 3, column 18: expected a comma or } after the value, found 'x'".
// `error` is what QJsonDocument::fromJson reported for `json`; every kind of it is covered.
QString jsonSyntaxError(const QByteArray &json, const QJsonParseError &error);

} // namespace convstep
