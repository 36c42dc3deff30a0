#pragma once
#include "gui/frame_stats.hpp"
#include <cstdio>
#include <cstdlib>
inline void traceTmp(const char* what) {
    static const bool on = std::getenv("TIELINE_TRACE") != nullptr;
    if (!on) return;
    const double ms = std::chrono::duration<double, std::milli>(tieline::gui::FrameStats::Clock::now() -
                                                                tieline::gui::FrameStats::processStart())
                          .count();
    std::fprintf(stderr, "trace %9.1f %s\n", ms, what);
}
