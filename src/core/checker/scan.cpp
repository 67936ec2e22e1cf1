// SPDX-License-Identifier: MPL-2.0
#include <core/checker/rules.hpp>
#include <core/checker/scan.hpp>
#include <core/checker/words.hpp>

#include <algorithm>
#include <bitset>

namespace gongwen::core
{
namespace
{

// Where the rules may start, as bits that stay in the fastest cache while the scan reads text
// (a table of a byte per unit did not, and cost more than the rules it saved).
struct Triggers
{
    std::bitset<65536> marks;   // punctuation rules, and 年 月 日 for the number rules
    std::bitset<65536> repeats; // ，。；： : only a fault when doubled, so only looked at then
    std::bitset<65536> wordFirst; // the first unit of a built-in confused word
    // Their first two units, hashed into 4 KB (about 1 % of other pairs of characters hit it
    // too; confusedWordAt then compares and finds nothing).
    static constexpr std::size_t kBigramBits = 1u << 15;
    static std::size_t bigram(char16_t a, char16_t b)
    {
        return (a * 40503u + b) & (kBigramBits - 1);
    }
    std::bitset<kBigramBits> wordStarts;
};

const Triggers& triggers()
{
    static const Triggers table = []
    {
        Triggers t;
        for (char16_t c : kPunctuationTriggers)
            t.marks[c] = true;
        for (char16_t c : kRepeatTriggers)
        {
            t.marks[c] = false;
            t.repeats[c] = true;
        }
        for (char16_t c : kNumberTriggers)
            t.marks[c] = true;
        for (const WordPair& pair : builtinWordPairs()) // two units or more each
        {
            t.wordFirst[pair.wrong[0]] = true;
            t.wordStarts[Triggers::bigram(pair.wrong[0], pair.wrong[1])] = true;
        }
        return t;
    }();
    return table;
}

bool isNumberTrigger(char16_t c)
{
    return c == u'年' || c == u'月' || c == u'日';
}

} // namespace

void checkCharacterRules(std::size_t paragraph, std::u16string_view text,
                         const CheckOptions& options, Findings& out)
{
    ParagraphScan scan{paragraph, text, options, out};
    const Triggers& table = triggers();
    const std::size_t size = text.size();
    for (std::size_t i = 0; i < size;)
    {
        // Without branches until here: whether a character starts something is not predictable,
        // and a mispredicted branch per character would cost more than the tests.
        const char16_t c = text[i];
        const char16_t next = i + 1 < size ? text[i + 1] : u'\0';
        // Bitwise on purpose (as int: no short circuit, no branch).
        const bool mark = (int{table.marks[c]} | (int{table.repeats[c]} & int{c == next})) != 0;
        const bool word =
            (int{table.wordFirst[c]} & int{table.wordStarts[Triggers::bigram(c, next)]}) != 0;
        if (!(mark | word))
        {
            ++i;
            continue;
        }
        std::size_t step = 1;
        if (word)
            step = confusedWordAt(scan, i);
        if (mark && isNumberTrigger(c))
            numberFormAt(scan, i);
        else if (mark)
            step = std::max(step, punctuationAt(scan, i));
        i += step;
    }
    userConfusedWords(scan);
}

} // namespace gongwen::core
