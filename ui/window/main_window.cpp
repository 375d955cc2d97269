#include "ui/window/main_window.h"

#include "core/gradient.h"
#include "core/step_channels.h"
#include "io/lesson_catalog.h"
#include "io/text.h"
#include "ui/session/autosaver.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/widgets/key_hint.h"
#include "ui/widgets/lesson_browser.h"
#include "ui/widgets/notice_bar.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/predict_area.h"
#include "ui/widgets/predict_panel.h"
#include "ui/widgets/problem_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/about_text.h"
#include "ui/window/action_text.h"
#include "ui/window/compare_controls.h"
#include "ui/window/export_dialog.h"
#include "ui/window/lab_controls.h"
#include "ui/window/language_menu.h"
#include "ui/window/matrix_controls.h"
#include "ui/window/predict_controls.h"
#include "ui/window/tool_bar_fit.h"
#include "ui/window/upstream_dialog.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace convstep {
namespace {

QString defaultAutosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/autosave.json");
}

// One row per action: its keys, then its text without the mnemonic.
QString shortcutTable(const QList<const QAction *> &actions)
{
    QString rows;
    for (const QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &key : a->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QLatin1String(" / ")).toHtmlEscaped(),
                         withoutMnemonic(a->text()).toHtmlEscaped());
    }
    return QStringLiteral("<table cellspacing=6>%1</table>").arg(rows);
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
    m_firstRunState = saveState();
    restoreSettings();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_stage = new StageWidget(this);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->setMinimumSize(legibleStageSize);
    m_notice = new NoticeBar(this);
    m_calculation = new CalculationStrip(m_model, this);
    m_calculation->setObjectName(QStringLiteral("calculationStrip"));
    m_playbackBar = new PlaybackBar(m_model, this);
    m_playbackBar->setObjectName(QStringLiteral("playbackBar"));
    createNarrationLine();
    // After the narration line: its words for a step still to be predicted are the last word.
    m_predict = new PredictControls(this);

    QWidget *stagePage = createStagePage();
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

    createPanelDocks();
    statusBar()->setSizeGripEnabled(true);
    m_keyHint = new KeyHint(m_stage);
    m_matrix = new MatrixControls(this, m_document, m_model, m_stage);
    m_compare = new CompareControls(this, m_document, m_model, m_stage, m_stageRow);
    // The compared stage would show the step being predicted: one or the other.
    connect(m_compare->action(), &QAction::toggled, this, [this](bool on) {
        if (on)
            m_predict->setActive(false);
    });
    m_labs = new LabControls(this, m_model);
    m_labs->addTo(m_browser);
    connect(m_browser, &LessonBrowser::labChosen, this, [this](const QString &id) {
        showStartPage(false);
        m_labs->open(id);
    });
}

// The notice, the stage (and the compared one beside it), the narration line of classroom
// mode and the calculation strip, in one column. The playback bar runs under the whole
// window, so its controls never make the stage's column wider than the stage needs.
QWidget *MainWindow::createStagePage()
{
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_notice);
    m_stageRow = new QHBoxLayout;
    m_stageRow->setSpacing(0);
    m_stageRow->addWidget(m_stage, 1);
    column->addLayout(m_stageRow, 1);
    column->addWidget(m_narrationLine);
    column->addWidget(m_calculation);
    column->addWidget(m_predict->panelArea()); // in predict mode, for the playback bar below
    auto *transport = new QToolBar(tr("Playback"), this);
    transport->setObjectName(QStringLiteral("playbackToolBar"));
    transport->setMovable(false);
    transport->setFloatable(false);
    transport->addWidget(m_playbackBar);
    addToolBar(Qt::BottomToolBarArea, transport);
    return page;
}

// The problem panel on the left and the explanation on the right.
void MainWindow::createPanelDocks()
{
    m_problemPanel = new ProblemPanel(m_document, m_model, this);
    auto *problemDock = new QDockWidget(tr("Problem"), this);
    problemDock->setObjectName(QStringLiteral("problemDock"));
    // Scrolled rather than squeezed: on a small screen (1024 × 600) the stage keeps its
    // legible minimum and the window still fits.
    auto *scroll = new QScrollArea(problemDock);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_problemPanel);
    problemDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, problemDock);

    m_explanation = new ExplanationPanel(m_model, this);
    auto *explanationDock = new QDockWidget(tr("Explanation"), this);
    explanationDock->setObjectName(QStringLiteral("explanationDock"));
    explanationDock->setWidget(m_explanation);
    addDockWidget(Qt::RightDockWidgetArea, explanationDock);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createPlaybackMenu();
    QMenu *lessons = createLessonsMenu();
    m_labs->fillMenus(menuBar()->addMenu(tr("La&bs")), lessons);
    m_predict->fillMenu(menuBar()->addMenu(tr("Pr&actice")));
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_actions.newLesson, m_actions.open});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addActions({m_actions.save, m_actions.saveAs, m_actions.exportLesson});
    file->addAction(m_predict->worksheetAction());
    file->addSeparator();
    file->addAction(m_actions.quit);
    rebuildRecentMenu();
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_actions.undo, m_actions.redo});
    edit->addSeparator();
    edit->addActions({m_actions.editCell, m_actions.zeroCell});
    edit->addSeparator();
    edit->addAction(m_actions.editUpstream);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewGroup->actions());
    view->addActions({m_matrix->transposeAction(), m_actions.symbols});
    QMenu *channels = view->addMenu(tr("C&hannels"));
    channels->addActions({m_actions.nextInputChannel, m_actions.previousInputChannel,
                          m_actions.nextOutputChannel, m_actions.previousOutputChannel});
    view->addAction(m_compare->action());
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());
    m_language = new LanguageMenu(this, m_notice);
    view->addMenu(m_language->menu());
    connect(m_language, &LanguageMenu::restartRequested, this, &MainWindow::restart);
    view->addSeparator();
    view->addActions(
        {m_actions.classroom, m_actions.blank, m_actions.largerText, m_actions.smallerText});
    view->addSeparator();
    view->addActions({m_stage->zoomInAction(), m_stage->zoomOutAction(), m_stage->fitAction()});
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_actions.resetLayout);
}

void MainWindow::createPlaybackMenu()
{
    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    play->addActions({m_actions.playPause, m_actions.stepBack, m_actions.stepForward,
                      m_actions.firstStep, m_actions.lastStep});
    play->addSeparator();
    play->addActions({m_actions.slower, m_actions.faster, m_actions.followAlong});
}

// All Lessons…, then the built-in lessons in a submenu per group.
QMenu *MainWindow::createLessonsMenu()
{
    QMenu *lessons = menuBar()->addMenu(tr("&Lessons"));
    lessons->setObjectName(QStringLiteral("lessonsMenu"));
    lessons->addActions(
        {m_actions.lessonProperties, m_actions.previousLesson, m_actions.nextLesson});
    lessons->addSeparator();
    lessons->addAction(m_actions.startPage);
    QMenu *group = nullptr;
    for (const CatalogEntry &entry : builtInLessons()) {
        if (!group || group->title() != lessonGroup(entry.id)) {
            lessons->addSeparator();
            group = lessons->addMenu(lessonGroup(entry.id));
        }
        QAction *a = group->addAction(lessonTitle(entry.lesson));
        a->setObjectName(QStringLiteral("lesson_") + entry.id);
        a->setToolTip(lessonNote(entry.lesson));
        a->setStatusTip(lessonNote(entry.lesson));
        const QString id = entry.id;
        connect(a, &QAction::triggered, this, [this, id] {
            if (maybeSave())
                openBuiltInLesson(id);
        });
    }
    return lessons;
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.shortcuts);
    help->addSeparator();
    help->addActions({m_actions.about, m_actions.aboutQt});
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({m_actions.open, m_actions.save});
    bar->addSeparator();
    bar->addActions({m_actions.undo, m_actions.redo});
    bar->addSeparator();
    bar->addActions(m_viewGroup->actions());
    bar->addActions({m_matrix->transposeAction(), m_actions.symbols});
    bar->addAction(m_compare->action());
    bar->addSeparator();
    bar->addActions({m_actions.startPage, m_actions.classroom, m_predict->toggleAction()});
    // A 1024-pixel screen has room for every button with shorter words on some, Redo and
    // Symbols left to their menus and keys; in a language with longer words, Undo, the
    // gradient views, Compare, Save and Open may follow them (each in a menu, with a key).
    new ToolBarFit(bar,
                   {{m_actions.open, tr("Open")},
                    {m_matrix->transposeAction(), tr("C → Cᵀ")},
                    {m_compare->action(), tr("Compare")},
                    {m_actions.startPage, tr("Lessons")},
                    {m_actions.classroom, tr("Classroom")},
                    {m_predict->toggleAction(), tr("Predict")}},
                   {m_actions.redo, m_actions.symbols},
                   {m_actions.undo, m_actions.viewGradKernel, m_actions.viewGradInput,
                    m_compare->action(), m_actions.save, m_actions.open});
}

void MainWindow::connectModel()
{
    connect(m_document, &LessonDocument::problemChanged, this, [this] {
        m_model->setUpstream(m_document->lesson().upstream);
        m_model->setProblem(m_document->problem());
    });
    connect(m_document, &LessonDocument::upstreamChanged, this,
            [this] { m_model->setUpstream(m_document->lesson().upstream); });
    connect(m_document, &LessonDocument::lessonChanged, this, &MainWindow::showCurrentLesson);
    connect(m_document, &LessonDocument::textChanged, this, &MainWindow::showLessonText);
    connect(m_document, &LessonDocument::problemChanged, this,
            [this] { m_explanation->setNoteOutOfDate(m_document->isNoteOutOfDate()); });
    connect(m_document, &LessonDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &LessonDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_model, &PlaybackModel::frameChanged, this,
            [this] { m_stage->setFrame(m_predict->stageFrame()); });
    connect(m_model, &PlaybackModel::viewChanged, this, &MainWindow::updateViewActions);
    connect(m_model, &PlaybackModel::traceChanged, this, &MainWindow::updateViewActions);
    connect(m_model, &PlaybackModel::playingChanged, this, &MainWindow::updatePlayAction);
    connect(m_model, &PlaybackModel::followAlongChanged, m_actions.followAlong,
            &QAction::setChecked);
    connect(m_stage, &StageWidget::hovered, m_model, &PlaybackModel::setHover);
    connect(m_stage, &StageWidget::clicked, m_model, &PlaybackModel::setSelection);
    connect(m_stage, &StageWidget::channelPicked, m_model, &PlaybackModel::showChannel);
    connect(m_stage, &StageWidget::cursorMoved, m_model, &PlaybackModel::setSelection);
    connect(m_stage, &StageWidget::cellEdited, m_document, &LessonDocument::setCellValue);
    connect(m_stage, &StageWidget::upstreamEdited, this, &MainWindow::setUpstreamCell);
}

void MainWindow::applyView(View view)
{
    m_model->setView(view);
    updateViewActions();
}

void MainWindow::updateTitle()
{
    QString name = m_document->displayName();
    if (m_document->lessonCount() > 1)
        name = tr("%1 (lesson %2 of %3)")
                   .arg(name)
                   .arg(m_document->lessonIndex() + 1)
                   .arg(m_document->lessonCount());
    setWindowTitle(QStringLiteral("%1[*] — ConvStep").arg(name));
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

void MainWindow::resetLayout()
{
    setClassroomMode(false);
    m_predict->setActive(false);
    m_compare->setOn(false);
    m_labs->reset();
    restoreState(m_firstRunState);
    m_matrix->keepToMatrixView();
    sizeSidePanels();
}

// The problem panel as wide as it wants, the explanation as wide as it wants, and when the
// window is too narrow for both beside a legible stage, the explanation gives way first.
void MainWindow::sizeSidePanels()
{
    auto *problem = findChild<QDockWidget *>(QStringLiteral("problemDock"));
    auto *explanation = findChild<QDockWidget *>(QStringLiteral("explanationDock"));
    const int separators =
        2 * style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
    const int room = width() - legibleStageSize.width() - separators;
    const int explanationLeast = explanation->minimumSizeHint().width();
    const int problemWidth =
        std::min(m_problemPanel->sizeHint().width(), std::max(room - explanationLeast, 0));
    const int explanationWidth = std::max(
        explanationLeast, std::min(room - problemWidth, m_explanation->sizeHint().width()));
    resizeDocks({problem, explanation}, {problemWidth, explanationWidth}, Qt::Horizontal);
}

void MainWindow::zeroSelectedCell()
{
    const auto selection = m_model->selection();
    if (!selection || m_stage->isEditing())
        return;
    const StageFrame frame = m_model->frame();
    const ChannelPair channels = cellChannels(frame, *selection);
    if (selection->role == GridRole::Kernel) {
        m_document->setKernelValue(kernelElementAt(frame, selection->cell), 0.0, channels);
    } else if (selection->role == GridRole::Source) {
        if (const auto input = channelSourceCell(*frame.trace, selection->cell, channels.in).input)
            m_document->setInputValue(*input, 0.0, channels.in);
    }
}

void MainWindow::editSelectedCell()
{
    if (const auto selection = m_model->selection())
        m_stage->editCell(*selection);
}

void MainWindow::editUpstream()
{
    if (validate(m_document->problem()) || isUpsampling(m_document->problem().op)) {
        statusBar()->showMessage(tr("The upstream gradient needs a valid convolution."), 5000);
        return;
    }
    auto *dialog = new UpstreamDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setUpstreamCell(Cell cell, double value)
{
    Grid upstream = m_document->lesson().upstreamGradient();
    if (cell.row < 0 || cell.row >= upstream.rows() || cell.col < 0 || cell.col >= upstream.cols()
        || upstream(cell.row, cell.col) == value)
        return;
    upstream(cell.row, cell.col) = value;
    if (const auto error = checkUpstream(m_document->problem(), upstream)) {
        statusBar()->showMessage(qt(error->text()), 5000);
        return;
    }
    m_document->setUpstream(upstream);
}

QList<const QAction *> MainWindow::listedShortcuts() const
{
    using Lab = LabControls::Lab;
    return {
        m_actions.playPause,
        m_actions.stepBack,
        m_actions.stepForward,
        m_actions.pageBack,
        m_actions.pageForward,
        m_actions.firstStep,
        m_actions.lastStep,
        m_actions.slower,
        m_actions.faster,
        m_actions.viewSliding,
        m_actions.viewScatter,
        m_actions.viewZeroInsertion,
        m_actions.viewMatrix,
        m_actions.viewGradInput,
        m_actions.viewGradKernel,
        m_matrix->transposeAction(),
        m_actions.symbols,
        m_actions.nextInputChannel,
        m_actions.previousInputChannel,
        m_actions.nextOutputChannel,
        m_actions.previousOutputChannel,
        m_matrix->explorerAction(),
        m_compare->action(),
        m_actions.editCell,
        m_actions.zeroCell,
        m_actions.editUpstream,
        m_actions.undo,
        m_actions.redo,
        m_actions.newLesson,
        m_actions.open,
        m_actions.save,
        m_actions.lessonProperties,
        m_actions.previousLesson,
        m_actions.nextLesson,
        m_actions.startPage,
        m_actions.classroom,
        m_actions.blank,
        m_actions.largerText,
        m_actions.smallerText,
        m_stage->zoomInAction(),
        m_stage->zoomOutAction(),
        m_stage->fitAction(),
        m_labs->action(Lab::Upsampling),
        m_labs->action(Lab::Checkerboard),
        m_labs->action(Lab::Shapes),
        m_labs->action(Lab::Code),
        m_labs->action(Lab::Weights),
        m_labs->action(Lab::Learn),
        m_predict->toggleAction(),
        m_predict->newExerciseAction(),
        m_predict->replayAction(),
        m_predict->tallyAction(),
    };
}

void MainWindow::showShortcuts()
{
    // The stage's own keys are not commands: Shift+arrows move its cell cursor.
    const QString stageKeys = tr("<p><b>Shift+arrow keys</b> on the stage move the cell cursor "
                                 "from cell to cell and from grid to grid.</p>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
                    shortcutTable(listedShortcuts()) + stageKeys, QMessageBox::Close, this);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ConvStep"), aboutText());
}

} // namespace convstep
