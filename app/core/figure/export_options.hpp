// What an export is asked for: picture size, theme, background, caption, legend, the view, and for
// sweeps the date range and timing. Plain data shared by the CLI, the GUI's export dialog and the
// exporters. Core: no GL.
#pragma once

#include "core/calendar/date.hpp"
#include "core/scene/camera.hpp"
#include "core/scene/scene.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tieline::core::figure {

// The largest picture side an export accepts, in pixels.
constexpr int kMaxExportSide = 8192;
// The picture size at which an export looks like the window at its usual size: text, line widths
// and margins grow with the picture beyond it (and shrink, down to half, below it).
constexpr double kReferenceWidth = 1280.0, kReferenceHeight = 720.0;

struct ExportOptions {
    int width = 1920; // pixels, 1..kMaxExportSide
    int height = 1080;
    bool dark = true;         // the theme: dark or light
    bool transparent = false; // no backdrop: PNG alpha 0 around the network (PNG and SVG only)
    bool caption = true;      // dataset title and the date, top left
    bool legend = true;       // tie types, groups and dashes on screen, top right
    bool showNative = true;   // native-script names under the labels
    bool hulls = false;       // group hulls behind the members (core/scene/hulls.hpp)
    float labelScale = 1.0f;  // label text size times this (0.5 to 3; --label-scale)
    // The view to export, in the window's pixels: it is scaled to the picture keeping its centre.
    // Empty: fit the whole network (and its labels) inside the picture beside caption and legend.
    std::optional<scene::Camera> view;
    // A fixed stretch of the positions (core/scene/stretch.hpp): the window's with `view`, one for
    // every frame of a sweep or every panel of small multiples. Empty: a still fits its own
    // (identity when `view` is set).
    std::optional<scene::Stretch> stretch;
    scene::SceneFilter filter; // hidden tie types and groups, minimum confidence, archival only
    model::EvidenceMask bibKinds = model::kAllEvidence; // the source kinds the bibliography lists
};

// Output pixels per screen pixel for text, line widths and margins (see kReferenceWidth).
double exportPixelScale(int width, int height);

// Parses "WxH" (also "WXH"), each side 1..kMaxExportSide. Returns false and sets `why`.
bool parseExportSize(const std::string& text, int& width, int& height, std::string& why);

// A sweep: frames from `from` to `to` inclusive, at `fps` frames per second over `seconds`.
struct SweepRange {
    calendar::Time from = 0, to = 0; // days
    int fps = 24;
    double seconds = 10;

    // round(fps * seconds), at least 1.
    int frameCount() const;
    // The moment of frame i (0-based): evenly spaced, the first at `from` and the last at `to`.
    calendar::Time frameTime(int i) const;
};

// "frame-00042.png": zero-padded to at least five digits (more when the sweep needs them), so
// the names sort in order and ffmpeg reads them with -i frame-%05d.png.
std::string sweepFrameName(int index, int frameCount);

enum class ExportKind { Png, Svg, Frames, Mp4, Gif };

// One export as the GUI's dialog asks for it (the CLI builds the same from its options).
struct ExportRequest {
    ExportKind kind = ExportKind::Png;
    std::string path;         // a file, or for Frames a folder
    std::string bibliography; // "F.md": also writes F.json (CSL-JSON); empty: none
    ExportOptions options;
    calendar::Time at = 0;                                            // snapshots
    calendar::DatePrecision precision = calendar::DatePrecision::Day; // of `at` (README, "Time")
    std::optional<calendar::Window> range; // a range picture instead of `at` at `precision`
    std::vector<calendar::Window> panels;  // two or more: small multiples (PNG, SVG) instead of `at`
    SweepRange sweep;                      // Frames, Mp4, Gif
};

bool isSweep(ExportKind kind);

// Small multiples: the grid for `count` panels in a width x height picture, the one whose cells
// best fit a 4:3 panel (fewest empty cells on a tie).
void panelGrid(int count, int width, int height, int& columns, int& rows);
// Parses "CxR" (2x2): columns and rows, each 1..16. Returns false and sets `why`.
bool parsePanelGrid(const std::string& text, int& columns, int& rows, std::string& why);

// Checks before any work that `path` can be written: not a folder, in an existing writable
// folder. Returns false and sets `why` ("cannot write out/x.png: no folder out").
bool checkOutputFile(const std::string& path, std::string& why);
// The same for a folder of frames: an existing writable folder, or one that can be created.
bool checkOutputFolder(const std::string& path, std::string& why);

// "F.md" -> "F.json", "refs" -> "refs.json": where the CSL-JSON goes beside a Markdown bibliography.
std::string cslPathFor(const std::string& markdownPath);

} // namespace tieline::core::figure
