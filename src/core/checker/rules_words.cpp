// word.confusion: the built-in list and the user's pairs, matched as whole words.
#include <core/checker/rules.hpp>
#include <core/checker/words.hpp>
#include <core/text/text.hpp>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <bitset>
#include <memory>
#include <unordered_map>

namespace gongwen::core
{
namespace
{

// The built-in pairs by their first unit, and a table of their first two units: a paragraph is
// scanned once, and most of its characters start no pair at all.
struct BuiltinIndex
{
    static constexpr std::size_t kBigramBits = 1u << 20;
    static std::size_t bigram(char16_t a, char16_t b) { return (a * 40503u + b) & (kBigramBits - 1); }

    std::bitset<65536> firstUnits;          // small enough to stay in the fastest cache
    std::bitset<kBigramBits> firstTwoUnits; // a pair may start here (hashed: false positives only)
    std::unordered_map<char16_t, std::vector<const WordPair*>> byFirst;
};

const BuiltinIndex& builtinIndex()
{
    static const BuiltinIndex index = []
    {
        BuiltinIndex built;
        for (const WordPair& pair : builtinWordPairs())
        {
            built.firstUnits.set(pair.wrong[0]);
            built.firstTwoUnits.set(BuiltinIndex::bigram(pair.wrong[0], pair.wrong[1])); // pairs have 2+ units
            built.byFirst[pair.wrong.front()].push_back(&pair);
        }
        return built;
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
    const BuiltinIndex& index = builtinIndex();
    const WordPairs* user = options.userWordPairs && !options.userWordPairs->empty() ? options.userWordPairs.get()
                                                                                     : nullptr;
    WordBoundaries words(text);
    for (std::size_t i = 0; i < text.size();)
    {
        const WordPair* found = nullptr;
        if (!user && (!index.firstUnits.test(text[i]) || i + 1 == text.size() ||
                      !index.firstTwoUnits.test(BuiltinIndex::bigram(text[i], text[i + 1]))))
        {
            ++i;
            continue;
        }
        if (const auto candidates = index.byFirst.find(text[i]); candidates != index.byFirst.end())
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
