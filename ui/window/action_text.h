#pragma once

#include <QString>

namespace convstep {

// An action's text as words, without its mnemonic markers: "S&catter && sum" is "Scatter & sum"
// ("&&" is how a menu writes a literal &), "&Open…" is "Open…".
QString withoutMnemonic(const QString &text);

} // namespace convstep
