#include "tests/window/window_fixture.h"
#include "ui/window/action_text.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

using namespace convstep;

// The Keyboard Shortcuts list (F1) and the tool tips write each action as its menu shows it.
class TestShortcutList final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void mnemonicsAreDropped_data();
    void mnemonicsAreDropped();
    void listWritesTheActionsAsTheMenuShowsThem();
};

void TestShortcutList::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_shortcut_list"));
}

void TestShortcutList::mnemonicsAreDropped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");

    QTest::newRow("marker") << "&Open…"
                            << "Open…";
    QTest::newRow("literal ampersand") << "S&catter && sum"
                                       << "Scatter & sum";
    QTest::newRow("only a literal") << "Drag && drop"
                                    << "Drag & drop";
    QTest::newRow("marker before a literal") << "&&&Copy"
                                             << "&Copy";
    QTest::newRow("trailing ampersand") << "A&"
                                        << "A&";
    QTest::newRow("none") << "Matrix"
                          << "Matrix";
}

void TestShortcutList::mnemonicsAreDropped()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(withoutMnemonic(text), plain);
}

void TestShortcutList::listWritesTheActionsAsTheMenuShowsThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto window = test::openTestWindow(dir);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QAction *scatter = window->mainActions().viewScatter;
    QCOMPARE(scatter->toolTip(), QStringLiteral("Scatter & sum (2)"));

    // The list is a modal box: read it from inside its own event loop, then close it.
    QString listed;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&listed, &poll] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll.stop();
        QTextDocument html;
        html.setHtml(box->text());
        listed = html.toPlainText();
        box->close();
    });
    poll.start();
    window->mainActions().shortcuts->trigger();
    QVERIFY2(listed.contains(QStringLiteral("Scatter & sum")), qPrintable(listed));
    QVERIFY(listed.contains(QStringLiteral("Sliding window")));
    QVERIFY(listed.contains(QStringLiteral("Step Forward")));
    QCOMPARE(listed.count(QLatin1Char('&')), 1);
    test::closeTestWindow(window, dir);
}

QTEST_MAIN(TestShortcutList)
#include "tst_shortcut_list.moc"
