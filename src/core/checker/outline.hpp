// SPDX-License-Identifier: MPL-2.0
// Recognises the parts of a report's outline in plain paragraphs: headings (一、 （一） 1. （1）),
// enumeration items (一是, 第一， 其一， 首先), and count words (四项, 三个) with what they
// announce. Drafts rarely carry heading styles, so everything is read from the text itself.
#pragma once

#include <core/checker/words.hpp>
#include <core/common/finding.hpp>
#include <core/typo/detector.hpp>

#include <algorithm>
#include <core/wording/register.hpp>
#include <cstddef>
#include <memory>
#include <optional>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

struct CheckOptions
{
    /// Level-3 headings written "1．" (full-width dot) instead of "1." — some local templates.
    bool fullWidthArabicDot = false;
    /// Rule families switched off, one bit per RuleFamily (see familyEnabled).
    unsigned disabledFamilies = 0;
    /// Single rules switched off, by rule id ("punct.space").
    std::vector<std::string> disabledRules;
    /// The user's own confused-word pairs, checked besides the built-in list.
    std::shared_ptr<const WordPairs> userWordPairs;
    /// Words the typo check never flags: the user's names of people, places and offices.
    std::shared_ptr<const typo::AllowedWords> allowedWords;
    /// Further texts that mark a figure still to fill in (□□, ＿＿), besides X, XX, ○○, 某某 ….
    std::vector<std::u16string> extraPlaceholders;
    /// The office's 口径库 (register.*): checked when set.
    std::shared_ptr<const wording::Register> wordingRegister;
    /// The day the register is read on; checkParagraphs takes the document's 成文日期 when unset,
    /// a single paragraph today.
    std::optional<wording::Day> registerDay;

    bool familyEnabled(RuleFamily family) const
    {
        return (disabledFamilies & (1u << static_cast<unsigned>(family))) == 0;
    }
    void disable(RuleFamily family) { disabledFamilies |= 1u << static_cast<unsigned>(family); }
    bool ruleEnabled(std::string_view ruleId) const
    {
        return familyEnabled(familyOf(ruleId)) &&
               std::find(disabledRules.begin(), disabledRules.end(), ruleId) == disabledRules.end();
    }
};

/// How many leading units of paragraph `paragraph` are an automatic list label (see
/// checkParagraphs); 0 when `labelLengths` does not reach that far.
inline std::size_t labelLengthOf(const std::vector<std::size_t>& labelLengths,
                                 std::size_t paragraph)
{
    return paragraph < labelLengths.size() ? labelLengths[paragraph] : 0;
}

/// 1: 一、  2: （一）  3: 1.  4: （1）
enum class HeadingLevel
{
    Chapter = 1,
    Section = 2,
    Point = 3,
    SubPoint = 4,
};

struct Heading
{
    HeadingLevel level = HeadingLevel::Chapter;
    int number = 0;
    std::size_t markerStart = 0; // the whole marker, e.g. "（一）" or "一、"
    std::size_t markerLength = 0;
    std::size_t numberStart = 0; // just the numeral inside it
    std::size_t numberLength = 0;
    std::size_t titleEnd = 0; // end of the heading's own title (first 。！？ or paragraph end)
    bool wellFormed = true;   // false: wrong separator or brackets (see heading.form)
    /// "二．2025年…", "三，2011年…": a Chinese numeral with a wrong separator before something
    /// other than Han text is a heading only where the level-1 sequence expects that number;
    /// readDocument confirms or drops it.
    bool tentative = false;
};

/// The numeral of a heading of `level`: 一 二 … for levels 1–2, 1 2 … for levels 3–4.
std::u16string headingNumeral(HeadingLevel level, int number);

/// The correct marker for a heading of `level` and `number`, e.g. (Section, 2) → "（二）".
std::u16string headingMarker(HeadingLevel level, int number, const CheckOptions& options);

enum class ItemFamily
{
    Shi,      // 一是 二是 …
    Di,       // 第一， 第二， …
    Qi,       // 其一， 其二， …
    Sequence, // 首先 其次 再次 最后 — counted, never renumbered
};

struct ItemMarker
{
    ItemFamily family = ItemFamily::Shi;
    int number = 0;        // 0 for 最后 (its number is the one after the previous item)
    std::size_t start = 0; // the whole marker, e.g. "一是" or "第一"
    std::size_t length = 0;
    std::size_t numberStart = 0; // just the numeral (empty for the Sequence family)
    std::size_t numberLength = 0;
};

/// The text of an item marker of `family` with `number`, e.g. (Shi, 3) → "三是".
std::u16string itemMarker(ItemFamily family, int number);

/// A count word such as 四项 or 三个: a numeral with a measure word.
struct CountWord
{
    int value = 0;
    std::size_t start = 0; // the numeral
    std::size_t numberLength = 0;
    std::size_t length = 0; // numeral + measure word
};

/// The count words in text[begin, end), outside quotation marks and book-title marks.
std::vector<CountWord> findCountWords(std::u16string_view text, std::size_t begin, std::size_t end);

/// Punctuation that introduces enumerated items right after it: "重点抓好三个方面：一是…",
/// "今年将采取四项举措。一是…", "主要抓好四个方面；一是…" (or the items open the next paragraph).
struct LeadColon
{
    std::size_t position = 0;
    CountWord countWord; // the count word that ends the clause before it
};

struct ParagraphOutline
{
    std::optional<Heading> heading;
    std::vector<ItemMarker> items; // in text order
    std::vector<LeadColon>
        leadColons; // count words before a lead mark followed by an item or ending the paragraph
    std::optional<CountWord> titleCountWord; // first count word of a heading's title
};

/// Reads one paragraph. Without `tentativeHeadings`, a paragraph whose only claim to be a
/// heading is tentative (see Heading::tentative) is read as body text.
ParagraphOutline analyseParagraph(std::u16string_view text, const CheckOptions& options,
                                  bool tentativeHeadings = true);

} // namespace gongwen::core
