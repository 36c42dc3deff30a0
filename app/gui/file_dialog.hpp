// The desktop's own file chooser through zenity, when it is installed: spawned directly (no
// shell) and waited for on a helper thread, so the window keeps drawing while it is open. GUI layer.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace tieline::gui {

// Neither copied nor moved (it holds a mutex); destroying it waits for an open chooser, which
// closes with the app's X connection.
class NativeFileDialog {
  public:
    // Whether zenity is on the PATH.
    static bool available();
    // Opens the chooser unless one is open already. Returns false and sets `error` if it cannot start.
    bool open(std::string& error);
    bool isOpen() const { return m_open.load(); }
    // The chosen path once, after the user picked a file (nothing if cancelled or still open).
    std::optional<std::string> poll();

  private:
    std::atomic<bool> m_open{false};
    std::mutex m_mutex;
    std::optional<std::string> m_result;
    std::jthread m_waiter; // last: joined before the members it writes are destroyed
};

} // namespace tieline::gui
