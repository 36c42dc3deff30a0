// Temporary file + fsync + rename (into what a symlink points to, keeping the file's mode); devices
// and pipes are written into directly. Core: no GL.
#include "core/io/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
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

bool writeAll(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Writes straight into what is not a regular file (`--csv /dev/null`, `/dev/stdout`, a named pipe):
// renaming a temporary file over it would replace the device itself (as root, even /dev/null).
bool writeInto(const std::string& path, std::string_view bytes, std::string& why) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        why = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    const bool ok = writeAll(fd, bytes);
    const int error = errno;
    if (::close(fd) != 0 || !ok) {
        why = "cannot write " + path + ": " + std::strerror(ok ? errno : error);
        return false;
    }
    return true;
}

} // namespace

bool writeFileAtomic(const std::string& requested, std::string_view bytes, std::string& why) {
    // A symlink stays a link: the file it points to is replaced. An existing file keeps its mode.
    std::string path = requested;
    mode_t mode = 0644;
    struct stat st {};
    if (::stat(requested.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            why = "cannot write " + requested + ": it is a folder";
            return false;
        }
        if (!S_ISREG(st.st_mode)) return writeInto(requested, bytes, why);
        mode = st.st_mode & 07777;
        if (char* real = ::realpath(requested.c_str(), nullptr)) {
            path = real;
            std::free(real);
        }
    }
    const std::string temp = path + ".tmp-" + std::to_string(::getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        why = createError(requested, errno);
        return false;
    }
    if (!writeAll(fd, bytes)) {
        why = "cannot write " + requested + ": " + std::strerror(errno);
        ::close(fd);
        ::unlink(temp.c_str());
        return false;
    }
    if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) {
        why = "cannot write " + requested + ": " + std::strerror(errno);
        ::unlink(temp.c_str());
        return false;
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        why = "cannot replace " + requested + ": " + std::strerror(errno);
        ::unlink(temp.c_str());
        return false;
    }
    return true;
}

} // namespace tieline::core::io
