#pragma once

#include <QLabel>

namespace convstep {

// Classroom predict mode's pause before each reveal: "Predict, then press Space" in large
// type across the top of the stage, with the question under it. Nobody types; the room
// predicts aloud or by a show of hands.
class PredictBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit PredictBanner(QWidget *stage);

    void showQuestion(const QString &question);
    QString question() const { return m_question; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QString m_question;
};

} // namespace convstep
