// tieline: one binary for the GUI and the command line. Commands run without a display; anything
// else opens the window.
#include "cli/cli.hpp"
#include "gui/gui_main.hpp"

#include <filesystem>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

std::string directoryOf(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

bool isFile(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// The default dataset, found from the executable's own location, never from the working folder:
// installed, it is PREFIX/share/tieline beside PREFIX/bin (so a moved prefix still works); the
// binary in the build folder reads the source tree's data/.
std::string defaultDataset() {
    std::error_code error;
    const std::string self = std::filesystem::read_symlink("/proc/self/exe", error).string();
    if (error) return {};
    const std::string bin = directoryOf(self);
    const std::string installed = bin + "/" TIELINE_DATA_FROM_BIN "/korea-1955-1969.json";
    if (isFile(installed)) return std::filesystem::path(installed).lexically_normal().string();
    const std::string inSource = TIELINE_SOURCE_DATA_DIR "/korea-1955-1969.json";
    if (std::filesystem::equivalent(bin, TIELINE_BUILD_BIN_DIR, error) && isFile(inSource)) return inSource;
    return {};
}

int run(const std::vector<std::string>& args) {
    if (tieline::cli::isCommand(args)) return tieline::cli::runCli(args, std::cout, std::cerr);

    tieline::gui::GuiOptions options;
    const std::string error = tieline::gui::parseGuiArgs(args, options);
    if (!error.empty()) {
        std::cerr << "tieline: " << error << "\nTry 'tieline --help'.\n";
        return tieline::cli::kExitUsage;
    }
    options.fallbackDataset = defaultDataset();
    return tieline::gui::runGui(options);
}

} // namespace

// What escapes (no window, a renderer that cannot start, a bug) ends the program with a message
// rather than std::terminate's abort.
int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const std::exception& e) {
        std::cerr << "tieline: " << e.what() << "\n";
    } catch (...) {
        std::cerr << "tieline: an unknown error stopped the program\n";
    }
    return 1;
}
