#pragma once

#include "core/prediction.h"
#include "ui/render/stage_frame.h"

#include <QObject>

#include <cstdint>
#include <optional>

class QAction;
class QMenu;

namespace convstep {

class MainWindow;
class PredictArea;
class PredictBanner;
class PredictPanel;
class PredictSession;
class PredictTally;

// Predict mode in the main window. P (or its tool bar button) turns it on: the predict panel
// takes the playback bar's place under the stage and the session drives the steps, so the
// playback commands rest meanwhile; the calculation strip and the explanation hold back a step
// still to be predicted. Practice → New Exercise (Ctrl+Shift+N: Ctrl+N is File → New Lesson)
// opens a fresh random problem at the panel's level; Replay a Mistake (R) asks the oldest
// mistake again. In classroom mode nobody types: a banner asks the room to predict before each
// reveal, Space reveals and Space again goes on, and V opens the presenter's tally of hands.
// File → Print Worksheet… opens the worksheet dialog. The window keeps it as one object.
class PredictControls final : public QObject
{
    Q_OBJECT

public:
    explicit PredictControls(MainWindow *window);

    PredictSession *session() const { return m_session; }
    PredictPanel *panel() const { return m_panel; }
    // The panel in a scroll area, as the window lays it out under the stage.
    PredictArea *panelArea() const { return m_area; }
    PredictBanner *banner() const { return m_banner; }
    PredictTally *tally() const { return m_tally; }

    QAction *toggleAction() const { return m_toggle; }
    QAction *newExerciseAction() const { return m_newExercise; }
    QAction *replayAction() const { return m_replay; }
    QAction *tallyAction() const { return m_tallyAction; }
    QAction *advanceAction() const { return m_advance; }
    QAction *worksheetAction() const { return m_worksheet; }

    // The Practice menu.
    void fillMenu(QMenu *practice) const;

    // What the stage paints: a question hides the step it asks about.
    StageFrame stageFrame() const;

    void setActive(bool on);
    bool isActive() const;
    // Classroom mode came or went (MainWindow::setClassroomMode).
    void setClassroom(bool on);

    // A fresh problem at `level` from `seed` alone (the same seed, the same problem), opened
    // as an unsaved lesson in predict mode; false when the unsaved-changes question was
    // cancelled. Without arguments: the panel's level and a random seed.
    bool newExercise();
    bool newExercise(int level, std::uint64_t seed);
    static Exercise exerciseFor(int level, std::uint64_t seed);

    void showWorksheetDialog();

private:
    void createActions();
    void connectSession();
    void update();
    void showPlayback(bool show);
    int roomForPanel() const;
    void updateTally();
    void advance();
    void moveSpace(bool toAdvance);
    void toggleTally();
    void stageClicked(std::optional<StageCell> cell);
    void updateLesson();
    void replayProblem(const Problem &problem, View view, const QString &title);

    MainWindow *m_window = nullptr;
    PredictSession *m_session = nullptr;
    PredictPanel *m_panel = nullptr;
    PredictArea *m_area = nullptr;
    PredictBanner *m_banner = nullptr;
    PredictTally *m_tally = nullptr;
    QAction *m_toggle = nullptr;
    QAction *m_newExercise = nullptr;
    QAction *m_replay = nullptr;
    QAction *m_tallyAction = nullptr;
    QAction *m_advance = nullptr;
    QAction *m_worksheet = nullptr;
    bool m_classroom = false;
    bool m_hidPlayback = false; // the playback tool bar is hidden by predict mode
    std::optional<Prediction> m_tallied; // the question the tally's options were made for
};

} // namespace convstep
