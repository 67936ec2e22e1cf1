// word.confusion: the built-in list and the user's pairs, matched as whole words.
#include <core/checker/rules.hpp>
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

// The built-in pairs by their first unit: a paragraph is scanned once, whatever the list's size.
const std::unordered_map<char16_t, std::vector<const WordPair*>>& builtinIndex()
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

// Word boundaries of one paragraph from ICU's dictionary-based Chinese word break, computed
// only when a two-character pair matches: such a pair may be the tail of one word and the head
// of the next (叫做|为人民, 按|排名), which is correct text.
class WordBoundaries
{
public:
    explicit WordBoundaries(std::u16string_view text) : m_text(text) {}

    bool isWord(std::size_t start, std::size_t end)
    {
        if (!m_iterator)
        {
            UErrorCode status = U_ZERO_ERROR;
            m_iterator.reset(
                icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
            if (U_FAILURE(status) || !m_iterator)
                return true; // no word break: trust the pair
            m_string.setTo(false, reinterpret_cast<const UChar*>(m_text.data()),
                           static_cast<int32_t>(m_text.size()));
            m_iterator->setText(m_string);
        }
        return m_iterator->isBoundary(static_cast<int32_t>(start)) &&
               m_iterator->isBoundary(static_cast<int32_t>(end));
    }

private:
    std::u16string_view m_text;
    icu::UnicodeString m_string;
    std::unique_ptr<icu::BreakIterator> m_iterator;
};

constexpr std::size_t kWholeWordBelow = 3; // idioms of 3 or more characters are distinctive

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

bool matchesAt(std::u16string_view text, std::size_t pos, const WordPair& pair,
               WordBoundaries& words)
{
    return text.compare(pos, pair.wrong.size(), pair.wrong) == 0 &&
           (pair.wrong.size() >= kWholeWordBelow || words.isWord(pos, pos + pair.wrong.size()));
}

} // namespace

void checkConfusedWords(std::size_t paragraph, std::u16string_view text,
                        const CheckOptions& options, Findings& out)
{
    const auto& index = builtinIndex();
    const WordPairs* user = options.userWordPairs.get();
    WordBoundaries words(text);
    for (std::size_t i = 0; i < text.size();)
    {
        const WordPair* found = nullptr;
        if (const auto candidates = index.find(text[i]); candidates != index.end())
            for (const WordPair* pair : candidates->second)
                if (matchesAt(text, i, *pair, words))
                {
                    found = pair;
                    break;
                }
        if (!found && user)
            for (const WordPair& pair : *user)
                if (pair.wrong.front() == text[i] && matchesAt(text, i, pair, words))
                {
                    found = &pair;
                    break;
                }
        if (!found)
        {
            ++i;
            continue;
        }
        report(paragraph, i, *found, out);
        i += found->wrong.size();
    }
}

} // namespace gongwen::core
