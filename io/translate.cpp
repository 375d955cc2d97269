#include "io/translate.h"

#include "io/text.h"

#include <QCoreApplication>

namespace convstep {
namespace {

// The template in the current language; an untranslated counted template picks its English
// singular or plural form itself (QCoreApplication::translate knows only the plural).
QString translatedTemplate(const Message &message)
{
    const Template &form = message.form;
    if (!form.counted)
        return QCoreApplication::translate(form.context, form.text, form.comment);
    const QString text =
        QCoreApplication::translate(form.context, form.text, form.comment, message.count);
    QString untranslated = QString::fromUtf8(form.text);
    untranslated.replace(QLatin1String("%n"), QString::number(message.count));
    return text == untranslated ? QString::fromUtf8(message.englishTemplate()) : text;
}

// %1 … %9 from `args` and %n from `count`, in one pass (as fillTemplate does in core).
QString filled(const QString &text, int count, const QStringList &args)
{
    QString out;
    out.reserve(text.size() + 16 * args.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (text[i] == QLatin1Char('%') && next >= QLatin1Char('1') && next <= QLatin1Char('9')
            && next.unicode() - '1' < args.size()) {
            out += args[next.unicode() - '1'];
            ++i;
        } else if (text[i] == QLatin1Char('%') && next == QLatin1Char('n')) {
            out += QString::number(count);
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

QString translated(const Message &message)
{
    if (message.isNotation())
        return qt(message.notation);
    QStringList args;
    args.reserve(static_cast<qsizetype>(message.args.size()));
    for (const Message &arg : message.args)
        args << translated(arg);
    return filled(translatedTemplate(message), message.count, args);
}

QString counted(Template form, int count)
{
    return translated(Message(form, count));
}

QString verdictText(const Verdict &verdict)
{
    return verdict.message.empty() ? qt(verdict.explanation) : translated(verdict.message);
}

QString stepText(const Step &step)
{
    return step.message.empty() ? qt(step.text) : translated(step.message);
}

QString errorReason(const ProblemError &error)
{
    return error.reason.empty() ? qt(error.message) : translated(error.reason);
}

QString errorText(const ProblemError &error)
{
    if (error.field.empty())
        return errorReason(error);
    return QCoreApplication::translate("Problem", "%1: %2", "a field and what is wrong with it")
        .arg(qt(error.field), errorReason(error));
}

QString termText(const Term &term)
{
    return term.message.empty() ? qt(term.text) : translated(term.message);
}

QString calculationLead(const Calculation &calculation)
{
    return calculation.leadMessage.empty() ? qt(calculation.lead)
                                           : translated(calculation.leadMessage);
}

QString calculationWords(const Calculation &calculation)
{
    return calculation.textMessage.empty() ? qt(calculation.text)
                                           : translated(calculation.textMessage);
}

QString calculationLine(const Calculation &calculation)
{
    if (!calculation.isSum())
        return calculationWords(calculation);
    QString text = calculationLead(calculation);
    for (size_t i = 0; i < calculation.terms.size(); ++i) {
        const Term &term = calculation.terms[i];
        if (i > 0)
            text += term.isGroup() ? QStringLiteral(" ") : QStringLiteral(" + ");
        text += termText(term);
    }
    return text + QStringLiteral(" = ") + qt(calculation.result);
}

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Pad:
        return QCoreApplication::translate("Phase", "pad");
    case Phase::InsertZeros:
        return QCoreApplication::translate("Phase", "insert zeros");
    case Phase::RotateKernel:
        return QCoreApplication::translate("Phase", "rotate kernel");
    case Phase::Slide:
        return QCoreApplication::translate("Phase", "slide");
    case Phase::Scatter:
        return QCoreApplication::translate("Phase", "scatter");
    case Phase::Crop:
        return QCoreApplication::translate("Phase", "crop");
    case Phase::OutputPadding:
        return QCoreApplication::translate("Phase", "output padding");
    case Phase::Bias:
        return QCoreApplication::translate("Phase", "bias");
    case Phase::Row:
        return QCoreApplication::translate("Phase", "row");
    case Phase::Copy:
        return QCoreApplication::translate("Phase", "copy");
    case Phase::Interpolate:
        return QCoreApplication::translate("Phase", "interpolate");
    case Phase::Place:
        return QCoreApplication::translate("Phase", "place");
    case Phase::Pool:
        return QCoreApplication::translate("Phase", "pool");
    case Phase::Unpool:
        return QCoreApplication::translate("Phase", "unpool");
    }
    return QString::fromLatin1(phaseName(phase)).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString viewTitle(View view)
{
    switch (view) {
    case View::Direct:
        return QCoreApplication::translate("View", "direct");
    case View::ZeroInsertion:
        return QCoreApplication::translate("View", "zero insertion");
    case View::Matrix:
        return QCoreApplication::translate("View", "matrix");
    case View::BackwardInput:
        return QCoreApplication::translate("View", "backward: input gradient");
    case View::BackwardKernel:
        return QCoreApplication::translate("View", "backward: kernel gradient");
    }
    return QString::fromLatin1(viewName(view));
}

} // namespace convstep
