#include <core/text/text.hpp>
#include <core/typo/detector.hpp>

#include <algorithm>
#include <limits>

namespace gongwen::core::typo
{
namespace
{

// Margins in natural log probability: how much more likely the corrected text must be. Set on
// text that is not the project's false-alarm corpus (Debian's Chinese manual pages, manpages-zh,
// with typos put in by bench/typo_eval), precision first: at most 0.5 % of its sentences flagged.
constexpr float kSameSoundMargin = 8.5f;
constexpr float kNearSoundMargin = 11.5f;
constexpr float kShapeMargin = 13.5f;
// A character in a word of the wider list as written (清朗, 因人设事) is replaced only for a much
// stronger reason.
constexpr float kKnownWordMargin = 6.0f;
// A name before 同志, 主席 … is checked only for a much stronger reason.
constexpr float kNameMargin = 6.0f;
// Per unit of log frequency by which the written character is rarer than the suggested one.
constexpr float kRarerCharacterWeight = 0.5f;
constexpr float kRareWord = -15.5f;

constexpr std::size_t kLongestWord = 8;  // characters, as the lexicon is built
constexpr std::size_t kContext = 6;      // characters each side that score a replacement
constexpr std::size_t kLongestClause = 4096; // a longer run of Han is scored in pieces

// The text as code points, with the UTF-16 offset of each (and of the end).
struct CodePoints
{
    std::u32string chars;
    std::vector<std::size_t> offsets;
};

CodePoints decode(std::u16string_view text)
{
    CodePoints cp;
    cp.chars.reserve(text.size());
    cp.offsets.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();)
    {
        std::size_t units = 1;
        cp.offsets.push_back(i);
        cp.chars.push_back(codePointAt(text, i, &units));
        i += units;
    }
    cp.offsets.push_back(text.size());
    return cp;
}

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

// The characters of a clause, one of them possibly replaced.
struct ClauseView
{
    const char32_t* chars;
    std::size_t size;
    std::size_t replaced = SIZE_MAX;
    char32_t replacement = 0;
    char32_t at(std::size_t i) const { return i == replaced ? replacement : chars[i]; }
};

struct Segmentation
{
    float score = 0;
    std::vector<std::size_t> ends; // token ends, ascending
};

// The most likely segmentation of [begin, end) of a clause under the word bigram model: a
// Viterbi search whose states are (position, last word). A character that is no word of its
// own is an unknown word, after which the model starts again without context.
Segmentation bestSegmentation(const Model& model, const ClauseView& view, std::size_t begin,
                              std::size_t end, bool withTokens)
{
    const Lexicon& lexicon = model.lexicon();
    const BigramModel& lm = model.bigrams();
    struct State
    {
        WordId last;
        float score;
        std::uint32_t fromPosition, fromState;
    };
    const std::size_t n = end - begin;
    std::vector<std::vector<State>> states(n + 1);
    states[0].push_back({kNoWord, 0.0f, 0, 0});
    auto relax = [&](std::size_t to, WordId word, float score, std::size_t from, std::size_t fromState)
    {
        for (State& s : states[to])
            if (s.last == word)
            {
                if (score > s.score)
                    s = {word, score, std::uint32_t(from), std::uint32_t(fromState)};
                return;
            }
        states[to].push_back({word, score, std::uint32_t(from), std::uint32_t(fromState)});
    };
    for (std::size_t s = 0; s < n; ++s)
    {
        for (std::size_t k = 0; k < states[s].size(); ++k)
        {
            const State here = states[s][k];
            Lexicon::Node node = Lexicon::kRoot;
            bool single = false;
            for (std::size_t t = s; t < n && t - s < kLongestWord; ++t)
            {
                node = lexicon.child(node, view.at(begin + t));
                if (node == Lexicon::kNone)
                    break;
                const WordId word = lexicon.word(node);
                if (word != kNoWord)
                {
                    relax(t + 1, word, here.score + lm.logProbability(here.last, word), s, k);
                    single = single || t == s;
                }
            }
            if (!single)
                relax(s + 1, kNoWord, here.score + lm.unknownCharacter(), s, k);
        }
    }
    Segmentation result;
    std::size_t bestState = 0;
    result.score = kImpossible;
    for (std::size_t k = 0; k < states[n].size(); ++k)
        if (states[n][k].score > result.score)
        {
            result.score = states[n][k].score;
            bestState = k;
        }
    if (withTokens && !states[n].empty())
    {
        for (std::size_t position = n, k = bestState; position > 0;)
        {
            result.ends.push_back(begin + position);
            const State& s = states[position][k];
            position = s.fromPosition;
            k = s.fromState;
        }
        std::reverse(result.ends.begin(), result.ends.end());
    }
    return result;
}

// Whether putting `c` at `i` makes a word of two or more characters with the characters around.
bool formsWord(const Lexicon& lexicon, const ClauseView& view, std::size_t begin, std::size_t end,
               std::size_t i)
{
    for (std::size_t a = i >= begin + kLongestWord - 1 ? i - (kLongestWord - 1) : begin; a <= i; ++a)
    {
        Lexicon::Node node = Lexicon::kRoot;
        for (std::size_t t = a; t < end && t - a < kLongestWord; ++t)
        {
            node = lexicon.child(node, view.at(t));
            if (node == Lexicon::kNone)
                break;
            if (t >= i && t > a && lexicon.word(node) != kNoWord)
                return true;
        }
    }
    return false;
}

// Quotation and title marks, and the words the user allows: nothing inside them is flagged.
std::vector<bool> protectedCharacters(const CodePoints& cp, std::u16string_view text,
                                      const AllowedWords* allowed)
{
    std::vector<bool> shielded(cp.chars.size(), false);
    int titles = 0, quotes = 0;
    for (std::size_t k = 0; k < cp.chars.size(); ++k)
    {
        const char32_t c = cp.chars[k];
        if (c == U'《' || c == U'〈')
            ++titles;
        else if ((c == U'》' || c == U'〉') && titles > 0)
            --titles;
        else if (c == U'“' || c == U'「')
            ++quotes;
        else if ((c == U'”' || c == U'」') && quotes > 0)
            --quotes;
        shielded[k] = titles > 0 || quotes > 0;
    }
    if (allowed)
        for (const std::u16string& word : allowed->words)
        {
            if (word.empty())
                continue;
            for (std::size_t at = text.find(word); at != std::u16string_view::npos;
                 at = text.find(word, at + 1))
            {
                const auto first = std::lower_bound(cp.offsets.begin(), cp.offsets.end() - 1, at);
                for (auto k = first; k != cp.offsets.end() - 1 && *k < at + word.size(); ++k)
                    shielded[std::size_t(k - cp.offsets.begin())] = true;
            }
        }
    return shielded;
}

// Titles that follow a person's name: the characters before them are checked with kNameMargin.
constexpr std::u32string_view kTitlesAfterNames[] = {
    U"同志", U"委员", U"主席", U"书记", U"主任", U"部长", U"局长", U"厅长", U"处长", U"科长",
    U"省长", U"市长", U"县长", U"区长", U"镇长", U"乡长", U"秘书长", U"院长", U"校长", U"所长",
    U"代表", U"教授", U"先生", U"女士", U"总理", U"董事长", U"经理", U"常委"};

std::vector<bool> nameSlots(const CodePoints& cp)
{
    std::vector<bool> slots(cp.chars.size(), false);
    const std::u32string_view chars = cp.chars;
    for (std::u32string_view title : kTitlesAfterNames)
        for (std::size_t at = chars.find(title); at != std::u32string_view::npos;
             at = chars.find(title, at + 1))
            for (std::size_t k = at >= 3 ? at - 3 : 0; k < at; ++k)
                slots[k] = true;
    return slots;
}

float marginFor(std::uint8_t likeness)
{
    if (likeness & static_cast<std::uint8_t>(Likeness::SameSound))
        return kSameSoundMargin;
    if (likeness & static_cast<std::uint8_t>(Likeness::NearSound))
        return kNearSoundMargin;
    return kShapeMargin;
}

struct Candidate
{
    std::size_t at; // code point index
    char32_t replacement;
    std::uint8_t likeness;
    float gain;
};

class ClauseChecker
{
public:
    ClauseChecker(const Model& model, const CodePoints& cp, const std::vector<bool>& shielded,
                  const std::vector<bool>& names)
        : m_model(model), m_lexicon(model.lexicon()), m_cp(cp), m_shielded(shielded), m_names(names)
    {
    }

    void check(std::size_t begin, std::size_t end, std::vector<Candidate>& out) const
    {
        const ClauseView view{m_cp.chars.data(), m_cp.chars.size()};
        const Segmentation tokens = bestSegmentation(m_model, view, begin, end, true);
        std::size_t tokenBegin = begin;
        for (std::size_t t = 0; t < tokens.ends.size(); ++t)
        {
            const std::size_t tokenEnd = tokens.ends[t];
            if (tokenEnd - tokenBegin == 1) // a character the best reading leaves alone
                for (std::size_t i = tokenBegin; i < tokenEnd; ++i)
                    if (!m_shielded[i])
                        tryCharacter(begin, end, i, out);
            tokenBegin = tokenEnd;
        }
    }

private:
    // How likely the slip itself is. An input method offers the more frequent of two characters
    // that sound alike first: writing a much rarer one by mistake is unlikely (囿于 is meant).
    float channel(char32_t written, const Confusable& intended) const
    {
        if (!(intended.likeness & (std::uint8_t(Likeness::SameSound) | std::uint8_t(Likeness::NearSound))))
            return 0.0f;
        const float rarer = m_model.characterLogFrequency(intended.character) - m_model.characterLogFrequency(written);
        // A near sound needs a careless ear on top of the slip: twice the weight.
        const float weight = (intended.likeness & std::uint8_t(Likeness::SameSound)) ? kRarerCharacterWeight
                                                                                    : 2 * kRarerCharacterWeight;
        return rarer > 0 ? -weight * rarer : 0.0f;
    }

    void tryCharacter(std::size_t begin, std::size_t end, std::size_t i, std::vector<Candidate>& out) const
    {
        const std::size_t from = i >= begin + kContext ? i - kContext : begin;
        const std::size_t to = std::min(end, i + kContext + 1);
        const ClauseView written{m_cp.chars.data(), m_cp.chars.size()};
        float base = kImpossible;
        Candidate best{i, 0, 0, 0};
        float bestExcess = 0;
        for (const Confusable& option : m_model.confusables(m_cp.chars[i]))
        {
            const ClauseView corrected{m_cp.chars.data(), m_cp.chars.size(), i, option.character};
            if (m_lexicon.child(Lexicon::kRoot, option.character) == Lexicon::kNone ||
                !formsWord(m_lexicon, corrected, from, to, i))
                continue;
            if (base == kImpossible)
                base = bestSegmentation(m_model, written, from, to, false).score;
            const float gain = bestSegmentation(m_model, corrected, from, to, false).score - base +
                               channel(m_cp.chars[i], option);
            const float needed = marginFor(option.likeness) + (m_names[i] ? kNameMargin : 0.0f);
            if (gain - needed > bestExcess)
            {
                bestExcess = gain - needed;
                best = {i, option.character, option.likeness, gain};
            }
        }
        if (best.replacement != 0)
            out.push_back(best);
    }

    const Model& m_model;
    const Lexicon& m_lexicon;
    const CodePoints& m_cp;
    const std::vector<bool>& m_shielded;
    const std::vector<bool>& m_names;
};

// The corrected word around a replaced character: the token of the corrected text's best
// segmentation that holds it.
Typo describe(const Model& model, const CodePoints& cp, std::u16string_view text, std::size_t begin,
              std::size_t end, const Candidate& candidate, std::size_t& wordBegin, std::size_t& wordEnd)
{
    const std::size_t from = candidate.at >= begin + kContext ? candidate.at - kContext : begin;
    const std::size_t to = std::min(end, candidate.at + kContext + 1);
    const ClauseView corrected{cp.chars.data(), cp.chars.size(), candidate.at, candidate.replacement};
    const Segmentation tokens = bestSegmentation(model, corrected, from, to, true);
    wordBegin = from;
    wordEnd = to;
    for (std::size_t t = 0, start = from; t < tokens.ends.size(); start = tokens.ends[t++])
        if (candidate.at >= start && candidate.at < tokens.ends[t])
        {
            wordBegin = start;
            wordEnd = tokens.ends[t];
            break;
        }
    Typo typo;
    typo.start = cp.offsets[wordBegin];
    typo.length = cp.offsets[wordEnd] - typo.start;
    typo.written = std::u16string(text.substr(typo.start, typo.length));
    for (std::size_t k = wordBegin; k < wordEnd; ++k)
    {
        const char32_t c = k == candidate.at ? candidate.replacement : cp.chars[k];
        if (c > 0xFFFF)
        {
            typo.suggestion.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
            typo.suggestion.push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
        }
        else
            typo.suggestion.push_back(static_cast<char16_t>(c));
    }
    typo.likeness = candidate.likeness;
    typo.gain = candidate.gain;
    return typo;
}

// Whether the word [begin, end) as written is one of parallel terms, which writers coin on
// purpose (a slip does not come with a pattern): a run of the same length right before or after
// it, or across a 、 or ，, or the whole item between marks against the item across a 、 or ，,
// repeats one of its other characters in the same place — 共建共治共享, 引资、引技、引智,
// 不敢腐、不能腐, 政企分开、政资分开.
bool inParallelTerms(const CodePoints& cp, std::size_t begin, std::size_t end, std::size_t wrong)
{
    const std::size_t size = cp.chars.size();
    auto isMark = [&](std::size_t k) { return k < size && (cp.chars[k] == U'、' || cp.chars[k] == U'，'); };
    auto hanRun = [&](std::size_t from, std::size_t length)
    {
        for (std::size_t k = from; k < from + length; ++k)
            if (k >= size || !isHan(cp.chars[k]))
                return false;
        return true;
    };
    // [from, from + length) against [other, other + length), the wrong character aside: at least
    // half of the other characters repeat in place (one of one for two-character words).
    auto sharesAligned = [&](std::size_t from, std::size_t other, std::size_t length)
    {
        if (!hanRun(other, length))
            return false;
        std::size_t same = 0, compared = 0;
        for (std::size_t k = 0; k < length; ++k)
            if (from + k != wrong)
            {
                ++compared;
                same += cp.chars[from + k] == cp.chars[other + k] ? 1 : 0;
            }
        return same > 0 && 2 * same >= compared;
    };
    const std::size_t length = end - begin;
    // Without a mark between, only two-character terms: longer runs share a character by chance.
    if (length == 2 && (sharesAligned(begin, end, length) || (begin >= length && sharesAligned(begin, begin - length, length))))
        return true;
    if ((isMark(end) && sharesAligned(begin, end + 1, length)) ||
        (begin > length && isMark(begin - 1) && sharesAligned(begin, begin - 1 - length, length)))
        return true;
    std::size_t itemBegin = begin, itemEnd = end;
    while (itemBegin > 0 && isHan(cp.chars[itemBegin - 1]))
        --itemBegin;
    while (itemEnd < size && isHan(cp.chars[itemEnd]))
        ++itemEnd;
    const std::size_t item = itemEnd - itemBegin;
    return (isMark(itemEnd) && sharesAligned(itemBegin, itemEnd + 1, item) &&
            (itemEnd + 1 + item == size || !isHan(cp.chars[itemEnd + 1 + item]))) ||
           (itemBegin > item && isMark(itemBegin - 1) && sharesAligned(itemBegin, itemBegin - 1 - item, item) &&
            (itemBegin - 1 - item == 0 || !isHan(cp.chars[itemBegin - 2 - item])));
}

// Whether the word as written occurs again in the paragraph: a term used twice is meant.
bool repeated(std::u16string_view text, const Typo& typo)
{
    const std::size_t first = text.find(typo.written);
    return first != std::u16string_view::npos && text.find(typo.written, first + 1) != std::u16string_view::npos;
}

} // namespace

std::vector<Typo> findTypos(std::u16string_view text, const Model& model, const AllowedWords* allowed)
{
    const CodePoints cp = decode(text);
    const std::vector<bool> shielded = protectedCharacters(cp, text, allowed);
    const std::vector<bool> names = nameSlots(cp);
    const ClauseChecker checker(model, cp, shielded, names);
    std::vector<Candidate> candidates;
    std::vector<std::pair<std::size_t, std::size_t>> clauses;
    for (std::size_t k = 0; k < cp.chars.size();)
    {
        if (!isHan(cp.chars[k]))
        {
            ++k;
            continue;
        }
        std::size_t end = k;
        while (end < cp.chars.size() && end - k < kLongestClause && isHan(cp.chars[end]))
            ++end;
        if (end - k >= 2)
        {
            const std::size_t before = candidates.size();
            checker.check(k, end, candidates);
            for (std::size_t c = before; c < candidates.size(); ++c)
                clauses.emplace_back(k, end);
        }
        k = end;
    }
    // The strongest first; a typo overlapping a stronger one is dropped.
    std::vector<std::size_t> order(candidates.size());
    for (std::size_t c = 0; c < order.size(); ++c)
        order[c] = c;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return candidates[a].gain > candidates[b].gain; });
    std::vector<Typo> typos;
    for (std::size_t c : order)
    {
        std::size_t wordBegin = 0, wordEnd = 0;
        Typo typo = describe(model, cp, text, clauses[c].first, clauses[c].second, candidates[c], wordBegin, wordEnd);
        if (wordEnd - wordBegin < 2) // the replacement must make a word, not only a likelier character
            continue;
        if (repeated(text, typo))
            continue;
        const ClauseView written{cp.chars.data(), cp.chars.size()};
        if (formsWord(model.knownWords(), written, clauses[c].first, clauses[c].second, candidates[c].at) &&
            typo.gain < marginFor(candidates[c].likeness) + kKnownWordMargin)
            continue;
        if (inParallelTerms(cp, wordBegin, wordEnd, candidates[c].at))
            continue;
        const bool overlaps = std::any_of(typos.begin(), typos.end(),
                                          [&](const Typo& kept)
                                          {
                                              return typo.start < kept.start + kept.length &&
                                                     kept.start < typo.start + typo.length;
                                          });
        if (!overlaps)
            typos.push_back(std::move(typo));
    }
    std::sort(typos.begin(), typos.end(), [](const Typo& a, const Typo& b) { return a.start < b.start; });
    return typos;
}

std::vector<std::size_t> segmentWords(std::u32string_view characters, const Model& model)
{
    const ClauseView view{characters.data(), characters.size()};
    return bestSegmentation(model, view, 0, characters.size(), true).ends;
}

std::u16string likenessNameZh(std::uint8_t likeness)
{
    const bool sound = likeness & (std::uint8_t(Likeness::SameSound) | std::uint8_t(Likeness::NearSound));
    const bool shape = likeness & std::uint8_t(Likeness::Shape);
    return sound && shape ? u"音形相近" : shape ? u"形近" : u"音近";
}

std::u16string likenessNameEn(std::uint8_t likeness)
{
    const bool sound = likeness & (std::uint8_t(Likeness::SameSound) | std::uint8_t(Likeness::NearSound));
    const bool shape = likeness & std::uint8_t(Likeness::Shape);
    return sound && shape ? u"similar sound and shape" : shape ? u"similar shape" : u"similar sound";
}

} // namespace gongwen::core::typo
