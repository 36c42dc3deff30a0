// CLI tests for issue 17: every command reads every format, '-' is standard input, FIFOs and
// devices are refused at once, one --max-input limit, no output over an input, non-UTF-8 file
// names, GEXF 1.2draft output and formula-proof metrics tables. They run the real binary.
#include "run_process.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sys/stat.h>
#include <unistd.h>

namespace {

ProcessResult tieline(std::vector<std::string> args) {
    args.insert(args.begin(), TIELINE_BIN);
    return runProcess(args);
}

// Through the shell, for standard input.
ProcessResult shell(const std::string& command) {
    return runProcess({"/bin/sh", "-c", command});
}

std::string fixture(const std::string& rel) {
    return std::string(TIELINE_FIXTURES) + "/" + rel;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string workDir(const char* name) {
    const std::string dir = std::filesystem::temp_directory_path().string() + "/tieline-cli-h17-" + name +
                            "-" + std::to_string(::getpid());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

bool validUtf8Json(const std::string& text) {
    return !nlohmann::json::parse(text, nullptr, false).is_discarded();
}

} // namespace

TEST_CASE("cli: layout reads GEXF and CSV datasets, other names stay edge lists") {
    auto r = tieline({"layout", fixture("gexf/valid/weights-above-one.gexf"), "--ticks", "5"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("layout: 3 actors, 5 ties") != std::string::npos);
    CHECK(r.err.find("weights divided by 12, the largest") != std::string::npos); // the import summary
    r = tieline({"layout", fixture("csv/valid/quakers-name-keys.edges.csv"), "--ticks", "5"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("layout: 3 actors, 2 ties") != std::string::npos);
    const std::string dir = workDir("layout");
    std::ofstream(dir + "/graph.txt") << "3 2\n0 1\n1 2\n";
    r = tieline({"layout", dir + "/graph.txt", "--ticks", "5"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("layout: 3 nodes, 2 edges") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("cli: '-' reads standard input in any format, a FIFO or a device is refused at once") {
    auto r = shell(std::string(TIELINE_BIN) + " validate - < " + fixture("valid/full.json"));
    CHECK(r.exitCode == 0);
    r = shell(std::string("cat ") + fixture("gexf/valid/gexf-1.1draft-slices.gexf") + " | " + TIELINE_BIN +
              " convert - /dev/stdout");
    CHECK(r.exitCode == 1); // /dev/stdout has no known extension
    const std::string dir = workDir("stdin");
    r = shell(std::string("cat ") + fixture("gexf/valid/gexf-1.1draft-slices.gexf") + " | " + TIELINE_BIN +
              " convert - " + dir + "/out.json");
    CHECK(r.exitCode == 0);
    CHECK(readAll(dir + "/out.json").find("\"title\": \"Standard input\"") != std::string::npos);
    r = shell("printf 'Source,Target\\nA,B\\n' | " + std::string(TIELINE_BIN) + " validate -");
    CHECK(r.exitCode == 0);
    r = shell("head -c 2000 /dev/zero | " + std::string(TIELINE_BIN) + " validate --max-input 1K -");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("over the size limit of 1024 bytes") != std::string::npos);

    const std::string fifo = dir + "/pipe.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    r = tieline({"validate", fifo});
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("expected a regular file, found a FIFO (named pipe)") != std::string::npos);
    std::filesystem::create_symlink("/dev/zero", dir + "/zero.gexf");
    r = tieline({"snapshot", dir + "/zero.gexf", "--at", "1956"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("found a device") != std::string::npos);
    // Without a dataset's extension: still named for what it is, not "unknown kind of file".
    const std::string bare = dir + "/pipe";
    REQUIRE(::mkfifo(bare.c_str(), 0600) == 0);
    r = tieline({"validate", bare});
    CHECK(r.err.find("expected a regular file, found a FIFO (named pipe)") != std::string::npos);
    r = tieline({"validate", dir});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("expected a regular file, found a folder") != std::string::npos);
    r = tieline({"snapshot", "/dev/zero", "--at", "1956"});
    CHECK(r.err.find("expected a regular file, found a device") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("cli: --max-input is one limit on every command and format") {
    for (const char* path : {"valid/full.json", "gexf/valid/weights-above-one.gexf"}) {
        const auto r = tieline({"validate", "--max-input", "200", fixture(path)});
        CHECK_MESSAGE(r.exitCode == 1, path);
        CHECK_MESSAGE(r.err.find("over the size limit of 200 bytes (raise it with --max-input)") !=
                          std::string::npos,
                      r.err);
    }
    auto r = tieline({"validate", "--max-input", "1G", fixture("valid/full.json")});
    CHECK(r.exitCode == 0);
    r = tieline({"validate", "--max-input", "lots", fixture("valid/full.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid --max-input 'lots'") != std::string::npos);
    CHECK(tieline({"convert", "--help"}).out.find("--max-input SIZE") != std::string::npos);
}

TEST_CASE("cli: no command writes over its input") {
    const std::string dir = workDir("overwrite");
    const std::string data = dir + "/data.json";
    std::filesystem::copy_file(fixture("valid/full.json"), data);
    const std::string before = readAll(data);
    auto r = tieline({"export", data, "--png", data});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("refusing to write --png " + data + " over the input") != std::string::npos);
    r = tieline({"layout", data, "--out",
                 dir + "/../" + std::filesystem::path(dir).filename().string() + "/data.json"});
    CHECK(r.exitCode == 2);
    CHECK(readAll(data) == before);
    std::filesystem::remove_all(dir);
}

TEST_CASE("cli: a file name that is not UTF-8 gives a UTF-8 title, JSON output never aborts") {
    const std::string dir = workDir("latin1");
    const std::string gexf = dir + "/r\xE9seau.gexf";
    std::filesystem::copy_file(fixture("gexf/valid/weights-above-one.gexf"), gexf);
    auto r = tieline({"snapshot", gexf, "--at", "1955"});
    CHECK(r.exitCode == 0);
    CHECK(validUtf8Json(r.out));
    r = tieline({"convert", gexf, dir + "/out.json"});
    CHECK(r.exitCode == 0);
    CHECK(validUtf8Json(readAll(dir + "/out.json")));
    CHECK(readAll(dir + "/out.json").find("r\xEF\xBF\xBDseau") != std::string::npos);
    // A character reference to a surrogate: refused by validate, so nothing downstream aborts.
    r = tieline({"snapshot", fixture("gexf/invalid/charref-surrogate.gexf"), "--at", "1956"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("&#xD800; is a UTF-16 surrogate") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE(
    "cli: convert --gexf-version 1.2draft writes GEXF 1.2draft; weights come back as the file had them") {
    const std::string dir = workDir("draft");
    auto r = tieline({"convert", "--gexf-version", "1.2draft", fixture("gexf/valid/weights-above-one.gexf"),
                      dir + "/out.gexf"});
    CHECK(r.exitCode == 0);
    const std::string text = readAll(dir + "/out.gexf");
    CHECK(text.find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(text.find("weight=\"12\"") != std::string::npos);
    r = tieline({"convert", "--gexf-version", "2.0", fixture("valid/full.json"), dir + "/x.gexf"});
    CHECK(r.exitCode == 2);
    std::filesystem::remove_all(dir);
}

TEST_CASE("cli: metrics --csv neutralises names a spreadsheet would run as formulas") {
    const std::string dir = workDir("formula");
    std::string data = readAll(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    const std::size_t name = data.find("\"name\": \"");
    REQUIRE(name != std::string::npos);
    data.insert(name + 9, "=HYPERLINK(\\\"x\\\") ");
    std::ofstream(dir + "/f.json") << data;
    const auto r = tieline({"metrics", dir + "/f.json", "--csv", "-"});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find(",=HYPERLINK") == std::string::npos);
    CHECK(r.out.find("'=HYPERLINK") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("cli: Ctrl-C during export --frames removes the staging folder and writes nothing") {
    const std::string dir = workDir("interrupt");
    const std::string data = std::string(TIELINE_DATA) + "/korea-1955-1969.json";
    // Many frames, so that the sweep is still running when SIGINT comes (after the first frame).
    const std::string command =
        std::string(TIELINE_BIN) + " export " + data + " --from 1955 --to 1969 --fps 60" +
        " --seconds 60 --size 320x240 --frames " + dir + "/frames 2> " + dir + "/err & pid=$!; " +
        "i=0; while [ $i -lt 600 ] && ! ls -a " + dir +
        " | grep -q '^\\.frames\\.tmp'; do sleep 0.05; i=$((i+1)); done; sleep 0.5; " +
        "kill -INT $pid; wait $pid; echo \"exit $?\"";
    const auto r = shell(command);
    CHECK(r.out.find("exit 130") != std::string::npos);
    CHECK(readAll(dir + "/err").find("interrupted (Ctrl-C): nothing was written") != std::string::npos);
    std::size_t left = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        left += entry.path().filename().string() != "err";
    CHECK(left == 0); // neither frames/ nor .frames.tmp-PID
    std::filesystem::remove_all(dir);
}
