// SPDX-License-Identifier: MPL-2.0
// The 口径库 (issue #26) with 5,000 entries: the live check of a 500-character paragraph (p99
// ≤ 1 ms) and the full check of a 300-page report (≤ 1.2× the same check without the register,
// same run). The full check is the product's: every rule, word.typo with its model (which every
// install has). The same ratio without word.typo, where the rest of the check is 20 times
// cheaper, is printed beside it. The register is generated: people with made-up two- and
// three-character names, titles and orders, organs with non-standard forms, phrases and banned
// words; the text is the real-report corpus (tests/corpus), where a few of the generated names
// occur. A missed target fails the bench (exit 1).
//   bench_register
#include <core/checker/checker.hpp>
#include <core/text/text.hpp>
#include <core/typo/model.hpp>
#include <core/wording/register.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace gongwen::core;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace
{

constexpr std::size_t kEntries = 5000;
constexpr std::size_t kPageCharacters = 22 * 28; // a GB/T 9704 page
constexpr std::size_t kPages = 300;
constexpr double kLiveP99Ms = 1.0;
constexpr double kFullRatio = 1.2;

std::u16string corpus()
{
    std::string all;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(GONGWEN_SOURCE_DIR) / "tests" / "corpus"))
        if (e.path().extension() == ".txt")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files)
    {
        std::ifstream in(f, std::ios::binary);
        all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        all += '\n';
    }
    return fromUtf8(all);
}

// 5,000 entries: 3,000 people, 1,000 organs, 700 phrases, 300 banned words.
wording::RegisterSheets generatedRegister()
{
    const std::u16string surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
                                    u"彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    const std::u16string given =
        u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力";
    const std::u16string titles[] = {u"主席", u"副主席", u"秘书长", u"副秘书长",
                                     u"主任", u"副主任", u"常委",   u"委员"};
    std::u16string people = u"姓名,职务,排序,起始日期,终止日期\n";
    for (std::size_t i = 0; i < 3000; ++i)
    {
        std::u16string name(1, surnames[i % surnames.size()]);
        name += given[(i / surnames.size()) % given.size()];
        if (i % 3 == 0)
            name += given[(i / 7) % given.size()];
        people += name + u"," + titles[i % 8] + u"," + decimal(static_cast<long long>(i + 1)) +
                  (i % 5 == 0 ? u",2020-01-01,2024-12-31\n" : u",2021-01-01,\n");
    }
    std::u16string organs = u"全称,规范简称,不规范写法\n";
    for (std::size_t i = 0; i < 1000; ++i)
    {
        const std::u16string n = decimal(static_cast<long long>(i));
        organs +=
            u"第" + n + u"专门委员会全称,第" + n + u"委,第" + n + u"专委会、第" + n + u"号委\n";
    }
    std::u16string phrases = u"规范表述,不规范表述,说明,起始日期,终止日期\n";
    for (std::size_t i = 0; i < 700; ++i)
    {
        const std::u16string n = decimal(static_cast<long long>(i));
        phrases += u"规范提法" + n + u",旧提法" + n + u",,2025-01-01,\n";
    }
    std::u16string banned = u"词,说明\n";
    for (std::size_t i = 0; i < 300; ++i)
        banned += u"禁用词语" + decimal(static_cast<long long>(i)) + u",不用\n";
    return {people, organs, phrases, banned};
}

template <typename F> double seconds(F f)
{
    const auto start = Clock::now();
    f();
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

int main()
{
    std::vector<wording::RegisterProblem> problems;
    const auto reg = wording::Register::read(generatedRegister(), problems);
    const std::size_t entries = reg->people().size() + reg->organs().size() +
                                reg->phrases().size() + reg->bannedWords().size();
    std::printf("register: %zu entries (%zu problems)\n", entries, problems.size());
    if (entries != kEntries || !problems.empty())
        return 1;

    const std::u16string text = corpus();
    CheckOptions without;
    CheckOptions with;
    with.wordingRegister = reg;
    with.registerDay = wording::Day{2026, 11, 29};

    // Live: 500-character pieces of the corpus, one paragraph each, as the proofreader sees them.
    std::vector<double> live;
    std::size_t liveFindings = 0;
    for (std::size_t at = 0; at + 500 <= text.size() && live.size() < 2000; at += 500)
    {
        const std::u16string_view paragraph(text.data() + at, 500);
        std::vector<Finding> found;
        live.push_back(seconds([&] { reg->check(0, paragraph, *with.registerDay, found); }) *
                       1000.0);
        liveFindings += found.size();
    }
    std::sort(live.begin(), live.end());
    const double p99 = live[live.size() * 99 / 100];
    std::printf("live: %zu paragraphs of 500 characters, %zu register findings, p99 %.3f ms "
                "(target <= %.1f ms: %s)\n",
                live.size(), liveFindings, p99, kLiveP99Ms, p99 <= kLiveP99Ms ? "met" : "MISSED");

    // Full: a 300-page report from the corpus, checked with and without the register, best of 5.
    std::u16string report;
    while (report.size() < kPages * kPageCharacters)
        report += text;
    report.resize(kPages * kPageCharacters);
    const auto paragraphs = splitParagraphs(report);
    auto ratioOf = [&](const char* what, CheckOptions base)
    {
        CheckOptions withRegister = base;
        withRegister.wordingRegister = with.wordingRegister;
        withRegister.registerDay = with.registerDay;
        double bestWith = 1e9, bestWithout = 1e9;
        std::size_t findingsWith = 0, findingsWithout = 0;
        for (int round = 0; round < 5; ++round)
        {
            bestWithout = std::min(
                bestWithout,
                seconds([&] { findingsWithout = checkParagraphs(paragraphs, base).size(); }));
            bestWith = std::min(
                bestWith,
                seconds([&] { findingsWith = checkParagraphs(paragraphs, withRegister).size(); }));
        }
        std::printf("full check %s: %zu paragraphs (%zu pages); without the register %.4f s, %zu "
                    "findings; with it "
                    "%.4f s, %zu findings: %.2fx\n",
                    what, paragraphs.size(), kPages, bestWithout, findingsWithout, bestWith,
                    findingsWith, bestWith / bestWithout);
        return bestWith / bestWithout;
    };
    typo::setDataDirectory(GONGWEN_TYPO_DATA_DIR);
    if (!typo::sharedModel())
    {
        std::printf("the typo model is missing (%s): build the project first\n",
                    GONGWEN_TYPO_DATA_DIR);
        return 1;
    }
    const double ratio = ratioOf("(every rule, word.typo included)", without);
    std::printf("  target <= %.1fx: %s\n", kFullRatio, ratio <= kFullRatio ? "met" : "MISSED");
    CheckOptions withoutTypos;
    withoutTypos.disabledRules.push_back(rule::kWordTypo);
    ratioOf("without word.typo (information)", withoutTypos);
    return p99 <= kLiveP99Ms && ratio <= kFullRatio ? 0 : 1;
}
