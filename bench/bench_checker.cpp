// SPDX-License-Identifier: MPL-2.0
// Core throughput on a generated report of at least 2.5 MB, against baselines over the same
// text in the same process: copying it (memory bandwidth), converting it to UTF-8 with ICU (a
// light pass that touches every character), and the rules the checker had before issue #15
// (structure, count, placeholder, punct.halfwidth, punct.pair): the rules added since (GB/T
// 15834 punctuation, numbers, confused words) must keep at least 80 % of that throughput (the
// data rules of #21 left out on both sides); the data rules, at least 85 % of the check without
// them. A missed target fails the bench (exit 1).
//   bench_checker [megabytes]
#include <core/checker/checker.hpp>
#include <core/checker/outline.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

using namespace gongwen::core;
using Clock = std::chrono::steady_clock;

namespace
{

// A long report made of the sample report's sections (its density of headings, item runs,
// count words and placeholders), with the chapter headings numbered on: 一、 … 九千…、.
std::u16string generateReport(const std::u16string& sample, std::size_t minimumBytes)
{
    const auto lines = splitParagraphs(sample);
    std::u16string text(lines.front());
    text += u'\n';
    int chapter = 0;
    while (text.size() * sizeof(char16_t) < minimumBytes)
        for (std::size_t i = 1; i < lines.size(); ++i)
        {
            const auto heading = analyseParagraph(lines[i], {}).heading;
            if (heading && heading->level == HeadingLevel::Chapter)
            {
                chapter = chapter % kMaxChineseNumeral + 1;
                text += headingMarker(HeadingLevel::Chapter, chapter, {});
                text += lines[i].substr(heading->markerStart + heading->markerLength);
            }
            else
                text += lines[i];
            text += u'\n';
        }
    return text;
}

std::string readFile(const char* path)
{
    std::FILE* f = std::fopen(path, "rb");
    if (!f)
        return {};
    std::string content;
    char buffer[65536];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;)
        content.append(buffer, n);
    std::fclose(f);
    return content;
}

template <class F> double bestSeconds(int repetitions, F&& f)
{
    double best = 1e9;
    for (int i = 0; i < repetitions; ++i)
    {
        const auto start = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    const double megabytes = argc > 1 ? std::atof(argv[1]) : 2.5;
    const std::string sample = readFile(GONGWEN_SOURCE_DIR "/examples/seed-report.txt");
    if (sample.empty())
    {
        std::fprintf(stderr, "cannot read examples/seed-report.txt\n");
        return 2;
    }
    const std::u16string report =
        generateReport(fromUtf8(sample), static_cast<std::size_t>(megabytes * 1e6));
    const double mb = static_cast<double>(report.size() * sizeof(char16_t)) / 1e6;
    std::size_t findings = 0;
    std::size_t sink = 0;
    const double copy = bestSeconds(5,
                                    [&]
                                    {
                                        std::u16string copyOfReport = report;
                                        sink += copyOfReport.size();
                                    });
    const double utf8 = bestSeconds(5, [&] { sink += toUtf8(report).size(); });
    // The rule set before #15: the same checker with the rules #15 added switched off (their
    // functions are then not called at all).
    CheckOptions before;
    before.disabledRules = {"punct.quote",  "punct.ellipsis", "punct.dash",         "punct.repeat",
                            "punct.space",  "punct.serial",   "punct.range",        "punct.approx",
                            "punct.titles", "punct.etc",      "punct.dash-explain", "number.year",
                            "number.mixed", "number.date",    "word.confusion",     "word.typo"};
    before.disable(RuleFamily::Data);
    // Issue #21: every rule but the data rules, the baseline of their cost (target >= 85 %).
    CheckOptions withoutData;
    withoutData.disable(RuleFamily::Data);
    withoutData.disabledRules = {"word.typo"}; // its cost is bench_cli's and bench_proofreader.py's
    const auto paragraphs = splitParagraphs(report);
    std::size_t findingsBefore = 0;
    // Alternated, best of nine each: a shared machine's slow moments hit both sides alike.
    auto compare = [&](const std::u16string& text, std::size_t& all, std::size_t& old)
    {
        double withAll = 1e9, withOld = 1e9;
        for (int round = 0; round < 9; ++round)
        {
            withOld =
                std::min(withOld, bestSeconds(1, [&] { old = checkText(text, before).size(); }));
            withAll = std::min(withAll,
                               bestSeconds(1, [&] { all = checkText(text, withoutData).size(); }));
        }
        return std::make_pair(withAll, withOld);
    };
    const auto [check, checkBefore] = compare(report, findings, findingsBefore);
    // Real prose too: the eight congress reports, dense with the punctuation the new rules read.
    std::u16string prose;
    for (int n = 13; n <= 20; ++n)
        prose += fromUtf8(readFile((std::string(GONGWEN_SOURCE_DIR "/tests/corpus/cpc-congress-") +
                                    std::to_string(n) + ".txt")
                                       .c_str())) +
                 u"\n";
    std::size_t proseFindings = 0, proseFindingsBefore = 0;
    const auto [proseCheck, proseBefore] = compare(prose, proseFindings, proseFindingsBefore);
    std::printf("report: %.2f MB of UTF-16 (%zu paragraphs), %zu findings (%zu with the rules "
                "before #15)\n",
                mb, paragraphs.size(), findings, findingsBefore);
    std::printf("checkText:            %8.1f MB/s\n", mb / check);
    std::printf("baseline copy:        %8.1f MB/s  -> checker takes %.1fx a plain copy\n",
                mb / copy, check / copy);
    std::printf(
        "baseline UTF-8 pass:  %8.1f MB/s  -> checker takes %.1fx an ICU UTF-8 conversion\n",
        mb / utf8, check / utf8);
    std::printf(
        "rules before #15:     %8.1f MB/s  -> all rules keep %.0f %% of it (target >= 80 %%)\n",
        mb / checkBefore, 100.0 * checkBefore / check);
    const double proseMb = static_cast<double>(prose.size() * sizeof(char16_t)) / 1e6;
    std::printf("real reports: %.2f MB, %zu findings (%zu before #15): all rules %.1f MB/s, before "
                "#15 %.1f MB/s "
                "-> %.0f %%\n",
                proseMb, proseFindings, proseFindingsBefore, proseMb / proseCheck,
                proseMb / proseBefore, 100.0 * proseBefore / proseCheck);
    // The data rules (#21), alternated with the same checker without them.
    auto compareData = [&](const std::u16string& text, std::size_t& all, std::size_t& without)
    {
        double withAll = 1e9, withoutThem = 1e9;
        for (int round = 0; round < 9; ++round)
        {
            withoutThem =
                std::min(withoutThem,
                         bestSeconds(1, [&] { without = checkText(text, withoutData).size(); }));
            withAll = std::min(withAll, bestSeconds(1, [&] { all = checkText(text).size(); }));
        }
        return std::make_pair(withAll, withoutThem);
    };
    std::size_t dataAll = 0, dataWithout = 0, proseDataAll = 0, proseDataWithout = 0;
    const auto [reportAll, reportWithout] = compareData(report, dataAll, dataWithout);
    const auto [realAll, realWithout] = compareData(prose, proseDataAll, proseDataWithout);
    const double reportShare = 100.0 * reportWithout / reportAll,
                 realShare = 100.0 * realWithout / realAll;
    std::printf(
        "data rules (#21): report %zu findings (%zu data), %.1f MB/s vs %.1f MB/s without -> %.0f "
        "%%; "
        "real reports %zu findings (%zu data), %.1f vs %.1f MB/s -> %.0f %% (target >= 85 %%)\n",
        dataAll, dataAll - dataWithout, mb / reportAll, mb / reportWithout, reportShare,
        proseDataAll, proseDataAll - proseDataWithout, proseMb / realAll, proseMb / realWithout,
        realShare);
    bool missed = false;
    if (100.0 * checkBefore / check < 80)
    {
        std::printf("MISSED: the rules of #15 cost more than 20 %% of the check\n");
        missed = true;
    }
    if (reportShare < 85 || realShare < 85)
    {
        std::printf("MISSED: the data rules cost more than 15 %% of the check\n");
        missed = true;
    }
    if (missed)
        return 1;
    return sink == 0 ? 1 : 0;
}
