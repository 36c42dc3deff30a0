// The harness every "each invalid fixture fails with its message" test shares: a table of rows,
// one per fixture file, checked file by file, and a fixture without a row (or a row without a
// file) fails the test, so a new fixture cannot go unchecked.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

namespace tieline::test {

// Runs check(row, path) for every row (rows name their file in `file`, relative to `dir`) and checks
// that the rows name exactly the files of `dir` that `isFixture(name)` accepts.
template <class Rows, class IsFixture, class Check>
void checkEveryFixtureHasARow(const std::string& dir, const Rows& rows, IsFixture isFixture, Check check) {
    std::set<std::string> files, listed;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (isFixture(name)) files.insert(name);
    }
    for (const auto& row : rows) {
        const std::string name = row.file;
        listed.insert(name);
        CHECK_MESSAGE(files.count(name) == 1,
                      "a row names " << name << ", which is not a fixture in " << dir);
        check(row, dir + "/" + name);
    }
    for (const std::string& name : files)
        CHECK_MESSAGE(listed.count(name) == 1, "no expected message listed for " << dir << "/" << name);
}

inline bool endsWith(const std::string& name, const std::string& suffix) {
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace tieline::test
