// SPDX-License-Identifier: MPL-2.0
// What each paragraph of a draft is in a GB/T 9704 document, read from its text alone: the
// title, 主送机关, headings (also run-in ones), body, closing, 附件说明, 落款, 成文日期, 版记.
#pragma once

#include <core/checker/outline.hpp>
#include <core/doctypes/letterhead.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

enum class LayoutRole
{
    Blank,      // an empty paragraph
    Table,      // a text table (kept as it is)
    Title,      // 标题: one or more lines before 主送机关 or the first body paragraph
    Addressee,  // 主送机关: a short line ending in ：
    Heading,    // a heading of level 1–4 (see headingLevel)
    Body,       // 正文
    Closing,    // 特此报告。 妥否，请批示。 …
    Attachment, // 附件说明: 附件：1．…
    AttachmentMore, // the further numbered lines of 附件说明 (2．…), aligned under the first name
    Signature,      // 落款: the organisation above the date
    Date,           // 成文日期
    Distribution, // 版记: 抄送：…, …印发
    HeadElement, // 版头: 份号, 密级和保密期限 or 紧急程度, a line each at the 版心's top
    Mark,        // 版头: 发文机关标志 ("X区人民政府文件"), a line per row
    DocumentNumber, // 版头: the 发文字号 line (上行文: with 签发人), the red line under it
};

/// Whether `role` is part of the 版头 (above the title).
bool isHeadRole(LayoutRole role);

struct ParagraphRoleInfo
{
    LayoutRole role = LayoutRole::Body;
    int headingLevel = 0; // 1–4 for headings
    std::size_t runInEnd = 0; // a run-in heading ("（一）坚持稳中求进。今年……"): the end of its
                              // heading sentence; 0 when the heading is the whole paragraph
};

/// The role of every element; `tables[i]` marks the elements that are text tables;
/// `labelLengths[i]` > 0 marks an item of an automatic list (its text starts with the label):
/// such an item is a heading only when its text reads as one — short, no full stop, numbered
/// as the next level of the outline — and else body text ("如下：" then 1. 2. 3.).
std::vector<ParagraphRoleInfo>
classifyParagraphs(const std::vector<std::u16string_view>& paragraphs,
                   const std::vector<bool>& tables,
                   const std::vector<std::size_t>& labelLengths = {});

/// A 成文日期 in the form GB/T 9704 wants: Arabic numerals, full year, no leading zeros
/// ("二〇二六年十一月二十九日" or "2026年11月09日" → "2026年11月9日"); "" when `text` is no date.
std::u16string standardDate(std::u16string_view text);

/// Whether paragraph `i` is a title of one paragraph (no title paragraph next to it): the one
/// 一键排版 breaks into lines (title_breaks.hpp); a title the user set in several paragraphs is
/// hers.
bool isSingleTitle(const std::vector<ParagraphRoleInfo>& roles, std::size_t i);

/// A name for messages and golden files: "title", "heading2", "body" …
std::string roleName(const ParagraphRoleInfo& info);

/// The 版头 is looked for in this many paragraphs at the top: 份号, 密级, 紧急程度, a joint
/// issuance's rows of names and the 发文字号 line.
inline constexpr std::size_t kMaxHeadParagraphs = 36;

/// A draft's 版头 as classifyParagraphs found it, for 一键排版 and 版式检查 alike.
struct DocumentHead
{
    std::vector<std::size_t> paragraphs; // in order
    std::vector<HeadPart> parts;         // what each of them is
    std::vector<std::u16string_view> markRows;
    HeadFormat format = HeadFormat::File; // read from the 标志 (文件格式 when there is none)
    bool suffixBeside = false;            // 联合行文: the names, with 文件 set beside them
};
/// `texts[i]` is paragraph i's text; empty when the draft has no 版头.
DocumentHead documentHead(const std::vector<ParagraphRoleInfo>& roles,
                          const std::vector<std::u16string_view>& texts);

} // namespace gongwen::core
