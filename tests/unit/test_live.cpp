// SPDX-License-Identifier: MPL-2.0
// The live proofreader's document (core/checker/live): after any edit, each paragraph's findings
// are those the whole-document check gives, and typing body text does not run the outline rules.
#include <core/checker/checker.hpp>
#include <core/checker/live.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>

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

TEST_CASE("the live document agrees after hundreds of random edits of a real report", "[live]")
{
    // Edits as users make them, drawn with a fixed seed: a paragraph typed into, retyped, split,
    // joined, deleted, duplicated, moved; after each, every paragraph's live findings are the
    // whole-document check's.
    const std::vector<std::u16string> source =
        test::linesOfFile(test::kSource / "examples" / "seed-report.txt");
    REQUIRE(source.size() >= 10);
    std::vector<std::u16string> lines = source;
    LiveDocument live;
    live.update(views(lines));
    std::uint32_t state = 20261204;
    auto next = [&](std::uint32_t bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    static const std::u16string kTyped[] = {u"一是", u"XX", u"，", u"。", u"二、", u"（一）", u"做为",
                                             u"1.", u"三项", u"2026年", u"“", u"张三"};
    for (int edit = 0; edit < 300; ++edit)
    {
        const std::size_t p = lines.empty() ? 0 : next(static_cast<std::uint32_t>(lines.size()));
        switch (lines.empty() ? 5 : next(7))
        {
        case 0: // typed into, in place
        {
            std::u16string& line = lines[p];
            line.insert(next(static_cast<std::uint32_t>(line.size() + 1)), kTyped[next(12)]);
            live.setParagraph(p, line);
            break;
        }
        case 1: // a character deleted, in place
            if (!lines[p].empty())
                lines[p].erase(next(static_cast<std::uint32_t>(lines[p].size())), 1);
            live.setParagraph(p, lines[p]);
            break;
        case 2: // split
        {
            const std::size_t at = next(static_cast<std::uint32_t>(lines[p].size() + 1));
            const std::u16string tail = lines[p].substr(at);
            lines[p].erase(at);
            lines.insert(lines.begin() + static_cast<long>(p) + 1, tail);
            live.update(views(lines));
            break;
        }
        case 3: // joined with the next
            if (p + 1 < lines.size())
            {
                lines[p] += lines[p + 1];
                lines.erase(lines.begin() + static_cast<long>(p) + 1);
            }
            live.update(views(lines));
            break;
        case 4: // deleted
            lines.erase(lines.begin() + static_cast<long>(p));
            live.update(views(lines));
            break;
        case 5: // a paragraph of the report pasted (a duplicate text, too)
            lines.insert(lines.begin() + static_cast<long>(p), source[next(static_cast<std::uint32_t>(source.size()))]);
            live.update(views(lines));
            break;
        default: // moved
        {
            const std::u16string moved = lines[p];
            lines.erase(lines.begin() + static_cast<long>(p));
            lines.insert(lines.begin() + static_cast<long>(next(static_cast<std::uint32_t>(lines.size() + 1))), moved);
            live.update(views(lines));
            break;
        }
        }
        INFO("after edit " << edit);
        requireAgreement(live, lines);
    }
}

TEST_CASE("where the proofreader looks for an edit in place", "[live]")
{
    LiveDocument live;
    live.update({u"一、总体情况", u"今年完成三项工作。", u"二、主要做法", u"加强学习，提高能力。",
                 u"三、存在问题", u"今年完成三项重点工作任务。", u"四、下一步", u"今年完成。"});
    CHECK(live.paragraphsAround(0) == std::vector<std::size_t>{0, 1, 2});
    CHECK(live.paragraphsAround(4) == std::vector<std::size_t>{2, 3, 4, 5, 6});
    CHECK(live.paragraphsAround(7) == std::vector<std::size_t>{5, 6, 7});
    CHECK(live.paragraphsAround(99).empty());
    // Typed into paragraph 5 while the last one checked was 0: the most alike away from 0–2.
    const auto most = live.paragraphsMostLike(u"今年完成三项重点工作任务，成效明显。", 0);
    REQUIRE(!most.empty());
    CHECK(most.front() == 5);
    CHECK(std::find(most.begin(), most.end(), 1) == most.end()); // around the last: tried already
    CHECK(most.size() <= 3);
    CHECK(live.paragraphsMostLike(u"无关", 0).empty());
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
