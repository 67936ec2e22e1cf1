// SPDX-License-Identifier: MPL-2.0
// gongwen-check [--format text|json] [--lang zh-CN|en-US] [--config FILE] [--rules LIST] [--words
// FILE] [--words-allowed FILE] FILE... Checks the structure of Chinese reports. Exit 0: no
// error-severity finding; 1: some; 2: usage error or a file that cannot be read.
#include "office_reader.hpp"
#include "report_format.hpp"

#include <core/checker/checker.hpp>
#include <core/checker/settings.hpp>
#include <core/common/language.hpp>
#include <core/text/encoding.hpp>
#include <core/text/text.hpp>
#include <core/typo/model.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;
using namespace gongwen;

namespace
{

constexpr std::chrono::seconds kOfficeTimeout{120};

struct Options
{
    bool json = false;
    bool help = false;
    core::Language language = core::Language::English;
    core::CheckOptions check;
    std::vector<std::string> files;
};

core::Language languageFromEnvironment()
{
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(name); value && *value && std::string(value) != "C" &&
                                                   std::string(value) != "C.UTF-8" &&
                                                   std::string(value) != "POSIX")
            return core::languageForTag(value);
    return core::Language::English;
}

const char* text(core::Language language, const char* zh, const char* en)
{
    return core::pick(language, zh, en);
}

void usage(std::ostream& out, core::Language language)
{
    out << text(
        language,
        "用法：gongwen-check [--format text|json] [--lang zh-CN|en-US] [--config 文件] [--rules "
        "列表] [--words 文件] [--words-allowed 文件] [--register 文件夹|工作簿] 文件...\n"
        "检查公文结构：标题序号、“一是……N是”、数量词、占位符、标点、数字写法、易混词、错别字和数据"
        "是否"
        "自洽。\n"
        "--rules：只检查这些类别（structure,count,placeholder,punct,number,word,data,doc,"
        "register），\n"
        "         或以“-”去掉某些类别（-word,-number）。\n"
        "--words：再加一份易混词表（UTF-8，每行“误写<TAB>正确[<TAB>说明]”）。\n"
        "--words-allowed：错别字检查不标记的词语（人名、地名、单位名等；UTF-8，每行一个）。\n"
        "--register：口径库，可以是工作簿（.ods/.xlsx，通过 LibreOffice 读取，表名为 "
        "人员、机构、提法、禁用词），\n"
        "            也可以是文件夹，含 "
        "人员.csv（姓名,职务,排序,起始日期,终止日期）、机构.csv（全称,规范简称,\n"
        "            "
        "不规范写法）、提法.csv（规范表述,不规范表述,说明,起始日期,终止日期）、禁用词.csv（词,"
        "说明），\n"
        "            UTF-8、逗号分隔、首行为列名、日期写作 "
        "YYYY-MM-DD，缺少的表不查；按文档的成文日期核对。\n"
        "--config：设置文件（UTF-8，每行“键 = "
        "值”：disabled-rules、extra-placeholders、allowed-words、\n"
        "          full-width-arabic-dot），与“工具 ▸ 选项 ▸ 公文助手”中的设置相同。\n"
        "支持 .txt/.md（UTF-8、带 BOM 的 UTF-16、GB18030/GBK）以及 .odt/.docx/.doc（通过 "
        "LibreOffice 读取）。\n"
        "退出码：0 无错误，1 有错误，2 用法错误或文件无法读取。\n",
        "usage: gongwen-check [--format text|json] [--lang zh-CN|en-US] [--config FILE] [--rules "
        "LIST] [--words FILE] [--words-allowed FILE] [--register DIR|WORKBOOK] FILE...\n"
        "Checks the structure of Chinese reports: heading numbering, 一是…N是 runs,\n"
        "count words, placeholders, punctuation, numbers, commonly confused words, typos\n"
        "and figures that must add up (data).\n"
        "--rules: check only these families "
        "(structure,count,placeholder,punct,number,word,data,doc,\n"
        "         register),\n"
        "         or leave some out with \"-\" (-word,-number).\n"
        "--words: a further list of confused words (UTF-8, \"wrong<TAB>right[<TAB>note]\" a "
        "line).\n"
        "--words-allowed: words the typo check never flags (names of people, places,\n"
        "                 offices; UTF-8, one a line).\n"
        "--register: the office's register (口径库): a workbook (.ods/.xlsx, read through "
        "LibreOffice,\n"
        "            sheets 人员, 机构, 提法, 禁用词) or a folder of 人员.csv, 机构.csv, 提法.csv "
        "and\n"
        "            禁用词.csv (UTF-8, comma-separated, column names in line 1, dates "
        "YYYY-MM-DD;\n"
        "            any may be absent), read on the document's date.\n"
        "--config: a settings file (UTF-8, \"key = value\" a line: disabled-rules, "
        "extra-placeholders, allowed-words,\n"
        "          full-width-arabic-dot), the settings of Tools > Options > Gongwen Assistant.\n"
        ".txt/.md in UTF-8, UTF-16 with a byte-order mark or GB18030/GBK;\n"
        ".odt/.docx/.doc through LibreOffice.\n"
        "Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable file.\n");
}

// A usage error: what was wrong, in the user's language.
struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

core::Language languageOption(const std::string& tag, core::Language current)
{
    if (tag == "zh-CN" || tag == "zh_CN" || tag == "zh")
        return core::Language::ChineseSimplified;
    if (tag == "en-US" || tag == "en_US" || tag == "en")
        return core::Language::English;
    throw UsageError(text(current, "不支持的语言（可用 zh-CN 或 en-US）：",
                          "unsupported language (use zh-CN or en-US): ") +
                     tag);
}

// --rules structure,count (only those) or --rules -word,-number (all but those).
unsigned disabledFamilies(const std::string& list, core::Language language)
{
    unsigned disabled = 0;
    bool first = true;
    std::stringstream items(list);
    for (std::string item; std::getline(items, item, ',');)
    {
        const bool remove = !item.empty() && item[0] == '-';
        const core::RuleFamily family = core::familyNamed(remove ? item.substr(1) : item);
        if (family == core::RuleFamily::Other)
            throw UsageError(
                text(language,
                     "未知的规则类别（可用 structure、count、placeholder、punct、number、word）：",
                     "unknown rule family (use structure, count, placeholder, punct, number, "
                     "word): ") +
                item);
        const unsigned bit = 1u << static_cast<unsigned>(family);
        if (first && !remove) // a list of families to keep: start from none
            for (core::RuleFamily f : core::kCheckedFamilies)
                disabled |= 1u << static_cast<unsigned>(f);
        first = false;
        disabled = remove ? disabled | bit : disabled & ~bit;
    }
    return disabled;
}

// A settings file or word list: a regular file of at most 4 MB (a word list of 100,000 pairs is
// about 2 MB). /dev/zero, a folder or a huge file is refused with a message, never read on.
std::string smallTextFile(const std::string& path, core::Language language, const std::string& what)
{
    constexpr std::uintmax_t kLargest = 4u << 20;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw UsageError(what + text(language, "不是普通文件：", " is not a regular file: ") +
                         path);
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        throw UsageError(text(language, "无法读取", "cannot read ") + what +
                         text(language, "：", ": ") + path);
    if (size > kLargest)
        throw UsageError(what + text(language, "超过 4 MB：", " is larger than 4 MB: ") + path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError(text(language, "无法读取", "cannot read ") + what +
                         text(language, "：", ": ") + path);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

std::shared_ptr<const core::WordPairs> userWordPairs(const std::string& path,
                                                     core::Language language)
{
    const auto decoded = core::fromUtf8Strict(
        smallTextFile(path, language, text(language, "易混词表", "the word list")));
    if (!decoded)
        throw UsageError(
            text(language, "易混词表不是 UTF-8 文本：", "the word list is not UTF-8 text: ") +
            path);
    std::vector<std::size_t> badLines;
    auto pairs = std::make_shared<core::WordPairs>(core::parseWordPairs(*decoded, &badLines));
    if (!badLines.empty())
        throw UsageError(path + text(language, "：第 ", ": line ") +
                         std::to_string(badLines.front()) +
                         text(language, " 行不是“误写<TAB>正确[<TAB>说明]”",
                              " is not \"wrong<TAB>right[<TAB>note]\""));
    return pairs;
}

// The words the typo check never flags (--words-allowed): one a line.
std::shared_ptr<const core::typo::AllowedWords> allowedWords(const std::string& path,
                                                             core::Language language)
{
    const auto decoded = core::fromUtf8Strict(
        smallTextFile(path, language, text(language, "词表", "the word list")));
    if (!decoded)
        throw UsageError(
            text(language, "词表不是 UTF-8 文本：", "the word list is not UTF-8 text: ") + path);
    return std::make_shared<const core::typo::AllowedWords>(
        core::typo::parseAllowedWords(*decoded));
}

// The 口径库 (--register): a folder of CSV files, or a workbook read through a headless office.
// What cannot be read is told on stderr and left out; the other rules and the rest of the register
// keep working.
// The CSV sheets of a register folder; a folder with none of them is refused.
core::wording::RegisterSheets registerFolder(const std::string& folder, core::Language language)
{
    core::wording::RegisterSheets sheets;
    bool any = false;
    for (const core::wording::SheetFile& file : core::wording::kSheetFiles)
    {
        const std::string path = (fs::path(folder) / core::toUtf8(file.fileName)).string();
        if (!fs::exists(path))
            continue;
        const auto decoded = core::fromUtf8Strict(
            smallTextFile(path, language, text(language, "口径库", "the register")));
        if (!decoded)
            throw UsageError(text(language, "口径库文件不是 UTF-8 文本：",
                                  "a register file is not UTF-8 text: ") +
                             path);
        sheets.*file.sheet = *decoded;
        any = true;
    }
    if (!any)
        throw UsageError(
            text(language, "口径库文件夹中没有 人员.csv、机构.csv、提法.csv 或 禁用词.csv：",
                 "the register folder has none of 人员.csv, 机构.csv, 提法.csv, 禁用词.csv: ") +
            folder);
    return sheets;
}

std::shared_ptr<const core::wording::Register> wordingRegister(const std::string& location,
                                                               core::Language language)
{
    core::wording::RegisterTables tables;
    const bool folder = fs::is_directory(location);
    if (folder)
        tables = core::wording::tablesFromCsv(registerFolder(location, language));
    else if (!fs::is_regular_file(location))
        throw UsageError(text(language, "找不到口径库：", "no such register: ") + location);
    else
    {
        try
        {
            tables = cli::readRegisterThroughOffice(location, kOfficeTimeout);
        }
        catch (const cli::OfficeError& e)
        {
            throw UsageError(text(language, "无法读取口径库 ", "cannot read the register ") +
                             location + ": " + e.what());
        }
    }
    std::vector<core::wording::RegisterProblem> problems;
    auto reg = core::wording::Register::read(tables, problems);
    for (const core::wording::RegisterProblem& p : problems)
        std::cerr << text(language, "口径库 ", "register ") << core::toUtf8(p.sheet)
                  << (folder ? ".csv" : "") << text(language, " 第 ", " row ") << p.row
                  << text(language, " 行：", ": ")
                  << core::toUtf8(core::pick(language, p.messageZh, p.messageEn)) << "\n";
    return reg;
}

// The check options of a settings file (--config); what follows on the command line adds to them.
core::CheckOptions settingsFile(const std::string& path, core::Language language)
{
    const auto decoded = core::fromUtf8Strict(
        smallTextFile(path, language, text(language, "设置文件", "the settings file")));
    if (!decoded)
        throw UsageError(
            text(language, "设置文件不是 UTF-8 文本：", "the settings file is not UTF-8 text: ") +
            path);
    core::ParsedSettings parsed = core::parseSettings(*decoded);
    if (!parsed.errors.empty())
    {
        const core::SettingsError& e = parsed.errors.front();
        throw UsageError(path + text(language, "：第 ", ": line ") + std::to_string(e.line) +
                         text(language, " 行：", ": ") +
                         core::toUtf8(core::pick(language, e.messageZh, e.messageEn)));
    }
    return parsed.settings.check;
}

Options parseArguments(int argc, char** argv)
{
    Options o;
    o.language = languageFromEnvironment();
    auto value = [&](int& i, const std::string& name) -> std::string
    {
        if (i + 1 >= argc)
            throw UsageError(text(o.language, "选项缺少取值：", "option needs a value: ") + name);
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i)
    {
        const std::string arg = argv[i];
        if (arg == "--format")
        {
            const std::string f = value(i, arg);
            if (f != "text" && f != "json")
                throw UsageError(text(o.language, "不支持的输出格式（可用 text 或 json）：",
                                      "unsupported format (use text or json): ") +
                                 f);
            o.json = f == "json";
        }
        else if (arg == "--lang")
            o.language = languageOption(value(i, arg), o.language);
        else if (arg == "--config")
            o.check = settingsFile(value(i, arg), o.language);
        else if (arg == "--rules")
            o.check.disabledFamilies |= disabledFamilies(value(i, arg), o.language);
        else if (arg == "--words")
            o.check.userWordPairs = userWordPairs(value(i, arg), o.language);
        else if (arg == "--words-allowed")
            o.check.allowedWords = allowedWords(value(i, arg), o.language);
        else if (arg == "--register")
            o.check.wordingRegister = wordingRegister(value(i, arg), o.language);
        else if (arg == "-h" || arg == "--help")
            o.help = true;
        else if (arg == "--")
            for (++i; i < argc; ++i)
                o.files.push_back(argv[i]);
        else if (!arg.empty() && arg[0] == '-')
            throw UsageError(text(o.language, "未知选项：", "unknown option: ") + arg);
        else
            o.files.push_back(arg);
    }
    if (o.files.empty() && !o.help)
        throw UsageError(text(o.language, "没有给出要检查的文件", "no file to check"));
    return o;
}

std::string lowerExtension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return ext;
}

// The whole file, read in one piece into a string of its exact size.
std::string readBytes(const std::string& path, core::Language language)
{
    std::ifstream in(path, std::ios::binary);
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!in || ec)
        throw std::runtime_error(text(language, "无法读取文件", "cannot read the file"));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// A file's paragraphs as the checker reads them.
struct Document
{
    std::u16string text;                   // a text file: paragraphs separated by line breaks
    std::string encoding;                  // a text file's encoding; empty for office documents
    std::optional<cli::OfficeText> office; // an office document, read through LibreOffice
};

bool isOfficeDocument(const std::string& ext)
{
    return ext == ".odt" || ext == ".docx" || ext == ".doc" || ext == ".rtf" || ext == ".wps" ||
           ext == ".fodt";
}

// Throws std::runtime_error with a message for the user.
Document readDocument(const std::string& path, core::Language language)
{
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw std::runtime_error(text(language, "文件不存在或不是普通文件", "no such file"));
    const std::string ext = lowerExtension(path);
    if (ext == ".txt" || ext == ".md" || ext == ".text")
    {
        auto decoded = core::decodeText(readBytes(path, language));
        if (!decoded)
            throw std::runtime_error(std::string(text(language, "无法识别文件的编码（已尝试 ",
                                                      "unknown text encoding (tried ")) +
                                     core::kEncodingsTried + text(language, "）", ")"));
        return Document{std::move(decoded->text), std::move(decoded->encoding), std::nullopt};
    }
    if (isOfficeDocument(ext))
        return Document{
            {}, {}, cli::readThroughOffice(path, kOfficeTimeout)}; // OfficeError is a runtime_error
    throw std::runtime_error(text(language, "不支持的文件类型（支持 .txt .md .odt .docx .doc）",
                                  "unsupported file type (use .txt .md .odt .docx .doc)"));
}

std::vector<core::Finding> check(const Document& document, const core::CheckOptions& options)
{
    if (!document.office)
        return core::checkText(document.text, options);
    const std::vector<std::u16string_view> views(document.office->paragraphs.begin(),
                                                 document.office->paragraphs.end());
    return core::checkParagraphs(views, document.office->labelLengths, options);
}

} // namespace

// Where the typo check's data are: $GONGWEN_TYPO_DATA, typo-data next to the program (an
// installed copy), or the build tree's (a program run where it was built).
std::string typoDataDirectory(const char* argv0)
{
    if (const char* fromEnvironment = std::getenv("GONGWEN_TYPO_DATA");
        fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    std::error_code ec;
    const fs::path program = fs::canonical(fs::path(argv0), ec);
    if (!ec && fs::exists(program.parent_path() / "typo-data" / core::typo::kCompiledModelFile, ec))
        return (program.parent_path() / "typo-data").string();
    return GONGWEN_TYPO_DATA_DIR;
}

// The typo model is read on a thread of its own while the first file is read and decoded: the
// two take about as long, and neither needs the other.
std::future<bool> startLoadingTypoModel(const Options& options)
{
    if (!options.check.ruleEnabled(core::rule::kWordTypo))
        return {};
    return std::async(std::launch::async, [] { return core::typo::sharedModel() != nullptr; });
}

// A missing model is said once, on standard error, before the first findings; every other rule
// still runs.
void warnIfTypoCheckUnavailable(const Options& options, std::future<bool>& modelLoaded)
{
    if (!modelLoaded.valid() || modelLoaded.get())
        return;
    const core::typo::LoadProblem problem = core::typo::loadProblem();
    std::cerr << "gongwen-check: "
              << core::toUtf8(core::pick(options.language, problem.messageZh, problem.messageEn))
              << '\n';
}

int main(int argc, char** argv)
{
    core::typo::setDataDirectory(typoDataDirectory(argv[0]));
    Options options;
    try
    {
        options = parseArguments(argc, argv);
    }
    catch (const UsageError& e)
    {
        std::cerr << "gongwen-check: " << e.what() << "\n";
        usage(std::cerr, languageFromEnvironment());
        return 2;
    }
    if (options.help)
    {
        usage(std::cout, options.language);
        return 0;
    }
    std::future<bool> modelLoaded = startLoadingTypoModel(options);
    std::vector<cli::FileFindings> results;
    bool unreadable = false;
    bool errors = false;
    for (const std::string& file : options.files)
    {
        try
        {
            const Document document = readDocument(file, options.language);
            warnIfTypoCheckUnavailable(options, modelLoaded);
            cli::FileFindings r{file, document.encoding, check(document, options.check)};
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
    if (options.json)
        cli::writeJson(std::cout, results, options.language);
    else
        cli::writeText(std::cout, results, options.language);
    return unreadable ? 2 : errors ? 1 : 0;
}
