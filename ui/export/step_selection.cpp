#include "ui/export/step_selection.h"

#include "io/language.h"

#include <QCoreApplication>

#include <algorithm>

namespace convstep {

namespace {

// "2nd" in English; other languages write their ordinals through their translation of "%1.".
QString ordinal(int n)
{
    if (currentLanguage() != QLatin1String("en"))
        return QCoreApplication::translate("Export", "%1.", "an ordinal number: the 2nd").arg(n);
    const int tens = n % 100;
    const char *suffix = tens >= 11 && tens <= 13 ? "th"
        : n % 10 == 1                             ? "st"
        : n % 10 == 2                             ? "nd"
        : n % 10 == 3                             ? "rd"
                                                  : "th";
    return QString::number(n) + QLatin1String(suffix);
}

} // namespace

StepSelection::StepSelection(ResolvedSteps range)
    : m_range(range)
    , m_count(range.last - range.first + 1)
{ }

StepSelection::StepSelection(const Trace &trace, ResolvedSteps range, StepPick pick, int every)
    : m_range(range)
    , m_pick(pick)
    , m_every(std::max(1, every))
{
    const int steps = range.last - range.first + 1;
    switch (pick) {
    case StepPick::All:
        m_count = steps;
        break;
    case StepPick::Every:
        // 0, n, 2n, … and the last unless it is one of them.
        m_count = (steps - 1) / m_every + 1 + ((steps - 1) % m_every != 0 ? 1 : 0);
        break;
    case StepPick::Phases:
        for (const PhaseSpan &span : trace.phases) {
            const int first = std::max(span.first, range.first);
            const int last = std::min(span.first + span.count - 1, range.last);
            if (first > last)
                continue;
            m_listed.push_back(first);
            if (last != first)
                m_listed.push_back(last);
        }
        m_count = static_cast<int>(m_listed.size());
        break;
    case StepPick::Final:
        m_listed.push_back(range.last);
        m_count = 1;
        break;
    }
}

int StepSelection::at(int index) const
{
    switch (m_pick) {
    case StepPick::All:
        return m_range.first + index;
    case StepPick::Every:
        return std::min(m_range.first + index * m_every, m_range.last);
    case StepPick::Phases:
    case StepPick::Final:
        break;
    }
    return m_listed[static_cast<std::size_t>(index)];
}

QString StepSelection::description() const
{
    switch (m_pick) {
    case StepPick::All:
        return QCoreApplication::translate("Export", "every step");
    case StepPick::Every:
        if (m_every == 1)
            return QCoreApplication::translate("Export", "every step");
        //: %1 is an ordinal number as the language writes it: "2nd", "2.", "第2"
        return QCoreApplication::translate("Export", "every %1 step, and the last")
            .arg(ordinal(m_every));
    case StepPick::Phases:
        return QCoreApplication::translate("Export", "the first and the last step of each phase");
    case StepPick::Final:
        return QCoreApplication::translate("Export", "the last step");
    }
    return {};
}

} // namespace convstep
