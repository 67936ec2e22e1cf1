// SPDX-License-Identifier: MPL-2.0
// The checks. Each rule is a small function; checker.cpp lists them in one table.
#pragma once

#include <core/checker/document.hpp>
#include <core/common/finding.hpp>

#include <vector>

namespace gongwen::core
{

using Findings = std::vector<Finding>;

// Rules over the whole outline (rules_outline.cpp).
void checkHeadingForms(const DocumentOutline& doc, Findings& out); // heading.form
void checkHeadingSequence(const DocumentOutline& doc,
                          Findings& out); // heading.sequence, heading.level
void checkItemSequence(const DocumentOutline& doc, Findings& out); // item.sequence
void checkItemCounts(const DocumentOutline& doc, Findings& out);   // item.count

// Rules over one paragraph's text (rules_text.cpp).
void checkPlaceholders(std::size_t paragraph, std::u16string_view text, const CheckOptions& options,
                       Findings& out); // placeholder
void checkHalfwidthPunctuation(std::size_t paragraph, std::u16string_view text, Findings& out);
void checkPairedPunctuation(std::size_t paragraph, std::u16string_view text, Findings& out);

// number.year (found in the character scan) takes its century from the years the document
// writes in full elsewhere (rules_numbers.cpp): suggestions and messages are completed here.
void completeShortYears(const std::vector<std::u16string_view>& paragraphs, Findings& findings);

// The rules that look at characters, in one pass (scan.hpp): GB/T 15834 punctuation (punct.quote,
// .ellipsis, .dash, .repeat, .space, .serial, .range, .approx, .titles, .etc, .dash-explain),
// number.mixed, number.date and word.confusion.
void checkCharacterRules(std::size_t paragraph, std::u16string_view text,
                         const CheckOptions& options, Findings& out);

// doc.number: 发文字号 (机关代字〔2026〕5号) wherever one is written; doc.kind, doc.title: a
// paragraph shaped like a 公文's title (关于…的 + 文种) with stacked 文种, "关于对" or punctuation
// (rules_doc.cpp).
void checkDocumentNumbers(std::size_t paragraph, std::u16string_view text, Findings& out);
void checkTitleForm(std::size_t paragraph, std::u16string_view text, Findings& out);
// doc.request: a 请示 (by its title) without 附注 (联系人和电话) or asking for several things;
// doc.report: a 报告 that asks for approval; doc.signer: a 发文字号 line of a 请示 or 报告 without
// 签发人; doc.head: the 份号, 密级, 紧急程度 and 签发人 of a 版头 in other than the standard's form
// (rules_doc.cpp). Over the whole document.
void checkDocumentKind(const std::vector<std::u16string_view>& paragraphs, Findings& out);

// register.*: the paragraph against options.wordingRegister on options.registerDay (or today).
void checkWordingRegister(std::size_t paragraph, std::u16string_view text,
                          const CheckOptions& options, Findings& out);

// word.typo (rules_typo.cpp): the typo check of core/typo with the process's model; nothing when
// the model's data are missing (typo::loadProblem says why).
void checkTypos(std::size_t paragraph, std::u16string_view text, const CheckOptions& options,
                Findings& out);

} // namespace gongwen::core
