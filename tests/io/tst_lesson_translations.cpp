#include "io/lesson_json.h"

#include <QTest>

using namespace convstep;

namespace {

QByteArray lessonWith(const QByteArray &translations)
{
    return R"({"title": "Convolution", "note": "Sum the products.", "op": "conv2d",
               "input": [[3, 5], [4, 1]], "kernel": [[1]], "translations": )"
        + translations + "}";
}

Lesson parsed(const QByteArray &json)
{
    auto result = parseLesson(json);
    if (!result.ok())
        qFatal("unexpected error: %s", result.error().text().c_str());
    return std::move(result).value();
}

} // namespace

class TestLessonTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void titleAndNoteFollowTheLanguage_data();
    void titleAndNoteFollowTheLanguage();
    void savedFilesKeepTheTranslations();
    void sequenceTitleIsTranslated();
    void badTranslationsGetOneClearError_data();
    void badTranslationsGetOneClearError();
};

void TestLessonTranslations::titleAndNoteFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("note");
    QTest::newRow("German") << "de"
                            << "Faltung"
                            << "Die Produkte addieren.";
    // A language with only a title falls back to the lesson's own note.
    QTest::newRow("Spanish title only") << "es"
                                        << "Convolución"
                                        << "Sum the products.";
    QTest::newRow("not translated") << "zh_CN"
                                    << "Convolution"
                                    << "Sum the products.";
    QTest::newRow("English") << "en"
                             << "Convolution"
                             << "Sum the products.";
}

void TestLessonTranslations::titleAndNoteFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, note);
    const Lesson lesson = parsed(lessonWith(
        R"({"de": {"title": "Faltung", "note": "Die Produkte addieren."},
            "es": {"title": "Convolución"}})"));
    QCOMPARE(lessonTitle(lesson, language), title);
    QCOMPARE(lessonNote(lesson, language), note);
    // The lesson's own text is what an editor changes.
    QCOMPARE(lesson.title, QStringLiteral("Convolution"));
}

void TestLessonTranslations::savedFilesKeepTheTranslations()
{
    const Lesson lesson =
        parsed(lessonWith(R"({"zh_CN": {"title": "卷积", "note": "把乘积相加。"}})"));
    const Lesson again = parsed(lessonToBytes(lesson));
    QCOMPARE(again.translations, lesson.translations);
    QCOMPARE(lessonTitle(again, QStringLiteral("zh_CN")), QStringLiteral("卷积"));
}

void TestLessonTranslations::sequenceTitleIsTranslated()
{
    const QByteArray json =
        R"({"title": "A class", "translations": {"de": {"title": "Eine Stunde"}},
        "sequence": [{"op": "conv2d", "input": [[1]], "kernel": [[1]]}]})";
    auto file = parseLessonFile(json);
    QVERIFY(file.ok());
    QCOMPARE(shownTitle(file.value(), QStringLiteral("de")), QStringLiteral("Eine Stunde"));
    QCOMPARE(shownTitle(file.value(), QStringLiteral("es")), QStringLiteral("A class"));
    auto again = parseLessonFile(lessonFileToBytes(file.value()));
    QVERIFY(again.ok());
    QCOMPARE(again.value().translations, file.value().translations);
}

void TestLessonTranslations::badTranslationsGetOneClearError_data()
{
    QTest::addColumn<QByteArray>("translations");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("not an object") << QByteArray(R"("Faltung")") << "translations"
                                   << "must be an object of languages";
    QTest::newRow("bad code") << QByteArray(R"({"German": {"title": "Faltung"}})")
                              << "translations.German"
                              << "is not a language code";
    QTest::newRow("not an object of texts")
        << QByteArray(R"({"de": "Faltung"})") << "translations.de"
        << "must be an object";
    QTest::newRow("unknown part") << QByteArray(R"({"de": {"titel": "Faltung"}})")
                                  << "translations.de.titel"
                                  << "is not a known field";
    QTest::newRow("not a string") << QByteArray(R"({"de": {"note": 3}})") << "translations.de.note"
                                  << "must be a string";
    QTest::newRow("title too long")
        << (R"({"es": {"title": ")" + QByteArray(201, 'a') + R"("}})") << "translations.es.title"
        << "at most 200";
}

void TestLessonTranslations::badTranslationsGetOneClearError()
{
    QFETCH(QByteArray, translations);
    QFETCH(QString, field);
    QFETCH(QString, says);
    auto result = parseLesson(lessonWith(translations));
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error().field), field);
    QVERIFY2(QString::fromStdString(result.error().message).contains(says),
             result.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestLessonTranslations)
#include "tst_lesson_translations.moc"
