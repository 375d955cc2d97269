#include "tests/window/window_fixture.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/stage_widget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace convstep;

namespace {

// Qt's own parts of a control (a spin box's line edit, a tab bar's scroll buttons, a combo
// box's popup) and the tab bars QMainWindow makes for docks (each tab named by its dock) are
// Qt's business, not ours.
bool isQtPart(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (qobject_cast<const QTabBar *>(w) && qobject_cast<const QMainWindow *>(w->parentWidget()))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QTabBar *>(p))
            return true;
    return false;
}

bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTabBar *>(w) || qobject_cast<const StageWidget *>(w);
}

// The window and everything in it, its docks included even when they float.
bool belongsTo(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p == window)
            return true;
    return false;
}

QList<QWidget *> controlsOf(const QWidget *window)
{
    QList<QWidget *> controls;
    for (QWidget *w : QApplication::allWidgets())
        if (belongsTo(w, window) && isControl(w) && !isQtPart(w))
            controls << w;
    return controls;
}

// What a screen reader calls a control: its own name, else the label that is its buddy. On
// Linux a combo box's name is its current item, so only a set name or a label counts there.
QString nameOf(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    for (const auto &[other, relation] : iface->relations(QAccessible::Label))
        if (!other->text(QAccessible::Name).isEmpty())
            return other->text(QAccessible::Name);
    return qobject_cast<QComboBox *>(w) ? QString() : iface->text(QAccessible::Name);
}

QString describe(const QWidget *w)
{
    QString path;
    for (const QObject *o = w; o; o = o->parent())
        path.prepend(
            QLatin1Char('/') + QString::fromLatin1(o->metaObject()->className())
            + (o->objectName().isEmpty() ? QString() : QLatin1Char(':') + o->objectName()));
    return path;
}

} // namespace

// Every control says what it is and what it does to a screen reader, and keyboard focus
// reaches each one.
class TestAccessibleControls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlHasANameAndADescription();
    void descriptionsKeepTheirAmpersands();
    void tabReachesEveryControlOnShow();
    void everyActionIsReachableFromTheKeyboard();
    void stageCellsAreEditableFromTheKeyboard();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibleControls::initTestCase()
{
    test::prepareWindowTests(QStringLiteral("tst_accessible_controls"));
    QVERIFY(m_dir.isValid());
}

void TestAccessibleControls::init()
{
    m_window = test::openTestWindow(m_dir);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibleControls::cleanup()
{
    test::closeTestWindow(m_window, m_dir);
}

void TestAccessibleControls::everyControlHasANameAndADescription()
{
    const QList<QWidget *> controls = controlsOf(m_window.get());
    QVERIFY(controls.size() > 40);
    QStringList unnamed, undescribed;
    for (QWidget *w : controls) {
        if (nameOf(w).isEmpty())
            unnamed << describe(w);
        if (QAccessible::queryAccessibleInterface(w)->text(QAccessible::Description).isEmpty())
            undescribed << describe(w) + QStringLiteral(" ") + nameOf(w);
    }
    for (const QString &line : unnamed)
        qWarning("no name: %s", qPrintable(line));
    for (const QString &line : undescribed)
        qWarning("no description: %s", qPrintable(line));
    QVERIFY2(unnamed.isEmpty() && undescribed.isEmpty(),
             qPrintable(QStringLiteral("no name:\n") + unnamed.join('\n')
                        + QStringLiteral("\nno description:\n") + undescribed.join('\n')));
}

// "S&catter && sum": the mnemonic goes, the escaped ampersand stays one.
void TestAccessibleControls::descriptionsKeepTheirAmpersands()
{
    QAction *scatter = m_window->mainActions().viewScatter;
    QCOMPARE(scatter->toolTip(), QStringLiteral("Scatter & sum (2)"));
    QWidget *button = nullptr;
    for (QObject *o : scatter->associatedObjects())
        if (auto *w = qobject_cast<QToolButton *>(o))
            button = w;
    QVERIFY(button);
    QCOMPARE(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Description),
             QStringLiteral("Scatter & sum (2)"));
}

// Tab from the stage visits every control on show: the playback bar under the stage first,
// then the panels; toolbar buttons are left out of the chain, their actions are in the menus.
void TestAccessibleControls::tabReachesEveryControlOnShow()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->stage()->setFocus();
    QTRY_VERIFY(m_window->stage()->hasFocus());

    QList<QWidget *> waiting;
    for (QWidget *w : controlsOf(m_window.get()))
        if (w->isVisible() && w->isEnabled() && !qobject_cast<QToolBar *>(w->parentWidget()))
            waiting << w;
    QVERIFY(waiting.size() > 20);
    QWidget *first = nullptr;
    const qsizetype presses = 4 * waiting.size();
    for (qsizetype i = 0; i < presses && !waiting.isEmpty(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (!first)
            first = QApplication::focusWidget();
        waiting.removeAll(QApplication::focusWidget());
    }
    QStringList missed;
    for (const QWidget *w : waiting)
        missed << describe(w);
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join('\n')));
    QVERIFY(m_window->playbackBar()->isAncestorOf(first));
}

// Every command is in a menu that the keyboard opens (the menu bar with F10 or Alt, a tool
// button's menu from the button) or has a shortcut.
void TestAccessibleControls::everyActionIsReachableFromTheKeyboard()
{
    QList<QAction *> menus = m_window->menuBar()->actions();
    for (QToolButton *button : m_window->findChildren<QToolButton *>())
        if (button->menu() && (button->focusPolicy() & Qt::TabFocus))
            menus << button->menu()->actions();
    QSet<QAction *> inMenus;
    while (!menus.isEmpty()) {
        QAction *a = menus.takeFirst();
        inMenus.insert(a);
        if (a->menu())
            menus << a->menu()->actions();
    }
    QStringList unreachable;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->isSeparator() || a->text().isEmpty() || a->menu())
            continue;
        const bool used = !a->associatedObjects().isEmpty();
        if (used && !inMenus.contains(a) && a->shortcuts().isEmpty())
            unreachable << a->text() + QStringLiteral(" (") + a->objectName() + QLatin1Char(')');
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join('\n')));
}

// The cells of the stage are reachable from the keyboard too: Shift+arrows move the cursor,
// F2 edits the cell and Delete sets it to zero.
void TestAccessibleControls::stageCellsAreEditableFromTheKeyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    StageWidget *stage = m_window->stage();
    stage->setFocus();
    QTRY_VERIFY(stage->hasFocus());
    QTest::keyClick(stage, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(stage, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_window->model()->selection(), (StageCell{GridRole::Source, {0, 1}}));
    QTest::keyClick(stage, Qt::Key_F2);
    QTRY_VERIFY(stage->isEditing());
    stage->editor()->setText(QStringLiteral("7"));
    QTest::keyClick(stage->editor(), Qt::Key_Return);
    QCOMPARE(m_window->document()->problem().input(0, 1), 7.0);
    QTRY_VERIFY(stage->hasFocus());
    QTest::keyClick(stage, Qt::Key_Delete);
    QCOMPARE(m_window->document()->problem().input(0, 1), 0.0);
    // Arrows alone still step.
    const int step = m_window->model()->step();
    QTest::keyClick(stage, Qt::Key_Right);
    QCOMPARE(m_window->model()->step(), step + 1);
}

QTEST_MAIN(TestAccessibleControls)
#include "tst_accessible_controls.moc"
