// Background work that must not take the CPU from the window: a worker thread (metrics, the layout
// chain) calls lowerThisThreadPriority() first, so the frame loop keeps its core when both are
// busy and the worker gets everything the window leaves. Threads the worker then starts inherit
// the lower priority. Core: no GL.
#pragma once

namespace tieline::core::io {

// Lowers the calling thread's scheduling priority (Linux: its nice value, by kBackgroundNice).
// Returns whether it could; a failure only means the worker competes with the window as before.
bool lowerThisThreadPriority();

// How far below the window's priority a background thread runs (nice units).
constexpr int kBackgroundNice = 10;

} // namespace tieline::core::io
