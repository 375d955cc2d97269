#pragma once

#include <QString>

namespace convstep {

// Answers committed in one lesson, and how many of them were right.
struct PredictScore
{
    int right = 0;
    int asked = 0;

    friend bool operator==(const PredictScore &, const PredictScore &) = default;
};

// Predict mode's record in the application's QSettings (group "predict"): the score of each
// lesson, the streak of right answers and the best one, and the level of New Exercise. Every
// change is written and synced at once, so a crash loses nothing.
class PredictStore final
{
public:
    PredictScore score(const QString &lesson) const;
    int streak() const;
    int bestStreak() const;
    // Counts an answer in the lesson's score and the streak.
    void record(const QString &lesson, bool right);

    int level() const; // 1–3; 1 when never set
    void setLevel(int level);
};

} // namespace convstep
