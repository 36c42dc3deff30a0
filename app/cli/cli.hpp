// The command-line interface: `tieline validate`, `tieline snapshot`, help and version. Every
// command writes to the streams it is given, so tests can run them in-process. No GL.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace tieline::cli {

enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

// True when the arguments (without the program name) ask for a command rather than the GUI.
bool isCommand(const std::vector<std::string>& args);

// Runs a command; returns the process exit code.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The general help text (also printed for `tieline --help`).
std::string generalHelp();

// Commands, one file each.
int commandValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int commandSnapshot(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int commandConvert(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int commandLayout(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int commandMetrics(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int commandExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Prints "tieline CMD: message" and a hint to the command's help, returns kExitUsage.
int usageError(const std::string& command, const std::string& message, std::ostream& err);

} // namespace tieline::cli
