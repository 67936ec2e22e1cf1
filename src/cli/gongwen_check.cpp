// gongwen-check [--format text|json] [--lang zh-CN|en-US] FILE...
// Checks the structure of Chinese reports. Exit 0: no error-severity finding; 1: some;
// 2: usage error or a file that cannot be read.
#include "office_convert.hpp"
#include "report_format.hpp"

#include <checker.hpp>
#include <language.hpp>
#include <text.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

namespace fs = std::filesystem;
using namespace gongwen;

namespace
{

constexpr std::chrono::seconds kOfficeTimeout{120};

struct Options
{
    bool json = false;
    core::Language language = core::Language::English;
    std::vector<std::string> files;
};

core::Language languageFromEnvironment()
{
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name); value && *value && std::string(value) != "C" &&
                                                    std::string(value) != "C.UTF-8" && std::string(value) != "POSIX")
            return core::languageForTag(value);
    return core::Language::English;
}

const char* text(core::Language language, const char* zh, const char* en)
{
    return language == core::Language::ChineseSimplified ? zh : en;
}

void usage(core::Language language)
{
    std::cerr << text(language,
                      "用法：gongwen-check [--format text|json] [--lang zh-CN|en-US] 文件...\n"
                      "检查公文结构：标题序号、“一是……N是”、数量词、占位符和标点。\n"
                      "支持 .txt/.md（UTF-8）以及 .odt/.docx/.doc（通过 LibreOffice 读取）。\n"
                      "退出码：0 无错误，1 有错误，2 用法错误或文件无法读取。\n",
                      "usage: gongwen-check [--format text|json] [--lang zh-CN|en-US] FILE...\n"
                      "Checks the structure of Chinese reports: heading numbering, 一是…N是 runs,\n"
                      "count words, placeholders and punctuation.\n"
                      ".txt/.md are read as UTF-8; .odt/.docx/.doc through LibreOffice.\n"
                      "Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.\n");
}

std::optional<Options> parseArguments(int argc, char** argv)
{
    Options o;
    o.language = languageFromEnvironment();
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        if (arg == "--format" && i + 1 < argc)
        {
            const std::string f = argv[++i];
            if (f != "text" && f != "json")
                return std::nullopt;
            o.json = f == "json";
        }
        else if (arg == "--lang" && i + 1 < argc)
            o.language = core::languageForTag(argv[++i]);
        else if (arg == "-h" || arg == "--help")
            return std::nullopt;
        else if (!arg.empty() && arg[0] == '-')
            return std::nullopt;
        else
            o.files.push_back(arg);
    }
    if (o.files.empty())
        return std::nullopt;
    return o;
}

std::string lowerExtension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

// The file's text as UTF-16; throws std::runtime_error with a message for the user.
std::u16string readDocument(const std::string& path, core::Language language)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(text(language, "文件不存在或不是普通文件", "no such file"));
    const std::string ext = lowerExtension(path);
    std::string utf8;
    if (ext == ".txt" || ext == ".md" || ext == ".text")
    {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw std::runtime_error(text(language, "无法读取文件", "cannot read the file"));
        std::ostringstream content;
        content << in.rdbuf();
        utf8 = content.str();
    }
    else if (ext == ".odt" || ext == ".docx" || ext == ".doc" || ext == ".rtf" || ext == ".wps")
        utf8 = cli::documentTextViaOffice(path, kOfficeTimeout);
    else
        throw std::runtime_error(text(language, "不支持的文件类型（支持 .txt .md .odt .docx .doc）",
                                      "unsupported file type (use .txt .md .odt .docx .doc)"));
    if (utf8.rfind("\xEF\xBB\xBF", 0) == 0)
        utf8.erase(0, 3);
    auto decoded = core::fromUtf8Strict(utf8);
    if (!decoded)
        throw std::runtime_error(text(language, "文件不是 UTF-8 编码的文本", "the file is not UTF-8 text"));
    return *decoded;
}

} // namespace

int main(int argc, char** argv)
{
    const auto options = parseArguments(argc, argv);
    if (!options)
    {
        usage(languageFromEnvironment());
        return 2;
    }
    std::vector<cli::FileFindings> results;
    bool unreadable = false;
    bool errors = false;
    for (const std::string& file : options->files)
    {
        try
        {
            const std::u16string content = readDocument(file, options->language);
            cli::FileFindings r{file, core::checkText(content)};
            for (const core::Finding& f : r.findings)
                errors = errors || f.severity == core::Severity::Error;
            results.push_back(std::move(r));
        }
        catch (const std::exception& e)
        {
            std::cerr << "gongwen-check: " << file << ": " << e.what() << '\n';
            unreadable = true;
        }
    }
    if (options->json)
        cli::writeJson(std::cout, results, options->language);
    else
        cli::writeText(std::cout, results, options->language);
    return unreadable ? 2 : errors ? 1 : 0;
}
