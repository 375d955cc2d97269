#pragma once

#include "core/prediction.h"

#include <QWidget>

#include <array>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace convstep {

class PredictSession;

// Predict mode's panel under the stage: the question, the answer (typed into boxes, or picked
// on the stage's target grid), Commit, the verdict in the step's own arithmetic, the lesson's
// score and the streak, the mistakes waiting to be replayed, and New Exercise with its level.
//
// Keyboard only: the answer's first box has the keyboard when a question comes; Tab goes
// through the boxes; Enter commits, and once the step has played, goes on to the next
// question. In a scatter question the cell picker has the keyboard instead: the arrows move
// the cursor on the stage's canvas and Space toggles the cell under it.
class PredictPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PredictPanel(PredictSession *session, QWidget *parent = nullptr);

    // The buttons for New Exercise and Replay a Mistake, which belong to the window.
    void setActions(QAction *newExercise, QAction *replay);

    int level() const;
    void setLevel(int level);

    // Reads the boxes (or the stage's picks) and commits them; an incomplete answer is not
    // counted: a hint says what is missing. Revealed: goes on to the next question.
    bool commitOrNext();
    // Gives the keyboard to what the question is answered with.
    void focusAnswer();

    // What the panel shows, for tests and screen readers.
    QString questionText() const;
    QString verdictText() const;
    QString scoreText() const;
    QString mistakesText() const;
    QLineEdit *valueEdit() const { return m_value; }
    QSpinBox *pairBox(int index) const { return m_pair[static_cast<size_t>(index)]; } // rows, cols
    QSpinBox *sideBox(int index) const { return m_sides[static_cast<size_t>(index)]; } // t, b, l, r
    // Kept rows from, to; columns from, to.
    QSpinBox *keptBox(int index) const { return m_kept[static_cast<size_t>(index)]; }
    QLabel *cellPicker() const { return m_picker; }
    QPushButton *commitButton() const { return m_commit; }

signals:
    void levelChanged(int level);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createValuePage();
    QWidget *createPairPage();
    QWidget *createPickerPage();
    QWidget *createSidesPage();
    QWidget *createKeptPage();
    void takeQuestion();
    void takeVerdict();
    void takeScore();
    void takePicks();
    void showHint(const QString &text);
    std::optional<PredictedAnswer> typedAnswer();
    void keptEdited();

    PredictSession *m_session = nullptr;
    QLabel *m_question = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_value = nullptr;
    std::array<QSpinBox *, 2> m_pair{};
    QLabel *m_picks = nullptr;
    QLabel *m_picker = nullptr;
    std::array<QSpinBox *, 4> m_sides{};
    std::array<QSpinBox *, 4> m_kept{};
    QPushButton *m_commit = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_score = nullptr;
    QLabel *m_mistakes = nullptr;
    QToolButton *m_replay = nullptr;
    QComboBox *m_level = nullptr;
    QToolButton *m_newExercise = nullptr;
    bool m_updating = false; // filling the boxes from the session
};

} // namespace convstep
