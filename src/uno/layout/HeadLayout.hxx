// SPDX-License-Identifier: MPL-2.0
// The 版头 (份号, 密级, 紧急程度, 发文机关标志, 发文字号 and 签发人, the red line) set in a Writer
// document as core::layOutHead plans it: used by 一键排版 and by 新建公文.
#pragma once

#include "../common/DocumentText.hxx"

#include <core/layout/roles.hpp>
#include <core/layout/styles.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <vector>

namespace gongwen::ext
{

/// The page style of a 信函's first page: the 标志 30 mm from the page's top, the lower red
/// double lines 20 mm from its foot, no page number; the body's page style follows it.
OUString letterFirstPageStyleName();

/// Whether the draft's 版头 is in 信函格式 (its 标志 names the organ alone, GB/T 9704 §10.1).
bool hasLetterHead(const std::vector<BodyElement>& body,
                   const std::vector<core::ParagraphRoleInfo>& roles);
/// The same for a document, read from its first paragraphs only (kMaxHeadParagraphs).
bool startsWithLetterHead(const css::uno::Reference<css::text::XTextDocument>& document);
/// Whether the document has no 信函首页 page style yet.
bool letterFirstPageStyleMissing(const css::uno::Reference<css::text::XTextDocument>& document);
/// Makes or updates 信函首页 from the body's page style (a page style: outside any undo step).
void makeLetterFirstPageStyle(const css::uno::Reference<css::text::XTextDocument>& document);
/// Gives the first paragraph the 信函首页 (a paragraph attribute: inside the undo step).
void startWithLetterPage(const css::uno::Reference<css::text::XTextDocument>& document);

/// The page style the body text uses: the first paragraph's, or the one after a 信函's first page.
css::uno::Reference<css::beans::XPropertySet>
bodyPageStyle(const css::uno::Reference<css::text::XTextDocument>& document);

/// Sets the 版头's paragraphs (their styles already applied): the 标志's size in its style, each
/// paragraph's place, the red line, the 签发人 line. Returns the blank paragraphs inside the
/// 版头 and between it and the title, which 一键排版 removes: the spacing is the styles'.
std::vector<std::size_t>
layOutHeadParagraphs(const css::uno::Reference<css::text::XTextDocument>& document,
                     const std::vector<BodyElement>& body,
                     const std::vector<core::ParagraphRoleInfo>& roles,
                     const core::LayoutProfile& profile);

/// 纪要格式 (GB/T 9704 §10.3): the labels 出席、请假、列席 in 黑体 (the level-1 headings' run-in
/// character style), the names after them in the body's 仿宋. Only under a 纪要's 标志.
void setMinutesLabels(const css::uno::Reference<css::text::XTextDocument>& document,
                      const std::vector<BodyElement>& body,
                      const std::vector<core::ParagraphRoleInfo>& roles);

/// 联合行文: the frame that holds 文件 right of the names, anchored at the 标志's first row
/// (`firstRow`); layOutHeadParagraphs places it.
void addJointSuffixFrame(const css::uno::Reference<css::text::XTextDocument>& document,
                         const css::uno::Reference<css::text::XTextRange>& firstRow);

/// Removes these (blank) paragraphs, last first.
void removeParagraphs(const std::vector<BodyElement>& body, const std::vector<std::size_t>& which);

} // namespace gongwen::ext
