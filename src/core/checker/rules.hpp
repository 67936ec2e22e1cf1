// The checks. Each rule is a small function; checker.cpp lists them in one table.
#pragma once

#include <core/checker/document.hpp>
#include <core/common/finding.hpp>

#include <vector>

namespace gongwen::core
{

using Findings = std::vector<Finding>;

// Rules over the whole outline (rules_outline.cpp).
void checkHeadingForms(const DocumentOutline& doc, Findings& out);     // heading.form
void checkHeadingSequence(const DocumentOutline& doc, Findings& out);  // heading.sequence, heading.level
void checkItemSequence(const DocumentOutline& doc, Findings& out);     // item.sequence
void checkItemCounts(const DocumentOutline& doc, Findings& out);       // item.count

// Rules over one paragraph's text (rules_text.cpp).
void checkPlaceholders(std::size_t paragraph, std::u16string_view text, Findings& out);   // placeholder
void checkHalfwidthPunctuation(std::size_t paragraph, std::u16string_view text, Findings& out);
void checkPairedPunctuation(std::size_t paragraph, std::u16string_view text, Findings& out);

// GB/T 15834 punctuation (rules_punct.cpp): punct.quote, .ellipsis, .dash, .repeat, .space,
// .serial, .range, .approx, .titles, .etc and .dash-explain, in one pass over the paragraph.
void checkGbt15834Punctuation(std::size_t paragraph, std::u16string_view text, const CheckOptions& options,
                              Findings& out);

// GB/T 15835 numbers (rules_numbers.cpp).
void checkShortYears(const DocumentOutline& doc, Findings& out); // number.year: needs the whole document
// number.mixed (二0二一年) and number.date (03月05日), in one pass over the paragraph.
void checkNumberForms(std::size_t paragraph, std::u16string_view text, const CheckOptions&, Findings& out);

// Commonly confused words (rules_words.cpp).
void checkConfusedWords(std::size_t paragraph, std::u16string_view text, const CheckOptions& options,
                        Findings& out);

} // namespace gongwen::core
