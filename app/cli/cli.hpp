// The command-line interface: `tieline COMMAND ...`, help and version. The commands are rows of
// one table (cli.cpp); each row is described in cli/command.hpp. No GL.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tieline::cli {

enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

// True when the arguments (without the program name) ask for a command rather than the window:
// a command's name, help, --version, or a word that names neither a command nor a file (which
// runCli then refuses as an unknown command).
bool isCommand(const std::vector<std::string>& args);

// Runs a command; returns the process exit code.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The general help text (also printed for `tieline --help`).
std::string generalHelp();

} // namespace tieline::cli
