// SPDX-License-Identifier: MPL-2.0
#include <core/layout/check.hpp>

#include <core/doctypes/letterhead.hpp>
#include <core/layout/title_breaks.hpp>

#include <core/layout/closing.hpp>

#include <core/text/text.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

namespace gongwen::core
{
namespace
{

constexpr int kTolerance = 100;      // 1 mm, as GB/T 9704 allows for the page
constexpr int kIndentTolerance = 50; // half a millimetre: the office rounds to its own units
constexpr int kSpacingTolerance = 20;
constexpr int kCharacterSpacingTolerance = 1; // the office keeps it in twips (1.76 of 1/100 mm)
constexpr double kSizeTolerancePt = 0.25;
constexpr double kHundredthMmPerPt = 2540.0 / 72.0;

bool near(int actual, int wanted, int tolerance = kTolerance)
{
    return std::abs(actual - wanted) <= tolerance;
}

int hundredthMm(double pt)
{
    return static_cast<int>(std::lround(pt * kHundredthMmPerPt));
}

std::u16string millimetres(int hundredths)
{
    return decimal(hundredths / 100) +
           (hundredths % 100 ? u"." + decimal(hundredths % 100 / 10) : u"");
}

// A small signed length to two decimals: "-0.09", "0".
std::u16string hundredthsOfMillimetre(int hundredths)
{
    const int magnitude = std::abs(hundredths);
    std::u16string text = (hundredths < 0 ? u"-" : u"") + decimal(magnitude / 100);
    if (magnitude % 100)
        text += (magnitude % 100 < 10 ? u".0" : u".") + decimal(magnitude % 100);
    return text;
}

// A length in characters of `sizePt`, to one decimal: "2", "0.5".
std::u16string characters(int hundredths, double sizePt)
{
    const long tenths = std::lround(10.0 * hundredths / hundredthMm(sizePt));
    return decimal(tenths / 10) + (tenths % 10 ? u"." + decimal(std::labs(tenths % 10)) : u"");
}

// A count of characters to one decimal: "4", "5.8".
std::u16string oneDecimal(double value)
{
    const long tenths = std::lround(10.0 * value);
    return (tenths < 0 ? u"-" : u"") + decimal(std::labs(tenths) / 10) +
           (tenths % 10 ? u"." + decimal(std::labs(tenths % 10)) : u"");
}

// 二号 / 三号 / 四号 as 公文 names the sizes it uses, else points.
std::u16string sizeNameZh(double pt)
{
    if (std::abs(pt - 22) < kSizeTolerancePt)
        return u"二号";
    if (std::abs(pt - 16) < kSizeTolerancePt)
        return u"三号";
    if (std::abs(pt - 14) < kSizeTolerancePt)
        return u"四号";
    return decimal(std::lround(pt)) + u" 磅";
}

std::u16string points(double pt)
{
    return decimal(std::lround(pt)) + u" pt";
}

BilingualText alignmentName(Alignment a)
{
    switch (a)
    {
    case Alignment::Left:
        return {u"左对齐", u"left-aligned"};
    case Alignment::Centred:
        return {u"居中", u"centred"};
    case Alignment::Right:
        return {u"右对齐", u"right-aligned"};
    case Alignment::Justified:
        break;
    }
    return {u"两端对齐", u"justified"};
}

Finding withMessages(Finding f, std::u16string zh, std::u16string en)
{
    f.messageZh = std::move(zh);
    f.messageEn = std::move(en);
    return f;
}

Finding pageFinding(const char* rule, std::u16string zh, std::u16string en)
{
    return withMessages(makeFinding(rule, Severity::Warning, kPageFinding, 0, 0),
                        std::move(zh) + u"（一键排版将设置）",
                        std::move(en) + u" (一键排版 sets it).");
}

// A style finding, at the first paragraph that uses the style.
Finding styleFinding(const char* rule, std::size_t paragraph, const std::u16string& style,
                     const std::u16string& zh, const std::u16string& en)
{
    return withMessages(makeFinding(rule, Severity::Warning, paragraph, 0, 0),
                        u"“" + style + u"”样式" + zh + u"（一键排版将设置）。",
                        u"The style “" + style + u"” " + en + u" (一键排版 sets it).");
}

void checkPage(const LayoutProfile& profile, const PageState& page, std::vector<Finding>& out)
{
    const PageSpec& want = profile.page;
    if (!near(page.width, want.width) || !near(page.height, want.height) ||
        !near(page.top, want.top) || !near(page.left, want.left) || !near(page.right, want.right) ||
        !near(page.bottom + page.footerHeight, want.bottom + want.footerHeight))
        out.push_back(pageFinding("layout.page",
                                  u"页面应为 A4，上边距 " + millimetres(want.top) + u" 毫米、左 " +
                                      millimetres(want.left) + u" 毫米、右 " +
                                      millimetres(want.right) + u" 毫米，版心 156 × 225 毫米",
                                  u"The page should be A4 with a " + millimetres(want.top) +
                                      u" mm top and " + millimetres(want.left) +
                                      u" mm left margin and a 156 × 225 mm text area"));
    // 22 lines a page: the grid's line pitch decides how many lines fit. A .doc round trip
    // brings the same pitch back with 23 as its nominal count (Word's file keeps the pitch, and
    // Writer derives the count rounding up); no more than 22 fit the text area either way.
    constexpr int kPitchTolerance = 10; // 0.1 mm
    const bool linesRight = page.gridBaseHeight > 0
                                ? near(page.gridBaseHeight, want.gridBaseHeight, kPitchTolerance) &&
                                      page.gridLines >= want.gridLines
                                : page.gridLines == want.gridLines;
    if (page.gridMode == 0 || !linesRight)
        out.push_back(pageFinding("layout.grid", u"版心应为每页 22 行的文档网格",
                                  u"The text area should have a 22-line grid"));
    if (!page.pageNumbers)
        out.push_back(
            pageFinding("layout.pagenumber", u"页码应为“— 1 —”，单页居右、双页居左",
                        u"Page numbers should read “— 1 —”, odd pages right and even pages left"));
}

// One style in use against what the profile wants of it.
void checkStyle(const StyleSpec& spec, const StyleState& style, const std::u16string& name,
                std::size_t paragraph, std::vector<Finding>& out)
{
    // The title's bold only stands in for 小标宋 where it is missing: either is right.
    const bool boldRight = spec.role == StyleRole::Title || style.bold == spec.bold;
    // The 标志's size is fitted to the organs' names (一键排版 sets it per document), and so is
    // its line; what every 标志 shares is its font, its red and its centring.
    const bool fittedSize = spec.role == StyleRole::Mark;
    if (style.font != spec.fonts.front() ||
        (!fittedSize && std::abs(style.sizePt - spec.sizePt) > kSizeTolerancePt) || !boldRight)
    {
        const std::u16string bold = spec.bold && spec.role != StyleRole::Title ? u"加粗" : u"";
        out.push_back(styleFinding(
            "layout.font", paragraph, name,
            u"应为" + sizeNameZh(spec.sizePt) + std::u16string(spec.fontRole.zh) + bold + u"（" +
                std::u16string(spec.fonts.front()) + u"），现为" + sizeNameZh(style.sizePt) + u"“" +
                style.font + u"”" + (style.bold ? u"加粗" : u""),
            u"should be " + points(spec.sizePt) + u" " + std::u16string(spec.fontRole.en) +
                (bold.empty() ? u"" : u" bold") + u" (" + std::u16string(spec.fonts.front()) +
                u"), not " + points(style.sizePt) + u" “" + style.font + u"”" +
                (style.bold ? u" bold" : u"")));
    }
    const int first = hundredthMm(spec.firstLineIndentChars * spec.sizePt);
    const int left = hundredthMm(spec.leftIndentChars * spec.sizePt);
    const int right = hundredthMm(spec.rightIndentChars * spec.sizePt);
    if (!near(style.firstLineIndent, first, kIndentTolerance) ||
        !near(style.leftIndent, left, kIndentTolerance) ||
        !near(style.rightIndent, right, kIndentTolerance))
        out.push_back(styleFinding(
            "layout.indent", paragraph, name,
            u"应首行缩进 " + characters(first, spec.sizePt) + u" 字、左缩进 " +
                characters(left, spec.sizePt) + u" 字、右缩进 " + characters(right, spec.sizePt) +
                u" 字，现为 " + characters(style.firstLineIndent, spec.sizePt) + u"、" +
                characters(style.leftIndent, spec.sizePt) + u"、" +
                characters(style.rightIndent, spec.sizePt) + u" 字",
            u"should indent the first line by " + characters(first, spec.sizePt) +
                u" characters, the left side by " + characters(left, spec.sizePt) +
                u" and the right side by " + characters(right, spec.sizePt) + u", not " +
                characters(style.firstLineIndent, spec.sizePt) + u", " +
                characters(style.leftIndent, spec.sizePt) + u" and " +
                characters(style.rightIndent, spec.sizePt)));
    if (spec.colour >= 0 && style.colour != spec.colour)
        out.push_back(
            styleFinding("layout.colour", paragraph, name, u"应为红色", u"should be red"));
    if (!fittedSize && !near(style.fixedLineSpacing, hundredthMm(kLinePitchPt), kSpacingTolerance))
        out.push_back(styleFinding("layout.linepitch", paragraph, name,
                                   u"的行距应固定为 28.95 磅（每页 22 行）",
                                   u"should have a fixed 28.95 pt line spacing (22 lines a page)"));
    if (!near(style.characterSpacing, spec.characterSpacing, kCharacterSpacingTolerance))
        out.push_back(
            styleFinding("layout.spacing", paragraph, name,
                         u"的字距应使整行恰好排 " + decimal(kCharactersPerLine) + u" 个字（字距 " +
                             hundredthsOfMillimetre(spec.characterSpacing) + u" 毫米，现为 " +
                             hundredthsOfMillimetre(style.characterSpacing) + u" 毫米）",
                         u"should space its characters so that a full line holds exactly " +
                             decimal(kCharactersPerLine) + u" (spacing " +
                             hundredthsOfMillimetre(spec.characterSpacing) + u" mm, now " +
                             hundredthsOfMillimetre(style.characterSpacing) + u" mm)"));
    if (style.alignment != spec.alignment)
        out.push_back(styleFinding(
            "layout.align", paragraph, name,
            std::u16string(u"应") + std::u16string(alignmentName(spec.alignment).zh) + u"，现为" +
                std::u16string(alignmentName(style.alignment).zh),
            std::u16string(u"should be ") + std::u16string(alignmentName(spec.alignment).en) +
                u", not " + std::u16string(alignmentName(style.alignment).en)));
    if (style.outlineLevel != spec.outlineLevel)
        out.push_back(styleFinding(
            "layout.outline", paragraph, name,
            spec.outlineLevel
                ? u"应为大纲级别 " + decimal(spec.outlineLevel) + u"，导航和目录才能列出这些标题"
                : u"不应设大纲级别（现为 " + decimal(style.outlineLevel) +
                      u"），否则正文会列入目录",
            spec.outlineLevel
                ? u"should have outline level " + decimal(spec.outlineLevel) +
                      u" so that the Navigator and a table of contents list these headings"
                : u"should have no outline level (now " + decimal(style.outlineLevel) +
                      u"), or body text is listed in a table of contents"));
}

// The styles in use, each checked once at the first paragraph that has it.
void checkStyles(const LayoutProfile& profile, const LayoutState& state, std::vector<Finding>& out)
{
    if (!state.styleState)
        return;
    std::set<StyleRole> seen;
    for (std::size_t i = 0; i < state.roles.size() && i < state.paragraphStates.size(); ++i)
    {
        const LayoutRole role = state.roles[i].role;
        if (role == LayoutRole::Blank || role == LayoutRole::Table)
            continue;
        const StyleRole styleRole = styleRoleForLayout(state.roles[i]);
        const std::u16string name = state.styleName(styleRole);
        if (state.paragraphStates[i].styleName != name || !seen.insert(styleRole).second)
            continue;
        if (const std::optional<StyleState> style = state.styleState(styleRole))
            checkStyle(styleSpecFor(profile, styleRole), *style, name, i, out);
    }
}

void checkParagraphStyle(const LayoutState& state, std::size_t i, std::vector<Finding>& out)
{
    const std::u16string wanted = state.styleName(styleRoleForLayout(state.roles[i]));
    const ParagraphState& paragraph = state.paragraphStates[i];
    if (paragraph.styleName != wanted)
        out.push_back(withMessages(makeFinding("layout.style", Severity::Warning, i, 0, 0),
                                   u"此段应使用“" + wanted + u"”样式（当前为“" +
                                       paragraph.styleName + u"”；一键排版将设置）。",
                                   u"This paragraph should have the style “" + wanted +
                                       u"” (now “" + paragraph.styleName +
                                       u"”; 一键排版 sets it)."));
    else if (paragraph.directFormatting)
        out.push_back(
            withMessages(makeFinding("layout.direct", Severity::Hint, i, 0, 0),
                         u"此段的字体或字号是手工设置的，与样式不一致（一键排版将清除）。",
                         u"Fonts or sizes were set by hand on this paragraph, against its style "
                         u"(一键排版 clears them)."));
}

void checkDate(std::u16string_view text, std::size_t i, std::vector<Finding>& out)
{
    const std::u16string standard = standardDate(text);
    if (standard.empty() || standard == text)
        return;
    Finding f = withMessages(makeFinding("layout.date", Severity::Warning, i, 0, text.size()),
                             u"成文日期应使用阿拉伯数字：" + standard + u"。",
                             u"The date should be in Arabic numerals: " + standard + u".");
    f.suggestions.push_back(standard);
    out.push_back(std::move(f));
}

// A title of one paragraph longer than a line is broken between words (title_breaks.hpp); a line
// that starts with 的 or the like was broken by hand in the wrong place.
void checkTitleBreaks(const LayoutProfile& profile, const LayoutState& state,
                      std::vector<Finding>& out)
{
    const std::size_t perLine = titleCharactersPerLine(profile);
    for (std::size_t i = 0; i < state.roles.size() && i < state.paragraphs.size(); ++i)
    {
        if (!isSingleTitle(state.roles, i))
            continue;
        const std::u16string_view text = state.paragraphs[i];
        if (!titleLineBreaks(text, perLine).empty())
        {
            out.push_back(withMessages(
                makeFinding("layout.titlebreak", Severity::Warning, i, 0, 0),
                u"标题超过一行（每行 " + decimal(static_cast<long long>(perLine)) +
                    u" 字）：应在词间回行，排成梯形或菱形，一键排版自动分行。",
                u"The title is longer than a line (" + decimal(static_cast<long long>(perLine)) +
                    u" characters): break it between words into a trapezoid or diamond; the "
                    u"one-step "
                    u"layout does."));
            continue;
        }
        for (std::size_t start = text.find(u'\n'); start != std::u16string_view::npos;
             start = text.find(u'\n', start + 1))
            if (startsWithParticle(text.substr(start + 1)))
            {
                out.push_back(withMessages(
                    makeFinding("layout.titlebreak", Severity::Warning, i, start + 1, 1),
                    u"标题回行不宜以“" + std::u16string(1, text[start + 1]) +
                        u"”开头：词意应完整。",
                    u"A title line should not start with " + std::u16string(1, text[start + 1]) +
                        u": break between whole words."));
                break;
            }
    }
}

void checkAttachment(std::u16string_view text, std::size_t i, int& number, bool first,
                     std::vector<Finding>& out)
{
    const AttachmentLineFix fix = standardAttachmentLine(text, first, number);
    if (fix.reasonsZh.empty())
        return;
    std::u16string messageZh = u"附件说明：", messageEn = u"附件说明 wants ";
    for (std::size_t k = 0; k < fix.reasonsZh.size(); ++k)
    {
        messageZh += (k ? u"；" : u"") + std::u16string(fix.reasonsZh[k]);
        messageEn += (k ? u"; " : u"") + std::u16string(fix.reasonsEn[k]);
    }
    Finding f =
        withMessages(makeFinding("layout.attachment", Severity::Warning, i, 0, text.size()),
                     messageZh + u"（一键排版将改正）。", messageEn + u" (一键排版 corrects it).");
    f.suggestions.push_back(fix.text);
    out.push_back(std::move(f));
}

bool sameRules(const RuleLines& actual, const RuleLines& wanted)
{
    constexpr int kWidthTolerance = 3; // line widths come back in the office's own units
    return near(actual.top, wanted.top, kWidthTolerance) &&
           near(actual.bottom, wanted.bottom, kWidthTolerance);
}

// The 版记 lines: thick above and below each block, thin between its items.
void checkRules(const LayoutState& state, std::vector<Finding>& out)
{
    const std::vector<RuleLines> wanted = distributionRules(state.roles);
    for (std::size_t i = 0; i < wanted.size() && i < state.paragraphStates.size(); ++i)
    {
        if (state.roles[i].role != LayoutRole::Distribution || wanted[i].top == 0)
            continue; // each block once, at its first line
        std::size_t end = i;
        bool right = true;
        for (; end < wanted.size() && state.roles[end].role == LayoutRole::Distribution; ++end)
            right = right && end < state.paragraphStates.size() &&
                    sameRules(state.paragraphStates[end].rules, wanted[end]);
        if (!right)
            out.push_back(withMessages(makeFinding("layout.rules", Severity::Warning, i, 0, 0),
                                       u"版记应在两条粗线（0.35 毫米）之间，各项之间用细线（0.25 "
                                       u"毫米）分隔（一键排版将画线）。",
                                       u"The distribution block should sit between two thick lines "
                                       u"(0.35 mm) with thin lines "
                                       u"(0.25 mm) between its items (一键排版 draws them)."));
        i = end - 1;
    }
}

// The 署名 lines and the date under them, each at the right indent §7.3.5 gives it.
void checkClosingPlacement(const LayoutProfile& profile, const LayoutState& state,
                           std::vector<Finding>& out)
{
    const std::vector<std::size_t> kept = keptWithNext(state.roles);
    if (kept.empty())
        return;
    const std::size_t date = kept.back() + 1;
    if (date >= state.paragraphs.size() || date >= state.paragraphStates.size())
        return;
    const int pitch = bodyCharacterPitch(profile);
    auto placed = [&](std::size_t i, double indentCharacters)
    {
        const int actual = state.paragraphStates[i].rightIndent;
        const int wanted = static_cast<int>(std::lround(indentCharacters * pitch));
        if (actual < 0 || near(actual, wanted, kIndentTolerance))
            return;
        const std::u16string what = state.roles[i].role == LayoutRole::Date ? u"成文日期" : u"署名";
        const std::u16string rule =
            profile.sealed ? u"加盖印章：成文日期右空四字，署名以成文日期为准居中"
                           : u"不加盖印章：署名右空二字，成文日期首字比署名首字右移二字";
        const std::u16string ruleEn =
            profile.sealed ? u"sealed: the date four characters in, the signature centred over it"
                           : u"unsealed: the signature two characters in, the date starting two "
                             u"characters further right";
        const std::u16string want = oneDecimal(indentCharacters);
        const std::u16string now = oneDecimal(double(actual) / pitch);
        out.push_back(withMessages(
            makeFinding("layout.closing", Severity::Warning, i, 0, 0),
            what + u"应右空 " + want + u" 字（" + rule + u"），现为 " + now +
                u" 字（一键排版将设置）。",
            (state.roles[i].role == LayoutRole::Date ? std::u16string(u"The date")
                                                     : std::u16string(u"The signature")) +
                u" should end " + want + u" characters from the right margin (" + ruleEn +
                u"), not " + now + u" (一键排版 places it)."));
    };
    for (std::size_t i : kept)
        if (state.roles[i].role == LayoutRole::Signature)
            placed(i, placeClosing(state.paragraphs[i], state.paragraphs[date], profile.sealed)
                          .signature);
    const std::size_t signature = date - 1;
    placed(date,
           placeClosing(state.paragraphs[signature], state.paragraphs[date], profile.sealed).date);
}

// 落款 and 成文日期 on one page, with body text above the 落款 on that page.
void checkClosingPages(const LayoutState& state, std::vector<Finding>& out)
{
    const std::vector<std::size_t> kept = keptWithNext(state.roles);
    if (kept.empty() || kept.back() + 1 >= state.paragraphStates.size())
        return;
    const std::size_t date = kept.back() + 1;
    std::size_t signature = kept.front();
    while (state.roles[signature].role != LayoutRole::Signature)
        ++signature;
    const int datePage = state.paragraphStates[date].page;
    const int signaturePage = state.paragraphStates[signature].page;
    const int textPage = state.paragraphStates[kept.front()].page;
    if (datePage == 0 || signaturePage == 0)
        return;
    if (datePage != signaturePage)
        out.push_back(withMessages(
            makeFinding("layout.split", Severity::Warning, signature, 0, 0),
            u"落款在第 " + decimal(signaturePage) + u" 页，成文日期在第 " + decimal(datePage) +
                u" 页：二者应在同一页（一键排版将使其不分页）。",
            u"The signature is on page " + decimal(signaturePage) + u" and the date on page " +
                decimal(datePage) + u": they belong on one page (一键排版 keeps them together)."));
    else if (textPage != 0 && kept.front() != signature && textPage != signaturePage)
        out.push_back(withMessages(
            makeFinding("layout.split", Severity::Warning, signature, 0, 0),
            u"落款所在的第 " + decimal(signaturePage) +
                u" 页没有正文：落款前应至少有正文的末行（一键排版将使其不分页）。",
            u"Page " + decimal(signaturePage) +
                u" holds the signature without any body text: at least the body's last line "
                u"belongs with it (一键排版 keeps them together)."));
}

// Roles meant to look different (仿宋 body, 黑体 and 楷体 headings, 小标宋 title) that show in
// one family here: a user judging the layout on screen or in a PDF cannot tell them apart.
void checkFontLooks(const LayoutState& state, std::vector<Finding>& out)
{
    if (!state.renderedFont)
        return;
    struct Shown
    {
        StyleRole role;
        std::u16string family;
        std::size_t paragraph;
    };
    std::vector<Shown> shown;
    for (std::size_t i = 0; i < state.roles.size(); ++i)
    {
        const LayoutRole role = state.roles[i].role;
        if (role == LayoutRole::Blank || role == LayoutRole::Table)
            continue;
        const StyleRole styleRole = styleRoleForLayout(state.roles[i]);
        const StyleSpec& spec = styleSpec(styleRole);
        const bool seen = std::any_of(
            shown.begin(), shown.end(),
            [&](const Shown& s) { return styleSpec(s.role).fontRole.zh == spec.fontRole.zh; });
        if (seen)
            continue;
        const std::u16string family = state.renderedFont(styleRole);
        const auto same = std::find_if(shown.begin(), shown.end(),
                                       [&](const Shown& s) { return s.family == family; });
        if (same != shown.end())
        {
            const StyleSpec& other = styleSpec(same->role);
            const std::u16string shownAs =
                family.empty() ? u"LibreOffice 的默认字体" : u"“" + family + u"”";
            const std::u16string shownAsEn =
                family.empty() ? u"LibreOffice's default font" : u"“" + family + u"”";
            out.push_back(withMessages(
                makeFinding("layout.fontlook", Severity::Warning, i, 0, 0),
                u"“" + state.styleName(styleRole) + u"”（" + std::u16string(spec.fontRole.zh) +
                    u"）在本机以" + shownAs + u"显示，与“" + state.styleName(same->role) + u"”（" +
                    std::u16string(other.fontRole.zh) + u"）看起来相同：请安装" +
                    std::u16string(spec.fontRole.zh) + u"字体，或在“工具 ▸ 选项 ▸ 字体”中为“" +
                    std::u16string(spec.fonts.front()) + u"”指定替换字体。",
                u"“" + state.styleName(styleRole) + u"” (" + std::u16string(spec.fontRole.en) +
                    u") shows in " + shownAsEn + u" here, as “" + state.styleName(same->role) +
                    u"” (" + std::u16string(other.fontRole.en) + u") does: install a " +
                    std::u16string(spec.fontRole.en) + u" font, or name a replacement for “" +
                    std::u16string(spec.fonts.front()) + u"” in Tools ▸ Options ▸ Fonts."));
        }
        shown.push_back({styleRole, family, i});
    }
}

} // namespace

AttachmentLineFix standardAttachmentLine(std::u16string_view text, bool first, int& number)
{
    AttachmentLineFix fix{std::u16string(text), {}, {}};
    std::u16string& fixed = fix.text;
    std::size_t at = 0;
    if (first)
    {
        at = 3; // 附件：
        if (fixed.compare(0, 3, u"附件:") == 0)
        {
            fixed.replace(2, 1, u"：");
            fix.reasonsZh.push_back(u"“附件”后用全角冒号");
            fix.reasonsEn.push_back(u"a full-width colon after 附件");
        }
    }
    std::size_t digits = at;
    while (digits < fixed.size() && fixed[digits] >= u'0' && fixed[digits] <= u'9')
        ++digits;
    if (digits > at && digits < fixed.size())
    {
        const std::u16string wanted = decimal(++number);
        if (fixed.compare(at, digits - at, wanted) != 0)
        {
            fixed.replace(at, digits - at, wanted);
            digits = at + wanted.size();
            fix.reasonsZh.push_back(u"附件按 1．2．3．顺序编号");
            fix.reasonsEn.push_back(u"attachments numbered 1．2．3． in order");
        }
        if (fixed[digits] == u'、' || fixed[digits] == u'，')
        {
            fixed[digits] = u'．';
            fix.reasonsZh.push_back(u"序号后用“．”");
            fix.reasonsEn.push_back(u"“．” after the number");
        }
    }
    static constexpr std::u16string_view kTrailing = u"。，、；：.,;:";
    bool trailing = false;
    while (fixed.size() > at && kTrailing.find(fixed.back()) != std::u16string_view::npos)
    {
        fixed.pop_back();
        trailing = true;
    }
    if (trailing)
    {
        fix.reasonsZh.push_back(u"附件名称后不加标点");
        fix.reasonsEn.push_back(u"no punctuation after an attachment's name");
    }
    return fix;
}

// The 版头's places (GB/T 9704 §7.2): each paragraph's space above and the red line's distance as
// layOutHead sets them, for the 标志's size in its style. Read only where the red line is there
// already (without it the whole 版头 is not laid out yet: layout.head says so once).
void checkHeadPlaces(const LayoutProfile& profile, const LayoutState& state,
                     const DocumentHead& head, std::vector<Finding>& out)
{
    constexpr int kPlaceTolerance = 50; // 0.5 mm
    double markPt = kMarkLargestPt;
    if (state.styleState)
        if (const auto mark = state.styleState(StyleRole::Mark))
            markPt = mark->sizePt;
    const bool letter = head.format == HeadFormat::Letter;
    const std::vector<HeadParagraphLayout> wanted =
        layOutHead(head.parts, markPt, head.format, profile.page.gridBaseHeight);
    for (std::size_t k = 0; k < head.paragraphs.size(); ++k)
    {
        if (head.paragraphs[k] >= state.paragraphStates.size())
            break;
        const ParagraphState& p = state.paragraphStates[head.paragraphs[k]];
        const HeadParagraphLayout& w = wanted[k];
        const bool placed =
            p.spaceAbove < 0 || std::abs(p.spaceAbove - w.spaceAbove) <= kPlaceTolerance;
        const bool ruled = !(w.redLineBelow || w.doubleLineBelow) || p.ruleDistance < 0 ||
                           std::abs(p.ruleDistance - w.lineDistance) <= kPlaceTolerance;
        if (placed && ruled)
            continue;
        const bool mark = head.parts[k] == HeadPart::Mark;
        const bool number = head.parts[k] == HeadPart::Number;
        out.push_back(withMessages(
            makeFinding("layout.head", Severity::Warning, head.paragraphs[k], 0, 0),
            mark ? (letter ? u"发文机关标志上边缘应距页面上边 30 毫米，其下 4 "
                             u"毫米为红色双线（一键排版将调整）。"
                           : u"发文机关标志上边缘应距版心上边缘 35 毫米（一键排版将调整）。")
            : number
                ? u"发文字号应在发文机关标志下空二行，其下 4 毫米为红色分隔线（一键排版将调整）。"
                : u"份号、密级和保密期限、紧急程度应顶格排在版心左上角，每项一行（一键排版将调整）"
                  u"。",
            mark ? (letter ? u"The mark's top edge belongs 30 mm from the top of the page, with "
                             u"the red "
                             u"double lines 4 mm under it (一键排版 moves it)."
                           : u"The mark's top edge belongs 35 mm under the top of the text area "
                             u"(一键排版 moves it).")
            : number ? u"The document number belongs two lines under the mark, with the red line "
                       u"4 mm under it (一键排版 moves it)."
                     : u"Copy number, secrecy and urgency belong at the top left of the text area, "
                       u"a line each (一键排版 moves them)."));
    }
}

// The 版头's red line: under the 发文字号 (文件格式, 纪要格式) or under the 标志 (信函格式, whose
// 标志 names the organ alone).
void checkHeadLines(const LayoutProfile& profile, const LayoutState& state,
                    std::vector<Finding>& out)
{
    const DocumentHead head = documentHead(state.roles, state.paragraphs);
    std::size_t lastMark = 0, number = 0;
    bool hasNumber = false;
    for (std::size_t k = 0; k < head.paragraphs.size(); ++k)
        if (head.parts[k] == HeadPart::Mark)
            lastMark = head.paragraphs[k];
        else if (head.parts[k] == HeadPart::Number)
        {
            number = head.paragraphs[k];
            hasNumber = true;
        }
    if (!hasNumber || number >= state.paragraphStates.size())
        return;
    const bool letter = head.format == HeadFormat::Letter;
    const std::size_t ruled = letter ? lastMark : number;
    if (state.paragraphStates[ruled].rules.bottom > 0)
    {
        checkHeadPlaces(profile, state, head, out);
        return;
    }
    out.push_back(withMessages(
        makeFinding("layout.head", Severity::Warning, ruled, 0, 0),
        letter ? u"信函格式的发文机关标志下应有红色双线（一键排版将加上）。"
               : u"发文字号下 4 毫米处应有与版心等宽的红色分隔线（一键排版将加上）。",
        letter ? u"A letter-format mark should have the red double lines under it (一键排版 "
                 u"draws them)."
               : u"A red separator line as wide as the text area should run 4 mm under the "
                 u"document number (一键排版 draws it)."));
}

std::vector<Finding> checkLayoutState(const LayoutProfile& profile, const LayoutState& state)
{
    std::vector<Finding> out;
    checkPage(profile, state.page, out);
    checkStyles(profile, state, out);
    int attachmentNumber = 0;
    for (std::size_t i = 0; i < state.roles.size() && i < state.paragraphStates.size(); ++i)
    {
        const LayoutRole role = state.roles[i].role;
        if (role == LayoutRole::Blank || role == LayoutRole::Table)
            continue;
        checkParagraphStyle(state, i, out);
        if (i >= state.paragraphs.size())
            continue;
        if (role == LayoutRole::Date)
            checkDate(state.paragraphs[i], i, out);
        if (role == LayoutRole::Attachment)
            attachmentNumber = 0;
        if (role == LayoutRole::Attachment || role == LayoutRole::AttachmentMore)
            checkAttachment(state.paragraphs[i], i, attachmentNumber,
                            role == LayoutRole::Attachment, out);
    }
    checkRules(state, out);
    checkHeadLines(profile, state, out);
    checkTitleBreaks(profile, state, out);
    checkClosingPlacement(profile, state, out);
    checkClosingPages(state, out);
    checkFontLooks(state, out);
    // In document order, the page first.
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding& a, const Finding& b)
                     { return a.paragraph + 1 < b.paragraph + 1; }); // kPageFinding + 1 == 0
    return out;
}

} // namespace gongwen::core
