// Export option parsing and sweep timing. Core: no GL.
#include "core/figure/export_options.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace tieline::core::figure {

double exportPixelScale(int width, int height) {
    return std::clamp(std::min(double(width) / kReferenceWidth, double(height) / kReferenceHeight), 0.5, 8.0);
}

bool parseExportSize(const std::string& text, int& width, int& height, std::string& why) {
    why = "invalid size '" + text + "': expected WIDTHxHEIGHT in pixels, each from 1 to " +
          std::to_string(kMaxExportSide);
    const std::size_t x = text.find_first_of("xX");
    if (x == std::string::npos || x == 0 || x + 1 >= text.size()) return false;
    const auto side = [](const std::string& digits, int& out) {
        if (digits.empty() || digits.size() > 6) return false;
        for (char c : digits)
            if (c < '0' || c > '9') return false;
        out = std::stoi(digits);
        return out >= 1 && out <= kMaxExportSide;
    };
    if (!side(text.substr(0, x), width) || !side(text.substr(x + 1), height)) return false;
    why.clear();
    return true;
}

int SweepRange::frameCount() const {
    return std::max(1, int(std::lround(double(fps) * seconds)));
}

calendar::Time SweepRange::frameTime(int i) const {
    const int n = frameCount();
    if (n <= 1) return from;
    return from + (to - from) * double(i) / double(n - 1);
}

std::string sweepFrameName(int index, int frameCount) {
    int digits = 5;
    for (int n = frameCount - 1; n >= 100000; n /= 10)
        ++digits;
    char buf[48];
    std::snprintf(buf, sizeof buf, "frame-%0*d.png", digits, index);
    return buf;
}

bool isSweep(ExportKind kind) {
    return kind == ExportKind::Frames || kind == ExportKind::Mp4 || kind == ExportKind::Gif;
}

namespace {

std::string parentOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

bool isFolder(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool writableFolder(const std::string& folder, const std::string& path, std::string& why) {
    if (!isFolder(folder)) {
        why = "cannot write " + path + ": the folder " + folder + " does not exist";
        return false;
    }
    if (::access(folder.c_str(), W_OK | X_OK) != 0) {
        why = "cannot write " + path + ": the folder " + folder + " is not writable";
        return false;
    }
    return true;
}

} // namespace

bool checkOutputFile(const std::string& path, std::string& why) {
    if (path.empty() || path.back() == '/') {
        why = "cannot write '" + path + "': expected a file name";
        return false;
    }
    if (isFolder(path)) {
        why = "cannot write " + path + ": it is a folder";
        return false;
    }
    return writableFolder(parentOf(path), path, why);
}

bool checkOutputFolder(const std::string& path, std::string& why) {
    if (path.empty()) {
        why = "expected a folder name";
        return false;
    }
    std::string trimmed = path;
    while (trimmed.size() > 1 && trimmed.back() == '/')
        trimmed.pop_back();
    if (isFolder(trimmed)) return writableFolder(trimmed, path, why);
    struct stat st {};
    if (::stat(trimmed.c_str(), &st) == 0) {
        why = "cannot write frames into " + path + ": it is a file, not a folder";
        return false;
    }
    return writableFolder(parentOf(trimmed), path, why);
}

std::string cslPathFor(const std::string& markdownPath) {
    const std::size_t slash = markdownPath.find_last_of('/');
    const std::size_t dot = markdownPath.find_last_of('.');
    const bool hasExtension = dot != std::string::npos && (slash == std::string::npos || dot > slash + 1);
    return (hasExtension ? markdownPath.substr(0, dot) : markdownPath) + ".json";
}

void panelGrid(int count, int width, int height, int& columns, int& rows) {
    count = std::max(count, 1);
    columns = count, rows = 1;
    double best = -1;
    for (int c = 1; c <= count; ++c) {
        const int r = (count + c - 1) / c;
        if (c > 1 && (c - 1) * r >= count) continue; // a whole column would stay empty
        const double score = std::min(double(width) / c / 4.0, double(height) / r / 3.0);
        if (score > best + 1e-9) best = score, columns = c, rows = r;
    }
}

bool parsePanelGrid(const std::string& text, int& columns, int& rows, std::string& why) {
    const std::size_t x = text.find_first_of("xX");
    const auto whole = [](const std::string& s, int& v) {
        if (s.empty() || s.size() > 2 || s.find_first_not_of("0123456789") != std::string::npos) return false;
        v = std::stoi(s);
        return v >= 1 && v <= 16;
    };
    if (x == std::string::npos || !whole(text.substr(0, x), columns) || !whole(text.substr(x + 1), rows)) {
        why = "invalid --grid '" + text + "': expected COLUMNSxROWS, each 1 to 16 (2x2)";
        return false;
    }
    return true;
}

} // namespace tieline::core::figure
