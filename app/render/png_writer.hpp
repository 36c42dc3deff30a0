// PNG files from Images, written atomically (temporary file, then rename). Render layer.
#pragma once

#include "render/framebuffer.hpp"

#include <string>

namespace tieline::render {

bool writePng(const std::string& path, const Image& image, std::string& error);

// Reads a PNG back (tests and tools); returns false and sets `error` on failure.
bool readPng(const std::string& path, Image& image, std::string& error);

} // namespace tieline::render
