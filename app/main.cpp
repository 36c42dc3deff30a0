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

} // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
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
