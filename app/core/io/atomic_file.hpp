// Writing files so that a failure never leaves a half-written file or damages an existing one:
// write a temporary file beside the target, flush it, then rename it into place. Core: no GL.
#pragma once

#include <string>
#include <string_view>

namespace tieline::core::io {

// A symlink is kept (the file it points to is replaced) and an existing file keeps its permissions;
// a device or a named pipe (/dev/null, /dev/stdout) is written into directly, never replaced; a
// folder is refused. Returns false and sets `why` (with the path and the system's reason) on failure.
bool writeFileAtomic(const std::string& path, std::string_view bytes, std::string& why);

} // namespace tieline::core::io
