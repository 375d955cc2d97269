#pragma once

#include <QString>

namespace convstep {

// The About box's text: version, licence, and the libraries with the versions built against.
QString aboutText();

} // namespace convstep
