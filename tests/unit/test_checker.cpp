// SPDX-License-Identifier: MPL-2.0
#include <core/checker/checker.hpp>
#include <core/checker/outline.hpp>
#include <core/checker/renumber.hpp>
#include <core/common/parallel.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <thread>

using namespace gongwen::core;

namespace
{

using gongwen::test::ruleIds;

} // namespace

TEST_CASE("empty and blank texts have no findings", "[checker]")
{
    CHECK(checkText(u"").empty());
    CHECK(checkText(u"\n\n\r\n").empty());
    CHECK(checkText(u"\u3000\u3000").empty());
}

TEST_CASE("paragraphs are split on newlines and a carriage return before one is ignored",
          "[checker]")
{
    const auto findings = checkText(u"一、甲\r\n三、乙\r\n");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].ruleId == "heading.sequence");
    CHECK(findings[0].paragraph == 1);
    CHECK(findings[0].start == 0);
    CHECK(findings[0].length == 1);
    CHECK(findings[0].suggestions == std::vector<std::u16string>{u"二"});
}

TEST_CASE("offsets are UTF-16 units, also after characters outside the BMP", "[checker]")
{
    // 😀 is two UTF-16 units; the placeholder after it starts at unit 3.
    const auto findings = checkText(u"😀共XX名");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].ruleId == "placeholder");
    CHECK(findings[0].start == 3);
    CHECK(findings[0].length == 2);
}

TEST_CASE("lone surrogates and odd code points do not disturb the checker", "[checker]")
{
    std::u16string text = u"一、甲";
    text += char16_t(0xD800); // lone lead surrogate
    text += u"\n二、乙";
    text += char16_t(0xDC00); // lone trail surrogate
    text += u"\uFFFF\n三、丙";
    CHECK(checkText(text).empty());
    std::u16string surrogatesOnly(1000, char16_t(0xD83D));
    CHECK_NOTHROW(checkText(surrogatesOnly));
}

TEST_CASE("a 1 MB paragraph is checked", "[checker]")
{
    std::u16string paragraph;
    while (paragraph.size() < 1'000'000 / 2)
        paragraph += u"今年以来，全区各项工作稳步推进，成效明显。";
    paragraph += u"共有委员XX名";
    const auto findings = checkText(paragraph);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].ruleId == "placeholder");
    CHECK(findings[0].start == paragraph.size() - 3);
}

TEST_CASE("10,000 headings in sequence are accepted, a gap among them is found where it is",
          "[checker]")
{
    std::u16string text;
    for (int i = 1; i <= 9999; ++i)
        text += formatChineseNumeral(i) + u"、标题\n";
    CHECK(checkText(text).empty());
    text += u"一万、多一个\n"; // beyond the numeral range: not a heading
    CHECK(checkText(text).empty());
    // 100 chapters of 99 sections each (10,000 headings); one sub-point missing.
    std::u16string nested;
    std::size_t paragraph = 0, missingAt = 0;
    for (int chapter = 1; chapter <= 100; ++chapter)
    {
        nested += formatChineseNumeral(chapter) + u"、章\n";
        ++paragraph;
        for (int point = 1; point <= 99; ++point)
        {
            if (chapter == 50 && point == 50)
            {
                missingAt = paragraph;
                continue;
            }
            nested += u"（" + formatChineseNumeral(point) + u"）点\n";
            ++paragraph;
        }
    }
    // Each sub-point after the gap is out of its place (五十一 is the fiftieth): 49 findings, the
    // first at the gap, each suggesting its place, so that applying them all closes the gap.
    const auto findings = checkText(nested);
    REQUIRE(findings.size() == 49);
    CHECK(findings[0].ruleId == "heading.sequence");
    CHECK(findings[0].paragraph == missingAt);
    CHECK(findings[0].suggestions == std::vector<std::u16string>{u"五十"});
    CHECK(findings.back().paragraph == missingAt + 48);
    CHECK(findings.back().suggestions == std::vector<std::u16string>{u"九十八"});
    for (const Finding& f : findings)
        CHECK(f.ruleId == "heading.sequence");
}

TEST_CASE("large numerals: 一百零一、 and 十一是", "[checker]")
{
    std::u16string text;
    for (int i = 1; i <= 101; ++i)
        text += formatChineseNumeral(i) + u"、标题\n";
    CHECK(checkText(text).empty());
    const auto h = analyseParagraph(u"一百零一、标题", {});
    REQUIRE(h.heading);
    CHECK(h.heading->number == 101);
    CHECK(h.heading->markerLength == 5);

    std::u16string items;
    for (int i = 1; i <= 11; ++i)
        items += formatChineseNumeral(i) + u"是做好工作。\n";
    CHECK(checkText(items).empty());
    const auto p = analyseParagraph(u"十一是做好工作。", {});
    REQUIRE(p.items.size() == 1);
    CHECK(p.items[0].number == 11);
    CHECK(p.items[0].length == 3);
}

TEST_CASE("headings: the four levels and their forms", "[outline]")
{
    const CheckOptions options;
    struct Case
    {
        const char16_t* text;
        HeadingLevel level;
        int number;
        bool wellFormed;
    };
    const Case cases[] = {
        {u"一、总体情况", HeadingLevel::Chapter, 1, true},
        {u"十二、其他", HeadingLevel::Chapter, 12, true},
        {u"一.总体情况", HeadingLevel::Chapter, 1, false},
        {u"一，总体情况", HeadingLevel::Chapter, 1, false},
        {u"（三）坚持稳中求进。今年以来", HeadingLevel::Section, 3, true},
        {u"(三)坚持", HeadingLevel::Section, 3, false},
        {u"（三）、坚持", HeadingLevel::Section, 3, false},
        {u"2.强化学习", HeadingLevel::Point, 2, true},
        {u"2、强化学习", HeadingLevel::Point, 2, false},
        {u"2．强化学习", HeadingLevel::Point, 2, false},
        {u"（10）细化", HeadingLevel::SubPoint, 10, true},
        {u"(10)细化", HeadingLevel::SubPoint, 10, false},
        {u"\u3000\u3000一、缩进的标题", HeadingLevel::Chapter, 1, true},
    };
    for (const Case& c : cases)
    {
        INFO(toUtf8(c.text));
        const auto outline = analyseParagraph(c.text, options);
        REQUIRE(outline.heading);
        CHECK(outline.heading->level == c.level);
        CHECK(outline.heading->number == c.number);
        CHECK(outline.heading->wellFormed == c.wellFormed);
    }
    CheckOptions fullWidth;
    fullWidth.fullWidthArabicDot = true;
    CHECK(analyseParagraph(u"2．强化学习", fullWidth).heading->wellFormed);
    CHECK_FALSE(analyseParagraph(u"2.强化学习", fullWidth).heading->wellFormed);
}

TEST_CASE("paragraphs that only look like headings are not headings", "[outline]")
{
    for (const char16_t* text :
         {u"一是强化思想保障。", u"一些问题仍然存在。", u"十九大以来", u"2021年3月7日",
          u"1.5亿元资金", u"二〇二一年", u"三个优先保证", u"（一）", u"一"})
    {
        INFO(toUtf8(text));
        const auto outline = analyseParagraph(text, {});
        const bool bareBracket = std::u16string_view(text) == u"（一）";
        CHECK(outline.heading.has_value() == bareBracket);
    }
}

TEST_CASE("count words: what counts and what does not", "[outline]")
{
    auto words = [](std::u16string_view t) { return findCountWords(t, 0, t.size()); };
    REQUIRE(words(u"强化四项举措").size() == 1);
    CHECK(words(u"强化四项举措")[0].value == 4);
    CHECK(words(u"重点抓好三个方面")[0].value == 3);
    CHECK(words(u"围绕两个方面")[0].value == 2);
    CHECK(words(u"做到“三个优先保证”").empty());
    CHECK(words(u"开展《四项行动》").empty());
    CHECK(words(u"“十四五”规划").empty());
    CHECK(words(u"十四五规划").empty());
    CHECK(words(u"市区两级").empty());
    CHECK(words(u"党的十九大").empty());
    CHECK(words(u"第三个方面").empty());
    CHECK(words(u"一个中心").empty());
}

TEST_CASE("every finding carries both languages and a valid range", "[checker]")
{
    const auto findings = checkText(u"一、强化五项举措\n一是甲。\n三是乙,丙。\n（一）、“XX\n3、丁");
    CHECK(ruleIds(findings).size() >= 5);
    const std::vector<std::u16string_view> lines =
        splitParagraphs(u"一、强化五项举措\n一是甲。\n三是乙,丙。\n（一）、“XX\n3、丁");
    for (const Finding& f : findings)
    {
        INFO(f.ruleId);
        CHECK_FALSE(f.messageZh.empty());
        CHECK_FALSE(f.messageEn.empty());
        REQUIRE(f.paragraph < lines.size());
        CHECK(f.start + f.length <= lines[f.paragraph].size());
        CHECK(f.length > 0);
    }
}

TEST_CASE("automatic list labels are read as text but never edited", "[checker][labels]")
{
    // Writer shows "一." and "二." made by outline numbering; the user typed "（一）…".
    const std::u16string p0 = u"一.总体要求";
    const std::u16string p1 = u"二.三个方面";
    const std::u16string p2 = u"（一）抓学习";
    const std::u16string p3 = u"（二）抓落实";
    const std::u16string p4 = u"四、存在问题"; // typed: after the automatic 二 comes 三
    const std::vector<std::u16string_view> paragraphs{p0, p1, p2, p3, p4};
    const std::vector<std::size_t> labels{2, 2, 0, 0, 0};
    const auto findings = checkParagraphs(paragraphs, labels);
    REQUIRE(findings.size() == 4);
    // The form faults sit in the labels: reported at 0/0, without a fix, saying why.
    CHECK(findings[0].ruleId == "heading.form");
    CHECK((findings[0].paragraph == 0 && findings[0].start == 0 && findings[0].length == 0));
    CHECK(findings[0].suggestions.empty());
    CHECK(findings[0].messageZh.find(u"自动编号") != std::u16string::npos);
    CHECK(findings[0].messageEn.find(u"automatic") != std::u16string::npos);
    CHECK((findings[1].ruleId == "heading.form" && findings[1].paragraph == 1 &&
           findings[1].length == 0));
    // The count word after the label is found at its place in the text the user typed.
    CHECK(findings[2].ruleId == "item.count");
    CHECK((findings[2].paragraph == 1 && findings[2].start == 0 && findings[2].length == 1));
    CHECK(findings[2].suggestions == std::vector<std::u16string>{u"两"});
    CHECK((findings[3].ruleId == "heading.sequence" && findings[3].paragraph == 4 &&
           findings[3].start == 0));
}

TEST_CASE("sequence faults inside automatic labels are the office's business", "[checker][labels]")
{
    const std::u16string p0 = u"一、总体要求", p1 = u"三、主要工作";
    const std::vector<std::u16string_view> paragraphs{p0, p1};
    CHECK(checkParagraphs(paragraphs).size() == 1);
    CHECK(checkParagraphs(paragraphs, std::vector<std::size_t>{2, 2}).empty());
    // Renumbering leaves labels alone and moves edits past them.
    CHECK(renumberingEdits(paragraphs, std::vector<std::size_t>{2, 2}).empty());
    const std::u16string q0 = u"一、甲", q1 = u"三、乙";
    const auto edits =
        renumberingEdits(std::vector<std::u16string_view>{q0, q1}, std::vector<std::size_t>{2, 0});
    REQUIRE(edits.size() == 1);
    CHECK((edits[0].paragraph == 1 && edits[0].start == 0 && edits[0].replacement == u"二、"));
}

TEST_CASE("rules and rule families can be switched off, also those sharing one pass", "[checker]")
{
    const std::u16string text = u"一、总体情况\n今年将采取三项举措。一是甲；二是乙。\n做为试点，完"
                                u"成XX项，每人补助3-5元，，";
    CHECK(ruleIds(checkText(text)) == std::vector<std::string>{"item.count", "word.confusion",
                                                               "placeholder", "punct.range",
                                                               "punct.repeat"});
    CheckOptions noWords;
    noWords.disable(RuleFamily::Word);
    CHECK(ruleIds(checkText(text, noWords)) ==
          std::vector<std::string>{"item.count", "placeholder", "punct.range", "punct.repeat"});
    CheckOptions noRange;
    noRange.disabledRules = {"punct.range", "item.count"};
    CHECK(ruleIds(checkText(text, noRange)) ==
          std::vector<std::string>{"word.confusion", "placeholder", "punct.repeat"});
    CheckOptions onlyStructure;
    for (RuleFamily family : kCheckedFamilies)
        if (family != RuleFamily::Structure)
            onlyStructure.disable(family);
    CHECK(checkText(text, onlyStructure).empty());
}

TEST_CASE("an exception on a worker thread reaches the caller instead of ending the process",
          "[parallel]")
{
    // Long enough to be split over threads; the last chunk fails.
    const std::size_t count = kParallelThreshold * 4;
    std::vector<int> done(4, 0);
    bool thrown = false;
    try
    {
        forEachChunk(count,
                     [&](std::size_t chunk, std::size_t begin, std::size_t end)
                     {
                         if (end == count)
                             throw std::runtime_error("chunk failed");
                         done[chunk] = static_cast<int>(end - begin);
                     });
    }
    catch (const std::runtime_error& e)
    {
        thrown = std::string(e.what()) == "chunk failed";
    }
    CHECK(thrown);
    if (std::thread::hardware_concurrency() > 1) // split: the first chunk ran on to its end
        CHECK(done[0] > 0);
}
