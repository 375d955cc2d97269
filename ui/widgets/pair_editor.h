#pragma once

#include "core/grid.h"

#include <QColor>
#include <QWidget>

class QAbstractSpinBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace convstep {

// Marks a control as the one an error names: an "invalid" dynamic property (for tests and
// style sheets), a red tint of its field derived from the inherited palette so it reads in
// light and dark themes, and the message as its accessible description. Call again after a
// palette change.
void setInvalidMark(QWidget *control, bool invalid, const QString &message = QString());

// Lets the undo and redo keys reach the window's Undo and Redo (the document's history) while
// the spin box has focus, instead of undoing the typing in its line edit.
void routeUndoToWindow(QAbstractSpinBox *spin);

// An integer per axis, shown as [rows] × [cols] with a toggle that links the axes so a square
// setting needs one change. The spin boxes and the toggle are named <name>Rows, <name>Cols and
// <name>Link. It holds no state of its own beyond the link: setValue() shows, edited() asks.
class PairEditor final : public QWidget
{
    Q_OBJECT

public:
    // `label` is the human name ("Stride") used for accessible names and tool tips;
    // `separator` sits between the spin boxes ("×" for sizes).
    explicit PairEditor(const QString &name, const QString &label, const QString &separator,
                        QWidget *parent = nullptr);

    void setRange(int minimum, int maximum);
    Pair value() const;
    void setValue(Pair value); // shows the value without emitting edited()

    // A second line for the tool tip, such as why the pair is disabled; empty removes it.
    void setNote(const QString &note);

    bool isLinked() const;
    void setLinked(bool linked); // only the toggle; never an edit

    void setInvalid(bool invalid, const QString &message = QString());
    bool isInvalid() const { return m_invalid; }

    QSpinBox *rows() const { return m_rows; }
    QSpinBox *cols() const { return m_cols; }
    QToolButton *linkButton() const { return m_link; }

signals:
    // The person asked for `value` through the control named `control` (the merge key).
    void edited(convstep::Pair value, const QString &control);
    // Typed text the range turned away, and why: "Stride is at most 16: 99 is too large".
    void refused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void spinChanged(QSpinBox *spin, int value);
    void refuse(const QString &text);
    void linkClicked(bool linked);
    void updateLinkIcon();
    void updateSeparatorWidth();

    QSpinBox *m_rows = nullptr;
    QLabel *m_separator = nullptr;
    QSpinBox *m_cols = nullptr;
    QToolButton *m_link = nullptr;
    QString m_label;
    QString m_tip;
    bool m_invalid = false;
    QString m_message;
};

} // namespace convstep
