// SPDX-License-Identifier: MPL-2.0
#include "office_reader.hpp"

#include "../uno/common/DocumentText.hxx"
#include "../uno/wording/RegisterSheets.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cstring>
#include <osl/file.hxx>
#include <sys/socket.h>
#include <sys/un.h>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace css;

#include <functional>
#include <optional>

namespace gongwen::cli
{
namespace fs = std::filesystem;
using ext::ascii;
using ext::OUString;
using ext::OUStringToOString;
namespace
{

fs::path officeProgram()
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
            throw OfficeError("cannot create a temporary folder");
        path = pattern;
    }
    ~TempDir()
    {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

OUString fileUrl(const fs::path& path)
{
    OUString url;
    const std::string system = path.string();
    if (osl::FileBase::getFileURLFromSystemPath(
            OUString(system.c_str(), static_cast<sal_Int32>(system.size()), RTL_TEXTENCODING_UTF8),
            url) != osl::FileBase::E_None)
        throw OfficeError("cannot make a file URL of " + system);
    return url;
}

std::string utf8(const OUString& s)
{
    return OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

// The office process: started in its own process group, ended by its PID — politely when
// done, by SIGKILL to the group on timeout or on any error.
class OfficeProcess
{
public:
    OfficeProcess(const std::vector<std::string>& args, std::chrono::seconds timeout)
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
        const int spawned = posix_spawn(&m_pid, argv[0], &files, &attributes, argv.data(), environ);
        posix_spawn_file_actions_destroy(&files);
        posix_spawnattr_destroy(&attributes);
        if (spawned != 0)
            throw OfficeError("cannot start LibreOffice (" + args[0] + ")");
        // The watchdog kills the office when time is up; a UNO call waiting on it then fails.
        m_watchdog = std::thread(
            [this, timeout]
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                if (!m_done.wait_for(lock, timeout, [this] { return m_finished; }))
                {
                    m_timedOut = true;
                    kill(-m_pid, SIGKILL);
                }
            });
    }

    ~OfficeProcess()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_watchdog.join();
        // An office asked to quit gets time to save its profile; one left behind by an error
        // (a file it could not open, a bridge gone) is not waited for.
        waitOrKill(m_askedToQuit ? std::chrono::seconds(20) : std::chrono::seconds(2));
    }

    void askedToQuit() { m_askedToQuit = true; }

    bool timedOut() const { return m_timedOut; }
    bool running() { return !reaped(false); }

private:
    // Whether the office process has ended (collecting its exit status once).
    bool reaped(bool block)
    {
        if (!m_reaped && waitpid(m_pid, nullptr, block ? 0 : WNOHANG) == m_pid)
            m_reaped = true;
        return m_reaped;
    }

    void waitOrKill(std::chrono::seconds grace)
    {
        const auto deadline = std::chrono::steady_clock::now() + grace;
        while (!reaped(false) && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        kill(-m_pid, SIGKILL); // the office if it is still there, and what it left in its group
        reaped(true);
    }

    pid_t m_pid = 0;
    std::thread m_watchdog;
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::atomic<bool> m_timedOut{false};
    bool m_reaped = false;
    bool m_askedToQuit = false;
};

// The office leaves its pipes (the one we connect through and its own single-instance one) in
// /tmp when it is killed. Removed here once it has ended: ours by name, and single-instance
// pipes made since `since` that no process listens on any more (as LibreOffice itself judges an
// orphan); a live office's pipe answers and stays.
// Whether a process still accepts connections on the pipe; a killed office's socket stays open
// for a moment while the kernel ends it, so a listener is asked again for up to two seconds.
bool listenedOn(const fs::path& pipe)
{
    for (int attempt = 0; attempt < 20; ++attempt)
    {
        const int probe = socket(AF_UNIX, SOCK_STREAM, 0);
        if (probe < 0)
            return true; // cannot tell: leave it
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, pipe.c_str(), sizeof(address.sun_path) - 1);
        const bool answered =
            connect(probe, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0;
        close(probe);
        if (!answered)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return true;
}

void removeOrphanPipes(const std::string& ourPipe, fs::file_time_type since)
{
    const std::string prefix = "OSL_PIPE_" + std::to_string(getuid()) + "_";
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator("/tmp", error))
    {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0 || !entry.is_socket(error))
            continue;
        const std::string rest = name.substr(prefix.size());
        const bool ours = rest == ourPipe;
        const bool singleInstance =
            rest.rfind("SingleOfficeIPC_", 0) == 0 && entry.last_write_time(error) >= since;
        if (!ours && !singleInstance)
            continue;
        if (!ours && listenedOn(entry.path()))
            continue;
        fs::remove(entry.path(), error);
    }
}

// A UNO environment of our own for talking to the office: its type and service registries.
uno::Reference<uno::XComponentContext> localContext(const fs::path& folder)
{
    const fs::path program = officeProgram().parent_path();
    const std::string programUrl = utf8(fileUrl(program));
    const fs::path ini = folder / "uno.ini";
    std::ofstream(ini) << "[Bootstrap]\n"
                       << "URE_INTERNAL_LIB_DIR=" << programUrl << "\n"
                       << "LO_LIB_DIR=" << programUrl << "\n"
                       << "UNO_TYPES=" << programUrl << "/types.rdb " << programUrl
                       << "/types/offapi.rdb\n"
                       << "UNO_SERVICES=" << programUrl << "/services.rdb\n";
    return cppu::defaultBootstrap_InitialComponentContext(fileUrl(ini));
}

uno::Reference<uno::XComponentContext> connect(const uno::Reference<uno::XComponentContext>& local,
                                               const OUString& pipe, OfficeProcess& office)
{
    uno::Reference<bridge::XUnoUrlResolver> resolver = bridge::UnoUrlResolver::create(local);
    const OUString url = ascii("uno:pipe,name=") + pipe + ascii(";urp;StarOffice.ComponentContext");
    while (true)
    {
        try
        {
            return uno::Reference<uno::XComponentContext>(resolver->resolve(url),
                                                          uno::UNO_QUERY_THROW);
        }
        catch (const connection::NoConnectException&)
        {
            if (office.timedOut() || !office.running())
                throw OfficeError("LibreOffice did not start");
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
}

beans::PropertyValue property(const char* name, const uno::Any& value)
{
    beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

// Opens `input` hidden and read-only, macros never run, hands it to `read`, closes it and asks
// the office to quit.
void readOpenDocument(const uno::Reference<uno::XComponentContext>& remote, const fs::path& input,
                      OfficeProcess& office,
                      const std::function<void(const uno::Reference<lang::XComponent>&)>& read)
{
    uno::Reference<frame::XDesktop2> desktop = frame::Desktop::create(remote);
    uno::Sequence<beans::PropertyValue> load(3);
    load[0] = property("Hidden", uno::Any(true));
    load[1] = property("ReadOnly", uno::Any(true));
    load[2] = property("MacroExecutionMode", uno::Any(document::MacroExecMode::NEVER_EXECUTE));
    uno::Reference<lang::XComponent> component;
    try
    {
        component = desktop->loadComponentFromURL(fileUrl(input), ascii("_blank"), 0, load);
    }
    catch (const uno::Exception&)
    {
    }
    if (!component.is())
        throw OfficeError("LibreOffice could not read this document");
    try
    {
        read(component);
    }
    catch (...)
    {
        uno::Reference<util::XCloseable>(component, uno::UNO_QUERY_THROW)->close(true);
        throw;
    }
    uno::Reference<util::XCloseable>(component, uno::UNO_QUERY_THROW)->close(true);
    try
    {
        office.askedToQuit();
        desktop->terminate();
    }
    catch (const uno::Exception&)
    {
        // the office going away while answering is what we asked for
    }
}

// Runs `read` on the document at `path` in an office on a throw-away profile, in its own
// process group, ended by PID if it exceeds `timeout`.
void withOfficeDocument(const std::string& path, std::chrono::seconds timeout,
                        const std::function<void(const uno::Reference<lang::XComponent>&)>& read)
{
    const fs::path input = fs::absolute(path);
    TempDir tmp;
    const std::string pipe =
        "gongwen-check-" + std::to_string(getpid()) + "-" + tmp.path.filename().string();
    const fs::file_time_type started = fs::file_time_type::clock::now() - std::chrono::seconds(1);
    std::string problem;
    bool timedOut = false;
    {
        OfficeProcess office({officeProgram().string(), "--headless", "--invisible", "--norestore",
                              "--nologo", "--nodefault", "--nolockcheck",
                              "-env:UserInstallation=" + utf8(fileUrl(tmp.path / "profile")),
                              "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"},
                             timeout);
        try
        {
            const uno::Reference<uno::XComponentContext> local = localContext(tmp.path);
            readOpenDocument(connect(local, OUString::createFromAscii(pipe.c_str()), office), input,
                             office, read);
            return; // the office is asked to quit; its pipes go with it
        }
        catch (const OfficeError& e)
        {
            problem = e.what();
        }
        catch (const uno::Exception& e)
        {
            problem = "LibreOffice could not read this document (" + utf8(e.Message) + ")";
        }
        timedOut = office.timedOut();
    } // the office has ended here, killed if need be
    removeOrphanPipes(pipe, started);
    throw OfficeError(timedOut ? std::string("LibreOffice did not finish in time") : problem);
}

} // namespace

bool canReadOfficeDocuments()
{
    return true;
}

OfficeText readThroughOffice(const std::string& path, std::chrono::seconds timeout)
{
    OfficeText result;
    withOfficeDocument(path, timeout,
                       [&](const uno::Reference<lang::XComponent>& component)
                       {
                           uno::Reference<text::XTextDocument> document(component, uno::UNO_QUERY);
                           if (!document.is())
                               throw OfficeError("not a text document");
                           for (const ext::BodyElement& element : ext::readBody(document, {}))
                           {
                               result.paragraphs.emplace_back(ext::toView(element.text));
                               result.labelLengths.push_back(
                                   static_cast<std::size_t>(element.labelLength));
                           }
                       });
    return result;
}

core::wording::RegisterTables readRegisterThroughOffice(const std::string& path,
                                                        std::chrono::seconds timeout)
{
    std::optional<core::wording::RegisterTables> tables;
    withOfficeDocument(path, timeout,
                       [&](const uno::Reference<lang::XComponent>& component)
                       {
                           uno::Reference<sheet::XSpreadsheetDocument> book(component,
                                                                            uno::UNO_QUERY);
                           if (!book.is())
                               throw OfficeError("not a spreadsheet");
                           tables = ext::readRegisterTables(book);
                           if (!tables)
                               throw OfficeError("none of the sheets 人员, 机构, 提法, 禁用词");
                       });
    return *tables;
}

} // namespace gongwen::cli
