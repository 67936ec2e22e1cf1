#include "office_convert.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace gongwen::cli
{
namespace fs = std::filesystem;
namespace
{

std::string officeProgram()
{
    if (const char* custom = std::getenv("GONGWEN_SOFFICE"))
        return custom;
    return "/usr/lib/libreoffice/program/soffice";
}

// A temporary folder removed when this goes out of scope, whatever happens.
struct TempDir
{
    fs::path path;
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "gongwen-check-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            throw ConversionError("cannot create a temporary folder");
        path = pattern;
    }
    ~TempDir()
    {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

// Runs argv in a new process group; kills the group if it runs longer than `timeout`.
int runWithTimeout(const std::vector<std::string>& args, std::chrono::seconds timeout)
{
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &files, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    posix_spawnattr_destroy(&attributes);
    if (spawned != 0)
        throw ConversionError("cannot start LibreOffice (" + args[0] + ")");

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int status = 0;
    while (true)
    {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (done < 0 && errno != EINTR)
            throw ConversionError("lost track of LibreOffice");
        if (std::chrono::steady_clock::now() > deadline)
        {
            kill(-pid, SIGKILL); // the office and anything it started
            waitpid(pid, &status, 0);
            throw ConversionError("LibreOffice did not finish in time");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

} // namespace

std::string documentTextViaOffice(const std::string& path, std::chrono::seconds timeout)
{
    const fs::path input = fs::absolute(path);
    TempDir tmp;
    const fs::path out = tmp.path / "out";
    runWithTimeout({officeProgram(), "--headless", "--invisible", "--norestore", "--nologo",
                    "-env:UserInstallation=file://" + (tmp.path / "profile").string(), "--convert-to",
                    "txt:Text (encoded):UTF8,LF,,,", "--outdir", out.string(), input.string()},
                   timeout);
    const fs::path text = out / (input.stem().string() + ".txt");
    std::ifstream in(text, std::ios::binary);
    if (!in)
        throw ConversionError("LibreOffice could not read this document");
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace gongwen::cli
