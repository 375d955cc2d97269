#include "ui/session/predict_store.h"

#include "core/exercise.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace convstep {
namespace {

const QString streakKey = QStringLiteral("predict/streak");
const QString bestStreakKey = QStringLiteral("predict/bestStreak");
const QString levelKey = QStringLiteral("predict/level");

// A lesson is a file path or a title: percent-encoded, so that its slashes do not open groups.
QString scoreKey(const QString &lesson, const char *field)
{
    return QStringLiteral("predict/scores/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(lesson)), QLatin1String(field));
}

} // namespace

PredictScore PredictStore::score(const QString &lesson) const
{
    const QSettings settings;
    return {settings.value(scoreKey(lesson, "right"), 0).toInt(),
            settings.value(scoreKey(lesson, "asked"), 0).toInt()};
}

int PredictStore::streak() const
{
    return QSettings().value(streakKey, 0).toInt();
}

int PredictStore::bestStreak() const
{
    return QSettings().value(bestStreakKey, 0).toInt();
}

void PredictStore::record(const QString &lesson, bool right)
{
    QSettings settings;
    const PredictScore before = score(lesson);
    settings.setValue(scoreKey(lesson, "right"), before.right + (right ? 1 : 0));
    settings.setValue(scoreKey(lesson, "asked"), before.asked + 1);
    const int streak = right ? settings.value(streakKey, 0).toInt() + 1 : 0;
    settings.setValue(streakKey, streak);
    settings.setValue(bestStreakKey, std::max(streak, settings.value(bestStreakKey, 0).toInt()));
    settings.sync();
}

int PredictStore::level() const
{
    return std::clamp(QSettings().value(levelKey, minExerciseLevel).toInt(), minExerciseLevel,
                      maxExerciseLevel);
}

void PredictStore::setLevel(int level)
{
    QSettings settings;
    settings.setValue(levelKey, std::clamp(level, minExerciseLevel, maxExerciseLevel));
    settings.sync();
}

} // namespace convstep
