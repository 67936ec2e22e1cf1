// SPDX-License-Identifier: MPL-2.0
// Golden files: tests/golden/NAME.txt is checked and compared with NAME.expected, one finding
// a line: "paragraph:start:length ruleId -> suggestion|suggestion" (0-based, UTF-16 units).
// GONGWEN_UPDATE_GOLDEN=1 rewrites the .expected files (then review the diff by eye).
#include <core/checker/checker.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

namespace fs = std::filesystem;
using namespace gongwen;
using namespace gongwen::core;

namespace
{

using test::kSource;
using test::readFile;

std::string describe(const std::vector<Finding>& findings)
{
    std::ostringstream out;
    for (const Finding& f : findings)
    {
        out << f.paragraph << ':' << f.start << ':' << f.length << ' ' << f.ruleId;
        for (std::size_t i = 0; i < f.suggestions.size(); ++i)
            out << (i == 0 ? " -> " : "|") << toUtf8(f.suggestions[i]);
        out << '\n';
    }
    return out.str();
}

void compareWithGolden(const fs::path& input, const fs::path& expected)
{
    const std::string actual = describe(checkText(fromUtf8(readFile(input))));
    if (std::getenv("GONGWEN_UPDATE_GOLDEN"))
        std::ofstream(expected, std::ios::binary) << actual;
    INFO("golden file " << expected.string());
    REQUIRE(fs::exists(expected));
    CHECK(actual == readFile(expected));
}

} // namespace

TEST_CASE("the bundled sample report has only its placeholders", "[golden]")
{
    compareWithGolden(kSource / "examples" / "seed-report.txt",
                      kSource / "tests" / "golden" / "seed-report.expected");
}

TEST_CASE("every golden document yields exactly its expected findings", "[golden]")
{
    int documents = 0;
    for (const auto& entry : fs::directory_iterator(kSource / "tests" / "golden"))
    {
        if (entry.path().extension() != ".txt")
            continue;
        ++documents;
        fs::path expected = entry.path();
        expected.replace_extension(".expected");
        compareWithGolden(entry.path(), expected);
    }
    CHECK(documents >= 10);
}

TEST_CASE("single edits of the sample report each yield findings of the right rule only",
          "[golden]")
{
    // A deleted item leaves the two after it out of place (三是 and 四是 become 二是 and 三是).
    const std::tuple<const char*, const char*, std::size_t> cases[] = {
        {"seed-count-four-to-five.txt", "item.count", 1},
        {"seed-heading-three-to-four.txt", "heading.sequence", 1},
        {"seed-item-deleted.txt", "item.sequence", 2},
        {"seed-heading-dot.txt", "heading.form", 1},
        {"seed-halfwidth-comma.txt", "punct.halfwidth", 1},
        {"seed-dropped-quote.txt", "punct.pair", 1},
    };
    for (const auto& [file, ruleId, count] : cases)
    {
        INFO(file);
        std::vector<Finding> structural;
        for (Finding& f : checkText(fromUtf8(readFile(kSource / "tests" / "golden" / file))))
            if (f.ruleId != "placeholder")
                structural.push_back(f);
        REQUIRE(structural.size() == count);
        for (const Finding& f : structural)
            CHECK(f.ruleId == ruleId);
    }
}

TEST_CASE("the numbering suggestions converge: applying all of them at once leaves none",
          "[golden]")
{
    for (const char* file :
         {"headings.txt", "items.txt", "seed-item-deleted.txt", "seed-heading-three-to-four.txt"})
    {
        INFO(file);
        const std::u16string text = fromUtf8(readFile(kSource / "tests" / "golden" / file));
        auto split = splitParagraphs(text);
        std::vector<std::u16string> paragraphs(split.begin(), split.end());
        auto isSequence = [](const Finding& f)
        {
            return (f.ruleId == "heading.sequence" || f.ruleId == "item.sequence") &&
                   !f.suggestions.empty();
        };
        std::vector<Finding> fixes;
        for (Finding& f : checkParagraphs(
                 std::vector<std::u16string_view>(paragraphs.begin(), paragraphs.end())))
            if (isSequence(f))
                fixes.push_back(std::move(f));
        REQUIRE(!fixes.empty());
        // From the end of each paragraph: earlier offsets stay valid.
        std::sort(fixes.begin(), fixes.end(),
                  [](const Finding& a, const Finding& b) {
                      return a.paragraph != b.paragraph ? a.paragraph > b.paragraph
                                                        : a.start > b.start;
                  });
        for (const Finding& f : fixes)
            paragraphs[f.paragraph].replace(f.start, f.length, f.suggestions.front());
        for (const Finding& f : checkParagraphs(
                 std::vector<std::u16string_view>(paragraphs.begin(), paragraphs.end())))
            CHECK_FALSE(isSequence(f));
    }
}

namespace
{

// "LINE «marked» -> suggestion|…" for each finding of `ruleId` (lines 1-based, as in the file).
std::string describeRule(const std::vector<std::u16string_view>& lines,
                         const std::vector<Finding>& findings, const std::string& ruleId)
{
    std::ostringstream out;
    for (const Finding& f : findings)
    {
        if (f.ruleId != ruleId)
            continue;
        out << f.paragraph + 1 << " «" << toUtf8(lines[f.paragraph].substr(f.start, f.length))
            << "»";
        for (std::size_t i = 0; i < f.suggestions.size(); ++i)
            out << (i == 0 ? " -> " : "|") << toUtf8(f.suggestions[i]);
        out << '\n';
    }
    return out.str();
}

} // namespace

TEST_CASE("each rule's golden file: its faults marked exactly, its look-alikes left alone",
          "[golden]")
{
    // tests/golden/rules/RULE[+variant].txt: positive and negative lines ("#" lines are
    // comments); RULE[+variant].expected: the findings of RULE only, written by reading.
    std::set<std::string> rules;
    for (const auto& entry : fs::directory_iterator(kSource / "tests" / "golden" / "rules"))
    {
        if (entry.path().extension() != ".txt")
            continue;
        const std::string stem = entry.path().stem().string();
        const std::string ruleId = stem.substr(0, stem.find('+'));
        rules.insert(ruleId);
        const std::u16string text = fromUtf8(readFile(entry.path()));
        std::vector<std::u16string_view> lines = splitParagraphs(text);
        std::vector<std::u16string_view> checked = lines;
        for (std::u16string_view& line : checked)
            if (!line.empty() && line.front() == u'#')
                line = {};
        fs::path expected = entry.path();
        expected.replace_extension(".expected");
        INFO("golden file " << expected.string());
        REQUIRE(fs::exists(expected));
        CHECK(describeRule(lines, checkParagraphs(checked), ruleId) == readFile(expected));
    }
    // Every rule has its file.
    for (const char* ruleId :
         {rule::kPunctQuote, rule::kPunctEllipsis, rule::kPunctDash, rule::kPunctRepeat,
          rule::kPunctSpace, rule::kPunctSerial, rule::kPunctRange, rule::kPunctApprox,
          rule::kPunctTitles, rule::kPunctEtc, rule::kPunctDashExplain, rule::kNumberYear,
          rule::kNumberMixed, rule::kNumberDate, rule::kWordConfusion, rule::kWordTypo,
          // and of issue #21 (data.table and data.workbook need a table or a workbook:
          // test_data.cpp)
          rule::kDataParts, rule::kDataDirection, rule::kDataGrowth, rule::kDataPoints,
          rule::kDataShare, rule::kDataWeekday, rule::kDataDays,
          // and the rules that came first (issue #23)
          rule::kHeadingSequence, rule::kHeadingForm, rule::kHeadingLevel, rule::kItemSequence,
          rule::kItemCount, rule::kPlaceholder, rule::kPunctHalfwidth, rule::kPunctPair})
        CHECK(rules.count(ruleId) == 1);
}
