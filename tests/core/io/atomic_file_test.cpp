// Atomic writes: a device stays a device, a symlink stays a link, a file keeps its mode.
#include "core/io/atomic_file.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using tieline::core::io::writeFileAtomic;

namespace {

fs::path scratch(const char* name) {
    const fs::path dir = fs::temp_directory_path() / ("tieline-atomic-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir / name;
}

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("atomic file: writes and replaces a regular file, keeping its mode") {
    const fs::path file = scratch("plain.txt");
    std::string why;
    REQUIRE(writeFileAtomic(file.string(), "one", why));
    CHECK(readAll(file) == "one");
    ::chmod(file.c_str(), 0640);
    REQUIRE(writeFileAtomic(file.string(), "two", why));
    CHECK(readAll(file) == "two");
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0640);
    fs::remove_all(file.parent_path());
}

TEST_CASE("atomic file: a symlink stays a link and its target gets the bytes") {
    const fs::path target = scratch("target.txt"), link = scratch("link.txt");
    std::string why;
    REQUIRE(writeFileAtomic(target.string(), "old", why));
    fs::create_symlink(target, link);
    REQUIRE(writeFileAtomic(link.string(), "new", why));
    CHECK(fs::is_symlink(link));
    CHECK(readAll(target) == "new");
    fs::remove_all(target.parent_path());
}

TEST_CASE("atomic file: /dev/null is written into, never replaced, a folder is refused") {
    std::string why;
    REQUIRE(writeFileAtomic("/dev/null", "bytes", why));
    struct stat st {};
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    const fs::path dir = scratch("folder");
    fs::create_directories(dir);
    CHECK_FALSE(writeFileAtomic(dir.string(), "x", why));
    CHECK(why.find("it is a folder") != std::string::npos);
    fs::remove_all(dir.parent_path());
}
