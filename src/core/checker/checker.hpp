// SPDX-License-Identifier: MPL-2.0
// The structure checker: every rule over a whole document.
#pragma once

#include <core/checker/outline.hpp>
#include <core/common/finding.hpp>

#include <string_view>
#include <vector>

namespace gongwen::core
{

/// Checks paragraphs in document order; Finding::paragraph indexes `paragraphs`.
/// Findings are sorted by paragraph and position.
std::vector<Finding> checkParagraphs(const std::vector<std::u16string_view>& paragraphs,
                                     const CheckOptions& options = {});

/// Checks paragraphs as an office document shows them: paragraph p begins with
/// `labelLengths[p]` units of an automatic list label ("一." made by list or outline numbering),
/// which is read like typed text but cannot be edited in place. Findings inside a label have
/// start 0, length 0, no suggestion and a message saying the number is automatic; sequence
/// findings on labels are dropped (the office keeps that numbering); every other finding's
/// start is relative to the text after the label. A missing entry means no label.
std::vector<Finding> checkParagraphs(const std::vector<std::u16string_view>& paragraphs,
                                     const std::vector<std::size_t>& labelLengths,
                                     const CheckOptions& options = {});

/// Checks text whose paragraphs are separated by "\n" (a "\r" before it is ignored).
std::vector<Finding> checkText(std::u16string_view text, const CheckOptions& options = {});

// The pieces of checkParagraphs, for callers that keep a document between checks (the live
// proofreader, core/checker/live.hpp):

struct DocumentOutline;
/// The rules over the whole outline: heading.form, heading.sequence, heading.level,
/// item.sequence, item.count. Unsorted; finishFindings completes them.
std::vector<Finding> checkOutline(const DocumentOutline& doc, const CheckOptions& options);
/// The rules over one paragraph's text: placeholder, punct.*, number.*, word.confusion.
void checkParagraphText(std::size_t paragraph, std::u16string_view text,
                        const CheckOptions& options, std::vector<Finding>& out);
/// Drops what two rules report twice and the rules switched off, gives short years their
/// century from `paragraphs`, sorts by position.
std::vector<Finding> finishFindings(const std::vector<std::u16string_view>& paragraphs,
                                    std::vector<Finding> findings, const CheckOptions& options);

} // namespace gongwen::core
