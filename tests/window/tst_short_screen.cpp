#include "tests/window/window_fixture.h"
#include "ui/widgets/predict_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"
#include "ui/window/predict_controls.h"

#include <QApplication>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace convstep;

// The window on a logical 800×500 screen (1600×1000 at 200 %), as CMake's offscreen
// configuration makes it: it fits the screen, in predict mode too.
class TestShortScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunWindowFits();
    void predictModeKeepsTheWindowOnScreen();

private:
    int roomOnScreen() const;
    QString heights() const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestShortScreen::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_short_screen"));
    QVERIFY(m_dir.isValid());
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(800, 500));
}

// As a first run opens it: the size it chooses for the screen, not a test's.
void TestShortScreen::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(test::autosavePath(m_dir));
    m_window->model()->setAnimated(false);
    m_window->startUp();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestShortScreen::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

// The height the window may have, its frame left out.
int TestShortScreen::roomOnScreen() const
{
    const int frame = m_window->frameGeometry().height() - m_window->height();
    return m_window->screen()->availableGeometry().height() - frame;
}

QString TestShortScreen::heights() const
{
    return QStringLiteral("window %1 px high, room %2 px, stage %3 px")
        .arg(m_window->height())
        .arg(roomOnScreen())
        .arg(m_window->stage()->height());
}

void TestShortScreen::firstRunWindowFits()
{
    QCoreApplication::processEvents();
    QVERIFY2(m_window->height() <= roomOnScreen(), qPrintable(heights()));
    QVERIFY(m_window->stage()->height() >= legibleStageSize.height());
}

// Predict mode does not push the window past the screen, coming or going: the panel gives
// way and scrolls, the box with the keyboard in view; the stage keeps its legible minimum.
void TestShortScreen::predictModeKeepsTheWindowOnScreen()
{
    QTest::keyClick(m_window.get(), Qt::Key_P);
    PredictPanel *panel = m_window->predictControls()->panel();
    QTRY_VERIFY(panel->isVisible());
    QCoreApplication::processEvents();
    QVERIFY2(m_window->height() <= roomOnScreen(), qPrintable(heights()));
    QVERIFY2(m_window->stage()->height() >= legibleStageSize.height(), qPrintable(heights()));
    auto *area = m_window->findChild<QScrollArea *>(QStringLiteral("predictArea"));
    QVERIFY(area);
    QVERIFY2(area->height() < panel->height(), "the panel scrolls");
    QWidget *answer = QApplication::focusWidget();
    QVERIFY(answer && panel->isAncestorOf(answer));
    QTRY_VERIFY(area->viewport()->rect().contains(
        QRect(answer->mapTo(area->viewport(), QPoint(0, 0)), answer->size())));

    QTest::keyClick(m_window.get(), Qt::Key_P);
    QTRY_VERIFY(!panel->isVisible());
    QCoreApplication::processEvents();
    QVERIFY2(m_window->height() <= roomOnScreen(), qPrintable(heights()));
}

QTEST_MAIN(TestShortScreen)
#include "tst_short_screen.moc"
