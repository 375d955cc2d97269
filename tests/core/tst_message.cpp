#include "core/message.h"
#include "core/narration.h"

#include <QTest>

#include <string>

using namespace convstep;

Q_DECLARE_METATYPE(convstep::Message)

// A message's English text: arguments fill %1 … %9 in one pass, a count picks the singular
// or the plural and fills %n, and notation comes back as it is.
class TestMessage final : public QObject
{
    Q_OBJECT

private slots:
    void english_data();
    void english();
    void argumentsAreNotReplacedTwice();
    void joined_data();
    void joined();
    void notation();
};

void TestMessage::english_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("text");
    QTest::newRow("arguments") << Message(CONVSTEP_TR("Test", "Pad the %1 input: %2."),
                                          {std::string("4×4"), std::string("1 row")})
                               << "Pad the 4×4 input: 1 row.";
    QTest::newRow("reordered") << Message(CONVSTEP_TR("Test", "%2 before %1"),
                                          {std::string("a"), std::string("b")})
                               << "b before a";
    QTest::newRow("repeated") << Message(CONVSTEP_TR("Test", "Row %1 of Cᵀ (column %1 of C)"),
                                         {std::string("3")})
                              << "Row 3 of Cᵀ (column 3 of C)";
    QTest::newRow("singular") << countedRows(1) << "1 row";
    QTest::newRow("plural") << countedRows(2) << "2 rows";
    QTest::newRow("zero is plural") << countedColumns(0) << "0 columns";
    QTest::newRow("nested") << Message(CONVSTEP_TR("Test", "%1 above and %2 below"),
                                       {countedRows(1), countedRows(3)})
                            << "1 row above and 3 rows below";
    QTest::newRow("counted with arguments") << Message(
        CONVSTEP_TR_N("Test", "%1 holds %n zeros", "%1 holds %n zero"), 1, {std::string("(0, 1)")})
                                            << "(0, 1) holds 1 zero";
    QTest::newRow("missing argument stays")
        << Message(CONVSTEP_TR("Test", "%1 and %2"), {std::string("x")}) << "x and %2";
}

void TestMessage::english()
{
    QFETCH(Message, message);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(message.str()), text);
}

void TestMessage::argumentsAreNotReplacedTwice()
{
    const Message message(CONVSTEP_TR("Test", "%1 then %2"), {std::string("%2"), std::string("b")});
    QCOMPARE(message.str(), std::string("%2 then b"));
    QCOMPARE(fillTemplate("%n of %1", 4, {"%n"}), std::string("4 of %n"));
}

void TestMessage::joined_data()
{
    QTest::addColumn<int>("parts");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << 0 << "";
    QTest::newRow("one") << 1 << "p1";
    QTest::newRow("three") << 3 << "p1; p2; p3";
}

void TestMessage::joined()
{
    QFETCH(int, parts);
    QFETCH(QString, text);
    std::vector<Message> messages;
    for (int i = 1; i <= parts; ++i)
        messages.push_back("p" + std::to_string(i));
    const Message message = joinedMessages(messages, CONVSTEP_TR("Test", "%1; %2"));
    QCOMPARE(QString::fromStdString(message.str()), text);
    QCOMPARE(message.empty(), parts == 0);
}

void TestMessage::notation()
{
    const Message number = formatNumber(2.5);
    QVERIFY(number.isNotation());
    QCOMPARE(number.str(), std::string("2.5"));
    const Message sentence(CONVSTEP_TR("Test", "no arguments"));
    QVERIFY(!sentence.isNotation());
    QVERIFY(!sentence.empty());
    QCOMPARE(sentence.form.context, "Test");
}

QTEST_APPLESS_MAIN(TestMessage)
#include "tst_message.moc"
