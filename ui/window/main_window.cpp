#include "ui/window/main_window.h"

#include "io/lesson_catalog.h"
#include "ui/session/autosaver.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/widgets/key_hint.h"
#include "ui/widgets/lesson_browser.h"
#include "ui/widgets/notice_bar.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/problem_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/about_text.h"
#include "ui/window/export_dialog.h"
#include "ui/window/lab_controls.h"
#include "ui/window/matrix_controls.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace convstep {
namespace {

struct ViewChoice
{
    const char *name;
    const char *label;
    const char *key;
    View view;
    std::optional<Op> op; // none: the view shows both operations
};

// The four pictures of the two operations; keys 1–4 pick them.
constexpr ViewChoice viewChoices[] = {
    {"viewSliding", QT_TRANSLATE_NOOP("MainWindow", "&Sliding window"), "1", View::Direct,
     Op::Conv2d},
    {"viewScatter", QT_TRANSLATE_NOOP("MainWindow", "S&catter && sum"), "2", View::Direct,
     Op::ConvTranspose2d},
    {"viewZeroInsertion", QT_TRANSLATE_NOOP("MainWindow", "&Zero insertion"), "3",
     View::ZeroInsertion, Op::ConvTranspose2d},
    {"viewMatrix", QT_TRANSLATE_NOOP("MainWindow", "&Matrix"), "4", View::Matrix, std::nullopt},
};

QString defaultAutosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/autosave.json");
}

} // namespace

MainWindow::MainWindow(const QString &autosavePath, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new LessonDocument(this))
    , m_model(new PlaybackModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_autosaver = new Autosaver(
        m_document, autosavePath.isEmpty() ? defaultAutosavePath() : autosavePath, this);
    createWidgets();
    createActions();
    createMenus();
    createToolBar();
    connectModel();
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_stage = new StageWidget(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_notice = new NoticeBar(this);
    m_calculation = new CalculationStrip(m_model, this);
    m_calculation->setObjectName(QStringLiteral("calculationStrip"));
    m_playbackBar = new PlaybackBar(m_model, this);
    m_playbackBar->setObjectName(QStringLiteral("playbackBar"));

    auto *stagePage = new QWidget(this);
    auto *column = new QVBoxLayout(stagePage);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_notice);
    column->addWidget(m_stage, 1);
    column->addWidget(m_calculation);
    column->addWidget(m_playbackBar);

    m_browser = new LessonBrowser(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(stagePage);
    m_pages->addWidget(m_browser);
    setCentralWidget(m_pages);
    connect(m_browser, &LessonBrowser::lessonChosen, this, [this](const QString &id) {
        if (maybeSave())
            openBuiltInLesson(id);
    });
    connect(m_browser, &LessonBrowser::closed, this, [this] { showStartPage(false); });

    m_problemPanel = new ProblemPanel(m_document, m_model, this);
    auto *problemDock = new QDockWidget(tr("Problem"), this);
    problemDock->setObjectName(QStringLiteral("problemDock"));
    problemDock->setWidget(m_problemPanel);
    addDockWidget(Qt::LeftDockWidgetArea, problemDock);

    m_explanation = new ExplanationPanel(m_model, this);
    auto *explanationDock = new QDockWidget(tr("Explanation"), this);
    explanationDock->setObjectName(QStringLiteral("explanationDock"));
    explanationDock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, explanationDock);

    statusBar()->setSizeGripEnabled(true);
    m_keyHint = new KeyHint(m_stage);
    m_matrix = new MatrixControls(this, m_document, m_model, m_stage);
    m_labs = new LabControls(this, m_model);
    m_labs->addTo(m_browser);
    connect(m_browser, &LessonBrowser::labChosen, this, [this](const QString &id) {
        showStartPage(false);
        m_labs->open(id);
    });
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    const auto make = [this](const char *name, const QString &text, const QKeySequence &key,
                             auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove('&'),
                                                        key.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work even while the menu bar is hidden
        return a;
    };
    make("open", tr("&Open…"), QKeySequence::Open, [this] {
        openDialog();
    })->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    make("save", tr("&Save"), QKeySequence::Save, [this] {
        save();
    })->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    make("saveAs", tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAsDialog(); });
    make("export", tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         [this] { showExportDialog(this); });
    make("quit", tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    addAction(undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    addAction(redo);
    make("editCell", tr("&Edit Cell"), QKeySequence(Qt::Key_F2), [this] { editSelectedCell(); });
    make("zeroCell", tr("&Zero Cell"), QKeySequence::Delete, [this] { zeroSelectedCell(); });

    make("playPause", tr("&Play"), QKeySequence(Qt::Key_Space),
         [this] { m_model->togglePlaying(); });
    make("stepBack", tr("Step &Back"), QKeySequence(Qt::Key_Left), [this] { m_model->previous(); });
    make("stepForward", tr("Step &Forward"), QKeySequence(Qt::Key_Right),
         [this] { m_model->next(); });
    make("firstStep", tr("F&irst Step"), QKeySequence(Qt::Key_Home), [this] { m_model->first(); });
    make("lastStep", tr("&Last Step"), QKeySequence(Qt::Key_End), [this] { m_model->last(); });
    make("slower", tr("S&lower"), QKeySequence(Qt::Key_BracketLeft), [this] { m_model->slower(); });
    make("faster", tr("F&aster"), QKeySequence(Qt::Key_BracketRight),
         [this] { m_model->faster(); });
    action(QStringLiteral("stepBack"))
        ->setShortcuts({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    action(QStringLiteral("stepForward"))
        ->setShortcuts({QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    QAction *follow = make("followAlong", tr("Pause at Each &Phase"), QKeySequence(),
                           [this](bool on) { m_model->setFollowAlong(on); });
    follow->setCheckable(true);
    updateTransportIcons();
    m_playbackBar->setActions(
        action(QStringLiteral("firstStep")), action(QStringLiteral("stepBack")),
        action(QStringLiteral("playPause")), action(QStringLiteral("stepForward")),
        action(QStringLiteral("lastStep")));

    m_viewGroup = new QActionGroup(this);
    for (const ViewChoice &choice : viewChoices) {
        QAction *a = make(
            choice.name, tr(choice.label), QKeySequence(QLatin1String(choice.key)), [this, choice] {
                if (m_model->problem() && choice.op && m_model->problem()->op != *choice.op) {
                    statusBar()->showMessage(
                        choice.op == Op::Conv2d
                            ? tr("The sliding window shows a convolution; switch "
                                 "the operation in the Problem panel.")
                            : tr("This view shows a transposed convolution; switch "
                                 "the operation in the Problem panel."),
                        5000);
                    updateViewActions();
                    return;
                }
                applyView(choice.view);
            });
        a->setCheckable(true);
        m_viewGroup->addAction(a);
    }

    m_themeGroup = new QActionGroup(this);
    for (ThemeChoice choice : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
        const QString label = choice == ThemeChoice::System ? tr("Follow the &System")
            : choice == ThemeChoice::Light                  ? tr("&Light")
                                                            : tr("&Dark");
        QAction *a = make(qPrintable(QStringLiteral("theme_") + themeChoiceKey(choice)), label,
                          QKeySequence(), [this, choice] { setThemeChoice(choice); });
        a->setCheckable(true);
        m_themeGroup->addAction(a);
    }

    QAction *classroom = make("classroom", tr("&Classroom Mode"), QKeySequence(Qt::Key_F11),
                              [this](bool on) { setClassroomMode(on); });
    classroom->setCheckable(true);
    classroom->setIcon(QIcon::fromTheme(QStringLiteral("view-fullscreen")));
    QAction *leave = make("leaveClassroom", tr("Leave Classroom Mode"),
                          QKeySequence(Qt::Key_Escape), [this] { setClassroomMode(false); });
    leave->setEnabled(false);
    QAction *blank = make("blank", tr("&Blank the Stage"), QKeySequence(Qt::Key_B),
                          [this](bool on) { m_stage->setBlanked(on); });
    blank->setCheckable(true);
    QAction *larger =
        make("largerText", tr("&Larger Text"), QKeySequence::ZoomIn, [this] { scaleText(1.15); });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    make("smallerText", tr("&Smaller Text"), QKeySequence::ZoomOut,
         [this] { scaleText(1 / 1.15); });
    make("startPage", tr("All &Lessons…"), QKeySequence(Qt::CTRL | Qt::Key_L),
         [this] { showStartPage(true); });
    make("shortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1),
         [this] { showShortcuts(); });
    make("about", tr("&About ConvStep"), QKeySequence(), [this] { showAbout(); });
    make("aboutQt", tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(action(QStringLiteral("save")));
    file->addAction(action(QStringLiteral("saveAs")));
    file->addAction(action(QStringLiteral("export")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("editCell")));
    edit->addAction(action(QStringLiteral("zeroCell")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewGroup->actions());
    view->addAction(m_matrix->transposeAction());
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());
    view->addSeparator();
    for (const char *name : {"classroom", "blank", "largerText", "smallerText"})
        view->addAction(action(QLatin1String(name)));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    for (const char *name : {"playPause", "stepBack", "stepForward", "firstStep", "lastStep"})
        play->addAction(action(QLatin1String(name)));
    play->addSeparator();
    play->addAction(action(QStringLiteral("slower")));
    play->addAction(action(QStringLiteral("faster")));
    play->addAction(action(QStringLiteral("followAlong")));

    QMenu *lessons = menuBar()->addMenu(tr("&Lessons"));
    lessons->setObjectName(QStringLiteral("lessonsMenu"));
    lessons->addAction(action(QStringLiteral("startPage")));
    QMenu *group = nullptr;
    for (const CatalogEntry &entry : builtInLessons()) {
        if (!group || group->title() != lessonGroup(entry.id)) {
            lessons->addSeparator();
            group = lessons->addMenu(lessonGroup(entry.id));
        }
        QAction *a = group->addAction(entry.lesson.title);
        a->setObjectName(QStringLiteral("lesson_") + entry.id);
        a->setToolTip(entry.lesson.note);
        a->setStatusTip(entry.lesson.note);
        const QString id = entry.id;
        connect(a, &QAction::triggered, this, [this, id] {
            if (maybeSave())
                openBuiltInLesson(id);
        });
    }

    m_labs->fillMenus(menuBar()->addMenu(tr("La&bs")), lessons);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("shortcuts")));
    help->addSeparator();
    help->addAction(action(QStringLiteral("about")));
    help->addAction(action(QStringLiteral("aboutQt")));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(action(QStringLiteral("open")));
    bar->addAction(action(QStringLiteral("save")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("undo")));
    bar->addAction(action(QStringLiteral("redo")));
    bar->addSeparator();
    bar->addActions(m_viewGroup->actions());
    bar->addAction(m_matrix->transposeAction());
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("startPage")));
    bar->addAction(action(QStringLiteral("classroom")));
}

void MainWindow::connectModel()
{
    connect(m_document, &LessonDocument::problemChanged, this,
            [this] { m_model->setProblem(m_document->problem()); });
    connect(m_document, &LessonDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &LessonDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_model, &PlaybackModel::frameChanged, this,
            [this] { m_stage->setFrame(m_model->frame()); });
    connect(m_model, &PlaybackModel::viewChanged, this, &MainWindow::updateViewActions);
    connect(m_model, &PlaybackModel::traceChanged, this, &MainWindow::updateViewActions);
    connect(m_model, &PlaybackModel::playingChanged, this, &MainWindow::updatePlayAction);
    connect(m_model, &PlaybackModel::followAlongChanged, action(QStringLiteral("followAlong")),
            &QAction::setChecked);
    connect(m_stage, &StageWidget::hovered, m_model, &PlaybackModel::setHover);
    connect(m_stage, &StageWidget::clicked, m_model, &PlaybackModel::setSelection);
    connect(m_stage, &StageWidget::cellEdited, m_document, &LessonDocument::setCellValue);
}

void MainWindow::applyView(View view)
{
    m_model->setView(view);
    updateViewActions();
}

void MainWindow::updateViewActions()
{
    const Problem *problem = m_model->problem();
    for (QAction *a : m_viewGroup->actions()) {
        const auto &choice =
            *std::find_if(std::begin(viewChoices), std::end(viewChoices), [a](const ViewChoice &c) {
                return a->objectName() == QLatin1String(c.name);
            });
        const bool applies =
            problem && (choice.op ? problem->op == *choice.op : m_model->viewApplies(choice.view));
        a->setEnabled(applies);
        a->setChecked(applies && m_model->view() == choice.view);
    }
}

void MainWindow::updatePlayAction(bool playing)
{
    QAction *a = action(QStringLiteral("playPause"));
    a->setText(playing ? tr("&Pause") : tr("&Play"));
    a->setIcon(PlaybackBar::transportIcon(PlaybackBar::Control::PlayPause, palette(), playing));
    a->setToolTip(QStringLiteral("%1 (%2)").arg(playing ? tr("Pause") : tr("Play"),
                                                a->shortcut().toString(QKeySequence::NativeText)));
}

// Drawn in the palette's text colour, so they stay visible in a dark theme.
void MainWindow::updateTransportIcons()
{
    using Control = PlaybackBar::Control;
    const std::pair<const char *, Control> controls[] = {{"firstStep", Control::First},
                                                         {"stepBack", Control::Back},
                                                         {"playPause", Control::PlayPause},
                                                         {"stepForward", Control::Forward},
                                                         {"lastStep", Control::Last}};
    for (const auto &[name, control] : controls)
        action(QLatin1String(name))
            ->setIcon(PlaybackBar::transportIcon(
                control, palette(), control == Control::PlayPause && m_model->isPlaying()));
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — ConvStep").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::showStartPage(bool show)
{
    m_pages->setCurrentIndex(show ? 1 : 0);
    if (show)
        m_browser->list()->setFocus();
    else
        m_stage->setFocus();
}

void MainWindow::zeroSelectedCell()
{
    const auto selection = m_model->selection();
    if (!selection || m_stage->isEditing())
        return;
    const StageFrame frame = m_model->frame();
    if (selection->role == GridRole::Kernel) {
        m_document->setKernelValue(kernelElementAt(frame, selection->cell), 0.0);
    } else if (selection->role == GridRole::Source) {
        if (const auto input = sourceCell(*frame.trace, selection->cell).input)
            m_document->setInputValue(*input, 0.0);
    }
}

void MainWindow::editSelectedCell()
{
    if (const auto selection = m_model->selection())
        m_stage->editCell(*selection);
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (const char *name : {"playPause",
                             "stepBack",
                             "stepForward",
                             "firstStep",
                             "lastStep",
                             "slower",
                             "faster",
                             "viewSliding",
                             "viewScatter",
                             "viewZeroInsertion",
                             "viewMatrix",
                             "transposeMatrix",
                             "toggleMatrixExplorer",
                             "editCell",
                             "zeroCell",
                             "undo",
                             "redo",
                             "open",
                             "save",
                             "startPage",
                             "classroom",
                             "blank",
                             "largerText",
                             "smallerText",
                             "labUpsampling",
                             "labCheckerboard",
                             "labShapes",
                             "labCode"}) {
        const QAction *a = action(QLatin1String(name));
        QStringList keys;
        for (const QKeySequence &key : a->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QLatin1String(" / ")).toHtmlEscaped(),
                         QString(a->text()).remove('&').toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                    QStringLiteral("<table cellspacing=6>%1</table>").arg(rows), QMessageBox::Close,
                    this);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ConvStep"), aboutText());
}

} // namespace convstep
