#include "io/json_syntax.h"
#include "io/lesson_json.h"
#include "tests/io/lesson_error.h"

#include <QJsonDocument>
#include <QTest>

using namespace convstep;
using convstep::test::errorOf;

// A file that is not JSON is refused in plain words, at the place of the fault: never with the
// JSON parser's own terms ("invalid termination by number", "illegal value").
class TestJsonSyntax final : public QObject
{
    Q_OBJECT

private slots:
    void plainWords_data();
    void plainWords();
    void everyKindHasItsOwnWords();
};

void TestJsonSyntax::plainWords_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind"); // what Qt's parser reports, so each row meets its case
    QTest::addColumn<QString>("message");

    using E = QJsonParseError;
    QTest::newRow("empty") << QByteArray() << int(E::IllegalValue) << "the file is empty";
    QTest::newRow("blank") << QByteArray(" \n\t\n") << int(E::IllegalValue)
                           << "the file is empty: it holds only spaces and line breaks";
    QTest::newRow("ends in a number")
        << QByteArray("{\"op\": \"conv2d\", \"stride\": 12") << int(E::TerminationByNumber)
        << "not valid JSON at line 1, column 30: the file ends in the middle of a number, or "
           "just after one where a closing ] or } should follow";
    QTest::newRow("object left open")
        << QByteArray("{\"op\": \"conv2d\",\n") << int(E::UnterminatedObject)
        << "not valid JSON at line 2, column 1: the file ends before an object is closed: a } is "
           "missing";
    QTest::newRow("missing comma between fields")
        << QByteArray("{\n  \"op\": \"conv2d\"\n  \"input\": 1}") << int(E::UnterminatedObject)
        << "not valid JSON at line 3, column 3: expected a comma or } after the value, found '\"'";
    QTest::newRow("name in single quotes")
        << QByteArray("{'op': 1}") << int(E::UnterminatedObject)
        << "not valid JSON at line 1, column 2: expected a field name in \"double quotes\", "
           "found \"'\"";
    QTest::newRow("name without quotes")
        << QByteArray("{\"op\": 1, stride: 2}") << int(E::UnterminatedObject)
        << "not valid JSON at line 1, column 11: expected a field name in \"double quotes\", "
           "found 'stride'";
    QTest::newRow("no colon") << QByteArray("{\"op\" \"conv2d\"}") << int(E::MissingNameSeparator)
                              << "not valid JSON at line 1, column 7: expected a colon (:) after "
                                 "the field name, found '\"'";
    QTest::newRow("list left open")
        << QByteArray("{\"input\": [[1, 2], [3, 4]") << int(E::UnterminatedArray)
        << "not valid JSON at line 1, column 26: the file ends before a list is closed: a ] is "
           "missing";
    QTest::newRow("outer list left open")
        << QByteArray("{\"input\": [[1, 2]") << int(E::UnterminatedArray)
        << "not valid JSON at line 1, column 18: the file ends before a list is closed: a ] is "
           "missing";
    QTest::newRow("list closed by }")
        << QByteArray("{\"input\": [[1, 2}") << int(E::UnterminatedArray)
        << "not valid JSON at line 1, column 17: expected a comma or ] after the value, found '}'";
    QTest::newRow("no comma in a list")
        << QByteArray("{\"input\": [[1 2]]}") << int(E::MissingValueSeparator)
        << "not valid JSON at line 1, column 15: expected a comma between the values of the "
           "list, found '2'";
    QTest::newRow("a word that is not a value")
        << QByteArray("{\"bias\": tru}") << int(E::IllegalValue)
        << "not valid JSON at line 1, column 10: expected a value (a number, \"text\", true, "
           "false, null, a [list] or an {object}), found 'tru'";
    QTest::newRow("not an object") << QByteArray("  12") << int(E::IllegalValue)
                                   << "not valid JSON at line 1, column 3: expected { at the start "
                                      "of the file, found '12'";
    QTest::newRow("too large a number")
        << QByteArray("{\"bias\": 1e999}") << int(E::IllegalNumber)
        << "not valid JSON at line 1, column 10: '1e999' is not a number JSON can hold: write "
           "numbers such as 2, -0.5 or 1e3 (no NaN, infinity or leading +, and at most about "
           "1.8e308)";
    QTest::newRow("NaN") << QByteArray("{\"bias\": NaN}") << int(E::IllegalNumber)
                         << "not valid JSON at line 1, column 10: 'NaN' is not a number JSON can "
                            "hold: write numbers such as 2, -0.5 or 1e3 (no NaN, infinity or "
                            "leading +, and at most about 1.8e308)";
    QTest::newRow("bad escape")
        << QByteArray("{\"title\": \"\\u12G4\"}") << int(E::IllegalEscapeSequence)
        << "not valid JSON at line 1, column 16: a backslash in a string starts an escape JSON "
           "does not know (\\u needs four hexadecimal digits; write \\\\ for a backslash)";
    QTest::newRow("not UTF-8") << QByteArray("{\"title\": \"\xff\"}") << int(E::IllegalUTF8String)
                               << "not valid JSON at line 1, column 12: a string holds bytes that "
                                  "are not UTF-8 text; save the file as UTF-8";
    QTest::newRow("string left open")
        << QByteArray("{\"title\": \"Stride") << int(E::UnterminatedString)
        << "not valid JSON at line 1, column 18: the file ends inside a string: a closing \" is "
           "missing";
    QTest::newRow("value missing after a colon")
        << QByteArray("{\n\"op\": }") << int(E::MissingObject)
        << "not valid JSON at line 2, column 7: expected a value (a number, \"text\", true, false, "
           "null, a [list] or an {object}) after the colon, found '}'";
    QTest::newRow("comma before }")
        << QByteArray("{\"stride\": 2,}") << int(E::MissingObject)
        << "not valid JSON at line 1, column 14: expected a value (a number, \"text\", true, "
           "false, null, a [list] or an {object}) after the comma (JSON allows no comma before a "
           "closing } or ]), found '}'";
    QTest::newRow("too deep") << QByteArray(2000, '[') << int(E::DeepNesting)
                              << "not valid JSON at line 1, column 1026: lists and objects are "
                                 "nested too deeply";
    QTest::newRow("more after the end")
        << QByteArray("{\"op\": \"conv2d\"}\n}") << int(E::GarbageAtEnd)
        << "not valid JSON at line 2, column 1: found '}' after the end of the document; a file "
           "holds one {…} object";
    QTest::newRow("columns count characters")
        << QByteArray("{\"title\": \"3×3\" x}") << int(E::UnterminatedObject)
        << "not valid JSON at line 1, column 17: expected a comma or } after the value, found 'x'";
}

void TestJsonSyntax::plainWords()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(QString, message);

    QJsonParseError parsed;
    QJsonDocument::fromJson(json, &parsed);
    QCOMPARE(int(parsed.error), kind);
    const ProblemError error = errorOf(json);
    QCOMPARE(QString::fromStdString(error.field), QString());
    QCOMPARE(QString::fromStdString(error.message), message);
}

void TestJsonSyntax::everyKindHasItsOwnWords()
{
    // Every kind Qt can report, also those a file within the 16 MiB limit cannot reach.
    const QByteArray json = "{\"op\": \"conv2d\",\n \"input\": [[1]]}";
    QStringList seen;
    for (int kind = QJsonParseError::UnterminatedObject; kind <= QJsonParseError::GarbageAtEnd;
         ++kind) {
        QJsonParseError error;
        error.error = QJsonParseError::ParseError(kind);
        error.offset = 20;
        const QString message = jsonSyntaxError(json, error);
        QVERIFY2(message.startsWith(QLatin1String("not valid JSON at line 2, column ")),
                 qPrintable(message));
        QVERIFY2(!message.contains(error.errorString(), Qt::CaseInsensitive), qPrintable(message));
        seen << message;
    }
    seen.removeDuplicates();
    QCOMPARE(seen.size(), int(QJsonParseError::GarbageAtEnd)); // each in words of its own
}

QTEST_APPLESS_MAIN(TestJsonSyntax)
#include "tst_json_syntax.moc"
