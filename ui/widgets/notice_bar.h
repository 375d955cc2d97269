#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace convstep {

// A message across the top of the stage with optional buttons, like KDE's KMessageWidget:
// it tells without blocking (a bad file on the command line, a lesson to restore).
class NoticeBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    // Adds a button for the current message; the bar closes when it is clicked.
    QPushButton *addButton(const QString &text);
    QString text() const;

private:
    void clearButtons();

    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace convstep
