// Fast PNG encoding for exports: zlib at a low level with the "Up" filter, streamed row by row.
// A 3840x2160 picture takes a fraction of what stb_image_write needs (which tries five filters per
// row and has a slower deflate), at a slightly larger file. Written atomically. Export layer.
#pragma once

#include "render/framebuffer.hpp"

#include <string>

namespace tieline::exporter {

// Appends the PNG file's bytes for `image` (straight RGBA, top row first) to `out`.
bool encodePng(const render::Image& image, std::string& out, std::string& error);

// Encodes and writes under a temporary name, then renames into place.
bool writeExportPng(const std::string& path, const render::Image& image, std::string& error);

} // namespace tieline::exporter
