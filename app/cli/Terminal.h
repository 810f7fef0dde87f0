#pragma once

#include <cstdio>

namespace cl {

// Whether a standard stream is a terminal (progress and prompts only make sense on one).
bool isTerminal(std::FILE *stream);

} // namespace cl
