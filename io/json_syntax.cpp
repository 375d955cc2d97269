#include "io/json_syntax.h"

#include <QJsonDocument>

#include <algorithm>
#include <cctype>

namespace convstep {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Characters that run together into one word of a number or a bare name ("1e999", "tru").
bool inWord(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-'
        || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

QString lineAndColumn(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    // Columns count characters, not UTF-8 bytes.
    const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// What the parser stopped at: the token that starts at `at`, or the whole word around it.
struct Found
{
    qsizetype start = 0;
    QString text;
};

Found foundAt(const QByteArray &json, qsizetype at)
{
    at = std::clamp<qsizetype>(at, 0, json.size() - 1);
    qsizetype start = at;
    qsizetype end = at + 1;
    if (inWord(json[at])) {
        while (start > 0 && inWord(json[start - 1]))
            --start;
        while (end < json.size() && inWord(json[end]))
            ++end;
    }
    QString text = QString::fromUtf8(json.mid(start, std::min<qsizetype>(end - start, 24)));
    if (end - start > 24)
        text += QChar(0x2026);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text[i].isPrint())
            text.replace(i, 1, QStringLiteral("U+%1").arg(text[i].unicode(), 4, 16, QChar('0')));
    return {start, text == QLatin1String("'") ? QStringLiteral("\"'\"") : '\'' + text + '\''};
}

// Qt's offset is just past the token it could not use; a number or a word is found around it
// (for a word it has not started reading, at the offset itself).
Found tokenBefore(const QByteArray &json, int offset)
{
    if (offset > 0 && !isSpace(json[offset - 1]))
        return foundAt(json, offset - 1);
    return foundAt(json, offset);
}

// The last character before `at` that is not blank, or 0.
char previousToken(const QByteArray &json, qsizetype at)
{
    while (at > 0 && isSpace(json[at - 1]))
        --at;
    return at > 0 ? json[at - 1] : '\0';
}

// Whether an unclosed object or list is so because the file stops: with its closer added the
// parser gets past the old end (or finishes), where a wrong token would stop it again.
bool endsTooSoon(const QByteArray &json, char closer)
{
    QJsonParseError longer;
    QJsonDocument::fromJson(json + closer, &longer);
    return longer.error == QJsonParseError::NoError || longer.offset > json.size();
}

QString located(const QByteArray &json, qsizetype at, const QString &what)
{
    return QStringLiteral("not valid JSON at %1: %2").arg(lineAndColumn(json, at), what);
}

const QString aValue =
    QStringLiteral("a value (a number, \"text\", true, false, null, a [list] or an {object})");

} // namespace

QString jsonSyntaxError(const QByteArray &json, const QJsonParseError &error)
{
    if (json.isEmpty())
        return QStringLiteral("the file is empty");
    if (std::all_of(json.begin(), json.end(), isSpace))
        return QStringLiteral("the file is empty: it holds only spaces and line breaks");
    const int offset = std::clamp<int>(error.offset, 0, int(json.size()));
    const auto atEnd = [&](const QString &what) { return located(json, offset, what); };
    const auto found = [&](const Found &token, const QString &expected) {
        return located(json, token.start,
                       QStringLiteral("expected %1, found %2").arg(expected, token.text));
    };
    const Found token = tokenBefore(json, offset);
    switch (error.error) {
    case QJsonParseError::NoError:
        break;
    case QJsonParseError::UnterminatedObject: {
        if (endsTooSoon(json, '}'))
            return atEnd(
                QStringLiteral("the file ends before an object is closed: a } is missing"));
        const char before = previousToken(json, token.start);
        if (before == '{' || before == ',')
            return found(token, QStringLiteral("a field name in \"double quotes\""));
        return found(token, QStringLiteral("a comma or } after the value"));
    }
    case QJsonParseError::MissingNameSeparator:
        return found(token, QStringLiteral("a colon (:) after the field name"));
    case QJsonParseError::UnterminatedArray:
        if (endsTooSoon(json, ']'))
            return atEnd(QStringLiteral("the file ends before a list is closed: a ] is missing"));
        return found(token, QStringLiteral("a comma or ] after the value"));
    case QJsonParseError::MissingValueSeparator:
        return found(token, QStringLiteral("a comma between the values of the list"));
    case QJsonParseError::IllegalValue:
        if (previousToken(json, token.start) == '\0')
            return found(token, QStringLiteral("{ at the start of the file"));
        return found(token, aValue);
    case QJsonParseError::TerminationByNumber:
        return atEnd(QStringLiteral("the file ends in the middle of a number, or just after one "
                                    "where a closing ] or } should follow"));
    case QJsonParseError::IllegalNumber:
        return located(json, token.start,
                       QStringLiteral("%1 is not a number JSON can hold: write numbers such as 2, "
                                      "-0.5 or 1e3 (no NaN, infinity or leading +, and at most "
                                      "about 1.8e308)")
                           .arg(token.text));
    case QJsonParseError::IllegalEscapeSequence:
        return atEnd(QStringLiteral("a backslash in a string starts an escape JSON does not know "
                                    "(\\u needs four hexadecimal digits; write \\\\ for a "
                                    "backslash)"));
    case QJsonParseError::IllegalUTF8String:
        return atEnd(QStringLiteral("a string holds bytes that are not UTF-8 text; save the file "
                                    "as UTF-8"));
    case QJsonParseError::UnterminatedString:
        return atEnd(QStringLiteral("the file ends inside a string: a closing \" is missing"));
    case QJsonParseError::MissingObject: {
        const char before = previousToken(json, token.start);
        if (before == ':')
            return found(token, aValue + QStringLiteral(" after the colon"));
        return found(token,
                     aValue
                         + QStringLiteral(" after the comma (JSON allows no comma "
                                          "before a closing } or ])"));
    }
    case QJsonParseError::DeepNesting:
        return atEnd(QStringLiteral("lists and objects are nested too deeply"));
    case QJsonParseError::DocumentTooLarge:
        return atEnd(QStringLiteral("the document is too large to read"));
    case QJsonParseError::GarbageAtEnd: {
        const Found extra = foundAt(json, offset); // Qt stops at it, not past it
        return located(json, extra.start,
                       QStringLiteral("found %1 after the end of the document; a file holds one "
                                      "{…} object")
                           .arg(extra.text));
    }
    }
    return atEnd(error.errorString());
}

} // namespace convstep
