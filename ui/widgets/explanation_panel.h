#pragma once

#include "core/trace.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;

namespace convstep {

class PlaybackModel;

// The explanation dock: the step's phase and narration, the output-size formula of the
// problem's convention with its numbers substituted, and the lesson's note. All text comes
// from the trace and shapeFormulas(); colours come from the palette, so it follows the theme.
class ExplanationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(PlaybackModel *model, QWidget *parent = nullptr);

    // The lesson's note; empty hides the section.
    void setLessonNote(const QString &note);
    // The problem was edited away from the one the note describes: say so under it.
    void setNoteOutOfDate(bool outOfDate);
    bool isNoteOutOfDate() const { return m_noteOutOfDate; }

    // Predict mode: while the step on show is still to be predicted, its narration, the step
    // count and the output-size formula would give the answer away; a note stands in for them.
    void setWithheld(bool withheld);
    bool isWithheld() const;

    // What is shown, as plain text.
    QString lessonNote() const { return m_noteText; }
    QString phaseText() const; // "Slide"
    QString stepText() const; // "Step 7 of 16"
    QString narration() const { return m_narrationText; }
    QString formula() const { return m_formulaText; }

    QSize sizeHint() const override { return {320, 400}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void takeTrace();
    void takeStep();
    void renderFormula();
    void setBody(QLabel *label, const QString &plain);
    void applyColours();
    void applyFonts();
    void styleChip();
    QLabel *addHeading(const QString &text);
    QLabel *addBody();

    PlaybackModel *m_model = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_scroll = nullptr;
    QLabel *m_withheldNote = nullptr;
    QLabel *m_phase = nullptr; // a chip in the phase's timeline colour
    QLabel *m_step = nullptr;
    QLabel *m_narration = nullptr;
    QList<QLabel *> m_headings;
    QLabel *m_formula = nullptr;
    QLabel *m_noteHeading = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_noteWarning = nullptr;
    bool m_noteOutOfDate = false;
    std::optional<Phase> m_shownPhase;
    QString m_narrationText;
    QString m_formulaText;
    QString m_noteText;
};

} // namespace convstep
