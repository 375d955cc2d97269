#pragma once

#include "core/framework_code.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace convstep {

class PlaybackModel;

// The current problem as a runnable PyTorch or Keras script (frameworkScript), read-only in
// a monospace view with a Copy button; in a backward view, PyTorch's autograd script that
// prints the gradient on the stage (gradientScript). It follows the problem as it is edited; while
// hidden it only notes that it is stale, since a 512×512 input makes a long script.
class CodePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CodePanel(PlaybackModel *model, QWidget *parent = nullptr);

    Framework framework() const;
    void setFramework(Framework framework);
    QString text() const;
    QPlainTextEdit *editor() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    QComboBox *frameworkBox() const { return m_framework; }
    QLabel *note() const { return m_note; }

    void copy();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh(); // regenerates now if shown, later otherwise
    void regenerate();

    PlaybackModel *m_model = nullptr;
    QComboBox *m_framework = nullptr;
    QPushButton *m_copy = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
    bool m_stale = true;
};

} // namespace convstep
