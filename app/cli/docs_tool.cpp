// tieline_docs: the build's generator of tieline.1 and the bash completion script, from the
// command tables linked in (the same ones `tieline --help` prints).
// Usage: tieline_docs man|bash-completion OUT
#include "cli/bash_completion.hpp"
#include "cli/man_page.hpp"

#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    const std::string what = argc == 3 ? argv[1] : "";
    if (what != "man" && what != "bash-completion") {
        std::cerr << "usage: tieline_docs man|bash-completion OUT\n";
        return 2;
    }
    std::ofstream out(argv[2], std::ios::binary);
    out << (what == "man" ? tieline::cli::manPage() : tieline::cli::bashCompletion());
    out.close();
    if (!out) {
        std::cerr << "tieline_docs: cannot write " << argv[2] << "\n";
        return 1;
    }
    return 0;
}
