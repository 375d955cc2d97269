#include "core/message.h"

#include <utility>

namespace convstep {

Message::Message(std::string text)
    : notation(std::move(text))
{ }

Message::Message(Template form, std::vector<Message> args)
    : form(form)
    , args(std::move(args))
{ }

Message::Message(Template form, int count, std::vector<Message> args)
    : form(form)
    , count(count)
    , args(std::move(args))
{ }

const char *Message::englishTemplate() const
{
    return form.counted && count == 1 ? form.comment : form.text;
}

std::string Message::str() const
{
    if (isNotation())
        return notation;
    std::vector<std::string> filled;
    filled.reserve(args.size());
    for (const Message &arg : args)
        filled.push_back(arg.str());
    return fillTemplate(englishTemplate(), count, filled);
}

std::string fillTemplate(const std::string &text, int count, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(text.size() + 16 * args.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (text[i] == '%' && next >= '1' && next <= '9'
            && static_cast<size_t>(next - '1') < args.size()) {
            out += args[static_cast<size_t>(next - '1')];
            ++i;
        } else if (text[i] == '%' && next == 'n') {
            out += std::to_string(count);
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

Message joinedMessages(const std::vector<Message> &parts, Template pair)
{
    if (parts.empty())
        return {};
    Message joined = parts.front();
    for (size_t i = 1; i < parts.size(); ++i)
        joined = Message(pair, {joined, parts[i]});
    return joined;
}

} // namespace convstep
