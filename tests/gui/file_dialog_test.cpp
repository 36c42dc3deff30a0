// Tests for app/gui/file_dialog.cpp with a stand-in zenity on the PATH: the chosen path comes
// back once; a cancelled chooser gives nothing; no shell is involved (the path has spaces and $).
#include "gui/file_dialog.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

namespace {

void fakeZenity(const std::filesystem::path& dir, const std::string& body) {
    std::filesystem::create_directories(dir);
    const auto path = dir / "zenity";
    std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
    std::filesystem::permissions(path, std::filesystem::perms::owner_all);
}

std::optional<std::string> waitFor(tieline::gui::NativeFileDialog& dialog) {
    for (int i = 0; i < 500 && dialog.isOpen(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return dialog.poll();
}

} // namespace

TEST_CASE("file dialog: zenity's choice comes back once, a cancel gives nothing") {
    const auto dir = std::filesystem::temp_directory_path() / "tieline-fake-zenity";
    const char* oldPath = std::getenv("PATH");
    const std::string saved = oldPath ? oldPath : "";
    setenv("PATH", (dir.string() + ":" + saved).c_str(), 1);
    fakeZenity(dir, "printf '%s\\n' '/data/my files/$HOME.json'");
    CHECK(tieline::gui::NativeFileDialog::available());
    {
        tieline::gui::NativeFileDialog dialog;
        std::string error;
        REQUIRE_MESSAGE(dialog.open(error), error);
        CHECK(waitFor(dialog) == std::optional<std::string>("/data/my files/$HOME.json"));
        CHECK_FALSE(dialog.poll());
    }
    fakeZenity(dir, "exit 1");
    {
        tieline::gui::NativeFileDialog dialog;
        std::string error;
        REQUIRE(dialog.open(error));
        CHECK_FALSE(waitFor(dialog));
    }
    setenv("PATH", saved.c_str(), 1);
    std::filesystem::remove_all(dir);
}
