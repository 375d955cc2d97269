#include "core/result.h"

#include <QTest>

#include <charconv>
#include <memory>
#include <string>

using namespace convstep;

namespace {

struct ParseError
{
    std::string message;
};

// A small user of the convention: a positive whole number, or why the text is not one.
Result<int, ParseError> positive(const std::string &text)
{
    int value = 0;
    const char *end = text.data() + text.size();
    const auto [stop, status] = std::from_chars(text.data(), end, value);
    if (status != std::errc() || stop != end)
        return ParseError{"\"" + text + "\" is not a whole number"};
    if (value < 1)
        return ParseError{"must be at least 1, got " + text};
    return value;
}

} // namespace

// Result holds exactly one of a value and an error, and hands either back unchanged.
class TestResult final : public QObject
{
    Q_OBJECT

private slots:
    void valueOrError_data();
    void valueOrError();
    void movesOutWithoutCopying();
};

void TestResult::valueOrError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("number") << "7" << true << 7 << "";
    QTest::newRow("zero") << "0" << false << 0 << "must be at least 1, got 0";
    QTest::newRow("word") << "seven" << false << 0 << "\"seven\" is not a whole number";
    QTest::newRow("trailing") << "7x" << false << 0 << "\"7x\" is not a whole number";
    QTest::newRow("empty") << "" << false << 0 << "\"\" is not a whole number";
}

void TestResult::valueOrError()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, value);
    QFETCH(QString, error);

    const auto result = positive(text.toStdString());
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(result.value(), value);
    else
        QCOMPARE(QString::fromStdString(result.error().message), error);
}

void TestResult::movesOutWithoutCopying()
{
    Result<std::unique_ptr<int>, ParseError> made = std::make_unique<int>(42);
    QVERIFY(made.ok());
    const int *held = made.value().get();
    const std::unique_ptr<int> taken = std::move(made).value();
    QCOMPARE(taken.get(), held);
    QCOMPARE(*taken, 42);

    Result<std::unique_ptr<int>, ParseError> failed = ParseError{"no memory"};
    QVERIFY(!failed.ok());
    const ParseError error = std::move(failed).error();
    QCOMPARE(error.message, std::string("no memory"));
}

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
