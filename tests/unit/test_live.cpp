// SPDX-License-Identifier: MPL-2.0
// The live proofreader's document (core/checker/live): after any edit, each paragraph's findings
// are those the whole-document check gives, and typing body text does not run the outline rules.
#include <core/checker/checker.hpp>
#include <core/checker/live.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

#include <string>
#include <vector>

using namespace gongwen;
using namespace gongwen::core;

namespace
{

std::vector<std::u16string_view> views(const std::vector<std::u16string>& lines)
{
    return {lines.begin(), lines.end()};
}

std::string describe(const Finding& f)
{
    std::string s = std::to_string(f.paragraph) + ":" + std::to_string(f.start) + ":" +
                    std::to_string(f.length) + " " + f.ruleId + " " + toUtf8(f.messageZh);
    for (const auto& suggestion : f.suggestions)
        s += " -> " + toUtf8(suggestion);
    return s;
}

// The live document agrees with checkParagraphs on every paragraph.
void requireAgreement(const LiveDocument& live, const std::vector<std::u16string>& lines)
{
    REQUIRE(live.size() == lines.size());
    const auto whole = checkParagraphs(views(lines));
    for (std::size_t p = 0; p < lines.size(); ++p)
    {
        std::vector<std::string> expected, actual;
        for (const Finding& f : whole)
            if (f.paragraph == p)
                expected.push_back(describe(f));
        for (const Finding& f : live.findingsOf(p))
            actual.push_back(describe(f));
        INFO("paragraph " << p << ": " << toUtf8(lines[p]));
        CHECK(actual == expected);
    }
}

} // namespace

TEST_CASE("the live document agrees with the whole-document check after every kind of edit",
          "[live]")
{
    std::vector<std::u16string> lines =
        test::linesOfFile(test::kSource / "examples" / "seed-report.txt");
    LiveDocument live;
    live.update(views(lines));
    requireAgreement(live, lines);

    // Find the second level-1 heading and an item of the first run.
    std::size_t heading2 = 0, item2 = 0;
    for (std::size_t p = 0; p < lines.size(); ++p)
    {
        if (lines[p].rfind(u"二、", 0) == 0 && heading2 == 0)
            heading2 = p;
        if (lines[p].find(u"二是") != std::u16string::npos && item2 == 0)
            item2 = p;
    }
    REQUIRE(heading2 > 0);
    REQUIRE(item2 > 0);

    SECTION("a heading renumbered marks the ones after it, and back")
    {
        lines[heading2].replace(0, 1, u"三");
        const auto changed = live.setParagraph(heading2, lines[heading2]);
        requireAgreement(live, lines);
        // This heading is now out of place; the next keeps its place in the run (三 is third).
        CHECK(std::find(changed.begin(), changed.end(), heading2) != changed.end());
        lines[heading2].replace(0, 1, u"二");
        live.setParagraph(heading2, lines[heading2]);
        requireAgreement(live, lines);
    }
    SECTION("typing body text does not run the outline rules again")
    {
        const std::size_t before = live.outlineChecks();
        for (std::size_t p = 0; p < lines.size(); ++p)
            if (lines[p].find(u"是") == std::u16string::npos &&
                lines[p].find(u"、") == std::u16string::npos && lines[p].size() > 10)
            {
                lines[p] += u"并做好XX项工作,";
                CHECK(live.setParagraph(p, lines[p]) == std::vector<std::size_t>{p});
                break;
            }
        CHECK(live.outlineChecks() == before);
        requireAgreement(live, lines);
    }
    SECTION("paragraphs inserted and deleted")
    {
        lines.insert(lines.begin() + static_cast<long>(item2), u"一是新增一条举措。");
        live.update(views(lines));
        requireAgreement(live, lines);
        lines.erase(lines.begin() + static_cast<long>(item2),
                    lines.begin() + static_cast<long>(item2) + 2);
        live.update(views(lines));
        requireAgreement(live, lines);
    }
}

TEST_CASE("the live document finds paragraphs by their text, the next one first", "[live]")
{
    const std::vector<std::u16string> lines = {u"一是学习。", u"正文。", u"一是学习。",
                                               u"二是落实。"};
    LiveDocument live;
    live.update(views(lines));
    CHECK(live.find(u"一是学习。", 3) == std::optional<std::size_t>(2));
    CHECK(live.find(u"一是学习。", 0) == std::optional<std::size_t>(0));
    CHECK(live.find(u"一是学习。", 1) == std::optional<std::size_t>(2));
    CHECK(live.find(u"正文。", 3) == std::optional<std::size_t>(1));
    CHECK(!live.find(u"没有这段"));
}
