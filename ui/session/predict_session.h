#pragma once

#include "core/prediction.h"
#include "ui/render/stage_frame.h"
#include "ui/session/predict_store.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace convstep {

class PlaybackModel;

// A question answered wrongly, kept so that it can be asked again: the problem and view it
// was asked in, which step, and what the learner was told.
struct PredictMistake
{
    Problem problem;
    View view = View::Direct;
    Prediction question;
    QString lesson; // the score's lesson key
    QString title; // the lesson's title, for reopening it
    QString questionText;
    QString explanation;
};

// Predict mode's state over a PlaybackModel: before each step is revealed the learner commits
// an answer that fits the step (core/prediction.h), then the step plays and the answer is
// marked. The session drives the model's step; widgets show what it holds through its
// signals, and the stage paints frame(), which hides a step while it is asked about.
//
// The flow: the output's shape first, then a question before each step that has one. A
// commit marks the answer, records it (score per lesson, streak: PredictStore) and plays the
// step; next() asks the following question, and steps that ask nothing play one per next().
// A wrong answer joins the mistake queue; replaying one asks it again (reopening its problem
// through problemWanted() when another is shown). A new trace (another problem, another view)
// starts again from the shape; a step chosen from outside counts as revealed.
class PredictSession final : public QObject
{
    Q_OBJECT

public:
    // Asking: a question waits for an answer. Revealed: the step has played (or asks nothing);
    // next() goes on. Finished: the last step has played; next() starts again.
    enum class Stage { Off, Asking, Revealed, Finished };
    Q_ENUM(Stage)

    explicit PredictSession(PlaybackModel *model, QObject *parent = nullptr);

    bool isActive() const { return m_stage != Stage::Off; }
    void setActive(bool on); // on: from the shape question; off: the model as it is
    Stage stage() const { return m_stage; }
    const Prediction &question() const { return m_question; }
    QString questionText() const; // what to predict, in words
    static QString questionText(const Trace &trace, const Prediction &question);

    // Marks the answer to the question being asked, records it and plays the step; false when
    // nothing is asked.
    bool commit(const PredictedAnswer &answer);
    // Plays the step asked about without an answer (classroom: the room predicts aloud).
    void reveal();
    void next();
    void restart();
    const std::optional<Verdict> &verdict() const { return m_verdict; } // the last commit's
    bool lastAnswerRight() const { return m_verdict && m_verdict->right; }

    // Answers drawn on the stage's target grid: cells picked (scatter questions) with a
    // keyboard cursor, or the block of rows and columns kept (crop and output padding).
    const std::vector<Cell> &picked() const { return m_picked; }
    std::optional<Cell> cursor() const;
    void moveCursor(int rows, int cols);
    void toggleAtCursor();
    void togglePick(Cell cell);
    void clearPicks();
    const KeptCells &kept() const { return m_kept; }
    void setKept(const KeptCells &kept);
    // A click on a target-grid cell: toggles it (scatter), or sets a corner of the kept block
    // (crop, output padding; the first click a corner, the next the opposite one). False when
    // the question takes no cells.
    bool clickTarget(Cell cell);
    Pair targetSize() const; // the stage's target grid, in cells
    std::optional<PredictedAnswer> stageAnswer() const; // the picks or the block, as an answer

    // The lesson answers count for (a file path, or "title:" and the lesson's title).
    void setLesson(const QString &key, const QString &title);
    QString lesson() const { return m_lesson; }
    PredictScore score() const;
    int streak() const;
    int bestStreak() const;
    PredictStore &store() { return m_store; }

    const std::vector<PredictMistake> &mistakes() const { return m_mistakes; }
    // Asks the oldest mistake again (taking it from the queue; a wrong answer puts it back at
    // the end). False when there is none or its problem has to be reopened first.
    bool replayMistake();
    bool isReplaying() const { return m_replaying; }

    // The picture for the stage: the question frame while asking, else the model's.
    StageFrame frame() const;
    // The model's step is the one asked about (or the shape is asked): what shows the model's
    // step (its arithmetic, its narration) would give the answer away.
    bool hidesModelStep() const;

signals:
    void activeChanged(bool on);
    void questionChanged(); // the stage, the question or the step changed
    void answered(bool right);
    void picksChanged(); // picks, cursor or kept block
    void frameChanged(); // frame() changed for a reason of the session's own
    void scoreChanged();
    void mistakesChanged();
    // A mistake to replay was asked in another problem: show it (in `view`); the session
    // asks the question once that trace arrives.
    void problemWanted(const convstep::Problem &problem, convstep::View view, const QString &title);

private:
    void askAt(int index);
    void playStep(int index);
    void setStage(Stage stage);
    void stepMoved();
    KeptCells initialKept() const;
    template<typename F> void drive(F &&change);

    PlaybackModel *m_model = nullptr;
    PredictStore m_store;
    Stage m_stage = Stage::Off;
    Prediction m_question;
    std::optional<Verdict> m_verdict;
    std::vector<Cell> m_picked;
    Cell m_cursor;
    KeptCells m_kept;
    std::optional<Cell> m_corner; // the kept block's first corner, until the second click
    QString m_lesson;
    QString m_title;
    std::vector<PredictMistake> m_mistakes;
    std::optional<PredictMistake> m_pendingReplay; // waiting for its problem to be shown
    bool m_replaying = false;
    bool m_driving = false; // the session is moving the model: not a step from outside
    bool m_newTrace = false; // a trace arrived; its first step change starts again
};

} // namespace convstep
