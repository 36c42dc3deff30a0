// Per-thread nice values (Linux keeps one per thread: setpriority on the thread's id).
#include "core/io/background_priority.hpp"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace tieline::core::io {

bool lowerThisThreadPriority() {
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (current == -1 && errno != 0) return false;
    return ::setpriority(PRIO_PROCESS, tid, std::min(current + kBackgroundNice, 19)) == 0;
}

} // namespace tieline::core::io
