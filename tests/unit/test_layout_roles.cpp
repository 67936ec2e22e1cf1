// SPDX-License-Identifier: MPL-2.0
// Roles of a draft's paragraphs (core/layout/roles). Golden files in tests/golden/layout: a line
// per paragraph "role<TAB>text", with "|" where a run-in heading's sentence ends and
// " → date" where a 成文日期 is not yet in the standard form. Written by reading the drafts.
#include <core/checker/checker.hpp>
#include <core/layout/roles.hpp>
#include <core/layout/styles.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace gongwen;
using namespace gongwen::core;

namespace
{

using test::kSource;
using test::readFile;

std::vector<std::u16string_view> paragraphsOf(const std::u16string& text)
{
    auto paragraphs = splitParagraphs(text);
    if (!paragraphs.empty() && paragraphs.back().empty())
        paragraphs.pop_back(); // the file's final newline
    return paragraphs;
}

std::string describe(const std::vector<std::u16string_view>& paragraphs)
{
    const auto roles = classifyParagraphs(paragraphs, {});
    std::string out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
    {
        std::u16string text(paragraphs[i]);
        while (!text.empty() && (text.back() == u' ' || text.back() == u'\r'))
            text.pop_back();
        if (roles[i].runInEnd > 0)
            text.insert(roles[i].runInEnd, u"|");
        if (roles[i].role == LayoutRole::Date)
            if (const std::u16string standard = standardDate(text);
                !standard.empty() && standard != text)
                text += u" → " + standard;
        out += roleName(roles[i]) + "\t" + toUtf8(text) + "\n";
    }
    return out;
}

} // namespace

TEST_CASE("drafts' paragraphs get their roles", "[layout]")
{
    std::size_t drafts = 0;
    for (const auto& entry : fs::directory_iterator(kSource / "tests" / "golden" / "layout"))
    {
        if (entry.path().extension() != ".txt")
            continue;
        ++drafts;
        const std::u16string text = fromUtf8(readFile(entry.path()));
        fs::path expected = entry.path();
        expected.replace_extension(".expected");
        INFO("golden file " << expected.string());
        CHECK(describe(paragraphsOf(text)) == readFile(expected));
    }
    CHECK(drafts >= 4);
}

TEST_CASE("成文日期 take the standard form", "[layout]")
{
    CHECK(standardDate(u"2026年11月29日") == u"2026年11月29日");
    CHECK(standardDate(u"二〇二六年十一月二十九日") == u"2026年11月29日");
    CHECK(standardDate(u"二零二六年一月九日") == u"2026年1月9日");
    CHECK(standardDate(u"二○二六年一月九日") == u"2026年1月9日"); // the circle people type for 〇
    CHECK(standardDate(u"2026年01月09日") == u"2026年1月9日");
    CHECK(standardDate(u"２０２６年３月７日") == u"2026年3月7日");
    CHECK(standardDate(u"2026年13月1日").empty());
    CHECK(standardDate(u"今年11月29日").empty());
    CHECK(standardDate(u"2026年11月29日召开会议").empty());
}

TEST_CASE("tables and blank lines keep their roles and never start the title", "[layout]")
{
    const std::vector<std::u16string_view> paragraphs = {u"", u"工作总结", u"",
                                                         u"今年完成了各项任务。", u"一、数据"};
    const auto roles = classifyParagraphs({u"", u"", u"今年完成了各项任务。", u"一、数据"},
                                          {false, true, false, false});
    CHECK(roles[0].role == LayoutRole::Blank);
    CHECK(roles[1].role == LayoutRole::Table);
    CHECK(roles[2].role == LayoutRole::Body);
    CHECK(roles[3].role == LayoutRole::Heading);
    const auto withTitle = classifyParagraphs(paragraphs, {});
    CHECK(withTitle[1].role == LayoutRole::Title);
    CHECK(withTitle[3].role == LayoutRole::Body);
}

TEST_CASE("real reports: headings as the checker reads them, no date or 落款 inside the text",
          "[layout]")
{
    for (const auto& entry : fs::directory_iterator(kSource / "tests" / "corpus"))
    {
        if (entry.path().extension() != ".txt")
            continue;
        INFO(entry.path().filename().string());
        const std::u16string text = fromUtf8(readFile(entry.path()));
        const auto paragraphs = paragraphsOf(text);
        const auto roles = classifyParagraphs(paragraphs, {});
        std::size_t firstText = 0;
        while (firstText < roles.size() && roles[firstText].role == LayoutRole::Blank)
            ++firstText;
        for (std::size_t i = 0; i < roles.size(); ++i)
        {
            if (roles[i].role == LayoutRole::Date || roles[i].role == LayoutRole::Signature)
                CHECK(i + 4 >= roles.size());
            if (roles[i].role == LayoutRole::Title || roles[i].role == LayoutRole::Addressee)
                CHECK(i < firstText + 6); // at most five title lines, then 主送机关
        }
        if (entry.path().filename() == "cpc-congress-19.txt")
        {
            // Title, subtitle, "——在…上的报告", "（2017年10月18日）", the author; then 同志们：
            for (std::size_t i = 0; i < 5; ++i)
                CHECK(roles[i].role == LayoutRole::Title);
            CHECK(roles[5].role == LayoutRole::Addressee);
            CHECK(roles[6].role == LayoutRole::Body);
        }
    }
}

TEST_CASE(
    "profiles keep the 156 × 225 mm text area; the local one moves it up and bolds 1. headings",
    "[layout]")
{
    REQUIRE(findLayoutProfile("") == &layoutProfiles().front());
    CHECK(findLayoutProfile("gbt9704") == findLayoutProfile(""));
    CHECK(findLayoutProfile("nonsense") == nullptr);
    for (const LayoutProfile& p : layoutProfiles())
    {
        INFO(p.id);
        CHECK(p.page.width - p.page.left - p.page.right == 15600);
        CHECK(p.page.height - p.page.top - p.page.bottom - p.page.footerHeight ==
              22500); // the footer holds the 7 mm
        CHECK(p.page.gridLines == 22);
    }
    const LayoutProfile* local = findLayoutProfile("gbt9704-local");
    REQUIRE(local);
    CHECK(local->page.top == 3458);
    CHECK(styleSpecFor(*local, StyleRole::Heading3).bold);
    CHECK_FALSE(styleSpecFor(*findLayoutProfile(""), StyleRole::Heading3).bold);
}

TEST_CASE("each role has its style: outline levels for headings, 右空四字 for 落款 and date",
          "[layout]")
{
    auto style = [](LayoutRole role, int level = 0, std::size_t runIn = 0) {
        return styleRoleForLayout(ParagraphRoleInfo{role, level, runIn});
    };
    CHECK(style(LayoutRole::Title) == StyleRole::Title);
    CHECK(style(LayoutRole::Heading, 1) == StyleRole::Heading1);
    CHECK(style(LayoutRole::Heading, 4) == StyleRole::Heading4);
    CHECK(style(LayoutRole::Heading, 2, 7) ==
          StyleRole::Body); // run-in: only its sentence takes the heading font
    CHECK(style(LayoutRole::Closing) == StyleRole::Body);
    for (int level = 1; level <= 4; ++level)
        CHECK(styleSpec(styleRoleFor(ParagraphRole::Heading, level)).outlineLevel == level);
    CHECK(styleSpec(StyleRole::Body).outlineLevel == 0);
    CHECK(styleSpec(StyleRole::Addressee).firstLineIndentChars == 0);
    CHECK(styleSpec(StyleRole::Addressee).alignment == Alignment::Left);
    for (StyleRole r : {StyleRole::Signature, StyleRole::Date})
    {
        CHECK(styleSpec(r).alignment == Alignment::Right);
        CHECK(styleSpec(r).rightIndentChars == 4);
    }
    CHECK(styleSpec(StyleRole::Title).alignment == Alignment::Centred);
    CHECK(styleSpec(StyleRole::Title).sizePt == 22);
    CHECK(styleSpec(StyleRole::Distribution).sizePt == 14);
    std::set<std::u16string_view> names;
    for (const StyleSpec& s : officialStyles())
        CHECK(names.insert(s.name.document).second); // one style per name
}

TEST_CASE("styles name the standard fonts; a missing one is replaced by an installed open font",
          "[layout]")
{
    auto installed = [](std::initializer_list<std::u16string_view> fonts)
    {
        std::vector<std::u16string_view> list(fonts);
        return [list](std::u16string_view f)
        { return std::find(list.begin(), list.end(), f) != list.end(); };
    };
    const FontPlan onAnOfficeMachine =
        planFont(styleSpec(StyleRole::Heading1), installed({u"黑体", u"Noto Sans CJK SC"}));
    CHECK(onAnOfficeMachine.styleFont == u"黑体");
    CHECK(onAnOfficeMachine.replacement.empty());
    const FontPlan here = planFont(styleSpec(StyleRole::Heading1),
                                   installed({u"Noto Sans CJK SC", u"Noto Serif CJK SC"}));
    CHECK(here.styleFont == u"黑体");
    CHECK(here.replacement == u"Noto Sans CJK SC");
    const FontPlan kai = planFont(styleSpec(StyleRole::Heading2),
                                  installed({u"AR PL UKai CN", u"Noto Serif CJK SC"}));
    CHECK(kai.styleFont == u"楷体_GB2312");
    CHECK(kai.replacement == u"AR PL UKai CN");
    const FontPlan title = planFont(styleSpec(StyleRole::Title), installed({u"Noto Serif CJK SC"}));
    CHECK(title.styleFont == u"方正小标宋简体");
    CHECK(title.bold); // an open serif set bold stands in for 小标宋
    CHECK_FALSE(planFont(styleSpec(StyleRole::Title), installed({u"方正小标宋简体"})).bold);
    CHECK(planFont(styleSpec(StyleRole::Body), installed({})).missing);
    const StyleSpec boldLevel3 =
        styleSpecFor(*findLayoutProfile("gbt9704-local"), StyleRole::Heading3);
    CHECK(planFont(boldLevel3, installed({u"仿宋_GB2312"})).bold); // a profile's bold is real bold
    // With only the Debian fonts, the levels differ: 黑体, 楷体 and 仿宋 map to three fonts.
    const auto debian = installed({u"Noto Sans CJK SC", u"Noto Serif CJK SC", u"AR PL UKai CN"});
    CHECK(planFont(styleSpec(StyleRole::Heading1), debian).replacement !=
          planFont(styleSpec(StyleRole::Heading2), debian).replacement);
    CHECK(planFont(styleSpec(StyleRole::Heading2), debian).replacement !=
          planFont(styleSpec(StyleRole::Body), debian).replacement);
}

TEST_CASE("items of an automatic list stay body text unless they read as headings", "[layout]")
{
    // The labels come from Writer's numbering (labelLengths), the text after them from the user.
    const std::vector<std::u16string_view> paragraphs = {
        u"一、主要工作",     u"今年主要工作如下：", u"1.落实协商计划，全年开展协商12次。",
        u"2.加强民主监督。", u"3.完善制度建设",     u"（一）加强自身建设",
        u"1.完善制度",       u"修订工作规则3项。"};
    const std::vector<std::size_t> labels = {0, 0, 2, 2, 2, 0, 2, 0};
    const auto roles = classifyParagraphs(paragraphs, {}, labels);
    CHECK(roles[0].role == LayoutRole::Heading);
    // Items with a full stop, and a short one that would skip level 2: list items, body text.
    CHECK(roles[2].role == LayoutRole::Body);
    CHECK(roles[3].role == LayoutRole::Body);
    CHECK(roles[4].role == LayoutRole::Body);
    CHECK(roles[5].role == LayoutRole::Heading);
    // Short, no full stop, the next level under （一）: a heading.
    REQUIRE(roles[6].role == LayoutRole::Heading);
    CHECK(roles[6].headingLevel == 3);
    // The same text typed by hand (no automatic label) keeps the outline's reading.
    const auto typed = classifyParagraphs(paragraphs, {});
    CHECK(typed[2].role == LayoutRole::Heading);
    CHECK(typed[2].headingLevel == 3);
}
