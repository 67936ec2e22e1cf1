// SPDX-License-Identifier: MPL-2.0
// 版式检查 on document states built by hand (core/layout/check): a state as 一键排版 leaves it
// has no finding, and each departure from the profile gets its own rule, at the right place.
#include <core/layout/check.hpp>
#include <core/layout/closing.hpp>
#include <core/text/text.hpp>

#include "source_files.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

using namespace gongwen;
using namespace gongwen::core;

namespace
{

int mm100(double pt)
{
    return static_cast<int>(std::lround(pt * 2540.0 / 72.0));
}

// A draft with every role, from the golden drafts.
std::vector<std::u16string> draftLines()
{
    return test::linesOfFile(test::kSource / "tests" / "golden" / "layout" /
                             "draft-attachments.txt");
}

// What 一键排版 leaves: the profile's page, every paragraph in its style, the styles as specified.
struct LaidOut
{
    const LayoutProfile& profile;
    const std::vector<std::u16string> lines; // state.paragraphs views them
    LayoutState state;
    std::map<StyleRole, StyleState> styles;

    explicit LaidOut(const LayoutProfile& p = layoutProfiles().front(),
                     std::vector<std::u16string> text = draftLines())
        : profile(p), lines(std::move(text))
    {
        const PageSpec& page = profile.page;
        state.page = PageState{page.width, page.height,       page.top, page.bottom,    page.left,
                               page.right, page.footerHeight, 1,        page.gridLines, true};
        for (const std::u16string& line : lines)
            state.paragraphs.push_back(line);
        state.roles = classifyParagraphs(state.paragraphs, {});
        state.styleName = [](StyleRole role)
        { return std::u16string(styleSpec(role).name.document); };
        const std::vector<RuleLines> rules = distributionRules(state.roles);
        for (std::size_t i = 0; i < lines.size(); ++i)
            state.paragraphStates.push_back(ParagraphState{
                state.styleName(styleRoleForLayout(state.roles[i])), false, rules[i]});
        for (const StyleSpec& spec : officialStyles())
        {
            const StyleSpec want = styleSpecFor(profile, spec.role);
            styles[spec.role] = StyleState{std::u16string(want.fonts.front()),
                                           want.sizePt,
                                           want.bold,
                                           want.alignment,
                                           mm100(want.firstLineIndentChars * want.sizePt),
                                           mm100(want.leftIndentChars * want.sizePt),
                                           mm100(want.rightIndentChars * want.sizePt),
                                           mm100(28.95),
                                           want.outlineLevel,
                                           want.characterSpacing};
        }
        state.styleState = [this](StyleRole role) -> std::optional<StyleState>
        {
            const auto s = styles.find(role);
            return s == styles.end() ? std::nullopt : std::optional<StyleState>(s->second);
        };
    }

    LaidOut(const LaidOut&) = delete; // state.styleState refers to this object

    std::vector<Finding> check() const { return checkLayoutState(profile, state); }

    std::size_t lineOf(std::u16string_view start) const
    {
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (std::u16string_view(lines[i]).substr(0, start.size()) == start)
                return i;
        FAIL("no line starting with " << toUtf8(start));
        return 0;
    }
};

using gongwen::test::ruleIds;

} // namespace

TEST_CASE("a document as 一键排版 leaves it has no layout finding, in either profile", "[layout]")
{
    for (const LayoutProfile& profile : layoutProfiles())
    {
        INFO(profile.id);
        LaidOut doc(profile);
        CHECK(ruleIds(doc.check()).empty());
    }
}

TEST_CASE("the page: size and margins, grid, page numbers", "[layout]")
{
    LaidOut doc;
    doc.state.page.top = 2540;
    doc.state.page.gridMode = 0;
    doc.state.page.pageNumbers = false;
    const auto findings = doc.check();
    CHECK(ruleIds(findings) ==
          std::vector<std::string>{"layout.page", "layout.grid", "layout.pagenumber"});
    for (const Finding& f : findings)
        CHECK(f.paragraph == kPageFinding);
    // Within GB/T 9704's 1 mm the page is right; the local profile wants its own top margin.
    LaidOut nearly;
    nearly.state.page.top += 90;
    CHECK(ruleIds(nearly.check()).empty());
    // The grid by its line pitch: 23 nominal lines of the same pitch (a .doc round trip) still
    // fit 22; another pitch or fewer lines do not.
    LaidOut pitched;
    pitched.state.page.gridBaseHeight = 1021;
    pitched.state.page.gridLines = 23;
    CHECK(ruleIds(pitched.check()).empty());
    pitched.state.page.gridBaseHeight = 900;
    CHECK(ruleIds(pitched.check()) == std::vector<std::string>{"layout.grid"});
    pitched.state.page.gridBaseHeight = 1022;
    pitched.state.page.gridLines = 20;
    CHECK(ruleIds(pitched.check()) == std::vector<std::string>{"layout.grid"});
    LaidOut local(*findLayoutProfile("gbt9704-local"));
    local.state.page = doc.state.page;
    local.state.page.top = layoutProfiles().front().page.top;
    local.state.page.gridMode = 1;
    local.state.page.pageNumbers = true;
    CHECK(ruleIds(local.check()) == std::vector<std::string>{"layout.page"});
}

TEST_CASE("a style in use that differs from the profile: once, at its first paragraph", "[layout]")
{
    LaidOut doc;
    doc.styles[StyleRole::Heading1].font = u"宋体";
    doc.styles[StyleRole::Body].firstLineIndent = 0;
    doc.styles[StyleRole::Body].fixedLineSpacing = 0;
    doc.styles[StyleRole::Title].alignment = Alignment::Left;
    doc.styles[StyleRole::Heading1].outlineLevel = 0;
    doc.styles[StyleRole::Heading4].font = u"宋体"; // not used in this draft: no finding
    const auto findings = doc.check();
    const std::size_t title = 0, heading = doc.lineOf(u"一、申请事由"),
                      body = doc.lineOf(u"为做好");
    std::vector<std::pair<std::string, std::size_t>> got;
    for (const Finding& f : findings)
        got.emplace_back(f.ruleId, f.paragraph);
    CHECK(got == std::vector<std::pair<std::string, std::size_t>>{{"layout.align", title},
                                                                  {"layout.indent", body},
                                                                  {"layout.linepitch", body},
                                                                  {"layout.font", heading},
                                                                  {"layout.outline", heading}});
    const auto font = std::find_if(findings.begin(), findings.end(),
                                   [](const Finding& f) { return f.ruleId == "layout.font"; });
    CHECK(toUtf8(font->messageZh) ==
          "“一级标题”样式应为三号黑体（黑体），现为三号“宋体”（一键排版将设置）。");
    const auto indent = std::find_if(findings.begin(), findings.end(),
                                     [](const Finding& f) { return f.ruleId == "layout.indent"; });
    CHECK(toUtf8(indent->messageZh) == "“公文正文”样式应首行缩进 2 字、左缩进 0 字、右缩进 0 "
                                       "字，现为 0、0、0 字（一键排版将设置）。");
}

TEST_CASE("sizes, bold and 右空四字 of styles", "[layout]")
{
    LaidOut doc;
    doc.styles[StyleRole::Body].sizePt = 12;
    doc.styles[StyleRole::Date].rightIndent = 0;
    doc.styles[StyleRole::Title].bold =
        false; // the title's bold stands in for 小标宋: either is right
    CHECK(ruleIds(doc.check()) == std::vector<std::string>{"layout.font", "layout.indent"});

    // The local profile wants bold 1. headings; a draft with one is checked for it.
    std::vector<std::u16string> lines = draftLines();
    lines.insert(lines.begin() + 5, u"1.加强经费管理");
    LaidOut local(*findLayoutProfile("gbt9704-local"), lines);
    REQUIRE(local.state.roles[5].headingLevel == 3);
    CHECK(ruleIds(local.check()).empty());
    local.styles[StyleRole::Heading3].bold = false;
    const auto findings = local.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.font"});
    CHECK(findings[0].paragraph == 5);
    CHECK(toUtf8(findings[0].messageZh).find("三号仿宋加粗") != std::string::npos);
}

TEST_CASE("28 characters of 三号 a line: the spacing that fits them in the text area", "[layout]")
{
    // 156 mm of text area; 16 pt = 5.644 mm, so 28 characters (158 mm) need to sit closer.
    const int spacing = characterSpacingFor(15600, 16.0, 28);
    CHECK(spacing < 0);
    // In the twips Writer keeps: 28 characters fit, 29 do not.
    const double twip = 2540.0 / 1440.0, size = 16.0 * 2540.0 / 72.0;
    const double kept = std::lround(spacing / twip) * twip;
    CHECK(28 * (size + kept) <= 15600);
    CHECK(29 * (size + kept) > 15600);
    // Characters that already fit 28 exactly need nothing; 四号 and 二号 styles keep their spacing.
    CHECK(characterSpacingFor(28 * 500 + 100, 500 * 72.0 / 2540.0, 28) == 0);
    for (const LayoutProfile& profile : layoutProfiles())
    {
        CHECK(styleSpecFor(profile, StyleRole::Body).characterSpacing == spacing);
        CHECK(styleSpecFor(profile, StyleRole::Heading1).characterSpacing == spacing);
        CHECK(styleSpecFor(profile, StyleRole::Title).characterSpacing == 0);
        CHECK(styleSpecFor(profile, StyleRole::Distribution).characterSpacing == 0);
    }
    // 版式检查 reports a 三号 style with the natural spacing (27 characters a line).
    LaidOut doc;
    doc.styles[StyleRole::Body].characterSpacing = 0;
    const auto findings = doc.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.spacing"});
    CHECK(toUtf8(findings[0].messageZh).find("整行恰好排 28 个字") != std::string::npos);
    CHECK(toUtf8(findings[0].messageZh).find("现为 0 毫米") != std::string::npos);
}

TEST_CASE("a paragraph in the wrong style, or formatted by hand", "[layout]")
{
    LaidOut doc;
    const std::size_t body = doc.lineOf(u"为做好");
    doc.state.paragraphStates[body].styleName = u"默认段落样式";
    doc.state.paragraphStates[doc.lineOf(u"一、申请事由")].directFormatting = true;
    const auto findings = doc.check();
    CHECK(ruleIds(findings) ==
          std::vector<std::string>{"layout.style", "layout.direct"}); // in text order
    CHECK(findings[0].paragraph == body);
    CHECK(toUtf8(findings[0].messageZh) ==
          "此段应使用“公文正文”样式（当前为“默认段落样式”；一键排版将设置）。");
}

TEST_CASE("附件说明: colon, numbers in order with ．, no punctuation after a name", "[layout]")
{
    std::vector<std::u16string> lines = draftLines();
    const std::size_t first = static_cast<std::size_t>(
        std::find(lines.begin(), lines.end(), u"附件：1．专项工作经费预算表") - lines.begin());
    REQUIRE(first + 2 < lines.size());
    lines[first] = u"附件:1、专项工作经费预算表；";
    lines[first + 1] = u"3．2026年度专项活动一览表";
    lines[first + 2] = u"3．有关政策文件";
    LaidOut doc(layoutProfiles().front(), lines);
    REQUIRE(doc.state.roles[first + 1].role == LayoutRole::AttachmentMore);
    const auto findings = doc.check();
    REQUIRE(ruleIds(findings) ==
            std::vector<std::string>{"layout.attachment", "layout.attachment"});
    CHECK(findings[0].paragraph == first);
    CHECK(findings[0].suggestions == std::vector<std::u16string>{u"附件：1．专项工作经费预算表"});
    CHECK(toUtf8(findings[0].messageZh) ==
          "附件说明：“附件”后用全角冒号；序号后用“．”；附件名称后不加标点（一键排版将改正）。");
    CHECK(findings[1].paragraph == first + 1);
    CHECK(findings[1].suggestions == std::vector<std::u16string>{u"2．2026年度专项活动一览表"});
    CHECK(toUtf8(findings[1].messageZh) ==
          "附件说明：附件按 1．2．3．顺序编号（一键排版将改正）。");
    // The third line is number 3 after the second's 2: in order.

    // A single attachment without a number is right as it is.
    lines = draftLines();
    lines.erase(lines.begin() + static_cast<long>(first) + 1,
                lines.begin() + static_cast<long>(first) + 3);
    lines[first] = u"附件：专项工作经费预算表";
    LaidOut single(layoutProfiles().front(), lines);
    CHECK(ruleIds(single.check()).empty());
}

TEST_CASE("版记 sits between thick lines with thin lines between its items", "[layout]")
{
    LaidOut doc;
    const std::size_t copy = doc.lineOf(u"抄送：");
    REQUIRE(doc.state.roles[copy + 1].role == LayoutRole::Distribution);
    const std::vector<RuleLines> rules = distributionRules(doc.state.roles);
    CHECK((rules[copy].top == kThickRule && rules[copy].bottom == kThinRule));
    CHECK((rules[copy + 1].top == 0 && rules[copy + 1].bottom == kThickRule));
    CHECK((rules[copy - 1].top == 0 && rules[copy - 1].bottom == 0));
    doc.state.paragraphStates[copy + 1].rules.bottom = 0;
    const auto findings = doc.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.rules"});
    CHECK(findings[0].paragraph == copy);
    doc.state.paragraphStates[copy + 1].rules.bottom = kThickRule + 2; // the office's rounding
    CHECK(ruleIds(doc.check()).empty());
}

TEST_CASE("落款 and 成文日期 placed as GB/T 9704 §7.3.5 wants, sealed or not", "[layout]")
{
    // Arabic numerals are half-width: 2026年11月29日 is 7 characters wide, X区政协 3.5.
    CHECK(widthInCharacters(u"2026年11月29日") == 7.0);
    CHECK(widthInCharacters(u"X区政协") == 3.5);
    CHECK(widthInCharacters(u"（联系人：张三）") == 8.0);

    // Sealed: the date 右空四字, the 署名 centred over it.
    const ClosingIndents sealed = placeClosing(u"X区政协", u"2026年11月29日", true);
    CHECK(sealed.date == 4.0);
    CHECK(sealed.signature == 4.0 + (7.0 - 3.5) / 2);
    // A name wider than the date and its indent ends at the margin.
    CHECK(placeClosing(u"中国人民政治协商会议X区委员会办公室", u"2026年1月9日", true).signature ==
          0.0);

    // Unsealed: 署名 右空二字, the date's first character two characters right of the 署名's.
    const std::u16string_view longName = u"中国人民政治协商会议X区委员会"; // 14.5 wide
    const ClosingIndents unsealed = placeClosing(longName, u"2026年11月29日", false);
    CHECK(unsealed.signature == 2.0);
    CHECK(unsealed.date + 7.0 == unsealed.signature + 14.5 - 2.0);
    // A date longer than that allows stays 右空二字; the 署名 keeps the two characters' offset.
    const ClosingIndents shortName = placeClosing(u"X区政协", u"2026年11月29日", false);
    CHECK(shortName.date == 2.0);
    CHECK(shortName.date + 7.0 == shortName.signature + 3.5 - 2.0);
}

TEST_CASE("the lines kept with 落款 and 成文日期 on one page", "[layout]")
{
    LaidOut doc;
    const std::size_t signature = doc.lineOf(u"X区政协办公室"), date = signature + 1;
    REQUIRE(doc.state.roles[signature].role == LayoutRole::Signature);
    REQUIRE(doc.state.roles[date].role == LayoutRole::Date);
    // The last 附件说明 line (the text before the 落款) and the 落款 itself.
    CHECK(keptWithNext(doc.state.roles) == std::vector<std::size_t>{signature - 1, signature});
    // Blank lines between body and 落款 go with them; without a date nothing is kept.
    std::vector<std::u16string> lines = {u"区委：",  u"今年工作取得新成效。", u"", u"",
                                         u"X区政协", u"2026年11月29日"};
    LaidOut blank(layoutProfiles().front(), lines);
    CHECK(keptWithNext(blank.state.roles) == std::vector<std::size_t>{1, 2, 3, 4});
    lines.pop_back();
    LaidOut undated(layoutProfiles().front(), lines);
    CHECK(keptWithNext(undated.state.roles).empty());
}

TEST_CASE("版式检查 reports 落款 or 成文日期 out of place and a split across pages", "[layout]")
{
    LaidOut doc;
    const std::size_t signature = doc.lineOf(u"X区政协办公室"), date = signature + 1;
    const int pitch = mm100(16) + styleSpecFor(doc.profile, StyleRole::Date).characterSpacing;
    const ClosingIndents wanted =
        placeClosing(doc.lines[signature], doc.lines[date], doc.profile.sealed);
    doc.state.paragraphStates[signature].rightIndent = int(std::lround(wanted.signature * pitch));
    doc.state.paragraphStates[date].rightIndent = int(std::lround(wanted.date * pitch));
    for (std::size_t i = 0; i < doc.lines.size(); ++i)
        doc.state.paragraphStates[i].page = 1;
    CHECK(ruleIds(doc.check()).empty());

    // Both flush with the right margin: each is reported, with the rule the profile follows.
    doc.state.paragraphStates[signature].rightIndent = 0;
    doc.state.paragraphStates[date].rightIndent = 0;
    auto findings = doc.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.closing", "layout.closing"});
    CHECK(findings[0].paragraph == signature);
    CHECK(findings[1].paragraph == date);
    CHECK(toUtf8(findings[1].messageZh).find("成文日期应右空 4 字（加盖印章") != std::string::npos);
    CHECK(toUtf8(findings[1].messageEn).find("4 characters from the right margin (sealed") !=
          std::string::npos);
    doc.state.paragraphStates[signature].rightIndent = int(std::lround(wanted.signature * pitch));
    doc.state.paragraphStates[date].rightIndent = int(std::lround(wanted.date * pitch));

    // The date on the next page.
    doc.state.paragraphStates[date].page = 2;
    findings = doc.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.split"});
    CHECK(findings[0].paragraph == signature);
    CHECK(toUtf8(findings[0].messageZh) ==
          "落款在第 1 页，成文日期在第 2 页：二者应在同一页（一键排版将使其不分页）。");
    // Both on a page of their own, without a line of the text above.
    for (std::size_t i = signature; i < doc.lines.size(); ++i)
        doc.state.paragraphStates[i].page = 2;
    REQUIRE(ruleIds(doc.check()) == std::vector<std::string>{"layout.split"});
    CHECK(toUtf8(doc.check()[0].messageZh).find("没有正文") != std::string::npos);
}

TEST_CASE("the unsealed profile places 落款 右空二字", "[layout]")
{
    const LayoutProfile* unsealed = findLayoutProfile("gbt9704-unsealed");
    REQUIRE(unsealed);
    CHECK_FALSE(unsealed->sealed);
    CHECK(layoutProfiles().front().sealed);
    LaidOut doc(*unsealed);
    const std::size_t signature = doc.lineOf(u"X区政协办公室");
    doc.state.paragraphStates[signature].rightIndent = mm100(16) * 4; // as if sealed
    const auto findings = doc.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.closing"});
    CHECK(toUtf8(findings[0].messageZh).find("不加盖印章：署名右空二字") != std::string::npos);
}

TEST_CASE("版式检查 reports styles meant to differ that show in one family here", "[layout]")
{
    LaidOut doc;
    std::map<StyleRole, std::u16string> shown = {{StyleRole::Title, u"Noto Serif CJK SC"},
                                                 {StyleRole::Heading1, u"Noto Sans CJK SC"},
                                                 {StyleRole::Heading2, u"AR PL UKai CN"},
                                                 {StyleRole::Heading3, u"AR PL UMing CN"},
                                                 {StyleRole::Heading4, u"AR PL UMing CN"},
                                                 {StyleRole::Body, u"AR PL UMing CN"},
                                                 {StyleRole::Addressee, u"AR PL UMing CN"},
                                                 {StyleRole::Attachment, u"AR PL UMing CN"},
                                                 {StyleRole::AttachmentMore, u"AR PL UMing CN"},
                                                 {StyleRole::Signature, u"AR PL UMing CN"},
                                                 {StyleRole::Date, u"AR PL UMing CN"},
                                                 {StyleRole::Distribution, u"AR PL UMing CN"}};
    doc.state.renderedFont = [&](StyleRole role) { return shown.at(role); };
    CHECK(ruleIds(doc.check()).empty()); // 仿宋 roles share a family, as they should

    // No 黑体 here: level-1 headings fall back to the body's font.
    shown[StyleRole::Heading1] = u"AR PL UMing CN";
    auto findings = doc.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.fontlook"});
    CHECK(findings[0].paragraph == doc.lineOf(u"一、申请事由"));
    CHECK(toUtf8(findings[0].messageZh) ==
          "“一级标题”（黑体）在本机以“AR PL UMing "
          "CN”显示，与“主送机关”（仿宋）看起来相同：请安装黑体字体，"
          "或在“工具 ▸ 选项 ▸ 字体”中为“黑体”指定替换字体。");

    // Nothing installed for the title or level-1 headings: both in the office's fallback.
    shown[StyleRole::Title] = u"";
    shown[StyleRole::Heading1] = u"";
    findings = doc.check();
    REQUIRE(ruleIds(findings) == std::vector<std::string>{"layout.fontlook"});
    CHECK(doc.state.roles[findings[0].paragraph].headingLevel == 1);
    CHECK(toUtf8(findings[0].messageEn).find("LibreOffice's default font") != std::string::npos);
}
