#include "core/channels.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/action_text.h"
#include "ui/window/export_dialog.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QStatusBar>
#include <QUndoStack>

namespace convstep {
namespace {

constexpr double textScaleStep = 1.15; // one Larger Text or Smaller Text
constexpr int viewRefusedTimeout = 5000; // ms the status bar explains a refused view

struct ViewChoice
{
    QAction *MainActions::*action;
    const char *name;
    const char *label;
    const char *key;
    View view;
    std::optional<Op> op; // none: the view shows both operations
};

// The four pictures of the two operations' forward pass, keys 1–4, and the two gradients of
// their backward pass, keys 5 and 6.
constexpr ViewChoice viewChoices[] = {
    {&MainActions::viewSliding, "viewSliding",
     QT_TRANSLATE_NOOP("convstep::MainWindow", "&Sliding window"), "1", View::Direct, Op::Conv2d},
    {&MainActions::viewScatter, "viewScatter",
     QT_TRANSLATE_NOOP("convstep::MainWindow", "S&catter && sum"), "2", View::Direct,
     Op::ConvTranspose2d},
    {&MainActions::viewZeroInsertion, "viewZeroInsertion",
     QT_TRANSLATE_NOOP("convstep::MainWindow", "&Zero insertion"), "3", View::ZeroInsertion,
     Op::ConvTranspose2d},
    {&MainActions::viewMatrix, "viewMatrix", QT_TRANSLATE_NOOP("convstep::MainWindow", "&Matrix"),
     "4", View::Matrix, std::nullopt},
    {&MainActions::viewGradInput, "viewGradInput",
     QT_TRANSLATE_NOOP("convstep::MainWindow", "Backward: ∂L/∂&x"), "5", View::BackwardInput,
     std::nullopt},
    {&MainActions::viewGradKernel, "viewGradKernel",
     QT_TRANSLATE_NOOP("convstep::MainWindow", "Backward: ∂L/∂&W"), "6", View::BackwardKernel,
     std::nullopt},
};

struct ThemeEntry
{
    ThemeChoice choice;
    QAction *MainActions::*action;
    const char *label;
};

constexpr ThemeEntry themeEntries[] = {
    {ThemeChoice::System, &MainActions::themeSystem,
     QT_TRANSLATE_NOOP("convstep::MainWindow", "Follow the &System")},
    {ThemeChoice::Light, &MainActions::themeLight,
     QT_TRANSLATE_NOOP("convstep::MainWindow", "&Light")},
    {ThemeChoice::Dark, &MainActions::themeDark,
     QT_TRANSLATE_NOOP("convstep::MainWindow", "&Dark")},
};

// "Step Forward (Right)": the text without its mnemonic ("&&" stays one '&'), then the key.
QString withShortcut(const QString &text, const QKeySequence &key)
{
    return QStringLiteral("%1 (%2)").arg(withoutMnemonic(text),
                                         key.toString(QKeySequence::NativeText));
}

// A command of the window, named for tests. The window holds it too, so its shortcut works
// even while the menu bar is hidden.
template<typename Slot>
QAction *addCommand(QMainWindow *window, QAnyStringView name, const QString &text,
                    const QKeySequence &key, Slot slot)
{
    auto *a = new QAction(text, window);
    a->setObjectName(name);
    if (!key.isEmpty()) {
        a->setShortcut(key);
        a->setToolTip(withShortcut(text, key));
    }
    QObject::connect(a, &QAction::triggered, window, slot);
    window->addAction(a);
    return a;
}

} // namespace

void MainWindow::createActions()
{
    createFileActions();
    createEditActions();
    createPlaybackActions();
    createViewActions();
    createThemeActions();
    createClassroomActions();
    createHelpActions();
}

void MainWindow::createFileActions()
{
    m_actions.newLesson = addCommand(this, "newLesson", tr("&New Lesson"), QKeySequence::New,
                                     [this] { newLesson(); });
    m_actions.newLesson->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_actions.open =
        addCommand(this, "open", tr("&Open…"), QKeySequence::Open, [this] { openDialog(); });
    m_actions.open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_actions.save = addCommand(this, "save", tr("&Save"), QKeySequence::Save, [this] { save(); });
    m_actions.save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_actions.saveAs = addCommand(this, "saveAs", tr("Save &As…"), QKeySequence::SaveAs,
                                  [this] { saveAsDialog(); });
    m_actions.exportLesson =
        addCommand(this, "export", tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                   [this] { showExportDialog(this); });
    m_actions.quit = addCommand(this, "quit", tr("&Quit"), QKeySequence::Quit, [this] { close(); });
}

void MainWindow::createEditActions()
{
    QUndoStack *stack = m_document->undoStack();
    m_actions.undo = stack->createUndoAction(this, tr("&Undo"));
    m_actions.undo->setObjectName(QStringLiteral("undo"));
    m_actions.undo->setShortcut(QKeySequence::Undo);
    m_actions.undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    addAction(m_actions.undo);
    m_actions.redo = stack->createRedoAction(this, tr("&Redo"));
    m_actions.redo->setObjectName(QStringLiteral("redo"));
    m_actions.redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_actions.redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    addAction(m_actions.redo);
    m_actions.editCell = addCommand(this, "editCell", tr("&Edit Cell"), QKeySequence(Qt::Key_F2),
                                    [this] { editSelectedCell(); });
    m_actions.zeroCell = addCommand(this, "zeroCell", tr("&Zero Cell"), QKeySequence::Delete,
                                    [this] { zeroSelectedCell(); });
    m_actions.editUpstream =
        addCommand(this, "editUpstream", tr("&Upstream Gradient ∂L/∂y…"),
                   QKeySequence(Qt::CTRL | Qt::Key_G), [this] { editUpstream(); });
}

void MainWindow::createPlaybackActions()
{
    m_actions.playPause = addCommand(this, "playPause", tr("&Play"), QKeySequence(Qt::Key_Space),
                                     [this] { m_model->togglePlaying(); });
    m_actions.stepBack = addCommand(this, "stepBack", tr("Step &Back"), QKeySequence(Qt::Key_Left),
                                    [this] { m_model->previous(); });
    m_actions.stepForward = addCommand(this, "stepForward", tr("Step &Forward"),
                                       QKeySequence(Qt::Key_Right), [this] { m_model->next(); });
    m_actions.pageBack =
        addCommand(this, "pageBack", tr("Step Back, or the Previous Lesson's Last Step"),
                   QKeySequence(Qt::Key_PageUp), [this] { pageStep(-1); });
    m_actions.pageForward =
        addCommand(this, "pageForward", tr("Step Forward, or the Next Lesson's First Step"),
                   QKeySequence(Qt::Key_PageDown), [this] { pageStep(+1); });
    m_actions.firstStep = addCommand(this, "firstStep", tr("F&irst Step"),
                                     QKeySequence(Qt::Key_Home), [this] { m_model->first(); });
    m_actions.lastStep = addCommand(this, "lastStep", tr("&Last Step"), QKeySequence(Qt::Key_End),
                                    [this] { m_model->last(); });
    m_actions.slower = addCommand(this, "slower", tr("S&lower"), QKeySequence(Qt::Key_BracketLeft),
                                  [this] { m_model->slower(); });
    m_actions.faster = addCommand(this, "faster", tr("F&aster"), QKeySequence(Qt::Key_BracketRight),
                                  [this] { m_model->faster(); });
    m_actions.followAlong =
        addCommand(this, "followAlong", tr("Pause at Each &Phase"), QKeySequence(),
                   [this](bool on) { m_model->setFollowAlong(on); });
    m_actions.followAlong->setCheckable(true);
    updateTransportIcons();
    m_playbackBar->setActions(m_actions.firstStep, m_actions.stepBack, m_actions.playPause,
                              m_actions.stepForward, m_actions.lastStep);
}

void MainWindow::createViewActions()
{
    m_viewGroup = new QActionGroup(this);
    for (const ViewChoice &choice : viewChoices) {
        QAction *a =
            addCommand(this, choice.name, tr(choice.label), QKeySequence(QLatin1String(choice.key)),
                       [this, choice] { pickView(choice.view, choice.op); });
        a->setCheckable(true);
        m_viewGroup->addAction(a);
        m_actions.*choice.action = a;
    }
    // The toolbar names the gradients alone, to leave room for the rest of its buttons.
    m_actions.viewGradInput->setIconText(tr("∂L/∂x"));
    m_actions.viewGradKernel->setIconText(tr("∂L/∂W"));
    m_actions.symbols =
        addCommand(this, "symbols", tr("S&ymbols"), QKeySequence(Qt::Key_S), [this](bool on) {
            StageStyle style = m_model->style();
            style.symbols = on;
            m_model->setStyle(style);
        });
    m_actions.symbols->setCheckable(true);
    const auto cycle = [this](GridRole deck, int delta) {
        return [this, deck, delta] { m_model->cycleChannel(deck, delta); };
    };
    m_actions.nextInputChannel = addCommand(this, "nextInputChannel", tr("Next Input Channel"),
                                            QKeySequence(Qt::Key_I), cycle(GridRole::Source, +1));
    m_actions.previousInputChannel =
        addCommand(this, "previousInputChannel", tr("Previous Input Channel"),
                   QKeySequence(Qt::SHIFT | Qt::Key_I), cycle(GridRole::Source, -1));
    m_actions.nextOutputChannel = addCommand(this, "nextOutputChannel", tr("Next Output Channel"),
                                             QKeySequence(Qt::Key_O), cycle(GridRole::Target, +1));
    m_actions.previousOutputChannel =
        addCommand(this, "previousOutputChannel", tr("Previous Output Channel"),
                   QKeySequence(Qt::SHIFT | Qt::Key_O), cycle(GridRole::Target, -1));
    m_actions.symbols->setToolTip(
        withShortcut(tr("Symbols: write C with the kernel's weight names (w₀₀, w₀₁, …) and x, y "
                        "with indexed names, as the article's figure does"),
                     m_actions.symbols->shortcut()));
}

void MainWindow::createThemeActions()
{
    m_themeGroup = new QActionGroup(this);
    for (const ThemeEntry &entry : themeEntries) {
        const ThemeChoice choice = entry.choice;
        QAction *a =
            addCommand(this, QStringLiteral("theme_") + themeChoiceKey(choice), tr(entry.label),
                       QKeySequence(), [this, choice] { setThemeChoice(choice); });
        a->setCheckable(true);
        m_themeGroup->addAction(a);
        m_actions.*entry.action = a;
    }
}

void MainWindow::createClassroomActions()
{
    m_actions.classroom =
        addCommand(this, "classroom", tr("&Classroom Mode"), QKeySequence(Qt::Key_F11),
                   [this](bool on) { setClassroomMode(on); });
    m_actions.classroom->setCheckable(true);
    m_actions.classroom->setIcon(QIcon::fromTheme(QStringLiteral("view-fullscreen")));
    m_actions.leaveClassroom =
        addCommand(this, "leaveClassroom", tr("Leave Classroom Mode"), QKeySequence(Qt::Key_Escape),
                   [this] { setClassroomMode(false); });
    m_actions.leaveClassroom->setEnabled(false);
    m_actions.blank = addCommand(this, "blank", tr("&Blank the Stage"), QKeySequence(Qt::Key_B),
                                 [this](bool on) { setBlanked(on); });
    m_actions.blank->setCheckable(true);
    m_actions.largerText = addCommand(this, "largerText", tr("&Larger Text"), QKeySequence::ZoomIn,
                                      [this] { scaleText(textScaleStep); });
    m_actions.largerText->setShortcuts(
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_actions.smallerText =
        addCommand(this, "smallerText", tr("&Smaller Text"), QKeySequence::ZoomOut,
                   [this] { scaleText(1 / textScaleStep); });
    m_actions.resetLayout = addCommand(this, "resetLayout", tr("&Reset Layout"), QKeySequence(),
                                       [this] { resetLayout(); });
}

void MainWindow::createHelpActions()
{
    m_actions.lessonProperties =
        addCommand(this, "lessonProperties", tr("Lesson &Properties…"),
                   QKeySequence(Qt::CTRL | Qt::Key_I), [this] { showLessonProperties(); });
    m_actions.previousLesson =
        addCommand(this, "previousLesson", tr("Pre&vious Lesson in the Sequence"),
                   QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                   [this] { goToLesson(m_document->lessonIndex() - 1); });
    m_actions.nextLesson = addCommand(this, "nextLesson", tr("&Next Lesson in the Sequence"),
                                      QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                                      [this] { goToLesson(m_document->lessonIndex() + 1); });
    m_actions.startPage =
        addCommand(this, "startPage", tr("All &Lessons…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                   [this] { showStartPage(true); });
    m_actions.shortcuts = addCommand(this, "shortcuts", tr("&Keyboard Shortcuts"),
                                     QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    m_actions.about =
        addCommand(this, "about", tr("&About ConvStep"), QKeySequence(), [this] { showAbout(); });
    m_actions.aboutQt = addCommand(this, "aboutQt", tr("About &Qt"), QKeySequence(),
                                   [] { QApplication::aboutQt(); });
}

void MainWindow::pickView(View view, std::optional<Op> op)
{
    const Problem *problem = m_model->problem();
    if (problem && op && problem->op != *op) {
        statusBar()->showMessage(op == Op::Conv2d
                                     ? tr("The sliding window shows a convolution; switch "
                                          "the operation in the Problem panel.")
                                     : tr("This view shows a transposed convolution; switch "
                                          "the operation in the Problem panel."),
                                 viewRefusedTimeout);
        updateViewActions();
        return;
    }
    applyView(view);
}

void MainWindow::updateViewActions()
{
    const Problem *problem = m_model->problem();
    for (const ViewChoice &choice : viewChoices) {
        const bool applies =
            problem && (choice.op ? problem->op == *choice.op : m_model->viewApplies(choice.view));
        QAction *a = m_actions.*choice.action;
        a->setEnabled(applies);
        a->setChecked(applies && m_model->view() == choice.view);
    }
    m_actions.editUpstream->setEnabled(problem && !isUpsampling(problem->op));
    m_actions.symbols->setEnabled(problem && m_model->view() == View::Matrix);
    // The decks: a channel problem outside the matrix view.
    const bool decks = problem && hasChannels(*problem) && m_model->view() != View::Matrix;
    for (QAction *a : {m_actions.nextInputChannel, m_actions.previousInputChannel,
                       m_actions.nextOutputChannel, m_actions.previousOutputChannel})
        a->setEnabled(decks);
}

void MainWindow::updatePlayAction(bool playing)
{
    QAction *a = m_actions.playPause;
    a->setText(playing ? tr("&Pause") : tr("&Play"));
    a->setIcon(PlaybackBar::transportIcon(PlaybackBar::Control::PlayPause, palette(), playing));
    a->setToolTip(withShortcut(playing ? tr("Pause") : tr("Play"), a->shortcut()));
}

// Drawn in the palette's text colour, so they stay visible in a dark theme.
void MainWindow::updateTransportIcons()
{
    using Control = PlaybackBar::Control;
    const std::pair<QAction *, Control> controls[] = {{m_actions.firstStep, Control::First},
                                                      {m_actions.stepBack, Control::Back},
                                                      {m_actions.playPause, Control::PlayPause},
                                                      {m_actions.stepForward, Control::Forward},
                                                      {m_actions.lastStep, Control::Last}};
    for (const auto &[a, control] : controls)
        a->setIcon(PlaybackBar::transportIcon(
            control, palette(), control == Control::PlayPause && m_model->isPlaying()));
}

} // namespace convstep
