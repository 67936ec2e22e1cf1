// SPDX-License-Identifier: MPL-2.0
// 版式检查: what differs from the layout 一键排版 would give, read from the document's state.
#pragma once

#include <core/common/finding.hpp>
#include <core/layout/roles.hpp>
#include <core/layout/styles.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gongwen::core
{

/// The page style of a document's body, as read from the office (1/100 mm).
struct PageState
{
    int width = 0, height = 0, top = 0, bottom = 0, left = 0, right = 0, footerHeight = 0;
    int gridMode = 0, gridLines = 0;
    bool pageNumbers = false; // a page number in the footers of odd and even pages
    int gridBaseHeight = 0;   // the line pitch of the grid; 0: not read (lines alone decide)
};

/// One paragraph as read: its style, whether fonts or sizes were set on it by hand, and its
/// border lines (1/100 mm; 0: none).
struct ParagraphState
{
    std::u16string styleName;
    bool directFormatting = false;
    RuleLines rules;
    int rightIndent = -1; // what the text gets, 1/100 mm (read for 落款 and 成文日期; -1: not read)
    int page = 0;         // the page its last line is on (read where it matters; 0: not read)
    int spaceAbove = -1;   // 1/100 mm (read for the 版头's paragraphs; -1: not read)
    int ruleDistance = -1; // from the text to its bottom border, 1/100 mm (版头; -1: not read)
};

/// A paragraph style as read from the office. Lengths in 1/100 mm; the side indents are what
/// the text gets (indent plus padding inside the borders).
struct StyleState
{
    std::u16string font; // the Asian font
    double sizePt = 0;
    bool bold = false;
    Alignment alignment = Alignment::Justified;
    int firstLineIndent = 0, leftIndent = 0, rightIndent = 0;
    int fixedLineSpacing = 0; // 0: the line spacing is not fixed
    int outlineLevel = 0;
    int characterSpacing = 0; // added after each character
    int colour = -1;          // 0xRRGGBB, -1 automatic
};

/// Everything 版式检查 reads from a document.
struct LayoutState
{
    PageState page;
    std::vector<std::u16string_view> paragraphs; // the text of each body element
    std::vector<ParagraphRoleInfo> roles;
    std::vector<ParagraphState> paragraphStates;
    std::function<std::u16string(StyleRole)> styleName;             // as the document names it
    std::function<std::optional<StyleState>(StyleRole)> styleState; // nullopt: no such style
    /// The family a style's font shows in on this machine: the font itself when installed, its
    /// replacement when the office's table has one that is installed, else "" (the office's
    /// own fallback). Unset: not checked.
    std::function<std::u16string(StyleRole)> renderedFont;
};

/// A line of 附件说明 as GB/T 9704 §7.3.4 wants it ("附件：1．名称", then "2．名称" …): a
/// full-width colon, numbers in order followed by "．", no punctuation after a name. `first`: the
/// line that starts with 附件; `number` counts the numbered attachments so far (start at 0).
struct AttachmentLineFix
{
    std::u16string text; // the line put right (the same text when it was right)
    std::vector<std::u16string_view> reasonsZh, reasonsEn;
};
AttachmentLineFix standardAttachmentLine(std::u16string_view text, bool first, int& number);

/// Findings, each with the change 一键排版 makes:
///   layout.page, layout.grid, layout.pagenumber      the page (paragraph kPageFinding);
///   layout.style, layout.direct                       a paragraph's style, formatting set by hand;
///   layout.font, layout.indent, layout.linepitch,
///   layout.align, layout.outline, layout.spacing      a style in use, once, at its first
///   paragraph; layout.date, layout.attachment, layout.rules      成文日期, 附件说明 and 版记
///   forms; layout.closing where 落款 or 成文日期 is not placed as §7.3.5 wants (sealed or
///   not, as the profile says); layout.split when 落款 and 成文日期 are on different pages or
///   落款 starts a page without body text above it; layout.fontlook when two styles of different
///   standard fonts (小标宋, 黑体, 楷体, 仿宋) show in the same family here.
inline constexpr std::size_t kPageFinding = static_cast<std::size_t>(-1);
std::vector<Finding> checkLayoutState(const LayoutProfile& profile, const LayoutState& state);

} // namespace gongwen::core
