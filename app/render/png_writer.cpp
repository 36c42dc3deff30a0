// PNG encoding through stb_image_write (libstb) into memory, then an atomic file write.
#include "render/png_writer.hpp"

#include "core/io/atomic_file.hpp"

#include <stb_image.h>
#include <stb_image_write.h>

namespace tieline::render {

bool writePng(const std::string& path, const Image& image, std::string& error) {
    if (image.width < 1 || image.height < 1 ||
        image.rgba.size() != std::size_t(image.width) * std::size_t(image.height) * 4) {
        error = "cannot write " + path + ": the image is empty";
        return false;
    }
    std::string bytes;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                   static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &bytes, image.width, image.height, 4, image.rgba.data(),
                                image.width * 4)) {
        error = "cannot encode " + path + " as PNG";
        return false;
    }
    return core::io::writeFileAtomic(path, bytes, error);
}

bool readPng(const std::string& path, Image& image, std::string& error) {
    int w = 0, h = 0, channels = 0;
    stbi_uc* data = stbi_load(path.c_str(), &w, &h, &channels, 4);
    if (!data) {
        error =
            "cannot read " + path + ": " + (stbi_failure_reason() ? stbi_failure_reason() : "unknown error");
        return false;
    }
    image.width = w;
    image.height = h;
    image.rgba.assign(data, data + std::size_t(w) * std::size_t(h) * 4);
    stbi_image_free(data);
    return true;
}

} // namespace tieline::render
