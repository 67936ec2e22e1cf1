// SPDX-License-Identifier: MPL-2.0
// One pass over a paragraph for the rules that look at characters: GB/T 15834 punctuation
// (rules_punct.cpp), number forms (rules_numbers.cpp) and confused words (rules_words.cpp).
// Most characters of Chinese text trigger none of them, so the pass asks one table per
// character which rules may start there and calls only those (a pass per rule cost as much as
// the whole checker had before they came).
#pragma once

#include <core/checker/outline.hpp>
#include <core/common/finding.hpp>
#include <core/text/text.hpp>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

/// The paragraph being scanned and what the rules keep while they scan it.
struct ParagraphScan
{
    ParagraphScan(std::size_t paragraph_, std::u16string_view text_, const CheckOptions& options_,
                  std::vector<Finding>& out_)
        : paragraph(paragraph_), text(text_), options(options_), out(out_)
    {
    }

    std::size_t paragraph;
    std::u16string_view text;
    const CheckOptions& options;
    std::vector<Finding>& out;
    int doubleQuotes = 0, singleQuotes = 0; // straight quotes alternate: open, close, open …
    // “ minus ” before `curlyScanned`: whether a straight ' stands inside double quotes.
    int curlyDepth = 0;
    std::size_t curlyScanned = 0;

    char16_t at(std::size_t i) const { return i < text.size() ? text[i] : u'\0'; }
    /// How many times text[i] repeats from i.
    std::size_t runOf(std::size_t i) const
    {
        std::size_t end = i;
        while (end < text.size() && text[end] == text[i])
            ++end;
        return end - i;
    }
    /// Text among Chinese: the nearest visible character on either side is Chinese.
    bool amongChinese(std::size_t start, std::size_t end) const
    {
        return isChineseContext(previousVisible(text, start)) ||
               isChineseContext(nextVisible(text, end));
    }
    void add(const char* rule, Severity severity, std::size_t start, std::size_t length,
             std::u16string zh, std::u16string en, std::u16string suggestion = {})
    {
        Finding f = makeFinding(rule, severity, paragraph, start, length);
        f.messageZh = std::move(zh);
        f.messageEn = std::move(en);
        if (!suggestion.empty())
            f.suggestions.push_back(std::move(suggestion));
        out.push_back(std::move(f));
    }
    /// Whether [start, end) is a whole word for ICU's Chinese word break (computed on first use).
    bool isWord(std::size_t start, std::size_t end);

private:
    icu::UnicodeString m_wordsText;
    std::unique_ptr<icu::BreakIterator> m_words;
    bool m_wordsFailed = false;
};

// The rules' entry points: each is called at a character its table marks, and returns how far
// the scan may move on (1: the next character; more past a run it has read).

/// The characters at which punctuationAt may find a fault; of those, kRepeatTriggers only when
/// the next character is the same (，，).
extern const std::u16string_view kPunctuationTriggers;
extern const std::u16string_view kRepeatTriggers;
std::size_t punctuationAt(ParagraphScan& scan, std::size_t i);

/// 年, 月, 日: where numberFormAt looks back at the number before.
extern const std::u16string_view kNumberTriggers;
void numberFormAt(ParagraphScan& scan, std::size_t i);

/// A built-in confused word starting at i (the scan calls it where the first two units may
/// start one).
std::size_t confusedWordAt(ParagraphScan& scan, std::size_t i);
/// The user's own pairs (few, and not in the table): one plain pass.
void userConfusedWords(ParagraphScan& scan);

} // namespace gongwen::core
