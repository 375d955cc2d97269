#pragma once

#include <string>
#include <vector>

// Text that core hands to people (narration, problem errors, formulas' words, exercise
// questions and verdicts) is built from English templates that the Qt side translates. lupdate
// reads CONVSTEP_TR as QT_TRANSLATE_NOOP, CONVSTEP_TR_C as QT_TRANSLATE_NOOP3 and CONVSTEP_TR_N
// as QT_TRANSLATE_N_NOOP3, so every template written through them lands in the .ts files
// (HACKING.md, "Translations").

// A template: %1 … %9 stand for the message's arguments.
#define CONVSTEP_TR(context, text) (::convstep::Template{context, text, nullptr, false})
// The same with a comment that tells translators apart two uses of one text.
#define CONVSTEP_TR_C(context, text, comment) (::convstep::Template{context, text, comment, false})
// A template with a count %n: `plural` is the English text for any count but 1, `singular`
// the one for 1 (translators see it as the message's comment).
#define CONVSTEP_TR_N(context, plural, singular)                                                   \
    (::convstep::Template{context, plural, singular, true})

namespace convstep {

struct Template
{
    const char *context = nullptr;
    const char *text = nullptr;
    const char *comment = nullptr; // the disambiguation; a counted template's English singular
    bool counted = false;
};

// A sentence or phrase with its arguments, or a piece of notation (a number, a size such as
// "4×4", a formula) that reads the same in every language. Arguments are messages too.
struct Message
{
    Template form; // no context: notation
    std::string notation;
    int count = 0; // %n of a counted template
    std::vector<Message> args;

    Message() = default;
    // Notation converts implicitly, so a number or a formula can stand where a message goes.
    Message(std::string text);
    Message(Template form, std::vector<Message> args = {});
    Message(Template form, int count, std::vector<Message> args = {});

    bool isNotation() const { return form.context == nullptr; }
    bool empty() const { return isNotation() && notation.empty(); }
    // The form for this message's count: the singular for a count of 1.
    const char *englishTemplate() const;
    // The English text, arguments filled in.
    std::string str() const;
};

// Fills %1 … %9 with `args` and %n with `count` in one pass, as the Qt side does with
// translated templates.
std::string fillTemplate(const std::string &text, int count, const std::vector<std::string> &args);

// Parts chained through a two-argument template such as "%1; %2" (a translation may use its
// own punctuation); one part comes back as it is, none as an empty message.
Message joinedMessages(const std::vector<Message> &parts, Template pair);

} // namespace convstep
