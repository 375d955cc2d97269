#include "io/language.h"
#include "tests/window/window_fixture.h"
#include "ui/widgets/notice_bar.h"
#include "ui/window/app_settings.h"
#include "ui/window/language_menu.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

class TestLanguageMenu final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void choosingALanguageSavesItAndOffersARestart();
    void choosingTheCurrentLanguageSaysNothing();
    void startLanguage_data();
    void startLanguage();

private:
    QAction *languageAction(const QString &code) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguageMenu::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_language_menu"));
    QVERIFY(m_dir.isValid());
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void TestLanguageMenu::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguageMenu::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

QAction *TestLanguageMenu::languageAction(const QString &code) const
{
    return m_window->languageMenu()->menu()->findChild<QAction *>(QStringLiteral("language_")
                                                                  + code);
}

void TestLanguageMenu::choosingALanguageSavesItAndOffersARestart()
{
    QAction *german = languageAction(QStringLiteral("de"));
    QVERIFY(german);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    QSignalSpy restart(m_window->languageMenu(), &LanguageMenu::restartRequested);
    german->trigger();
    QVERIFY(german->isChecked());
    QCOMPARE(windowSettings::language.read(QSettings()), QStringLiteral("de"));
    // The running window stays English; the notice says when German comes and offers it now.
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    auto *notice = m_window->findChild<NoticeBar *>();
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Deutsch")), qPrintable(notice->text()));
    QPushButton *now = nullptr;
    for (QPushButton *button : notice->findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Restart")))
            now = button;
    QVERIFY(now);
    QCOMPARE(restart.count(), 0);
    // The restart itself closes the window and starts the program again: only the request
    // is checked here.
    disconnect(m_window->languageMenu(), &LanguageMenu::restartRequested, m_window.get(), nullptr);
    now->click();
    QCOMPARE(restart.count(), 1);
    // Following the system again forgets the choice.
    languageAction(QStringLiteral("system"))->trigger();
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
}

void TestLanguageMenu::choosingTheCurrentLanguageSaysNothing()
{
    languageAction(QStringLiteral("es"))->trigger();
    auto *notice = m_window->findChild<NoticeBar *>();
    QTRY_VERIFY(notice->isVisible());
    // Back to the language the window runs in: nothing to restart for.
    languageAction(QStringLiteral("en"))->trigger();
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(windowSettings::language.read(QSettings()), QStringLiteral("en"));
}

void TestLanguageMenu::startLanguage_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("language");
    QTest::newRow("--lang wins") << "es"
                                 << "de"
                                 << "de";
    QTest::newRow("--lang with a region") << ""
                                          << "de_AT"
                                          << "de";
    QTest::newRow("--lang ConvStep lacks") << "es"
                                           << "fr"
                                           << "";
    QTest::newRow("saved choice") << "zh_CN"
                                  << ""
                                  << "zh_CN";
}

void TestLanguageMenu::startLanguage()
{
    QFETCH(QString, saved);
    QFETCH(QString, requested);
    QFETCH(QString, language);
    QSettings settings;
    windowSettings::language.write(settings, saved);
    QCOMPARE(LanguageMenu::startLanguage(requested), language);
}

QTEST_MAIN(TestLanguageMenu)
#include "tst_language_menu.moc"
