#include "ui/window/predict_controls.h"

#include "io/text.h"
#include "io/translate.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/session/predict_session.h"
#include "ui/widgets/calculation_strip.h"
#include "ui/widgets/explanation_panel.h"
#include "ui/widgets/playback_bar.h"
#include "ui/widgets/predict_area.h"
#include "ui/widgets/predict_banner.h"
#include "ui/widgets/predict_panel.h"
#include "ui/widgets/predict_tally.h"
#include "ui/widgets/problem_panel.h"
#include "ui/widgets/stage_widget.h"
#include "ui/window/action_text.h"
#include "ui/window/compare_controls.h"
#include "ui/window/main_window.h"
#include "ui/window/worksheet_dialog.h"

#include <QAction>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QRandomGenerator>
#include <QScreen>
#include <QToolBar>

namespace convstep {
namespace {

// The playback commands rest while the session drives the steps.
QList<QAction *> playbackActions(const MainActions &actions)
{
    return {actions.playPause, actions.stepBack, actions.stepForward, actions.firstStep,
            actions.lastStep};
}

} // namespace

PredictControls::PredictControls(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(new PredictSession(window->model(), this))
{
    m_panel = new PredictPanel(m_session);
    m_area = new PredictArea(m_panel, window);
    m_area->hide();
    m_banner = new PredictBanner(window->stage());
    m_tally = new PredictTally(window->stage());
    createActions();
    m_panel->setActions(m_newExercise, m_replay);
    connectSession();
    updateLesson();
    update();
}

void PredictControls::createActions()
{
    const auto add = [this](const char *name, const QString &text, const QKeySequence &key,
                            const QString &tip) {
        auto *a = new QAction(text, m_window);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(withoutMnemonic(text),
                                                        key.toString(QKeySequence::NativeText)));
        }
        a->setStatusTip(tip);
        m_window->addAction(a); // shortcuts work even while the menu bar is hidden
        return a;
    };
    m_toggle = add("predictMode", tr("&Predict Mode"), QKeySequence(Qt::Key_P),
                   tr("Predict each step before it is revealed, and see why an answer is right "
                      "or wrong"));
    m_toggle->setCheckable(true);
    m_toggle->setIcon(QIcon::fromTheme(QStringLiteral("help-faq")));
    connect(m_toggle, &QAction::triggered, this, &PredictControls::setActive);
    // Ctrl+N is File → New Lesson, the usual key for a new document.
    m_newExercise =
        add("newExercise", tr("&New Exercise"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
            tr("A fresh random problem at the chosen level, in predict mode"));
    connect(m_newExercise, &QAction::triggered, this, [this] { newExercise(); });
    m_replay = add("replayMistake", tr("&Replay a Mistake"), QKeySequence(Qt::Key_R),
                   tr("Ask the oldest wrongly answered question again"));
    connect(m_replay, &QAction::triggered, m_session, &PredictSession::replayMistake);
    m_tallyAction = add("predictTally", tr("Show the &Tally"), QKeySequence(Qt::Key_V),
                        tr("Classroom: count the hands for each offered answer (type the "
                           "counts; arrows move between answers)"));
    connect(m_tallyAction, &QAction::triggered, this, &PredictControls::toggleTally);
    // Space is Play's until classroom predict mode lends it to this (moveSpace).
    m_advance = add("predictAdvance", tr("Reveal or Go On"), QKeySequence(),
                    tr("Classroom: reveal the step the room predicted, then go on (Space)"));
    m_advance->setToolTip(tr("Reveal or Go On (Space)"));
    connect(m_advance, &QAction::triggered, this, &PredictControls::advance);
    m_worksheet = add("printWorksheet", tr("Print &Worksheet…"), QKeySequence(),
                      tr("Random exercises with an answer key, as a printable PDF"));
    connect(m_worksheet, &QAction::triggered, this, &PredictControls::showWorksheetDialog);
}

void PredictControls::connectSession()
{
    StageWidget *stage = m_window->stage();
    connect(m_session, &PredictSession::frameChanged, stage,
            [this, stage] { stage->setFrame(stageFrame()); });
    connect(m_session, &PredictSession::questionChanged, this, &PredictControls::update);
    connect(m_session, &PredictSession::activeChanged, this, &PredictControls::update);
    connect(m_session, &PredictSession::mistakesChanged, this, &PredictControls::update);
    connect(m_session, &PredictSession::problemWanted, this, &PredictControls::replayProblem);
    // A step moved by the session itself (the model at the step before the question) may
    // show a step that is no longer hidden, or one that now is.
    connect(m_window->model(), &PlaybackModel::stepChanged, this, &PredictControls::update);
    connect(stage, &StageWidget::clicked, this, &PredictControls::stageClicked);
    connect(m_window->document(), &LessonDocument::problemChanged, this,
            &PredictControls::updateLesson);
    connect(m_window->document(), &LessonDocument::filePathChanged, this,
            &PredictControls::updateLesson);
    connect(m_tally, &PredictTally::closed, stage, [stage] { stage->setFocus(); });
}

void PredictControls::fillMenu(QMenu *practice) const
{
    practice->setObjectName(QStringLiteral("practiceMenu"));
    practice->addActions({m_toggle, m_newExercise, m_replay});
    practice->addSeparator();
    practice->addActions({m_advance, m_tallyAction});
    practice->addSeparator();
    practice->addAction(m_worksheet);
}

StageFrame PredictControls::stageFrame() const
{
    return m_session->frame();
}

void PredictControls::setActive(bool on)
{
    // The compared stage would show the step being asked about.
    if (on && m_window->compareControls())
        m_window->compareControls()->setOn(false);
    m_session->setActive(on);
    update();
    if (on && m_panel->isVisible())
        m_panel->focusAnswer();
    else if (!on)
        m_window->stage()->setFocus();
}

bool PredictControls::isActive() const
{
    return m_session->isActive();
}

void PredictControls::setClassroom(bool on)
{
    m_classroom = on;
    if (!on)
        m_tally->hide();
    update();
}

void PredictControls::update()
{
    using Stage = PredictSession::Stage;
    const bool active = m_session->isActive();
    const bool classroom = active && m_classroom;
    const bool hidden = active && m_session->hidesModelStep();
    m_toggle->setChecked(active);
    // The playback bar leaves before the panel comes (and comes back after it left), so the
    // window never needs room for both: on a short screen it would grow past the screen.
    const bool panel = active && !m_classroom;
    const bool hadPanel = m_panel->isVisible();
    if (panel && !hadPanel) {
        showPlayback(false);
        m_area->setRoom(roomForPanel());
    }
    m_area->setVisible(panel);
    if (!panel && hadPanel) { // the layouts forget the panel's height before the bar returns
        for (QWidget *w = m_area->parentWidget(); w && !w->isWindow(); w = w->parentWidget())
            if (w->layout())
                w->layout()->activate();
    }
    if (m_panel->isVisible() && !hadPanel)
        m_panel->focusAnswer();
    showPlayback(!active);
    if (QLabel *narration = m_window->narrationLine())
        narration->setText(hidden ? tr("Predict first: this step is told once it plays.")
                                  : stepText(m_window->model()->currentStep()));
    for (QAction *a : playbackActions(m_window->mainActions()))
        if (a)
            a->setEnabled(!active);
    if (ProblemPanel *problem = m_window->problemPanel())
        problem->setOutputSizeWithheld(active && m_session->stage() == Stage::Asking
                                       && m_session->question().kind == PredictionKind::Shape);
    m_window->calculationStrip()->setWithheld(hidden);
    if (m_window->explanationPanel())
        m_window->explanationPanel()->setWithheld(hidden);
    moveSpace(classroom);
    m_advance->setEnabled(classroom);
    m_tallyAction->setEnabled(classroom);
    m_replay->setEnabled(active && !m_session->mistakes().empty());
    if (classroom && m_session->stage() == Stage::Asking)
        m_banner->showQuestion(m_session->questionText());
    else
        m_banner->hide();
    if (!classroom)
        m_tally->hide();
    updateTally();
}

// The playback bar's tool bar goes while the session drives the steps, and comes back as the
// user had it.
// What the screen leaves the panel once the window has its minimum height without it.
int PredictControls::roomForPanel() const
{
    const QScreen *screen = m_window->screen();
    if (!screen)
        return -1;
    const int frame = m_window->frameGeometry().height() - m_window->height();
    const int available = screen->availableGeometry().height() - frame;
    return available - m_window->minimumSizeHint().height();
}

void PredictControls::showPlayback(bool show)
{
    QWidget *bar = m_window->playbackBar();
    auto *transport = qobject_cast<QToolBar *>(bar->parentWidget());
    if (!transport) // still being built
        return;
    if (!show && transport->isVisible()) {
        transport->hide();
        m_hidPlayback = true;
    } else if (show && m_hidPlayback) {
        transport->show();
        m_hidPlayback = false;
    }
}

// Offered answers for a value question: its value and the likeliest slips; other questions
// get letters for the presenter's own options.
void PredictControls::updateTally()
{
    const auto trace = m_window->model()->trace();
    if (!trace || !m_session->isActive())
        return;
    const Prediction &question = m_session->question();
    const bool asking = m_session->stage() == PredictSession::Stage::Asking;
    if (asking && m_tallied != question) {
        m_tallied = question;
        QList<PredictTally::Option> options;
        if (question.kind == PredictionKind::Value)
            for (const OfferedAnswer &offer :
                 offeredAnswers(*trace, question.cell, PredictTally::maxOptions))
                options.append({numberText(offer.value), offer.right});
        m_tally->setOptions(options);
    }
    m_tally->setRevealed(!asking);
}

// One action holds Space at a time, so no key does two things: Play, or in classroom predict
// mode, Reveal or Go On.
void PredictControls::moveSpace(bool toAdvance)
{
    QAction *play = m_window->mainActions().playPause;
    if (!play || toAdvance == !m_advance->shortcut().isEmpty())
        return;
    const QKeySequence space(Qt::Key_Space);
    if (toAdvance) {
        play->setShortcuts(QList<QKeySequence>{});
        m_advance->setShortcut(space);
    } else {
        m_advance->setShortcut(QKeySequence());
        play->setShortcut(space);
    }
}

void PredictControls::advance()
{
    using Stage = PredictSession::Stage;
    if (m_session->stage() == Stage::Asking)
        m_session->reveal();
    else
        m_session->next();
}

void PredictControls::toggleTally()
{
    if (m_tally->isVisible()) {
        m_tally->hide();
        m_window->stage()->setFocus();
        return;
    }
    updateTally();
    m_tally->open();
}

void PredictControls::stageClicked(std::optional<StageCell> cell)
{
    if (!cell || cell->role != GridRole::Target || !m_session->isActive()
        || !m_session->clickTarget(cell->cell) || !m_panel->isVisible())
        return;
    // The keyboard follows the answer: the picker's arrows go on from the clicked cell.
    if (m_session->question().kind == PredictionKind::CanvasReach)
        m_panel->cellPicker()->setFocus(Qt::OtherFocusReason);
    else
        m_panel->focusAnswer();
}

// The score counts per lesson: its file, or its title when it has none.
void PredictControls::updateLesson()
{
    const LessonDocument *document = m_window->document();
    const QString title = document->lesson().title;
    m_session->setLesson(document->filePath().isEmpty() ? QStringLiteral("title:") + title
                                                        : document->filePath(),
                         title);
}

void PredictControls::replayProblem(const Problem &problem, View view, const QString &title)
{
    Lesson lesson;
    lesson.problem = problem;
    lesson.title = title;
    lesson.view = view;
    m_window->openUnsavedLesson(lesson);
}

Exercise PredictControls::exerciseFor(int level, std::uint64_t seed)
{
    SplitMix64 random(seed);
    const std::vector<ExerciseKind> kinds = kindsOfLevel(level);
    const ExerciseKind kind =
        kinds[static_cast<size_t>(random.between(0, static_cast<int>(kinds.size()) - 1))];
    return makeExercise(level, kind, random);
}

bool PredictControls::newExercise()
{
    return newExercise(m_panel->level(), QRandomGenerator::global()->generate64());
}

bool PredictControls::newExercise(int level, std::uint64_t seed)
{
    level = std::clamp(level, minExerciseLevel, maxExerciseLevel);
    Lesson lesson;
    lesson.problem = exerciseFor(level, seed).problem;
    lesson.title = tr("Exercise, level %1").arg(level);
    lesson.note = tr("A fresh level-%1 problem (seed %2): predict each step before it plays.")
                      .arg(level)
                      .arg(seed);
    // The picture being practised, where it shows the new problem.
    const View view = m_window->model()->view();
    lesson.view = checkView(lesson.problem, view) ? View::Direct : view;
    if (!m_window->openUnsavedLesson(lesson))
        return false;
    setActive(true);
    return true;
}

void PredictControls::showWorksheetDialog()
{
    auto *dialog = new WorksheetDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace convstep
