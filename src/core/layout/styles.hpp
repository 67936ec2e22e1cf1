// SPDX-License-Identifier: MPL-2.0
// GB/T 9704 paragraph styles for reports: names, fonts with their open substitutes, sizes.
#pragma once

#include <core/common/language.hpp>
#include <core/layout/roles.hpp>
#include <core/sections/templates.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

enum class StyleRole
{
    Title,          // 公文标题: 二号 小标宋, centred
    Heading1,       // 一级标题: 三号 黑体
    Heading2,       // 二级标题: 三号 楷体
    Heading3,       // 三级标题: 三号 仿宋
    Body,           // 公文正文: 三号 仿宋, first line indented 2 characters
    Heading4,       // 四级标题: 三号 仿宋
    Addressee,      // 主送机关: flush left
    Attachment,     // 附件说明: indented 2 characters
    AttachmentMore, // 附件说明 (续): further names, aligned under the first one (5 characters)
    Signature,      // 落款: right-aligned, 右空四字
    Date,           // 成文日期: right-aligned, 右空四字
    Distribution, // 版记: 四号 仿宋, one character in from each side, between separator lines
    TableText, // 表格文字: the cells of a table, 四号 仿宋, centred, single spacing, off the grid
    TableHeader, // 表格标题行: the first row of a table, as 表格文字 but bold
    HeadElement, // 版头要素: 份号, 密级和保密期限, 紧急程度: 三号 黑体, flush left, off the grid
    Mark, // 发文机关标志: red 小标宋, centred, its size fitted to the names, off the grid
    DocumentNumber, // 发文字号: 三号 仿宋, centred (上行文: left, 签发人 right), off the grid
};

enum class Alignment
{
    Justified,
    Left,
    Centred,
    Right,
};

constexpr double kLinePitchPt = 28.95; // 22 lines on the 225 mm text area (GB/T 9704 §5.2.2)

/// A style's name. Documents always carry the Chinese name, whatever the UI language, so a
/// document reads the same everywhere; `legacy` is the English name earlier versions gave the
/// style under an English UI, recognised and renamed by 一键排版.
struct StyleName
{
    std::u16string_view document;
    std::u16string_view legacy;
};

/// The character style of a run-in heading's sentence: the heading style's name and this.
inline constexpr std::u16string_view kRunInSuffix = u"（标题句）";
inline constexpr std::u16string_view kLegacyRunInSuffix = u" (run-in)";

struct StyleSpec
{
    StyleRole role;
    StyleName name;
    BilingualText fontRole;                 // 小标宋 / 黑体 / 楷体 / 仿宋 for messages
    std::vector<std::u16string_view> fonts; // preferred first, then open substitutes
    double sizePt;
    bool bold; // only to make an open substitute of 小标宋 look like it
    Alignment alignment;
    double firstLineIndentChars;
    int outlineLevel = 0; // 1–4 for headings: the Navigator and a table of contents see them
    double leftIndentChars = 0;  // 版记
    double rightIndentChars = 0; // 右空四字 for 落款 and 成文日期
    double spaceAfterLines = 0;  // a blank line after the title
    bool ruled = false; // 版记: separator lines as wide as the text area, so the side indents are
                        // padding inside the lines, not paragraph indents
    int characterSpacing = 0; // 1/100 mm added after each character (negative: closer); see
                              // styleSpecFor
    bool inTable = false;     // single line spacing and off the page's line grid: a cell's text
                              // sits at its top instead of on the next grid line
    int colour = -1;          // 0xRRGGBB, or -1 for the automatic colour
    bool offGrid = false;     // 版头: fixed lines off the page's grid, placed in millimetres
};

const std::vector<StyleSpec>& officialStyles();
const StyleSpec& styleSpec(StyleRole role);

/// The style for an inserted paragraph.
StyleRole styleRoleFor(ParagraphRole role, int headingLevel);

/// GB/T 9704 §5.2.2: a line of the text area holds 28 characters of 三号 (16 pt). 28 characters
/// of 16 pt (158 mm) are wider than the 156 mm text area, so the characters sit slightly closer.
inline constexpr int kCharactersPerLine = 28;
inline constexpr double kBodySizePt = 16.0;

/// Page and grid of a laid-out document, in 1/100 mm.
struct PageSpec
{
    int width = 21000, height = 29700;
    int top = 3700, bottom = 2300, left = 2800, right = 2600; // bottom: below the footer
    int footerHeight = 1200, footerBodyDistance = 700;        // the page number 7 mm under the text
    int gridLines = 22;                                       // lines per page
    int gridBaseHeight = 1022;                                // 28.95 pt line pitch
};

/// A way of laying a document out: GB/T 9704 itself or a local variant of it.
struct LayoutProfile
{
    std::string_view id; // stored in the document, used by the API
    BilingualText name;
    PageSpec page;
    bool boldHeading3 = false; // some provinces want level-3 headings bold
    bool sealed = true; // 加盖印章: decides where 落款 and 成文日期 go (GB/T 9704 §7.3.5)
};

const std::vector<LayoutProfile>& layoutProfiles();

/// The separator lines of one 版记 paragraph (GB/T 9704 §7.4.1), line widths in 1/100 mm.
struct RuleLines
{
    int top = 0, bottom = 0;
};
inline constexpr int kThickRule = 35; // the first and the last line
inline constexpr int kThinRule = 25;  // the lines between the items
/// The lines of each paragraph (none outside a 版记): a thick line above each block of 版记
/// paragraphs and below it, thin lines between its paragraphs.
std::vector<RuleLines> distributionRules(const std::vector<ParagraphRoleInfo>& roles);
/// The profile of that id ("" = the default, gbt9704), or nullptr.
const LayoutProfile* findLayoutProfile(std::string_view id);
/// The style spec of `role` as `profile` wants it; 三号 styles get the character spacing that
/// puts exactly kCharactersPerLine characters on a full line of the profile's text area.
StyleSpec styleSpecFor(const LayoutProfile& profile, StyleRole role);

/// One 三号 character as `profile` spaces it (size plus spacing, 1/100 mm): the unit of 右空四字
/// for 落款 and 成文日期.
int bodyCharacterPitch(const LayoutProfile& profile);

/// The spacing (1/100 mm, whole units, rounded towards closer) that makes `perLine` characters of
/// `sizePt` fill a line of `textWidth` (1/100 mm) without overflowing it, while one more does not
/// fit; 0 when the characters already fit exactly that many.
int characterSpacingFor(int textWidth, double sizePt, int perLine);

/// The style of a paragraph of `role` (see classifyParagraphs).
StyleRole styleRoleForLayout(const ParagraphRoleInfo& role);

/// The font a style names and how this machine shows it. Styles always name the standard font
/// (方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312), so the document is right wherever that font is
/// installed; when it is not, `replacement` is the installed open font the office's font
/// replacement table maps it to here.
struct FontPlan
{
    std::u16string styleFont;
    std::u16string replacement; // empty: the standard font is installed, or no candidate is
    bool missing = false;       // neither the standard font nor any substitute is installed
    bool bold = false;          // 小标宋 substitutes are set bold to look like it
};
FontPlan planFont(const StyleSpec& spec,
                  const std::function<bool(std::u16string_view)>& isInstalled);

struct FontChoice
{
    std::u16string font;      // empty: none of the candidates is installed
    bool substituted = false; // not the preferred (first) font
};

/// The first candidate font of `spec` that `isInstalled` accepts.
FontChoice chooseFont(const StyleSpec& spec,
                      const std::function<bool(std::u16string_view)>& isInstalled);

} // namespace gongwen::core
