// UTF-8 encoding of code points, for readers that decode escapes (\uXXXX). Core: no GL.
#pragma once

#include <string>

namespace tieline::core {

// Appends the UTF-8 form of `codePoint` (up to U+10FFFF; the caller has rejected surrogates).
void appendUtf8(std::string& out, unsigned codePoint);

} // namespace tieline::core
