// SPDX-License-Identifier: MPL-2.0
// gongwen-check end to end on a large report file, against a bare read + UTF-8 decode of the
// same file in this process, in the same run (shared machines are noisy: compare ratios).
//   bench_cli PATH/TO/gongwen-check [megabytes]
// The file is the real-report corpus (tests/corpus) repeated to at least `megabytes` (40).
// gongwen-check runs twice each round: with every rule, and without the typo check
// (word.typo, whose model it loads: a fixed cost and its memory). Prints the work done (bytes,
// paragraphs, findings), the speeds, their ratios and the peak resident memory.
#include <core/text/text.hpp>

#include <unicode/ustring.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace
{

constexpr int kRepetitions = 5;
// Without the typo check:
constexpr double kTargetMegabytesPerSecond = 150;
constexpr double kTargetShareOfBaseline = 0.40;
constexpr double kTargetMemoryPerInputByte = 2.0;
// With it (issue #20): its speed, and the memory its model adds. The issue asks for 20 MB/s on
// the machine where the baseline read + decode ran at about 400 MB/s: as a share of the same-run
// baseline, 5 %, so that a slower or busier machine does not move the target.
constexpr double kTargetTypoShareOfBaseline = 0.05;
constexpr double kTargetTypoExtraMegabytes = 150;

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t countLines(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// The corpus file and its number of paragraphs.
std::pair<fs::path, std::size_t> writeCorpusFile(double megabytes)
{
    std::string corpus;
    std::vector<fs::path> files;
    for (const auto& entry :
         fs::directory_iterator(fs::path(GONGWEN_SOURCE_DIR) / "tests" / "corpus"))
        if (entry.path().extension() == ".txt")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files)
        corpus += readAll(f) + "\n";
    const fs::path out =
        fs::temp_directory_path() / ("gongwen-bench-" + std::to_string(getpid()) + ".txt");
    std::ofstream file(out, std::ios::binary);
    std::size_t written = 0, lines = 0;
    const std::size_t linesPerCopy = countLines(corpus);
    while (written < megabytes * 1e6)
    {
        file << corpus;
        written += corpus.size();
        lines += linesPerCopy;
    }
    return {out, lines + 1};
}

// The baseline: read the file into memory and decode it to UTF-16, nothing more.
std::size_t readAndDecode(const fs::path& path)
{
    const auto size = static_cast<std::size_t>(fs::file_size(path));
    std::string bytes(size, '\0');
    std::FILE* f = std::fopen(path.c_str(), "rb");
    const std::size_t got = std::fread(bytes.data(), 1, size, f);
    std::fclose(f);
    std::u16string text(got, u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(reinterpret_cast<UChar*>(text.data()), static_cast<int32_t>(text.size()), &length,
                  bytes.data(), static_cast<int32_t>(got), &status);
    return U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0;
}

struct Run
{
    double seconds = 0;
    long peakKilobytes = 0;
    int exitCode = 0;
};

Run runCommand(const std::string& program, const std::vector<std::string>& args,
               const fs::path& output)
{
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    // fork, not posix_spawn: a vfork-style child shares this process's memory until exec, and
    // the kernel would then report this process's peak as the command's.
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0)
    {
        const int out = open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(out, STDOUT_FILENO);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    if (pid < 0)
    {
        std::fprintf(stderr, "cannot run %s\n", program.c_str());
        std::exit(2);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.peakKilobytes = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
    {
        std::fprintf(stderr, "usage: bench_cli PATH/TO/gongwen-check [megabytes]\n");
        return 2;
    }
    const std::string cli = argv[1];
    const double megabytes = argc > 2 ? std::atof(argv[2]) : 40;
    const auto [input, paragraphCount] = writeCorpusFile(megabytes);
    const fs::path output = input.string() + ".out";
    const double inputMegabytes = static_cast<double>(fs::file_size(input)) / 1e6;

    const fs::path withoutTypos = input.string() + ".config";
    std::ofstream(withoutTypos) << "disabled-rules = word.typo\n";
    const fs::path typoOutput = input.string() + ".typo.out";

    double baseline = 1e9, command = 1e9, typoCommand = 1e9;
    long peak = 0, typoPeak = 0;
    std::size_t units = 0;
    Run last, lastTypo;
    for (int i = 0; i < kRepetitions; ++i) // interleaved, so all see the same machine load
    {
        const auto start = Clock::now();
        units = readAndDecode(input);
        baseline = std::min(baseline, std::chrono::duration<double>(Clock::now() - start).count());
        last = runCommand(cli, {"--config", withoutTypos.string(), input.string()}, output);
        command = std::min(command, last.seconds);
        peak = std::max(peak, last.peakKilobytes);
        lastTypo = runCommand(cli, {input.string()}, typoOutput);
        typoCommand = std::min(typoCommand, lastTypo.seconds);
        typoPeak = std::max(typoPeak, lastTypo.peakKilobytes);
    }
    const std::string report = readAll(output), typoReport = readAll(typoOutput);
    std::size_t typoLines = 0;
    for (std::size_t at = typoReport.find("[word.typo]"); at != std::string::npos;
         at = typoReport.find("[word.typo]", at + 1))
        ++typoLines;
    fs::remove(input);
    fs::remove(output);
    fs::remove(typoOutput);
    fs::remove(withoutTypos);

    const double commandSpeed = inputMegabytes / command, baselineSpeed = inputMegabytes / baseline;
    const double share = commandSpeed / baselineSpeed;
    const double memory = peak * 1024.0 / (inputMegabytes * 1e6);
    std::printf(
        "input: %.1f MB of report text (tests/corpus repeated), %zu paragraphs, %zu UTF-16 units\n",
        inputMegabytes, paragraphCount, units);
    std::printf("gongwen-check without word.typo: exit %d, %zu findings printed\n", last.exitCode,
                countLines(report));
    std::printf("gongwen-check end to end: %.3f s  %.0f MB/s   (target >= %.0f MB/s: %s)\n",
                command, commandSpeed, kTargetMegabytesPerSecond,
                commandSpeed >= kTargetMegabytesPerSecond ? "met" : "MISSED");
    std::printf("baseline read + UTF-8 decode in process: %.3f s  %.0f MB/s\n", baseline,
                baselineSpeed);
    std::printf("speed share of baseline: %.0f %%   (target >= %.0f %%: %s)\n", share * 100,
                kTargetShareOfBaseline * 100, share >= kTargetShareOfBaseline ? "met" : "MISSED");
    std::printf("peak RSS: %.1f MB = %.2f x input   (target <= %.1f x: %s)\n", peak / 1024.0,
                memory, kTargetMemoryPerInputByte,
                memory <= kTargetMemoryPerInputByte ? "met" : "MISSED");
    const double typoSpeed = inputMegabytes / typoCommand;
    const double extraMegabytes = (typoPeak - peak) / 1024.0;
    std::printf("gongwen-check with word.typo: exit %d, %zu findings printed, %zu of them typos\n",
                lastTypo.exitCode, countLines(typoReport), typoLines);
    const double typoShare = typoSpeed / baselineSpeed;
    std::printf("gongwen-check with word.typo end to end: %.3f s  %.1f MB/s = %.1f %% of the "
                "baseline, %.0f %% of "
                "the check without it   (target >= %.0f %% of the baseline: %s)\n",
                typoCommand, typoSpeed, 100 * typoShare, 100 * typoSpeed / commandSpeed,
                100 * kTargetTypoShareOfBaseline,
                typoShare >= kTargetTypoShareOfBaseline ? "met" : "MISSED");
    std::printf("peak RSS with word.typo: %.1f MB, %.1f MB more   (target <= %.0f MB more: %s)\n",
                typoPeak / 1024.0, extraMegabytes, kTargetTypoExtraMegabytes,
                extraMegabytes <= kTargetTypoExtraMegabytes ? "met" : "MISSED");
    // A missed target fails the bench.
    const bool met = commandSpeed >= kTargetMegabytesPerSecond && share >= kTargetShareOfBaseline &&
                     memory <= kTargetMemoryPerInputByte &&
                     typoShare >= kTargetTypoShareOfBaseline &&
                     extraMegabytes <= kTargetTypoExtraMegabytes;
    return met ? 0 : 1;
}
