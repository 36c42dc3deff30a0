// tieline: one binary for the GUI and the command line. Commands run without a display; anything
// else opens the window.
#include "cli/cli.hpp"
#include "gui/gui_main.hpp"

#include <iostream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace {

// The default dataset: beside the binary's source tree when run from a build, or in the data folder.
std::string defaultDataset() {
    const char* candidates[] = {"data/korea-1955-1969.json", TIELINE_DATA_DIR "/korea-1955-1969.json"};
    for (const char* path : candidates) {
        struct stat st {};
        if (::stat(path, &st) == 0) return path;
    }
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
