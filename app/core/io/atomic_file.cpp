// Temporary file + fsync + rename. Core: no GL.
#include "core/io/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tieline::core::io {

namespace {

// Why a file could not be created at `path`: "No such file or directory" alone does not say whether
// the folder is missing or refuses new files (/proc, /sys).
std::string createError(const std::string& path, int error) {
    std::string message = "cannot write " + path + ": " + std::strerror(error);
    if (error != ENOENT) return message;
    const std::size_t slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0)
        return "cannot write " + path + ": the folder " + dir + " does not exist";
    if (S_ISDIR(st.st_mode))
        return "cannot write " + path + ": the folder " + dir +
               " does not accept new files (a virtual file system such as /proc or /sys?)";
    return message;
}

} // namespace

bool writeFileAtomic(const std::string& path, std::string_view bytes, std::string& why) {
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        why = createError(path, errno);
        return false;
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            why = "cannot write " + path + ": " + std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        why = "cannot write " + path + ": " + std::strerror(errno);
        ::unlink(temp.c_str());
        return false;
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        why = "cannot replace " + path + ": " + std::strerror(errno);
        ::unlink(temp.c_str());
        return false;
    }
    return true;
}

} // namespace tieline::core::io
