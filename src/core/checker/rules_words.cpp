// SPDX-License-Identifier: MPL-2.0
// word.confusion: the built-in list and the user's pairs, matched as whole words. Built-in pairs
// are found in the character scan (scan.hpp); the user's in a pass of their own.
#include <core/checker/rules.hpp>
#include <core/checker/scan.hpp>
#include <core/checker/words.hpp>
#include <core/text/text.hpp>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>
#include <unordered_map>

namespace gongwen::core
{
namespace
{

// The built-in pairs by their first unit (the scan calls confusedWordAt only where the first
// two units may start one).
const std::unordered_map<char16_t, std::vector<const WordPair*>>& builtinByFirstUnit()
{
    static const auto index = []
    {
        std::unordered_map<char16_t, std::vector<const WordPair*>> byFirst;
        for (const WordPair& pair : builtinWordPairs())
            byFirst[pair.wrong.front()].push_back(&pair);
        return byFirst;
    }();
    return index;
}

constexpr std::size_t kWholeWordBelow = 4; // idioms of 4 characters are distinctive; 不做为 is not (绝不做为难群众的事)

void report(std::size_t paragraph, std::size_t start, const WordPair& pair, Findings& out)
{
    Finding f =
        makeFinding(rule::kWordConfusion, Severity::Warning, paragraph, start, pair.wrong.size());
    const std::u16string why = pair.note.empty() ? u"" : u"（" + pair.note + u"）";
    f.messageZh = u"“" + pair.wrong + u"”应为“" + pair.right + u"”" + why + u"。";
    f.messageEn = u"“" + pair.wrong + u"” should be “" + pair.right + u"”" +
                  (pair.note.empty() ? u"" : u" (" + pair.note + u")") + u".";
    f.suggestions.push_back(pair.right);
    out.push_back(std::move(f));
}

bool matchesAt(ParagraphScan& scan, std::size_t pos, const WordPair& pair)
{
    return scan.text.compare(pos, pair.wrong.size(), pair.wrong) == 0 &&
           (pair.wrong.size() >= kWholeWordBelow || scan.isWord(pos, pos + pair.wrong.size()));
}

} // namespace

// Word boundaries from ICU's dictionary-based Chinese word break, computed only when a
// two-character pair matches: such a pair may be the tail of one word and the head of the next
// (叫做|为人民, 按|排名), which is correct text.
bool ParagraphScan::isWord(std::size_t start, std::size_t end)
{
    if (!m_words && !m_wordsFailed)
    {
        UErrorCode status = U_ZERO_ERROR;
        m_words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        m_wordsFailed = U_FAILURE(status) || !m_words;
        if (!m_wordsFailed)
        {
            m_wordsText.setTo(false, reinterpret_cast<const UChar*>(text.data()),
                              static_cast<int32_t>(text.size()));
            m_words->setText(m_wordsText);
        }
    }
    if (m_wordsFailed)
        return true; // no word break: trust the pair
    return m_words->isBoundary(static_cast<int32_t>(start)) &&
           m_words->isBoundary(static_cast<int32_t>(end));
}

std::size_t confusedWordAt(ParagraphScan& scan, std::size_t i)
{
    const auto& byFirst = builtinByFirstUnit();
    const auto candidates = byFirst.find(scan.text[i]);
    if (candidates == byFirst.end())
        return 1;
    for (const WordPair* pair : candidates->second)
        if (matchesAt(scan, i, *pair))
        {
            report(scan.paragraph, i, *pair, scan.out);
            return pair->wrong.size();
        }
    return 1;
}

void userConfusedWords(ParagraphScan& scan)
{
    if (!scan.options.userWordPairs)
        return;
    for (std::size_t i = 0; i < scan.text.size(); ++i)
        for (const WordPair& pair : *scan.options.userWordPairs)
            if (pair.wrong.front() == scan.text[i] && matchesAt(scan, i, pair))
            {
                report(scan.paragraph, i, pair, scan.out);
                i += pair.wrong.size() - 1;
                break;
            }
}

} // namespace gongwen::core
