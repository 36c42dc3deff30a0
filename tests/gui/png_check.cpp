// Checks a GUI screenshot: its size, that it is not blank, and that the regions where the menu bar,
// the timeline and the side panel live differ from the canvas. Prints figures; exit 1 on failure.
#include "render/png_writer.hpp"

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

using tieline::render::Image;

namespace {

// Distinct colours in a rectangle: text and widgets give many, a flat fill gives one or two.
std::size_t distinctColours(const Image& image, int x0, int y0, int x1, int y1) {
    std::set<std::uint32_t> colours;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) colours.insert(image.pixel(x, y));
    return colours.size();
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: tieline_png_check PNG WIDTH HEIGHT [light|dark]\n");
        return 2;
    }
    Image image;
    std::string error;
    if (!tieline::render::readPng(argv[1], image, error)) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const int w = std::atoi(argv[2]), h = std::atoi(argv[3]);
    bool ok = true;
    if (image.width != w || image.height != h) {
        std::fprintf(stderr, "size %dx%d, expected %dx%d\n", image.width, image.height, w, h);
        return 1;
    }
    const std::size_t whole = distinctColours(image, 0, 0, w, h);
    const std::size_t menu = distinctColours(image, 0, 0, w / 3, 20);
    const std::size_t timeline = distinctColours(image, 0, h - 130, w, h);
    const std::size_t side = distinctColours(image, w - 400, 40, w, h - 140);
    std::printf("%s: %dx%d, %zu colours (menu %zu, timeline %zu, side panel %zu)\n", argv[1], w, h, whole, menu,
                timeline, side);
    if (whole < 50) ok = false, std::fprintf(stderr, "the screenshot is nearly blank\n");
    if (menu < 8) ok = false, std::fprintf(stderr, "no menu bar text in the top-left corner\n");
    if (timeline < 20) ok = false, std::fprintf(stderr, "the timeline panel looks empty\n");
    if (side < 20) ok = false, std::fprintf(stderr, "the side panel looks empty\n");
    if (argc == 5) {
        // The canvas just under the menu bar, left of the side panel: the theme's background.
        const std::uint32_t p = image.pixel(8, 40);
        const int r = int(p >> 24), g = int((p >> 16) & 0xFF), b = int((p >> 8) & 0xFF);
        const bool light = std::string(argv[4]) == "light";
        std::printf("canvas background rgb(%d, %d, %d), expected %s\n", r, g, b, argv[4]);
        if (light ? (r < 200 || g < 200 || b < 200) : (r > 60 || g > 60 || b > 60)) ok = false;
    }
    return ok ? 0 : 1;
}
