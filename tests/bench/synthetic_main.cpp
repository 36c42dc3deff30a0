// tieline_synthetic ACTORS [SEED] OUT.json: writes the seeded synthetic temporal network of the scale
// benchmark (synthetic_network.hpp) as a dataset file, and says how large it is.
#include "core/io/dataset_writer.hpp"
#include "synthetic_network.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: tieline_synthetic ACTORS [SEED] OUT.json\n");
        return 2;
    }
    const long actors = std::strtol(argv[1], nullptr, 10);
    if (actors < 4 || actors > 1000000) {
        std::fprintf(stderr, "tieline_synthetic: ACTORS must be from 4 to 1000000\n");
        return 2;
    }
    const unsigned long long seed = argc == 4 ? std::strtoull(argv[2], nullptr, 10) : 1;
    const std::string out = argv[argc - 1];
    const tieline::core::model::Dataset data = tieline::bench::syntheticNetwork(std::uint32_t(actors), seed);
    std::string why;
    tieline::core::io::WriteJsonOptions options;
    options.indent = -1; // one line: the file stays well under the loader's 256 MB limit
    if (!tieline::core::io::writeDatasetFile(out, data, why, options)) {
        std::fprintf(stderr, "tieline_synthetic: %s\n", why.c_str());
        return 1;
    }
    std::printf("wrote %s (%zu actors, %zu ties, %.1f MB)\n", out.c_str(), data.actors.size(),
                data.ties.size(), double(std::filesystem::file_size(out)) / 1e6);
    return 0;
}
