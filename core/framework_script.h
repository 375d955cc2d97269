#pragma once

#include "core/framework_code.h"
#include "core/geometry.h"

#include <string>

// The pieces both frameworks' scripts are made of (framework_code.cpp), and each framework's
// generator (framework_pytorch.cpp, framework_keras.cpp).
namespace convstep::script {

// Shortest text that Python reads back as the same double: "3", "0.1", "-2.5e-07".
std::string number(double value);

// "(2, 3)"
std::string tuple(Pair pair);

// A grid as a Python list literal, one row per line, indented by four spaces.
std::string listLiteral(const Grid &grid);

// "# ConvStep problem: …" comment lines naming the op and every setting.
std::string header(const Problem &problem, Framework framework);

std::string pytorchScript(const Problem &problem, const Geometry &geometry);
std::string kerasScript(const Problem &problem, const Geometry &geometry);
std::string pytorchGradientScript(const Problem &problem, const Geometry &geometry,
                                  const Grid &upstream, bool kernelGradient);

// A problem with channels (framework_channels.cpp): the layer with its channel counts and
// groups, the weight as a literal in PyTorch's layout, and for Keras permuted to its kernel.
std::string pytorchChannelScript(const Problem &problem, const Geometry &geometry);
std::string kerasChannelScript(const Problem &problem, const Geometry &geometry);

} // namespace convstep::script
