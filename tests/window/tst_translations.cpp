#include "io/language.h"
#include "io/lesson_catalog.h"
#include "tests/window/window_fixture.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/window/export_dialog.h"
#include "ui/window/lab_controls.h"
#include "ui/window/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace convstep;

namespace {

// Every English source string whose translation in `language` differs from it, mnemonics
// taken out: shown in that language, such a text means a widget missed its translation.
QSet<QString> untranslatedForms(const QString &language)
{
    QFile file(
        QStringLiteral(CONVSTEP_SOURCE_DIR "/resources/translations/convstep_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // Sources with placeholders never show as they are; numerus ones all have %n.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!source.isEmpty() && translation != source && !source.contains(QLatin1Char('%')))
                sources.insert(
                    QString(source).remove(QRegularExpression(QStringLiteral("&(?!&)"))));
        }
    }
    return sources;
}

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).trimmed();
}

// A text with a word of English prose in it: ASCII words of three or more letters that are
// not notation (op names, JSON fields, framework and program names, formula symbols).
bool hasEnglishWord(const QString &text)
{
    static const QSet<QString> notation{
        QStringLiteral("ConvStep"),
        QStringLiteral("PyTorch"),
        QStringLiteral("Keras"),
        QStringLiteral("TensorFlow"),
        QStringLiteral("conv2d"),
        QStringLiteral("conv_transpose2d"),
        QStringLiteral("upsample_nearest"),
        QStringLiteral("upsample_bilinear"),
        QStringLiteral("bed_of_nails"),
        QStringLiteral("max_unpool2d"),
        QStringLiteral("max_pool2d"),
        QStringLiteral("output_padding"),
        QStringLiteral("align_corners"),
        QStringLiteral("padding"),
        QStringLiteral("stride"),
        QStringLiteral("dilation"),
        QStringLiteral("valid"),
        QStringLiteral("same"),
        QStringLiteral("max"),
        QStringLiteral("rot180"),
        QStringLiteral("GIF"),
        QStringLiteral("MP4"),
        QStringLiteral("WebM"),
        QStringLiteral("PNG"),
        QStringLiteral("SVG"),
        QStringLiteral("PDF"),
        QStringLiteral("English"),
        QStringLiteral("Deutsch"),
        QStringLiteral("Español"),
        QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),
        QStringLiteral("Space"),
        QStringLiteral("Home"),
        QStringLiteral("End"),
        QStringLiteral("PgUp"),
        QStringLiteral("PgDown"),
        QStringLiteral("Del"),
        QStringLiteral("Esc"),
        QStringLiteral("Left"),
        QStringLiteral("Right"),
        QStringLiteral("torch"),
        QStringLiteral("nn"),
        QStringLiteral("import"),
        QStringLiteral("keras"),
    };
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z_0-9]{2,}"));
    for (const QRegularExpressionMatch &m : word.globalMatch(text))
        if (!notation.contains(m.captured()))
            return true;
    return false;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

// The texts a person sees: actions (menus and tool buttons), labels, buttons, group boxes,
// dock titles, tabs, combo boxes and the tool tips of visible widgets.
struct Seen
{
    QString text;
    QString where;
};

void collect(QWidget *root, std::vector<Seen> &seen)
{
    const auto add = [&](const QString &text, const QObject *owner, const char *what) {
        const QString shown = plain(text);
        if (!shown.isEmpty())
            seen.push_back({shown,
                            QStringLiteral("%1 %2 (%3)")
                                .arg(QLatin1String(what), owner->objectName(),
                                     QLatin1String(owner->metaObject()->className()))});
    };
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        add(action->text(), action, "action");
        add(action->toolTip(), action, "action tip");
    }
    for (QMenu *menu : root->findChildren<QMenu *>())
        add(menu->title(), menu, "menu");
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || widget->inherits("QMenu"))
            continue;
        add(widget->toolTip(), widget, "tool tip");
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label->text(), label, "label");
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), button, "button");
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title(), box, "group");
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(dock->windowTitle(), dock, "dock");
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs, "tab");
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i), combo, "combo item");
    }
}

} // namespace

// In German, Spanish and Simplified Chinese the window, its labs and the export dialog show
// no text that is still the English source, and (Chinese) no English prose at all.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void languages_data();
    void languages();
    void nothingLeftInEnglish_data();
    void nothingLeftInEnglish();
    void narrationFollowsTheLanguage();
    void lessonTitles();

private:
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_translations"));
    QVERIFY(m_dir.isValid());
}

void TestTranslations::cleanup()
{
    installLanguage(QStringLiteral("en"));
}

void TestTranslations::languages_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("code");
    QTest::newRow("de") << "de"
                        << "de";
    QTest::newRow("de_AT") << "de_AT"
                           << "de";
    QTest::newRow("es-MX") << "es-MX"
                           << "es";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "zh_CN";
    QTest::newRow("zh-Hans-SG") << "zh-Hans-SG"
                                << "zh_CN";
    QTest::newRow("zh") << "zh"
                        << "zh_CN";
    QTest::newRow("zh_TW") << "zh_TW"
                           << "";
    QTest::newRow("en_GB") << "en_GB"
                           << "en";
    QTest::newRow("fr") << "fr"
                        << "";
}

void TestTranslations::languages()
{
    QFETCH(QString, requested);
    QFETCH(QString, code);
    QCOMPARE(matchLanguage(requested), code);
    QCOMPARE(installLanguage(requested), !code.isEmpty() && code == requested);
}

void TestTranslations::nothingLeftInEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << "de";
    QTest::newRow("es") << "es";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestTranslations::nothingLeftInEnglish()
{
    QFETCH(QString, language);
    const QSet<QString> english = untranslatedForms(language);
    QVERIFY2(english.size() > 500, "the .ts file is missing or nearly empty");
    QVERIFY(installLanguage(language));
    QCOMPARE(currentLanguage(), language);

    auto window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    std::vector<Seen> seen;
    const auto look = [&](QWidget *root) {
        QCoreApplication::processEvents();
        collect(root, seen);
    };
    // Each picture of the operations, each lab, the start page and the export dialog.
    look(window.get());
    for (QAction *view : {window->mainActions().viewZeroInsertion, window->mainActions().viewMatrix,
                          window->mainActions().viewSliding}) {
        if (!view->isEnabled())
            continue;
        view->trigger();
        look(window.get());
    }
    window->openBuiltInLesson(QStringLiteral("article-transposed"));
    window->mainActions().viewScatter->trigger();
    look(window.get());
    for (const QString &lab : {QStringLiteral("upsampling"), QStringLiteral("checkerboard"),
                               QStringLiteral("shapes"), QStringLiteral("code")}) {
        QVERIFY(window->labControls()->open(lab));
        look(window.get());
    }
    window->mainActions().startPage->trigger();
    look(window.get());
    {
        ExportDialogSetup setup;
        setup.lesson = defaultLesson();
        ExportDialog dialog(setup, window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        look(&dialog);
    }

    QStringList failures;
    QSet<QString> reported;
    // View → Language names each language in itself ("Español" in every language).
    for (const auto &shipped : convstep::languages())
        reported.insert(shipped.name);
    for (const Seen &s : seen) {
        const bool source = english.contains(s.text);
        const bool prose =
            language == QLatin1String("zh_CN") && !hasHan(s.text) && hasEnglishWord(s.text);
        if ((source || prose) && !reported.contains(s.text)) {
            reported.insert(s.text);
            failures << QStringLiteral("%1: \"%2\"").arg(s.where, s.text.left(80));
        }
    }
    QVERIFY2(seen.size() > 100, "too few texts were found to judge");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    test::closeTestWindow(window, m_dir);
}

void TestTranslations::narrationFollowsTheLanguage()
{
    QVERIFY(installLanguage(QStringLiteral("de")));
    auto window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // The default lesson's first step: "Place the kernel on rows 0–2, …" in English.
    const QString narration = window->explanationPanel()->narration();
    QVERIFY2(narration.contains(QStringLiteral("Kernel")), qPrintable(narration));
    QVERIFY(!narration.contains(QStringLiteral("Place the kernel")));
    test::closeTestWindow(window, m_dir);
}

void TestTranslations::lessonTitles()
{
    // Every built-in lesson carries its title and note in each language.
    for (const CatalogEntry &entry : builtInLessons())
        for (const QString &language :
             {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("zh_CN")}) {
            const QString title = lessonTitle(entry.lesson, language);
            QVERIFY2(title != entry.lesson.title, qPrintable(entry.id + ' ' + language));
            QVERIFY2(lessonNote(entry.lesson, language) != entry.lesson.note,
                     qPrintable(entry.id + ' ' + language));
        }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
