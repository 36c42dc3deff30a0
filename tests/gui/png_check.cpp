// Checks a GUI screenshot: its size, that it is not blank, and that the regions where the menu bar,
// the timeline and the side panel live differ from the canvas. Prints figures; exit 1 on failure.
// Optional checks after the theme: --colour RRGGBB MIN X0 Y0 X1 Y1 (at least MIN pixels within 40
// of the colour in the rectangle: a chart's bands), --no-colour RRGGBB MAX X0 Y0 X1 Y1 (at most
// MAX such pixels: no widgets in presentation mode), --same X0 Y0 X1 Y1 TOL (two pixels alike:
// the canvas reaching where a panel would be), --no-panels (skip the panel checks: presentation).
#include "render/png_writer.hpp"

#include <algorithm>
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
        for (int x = x0; x < x1; ++x)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

int channelDistance(std::uint32_t p, int rgb) {
    return std::max({std::abs(int(p >> 24) - (rgb >> 16)),
                     std::abs(int((p >> 16) & 0xFF) - ((rgb >> 8) & 0xFF)),
                     std::abs(int((p >> 8) & 0xFF) - (rgb & 0xFF))});
}

// The optional --colour and --same checks from argv[5] on.
bool extraChecks(const Image& image, int argc, char** argv) {
    bool ok = true;
    const auto clampX = [&](int x) { return std::clamp(x, 0, image.width); };
    const auto clampY = [&](int y) { return std::clamp(y, 0, image.height); };
    for (int i = 5; i < argc; ++i) {
        const std::string option = argv[i];
        if ((option == "--colour" || option == "--no-colour") && i + 6 < argc) {
            const int rgb = int(std::strtol(argv[i + 1], nullptr, 16)), min = std::atoi(argv[i + 2]);
            const int x0 = clampX(std::atoi(argv[i + 3])), y0 = clampY(std::atoi(argv[i + 4]));
            const int x1 = clampX(std::atoi(argv[i + 5])), y1 = clampY(std::atoi(argv[i + 6]));
            int count = 0;
            for (int y = y0; y < y1; ++y)
                for (int x = x0; x < x1; ++x)
                    count += channelDistance(image.pixel(x, y), rgb) <= 40 ? 1 : 0;
            const bool most = option == "--no-colour"; // then MIN is the most allowed
            std::printf("colour #%s: %d pixels in [%d,%d)-[%d,%d), expected at %s %d\n", argv[i + 1], count,
                        x0, y0, x1, y1, most ? "most" : "least", min);
            if (most ? count > min : count < min) ok = false;
            i += 6;
        } else if (option == "--same" && i + 5 < argc) {
            const std::uint32_t a = image.pixel(std::atoi(argv[i + 1]), std::atoi(argv[i + 2]));
            const std::uint32_t b = image.pixel(std::atoi(argv[i + 3]), std::atoi(argv[i + 4]));
            const int distance = channelDistance(a, int(b >> 8));
            std::printf("pixels (%s,%s) and (%s,%s) differ by %d, expected at most %s\n", argv[i + 1],
                        argv[i + 2], argv[i + 3], argv[i + 4], distance, argv[i + 5]);
            if (distance > std::atoi(argv[i + 5])) ok = false;
            i += 5;
        } else if (option != "--no-panels") {
            std::fprintf(stderr, "unknown or incomplete check '%s'\n", argv[i]);
            ok = false;
        }
    }
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(
            stderr,
            "usage: tieline_png_check PNG WIDTH HEIGHT [light|dark|any] [--colour RRGGBB MIN X0 Y0 X1 Y1]"
            " [--same X0 Y0 X1 Y1 TOL] [--no-panels]\n");
        return 2;
    }
    bool panels = true;
    for (int i = 5; i < argc; ++i)
        panels = panels && std::string(argv[i]) != "--no-panels";
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
    std::printf("%s: %dx%d, %zu colours (menu %zu, timeline %zu, side panel %zu)\n", argv[1], w, h, whole,
                menu, timeline, side);
    if (whole < 50) ok = false, std::fprintf(stderr, "the screenshot is nearly blank\n");
    if (panels && menu < 8) ok = false, std::fprintf(stderr, "no menu bar text in the top-left corner\n");
    if (panels && timeline < 20) ok = false, std::fprintf(stderr, "the timeline panel looks empty\n");
    if (panels && side < 20) ok = false, std::fprintf(stderr, "the side panel looks empty\n");
    if (argc >= 5 && std::string(argv[4]) != "any") {
        // The canvas just under the menu bar, left of the side panel: the theme's background.
        const std::uint32_t p = image.pixel(8, 40);
        const int r = int(p >> 24), g = int((p >> 16) & 0xFF), b = int((p >> 8) & 0xFF);
        const bool light = std::string(argv[4]) == "light";
        std::printf("canvas background rgb(%d, %d, %d), expected %s\n", r, g, b, argv[4]);
        if (light ? (r < 200 || g < 200 || b < 200) : (r > 60 || g > 60 || b > 60)) ok = false;
    }
    if (!extraChecks(image, argc, argv)) ok = false;
    return ok ? 0 : 1;
}
