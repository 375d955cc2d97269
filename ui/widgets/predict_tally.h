#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace convstep {

// The presenter's show-of-hands tally over the stage in classroom predict mode: up to four
// answers offered to the room (A–D), each with the number of hands and a bar. The presenter
// fills it from the keyboard: digits type the count of the marked answer, Backspace takes a
// digit back, the arrows, Tab or Enter move the mark, Escape closes it. Once the step is
// revealed the right answer is ticked.
class PredictTally final : public QWidget
{
    Q_OBJECT

public:
    struct Option
    {
        QString answer; // empty: the presenter's own option, by letter only
        bool right = false;
    };

    static constexpr int maxOptions = 4;
    static constexpr int maxCount = 999;

    explicit PredictTally(QWidget *stage);

    void setOptions(const QList<Option> &options); // clears the counts
    const QList<Option> &options() const { return m_options; }
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    QList<int> counts() const { return m_counts; }
    int current() const { return m_current; }
    QString summary() const; // "A 5 · B 12 (right) · …", as shown

    void open(); // shows it over the stage with the keyboard

signals:
    void closed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    void moveMark(int by);
    QFont rowFont() const;

    QList<Option> m_options;
    QList<int> m_counts;
    int m_current = 0;
    bool m_revealed = false;
};

} // namespace convstep
