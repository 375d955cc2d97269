#pragma once

#include "core/calculation.h"
#include "core/exercise_check.h"
#include "core/message.h"
#include "core/problem.h"
#include "core/trace.h"
#include "io/translate.h"

#include <QString>

// Core's messages in the language of the installed translators (io/language.h): each template
// goes through QCoreApplication::translate, then its arguments are filled in. Without a
// translation the English template is used, so the text is then exactly message.str().
namespace convstep {

QString translated(const Message &message);

// A counted template (CONVSTEP_TR_N) for `count`, its %1 … %9 left for QString::arg: the Qt
// side's way to a singular and plural that are right in English too.
QString counted(Template form, int count);

// A step's narration; a step built without a message gives its English text.
QString stepText(const Step &step);

// A marked answer's explanation; one built without a message gives its English text.
QString verdictText(const Verdict &verdict);

// "field: reason", the field named as the JSON writes it; errorReason is the reason alone.
QString errorText(const ProblemError &error);
QString errorReason(const ProblemError &error);

// A calculation as one line (calculationText in the current language), and its parts.
QString calculationLine(const Calculation &calculation);
QString calculationLead(const Calculation &calculation);
QString calculationWords(const Calculation &calculation); // a step that is not a sum
QString termText(const Term &term);

// The phase as people read it: "insert zeros" for Phase::InsertZeros.
QString phaseTitle(Phase phase);

// The view as people read it: "zero insertion" for View::ZeroInsertion.
QString viewTitle(View view);

} // namespace convstep
