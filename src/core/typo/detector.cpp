// SPDX-License-Identifier: MPL-2.0
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
// A character the language model saw in at most one of its rarest words (勠 of 勠力同心, about
// 950 characters sit there) is never suspected: an input method built on such counts offers it
// last, so it was chosen on purpose, and the model has no evidence about the text around it.
constexpr float kSeenCharacterLogFrequency = -19.0f;
// Four characters in a row that are each a word of their own, between words or marks, have the
// shape of a set phrase the lexicon lacks (因人设事, 量体裁衣): one of them is replaced only for
// a stronger reason. Particles such as 的 and 了 end such a run.
constexpr float kSetPhraseMargin = 1.0f;
constexpr std::size_t kSetPhraseLength = 4;
constexpr std::u32string_view kParticles = U"的地得了着过之";

// The bigram search runs only where the unigram model alone comes within this of the margin.
constexpr float kUnigramSlack = 8.0f;
constexpr std::size_t kLongestWord = 8;      // characters, as the lexicon is built
constexpr std::size_t kContext = 4;          // characters each side that score a replacement
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
    cp.chars = toCodePoints(text, &cp.offsets);
    return cp;
}

// The first start of a word that can reach position `i` of a clause beginning at `begin`.
std::size_t earliestWordStart(std::size_t begin, std::size_t i)
{
    return i >= begin + kLongestWord - 1 ? i - (kLongestWord - 1) : begin;
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
struct State
{
    WordId last;
    float score;
    std::uint32_t fromPosition, fromState;
};
// The lattice's states by position, kept between searches so that a search allocates nothing.
using Lattice = std::vector<std::vector<State>>;

Segmentation bestSegmentation(const Model& model, const ClauseView& view, std::size_t begin,
                              std::size_t end, bool withTokens, Lattice& states)
{
    const Lexicon& lexicon = model.lexicon();
    const BigramModel& lm = model.bigrams();
    const std::size_t n = end - begin;
    if (states.size() < n + 1)
        states.resize(n + 1);
    for (std::size_t p = 0; p <= n; ++p)
        states[p].clear();
    states[0].push_back({kNoWord, 0.0f, 0, 0});
    auto relax =
        [&](std::size_t to, WordId word, float score, std::size_t from, std::size_t fromState)
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
    struct WordAt
    {
        WordId word;
        std::size_t end;
    };
    WordAt starting[kLongestWord + 1];
    for (std::size_t s = 0; s < n; ++s)
    {
        if (states[s].empty())
            continue;
        // The words that start here, found once for every state.
        std::size_t words = 0;
        bool single = false;
        Lexicon::Node node = Lexicon::kRoot;
        for (std::size_t t = s; t < n && t - s < kLongestWord; ++t)
        {
            node = lexicon.child(node, view.at(begin + t));
            if (node == Lexicon::kNone)
                break;
            if (const WordId word = lexicon.word(node); word != kNoWord)
            {
                starting[words++] = {word, t + 1};
                single = single || t == s;
            }
        }
        if (!single)
            starting[words++] = {kNoWord, s + 1};
        for (std::size_t k = 0; k < states[s].size(); ++k)
        {
            const State here = states[s][k];
            for (std::size_t w = 0; w < words; ++w)
            {
                const WordId word = starting[w].word;
                const float step =
                    word == kNoWord ? lm.unknownCharacter() : lm.logProbability(here.last, word);
                relax(starting[w].end, word, here.score + step, s, k);
            }
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

// Whether the character at `i` (as `view` has it) makes a word of two or more characters with
// the characters around it.
bool formsWord(const Lexicon& lexicon, const ClauseView& view, std::size_t begin, std::size_t end,
               std::size_t i)
{
    for (std::size_t a = earliestWordStart(begin, i); a <= i; ++a)
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

// The same under the unigram model (one state per position): what a long clause is first read
// with to find its lone characters, and a cheap bound that spares most replacements the bigram
// search. `from` receives each position's best token start when asked for.
float unigramSegmentation(const Model& model, const ClauseView& view, std::size_t begin,
                          std::size_t end, std::vector<float>& best,
                          std::vector<std::uint32_t>* from)
{
    const Lexicon& lexicon = model.lexicon();
    const BigramModel& lm = model.bigrams();
    const std::size_t n = end - begin;
    best.assign(n + 1, kImpossible);
    if (from)
        from->assign(n + 1, 0);
    best[0] = 0;
    for (std::size_t s = 0; s < n; ++s)
    {
        Lexicon::Node node = Lexicon::kRoot;
        bool single = false;
        for (std::size_t t = s; t < n && t - s < kLongestWord; ++t)
        {
            node = lexicon.child(node, view.at(begin + t));
            if (node == Lexicon::kNone)
                break;
            if (const WordId word = lexicon.word(node); word != kNoWord)
            {
                const float score = best[s] + lm.unigram(word);
                if (score > best[t + 1])
                {
                    best[t + 1] = score;
                    if (from)
                        (*from)[t + 1] = std::uint32_t(s);
                }
                single = single || t == s;
            }
        }
        if (!single && best[s] + lm.unknownCharacter() > best[s + 1])
        {
            best[s + 1] = best[s] + lm.unknownCharacter();
            if (from)
                (*from)[s + 1] = std::uint32_t(s);
        }
    }
    return best[n];
}

// The unigram score of the window [begin, end) with `replacement` at `i`, from the written
// window's best prefix scores (`prefix`, from unigramSegmentation) and best suffix scores
// (`suffix`): every reading has one token over `i`, and only those tokens change.
float unigramWithReplacement(const Model& model, const ClauseView& corrected, std::size_t begin,
                             std::size_t end, std::size_t i, const std::vector<float>& prefix,
                             const std::vector<float>& suffix)
{
    const Lexicon& lexicon = model.lexicon();
    float best = kImpossible;
    bool single = false;
    for (std::size_t s = earliestWordStart(begin, i); s <= i; ++s)
    {
        Lexicon::Node node = Lexicon::kRoot;
        for (std::size_t t = s; t < end && t - s < kLongestWord; ++t)
        {
            if ((node = lexicon.child(node, corrected.at(t))) == Lexicon::kNone)
                break;
            if (const WordId word = lexicon.word(node); word != kNoWord && t >= i)
            {
                best = std::max(best, prefix[s - begin] + model.bigrams().unigram(word) +
                                          suffix[t + 1 - begin]);
                single = single || (s == i && t == i);
            }
        }
    }
    if (!single)
        best = std::max(best, prefix[i - begin] + model.bigrams().unknownCharacter() +
                                  suffix[i + 1 - begin]);
    return best;
}

// The best unigram scores of the suffixes [k, end) of the window, k = begin … end.
void unigramSuffixes(const Model& model, const ClauseView& view, std::size_t begin, std::size_t end,
                     std::vector<float>& suffix)
{
    const Lexicon& lexicon = model.lexicon();
    const std::size_t n = end - begin;
    suffix.assign(n + 1, kImpossible);
    suffix[n] = 0;
    for (std::size_t s = n; s-- > 0;)
    {
        Lexicon::Node node = Lexicon::kRoot;
        bool single = false;
        for (std::size_t t = s; t < n && t - s < kLongestWord; ++t)
        {
            if ((node = lexicon.child(node, view.at(begin + t))) == Lexicon::kNone)
                break;
            if (const WordId word = lexicon.word(node); word != kNoWord)
            {
                suffix[s] = std::max(suffix[s], model.bigrams().unigram(word) + suffix[t + 1]);
                single = single || t == s;
            }
        }
        if (!single)
            suffix[s] = std::max(suffix[s], model.bigrams().unknownCharacter() + suffix[s + 1]);
    }
}

// The first index in [from, n) whose key is not below `key`, keys ascending.
template <typename Key>
std::size_t lowerBound(std::size_t from, std::size_t n, Key keyAt, char32_t key)
{
    while (from < n)
    {
        const std::size_t middle = from + (n - from) / 2;
        if (keyAt(middle) < key)
            from = middle + 1;
        else
            n = middle;
    }
    return from;
}

// A set of characters to test long runs of characters against: a bit for each character of the
// Basic Multilingual Plane (a test without a hard-to-predict branch), a list for the others.
class CharacterSet
{
public:
    CharacterSet() : m_bits(0x10000 / 64, 0) {}
    void add(char32_t c)
    {
        if (c < 0x10000)
            m_bits[c >> 6] |= std::uint64_t(1) << (c & 63);
        else
            m_astral.push_back(c);
    }
    void remove(char32_t c)
    {
        if (c < 0x10000)
            m_bits[c >> 6] &= ~(std::uint64_t(1) << (c & 63));
        else
            m_astral.erase(std::remove(m_astral.begin(), m_astral.end(), c), m_astral.end());
    }
    bool has(char32_t c) const
    {
        if (c < 0x10000)
            return (m_bits[c >> 6] >> (c & 63)) & 1;
        return std::find(m_astral.begin(), m_astral.end(), c) != m_astral.end();
    }

private:
    std::vector<std::uint64_t> m_bits;
    std::vector<char32_t> m_astral;
};

// The replacement options of one character, as a sorted run and as a set.
class OptionSet
{
public:
    OptionSet(CharacterSet& set, const Confusables& options) : m_set(set), m_options(options)
    {
        for (const Confusable& o : m_options)
            m_set.add(o.character);
    }
    ~OptionSet()
    {
        for (const Confusable& o : m_options)
            m_set.remove(o.character);
    }
    OptionSet(const OptionSet&) = delete;
    OptionSet& operator=(const OptionSet&) = delete;

    // Calls found(k) for each position k of an ascending run of distinct characters (keyAt)
    // that holds an option. A run much longer than the options is searched for each option;
    // a shorter one is tested character by character against the set.
    template <typename KeyAt, typename Found>
    void forEachIn(std::size_t n, KeyAt keyAt, Found found) const
    {
        constexpr std::size_t kSearchRatio = 8;
        const std::size_t count = std::size_t(m_options.end() - m_options.begin());
        if (n > kSearchRatio * count)
        {
            std::size_t k = 0;
            for (const Confusable& o : m_options)
                if ((k = lowerBound(k, n, keyAt, o.character)) < n && keyAt(k) == o.character)
                    found(k);
            return;
        }
        for (std::size_t k = 0; k < n; ++k)
            if (m_set.has(keyAt(k)))
                found(k);
    }

private:
    CharacterSet& m_set;
    const Confusables& m_options;
};

CharacterSet& threadOptionSet()
{
    thread_local CharacterSet set;
    return set;
}

// The characters among `options` (ascending) that, put at `i`, make a word of two or more
// characters with the characters around it within [begin, end). Found from the lexicon's side:
// below each prefix that ends just before `i`, its children meet the options.
std::vector<char32_t> wordFormingReplacements(const Lexicon& lexicon, const ClauseView& view,
                                              std::size_t begin, std::size_t end, std::size_t i,
                                              const OptionSet& options)
{
    std::vector<char32_t> found;
    // Whether the word can go on from `node` (the replacement in it) to a word end.
    auto endsAWord = [&](Lexicon::Node node, std::size_t next, std::size_t length)
    {
        if (length >= 2 && lexicon.word(node) != kNoWord)
            return true;
        for (std::size_t t = next; t < end && length < kLongestWord; ++t, ++length)
        {
            if ((node = lexicon.child(node, view.at(t))) == Lexicon::kNone)
                return false;
            if (length + 1 >= 2 && lexicon.word(node) != kNoWord)
                return true;
        }
        return false;
    };
    for (std::size_t a = earliestWordStart(begin, i); a < i; ++a)
    {
        Lexicon::Node node = Lexicon::kRoot;
        for (std::size_t t = a; t < i && node != Lexicon::kNone; ++t)
            node = lexicon.child(node, view.at(t));
        if (node == Lexicon::kNone)
            continue;
        const Lexicon::Node first = lexicon.firstChild(node);
        options.forEachIn(
            lexicon.childCount(node), [&](std::size_t k) { return lexicon.label(first + k); },
            [&](std::size_t k)
            {
                if (endsAWord(first + Lexicon::Node(k), i + 1, i - a + 1))
                    found.push_back(lexicon.label(first + k));
            });
    }
    // Words that start at `i`: only characters that begin a word with the next character.
    if (i + 1 < end)
    {
        const std::vector<char32_t>& before = lexicon.charactersBefore(view.at(i + 1));
        options.forEachIn(
            before.size(), [&](std::size_t k) { return before[k]; },
            [&](std::size_t k)
            {
                if (endsAWord(lexicon.child(Lexicon::kRoot, before[k]), i + 1, 1))
                    found.push_back(before[k]);
            });
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
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
    U"同志", U"委员", U"主席", U"书记", U"主任", U"部长",   U"局长",   U"厅长", U"处长", U"科长",
    U"省长", U"市长", U"县长", U"区长", U"镇长", U"乡长",   U"秘书长", U"院长", U"校长", U"所长",
    U"代表", U"教授", U"先生", U"女士", U"总理", U"董事长", U"经理",   U"常委"};

std::vector<bool> nameSlots(const CodePoints& cp)
{
    static const CharacterSet firstCharacters = []
    {
        CharacterSet first;
        for (std::u32string_view title : kTitlesAfterNames)
            first.add(title.front());
        return first;
    }();
    std::vector<bool> slots(cp.chars.size(), false);
    const std::u32string_view chars = cp.chars;
    for (std::size_t at = 0; at < chars.size(); ++at)
    {
        if (!firstCharacters.has(chars[at]))
            continue;
        const bool title =
            std::any_of(std::begin(kTitlesAfterNames), std::end(kTitlesAfterNames),
                        [&](std::u32string_view t) { return chars.substr(at, t.size()) == t; });
        if (title)
            for (std::size_t k = at >= 3 ? at - 3 : 0; k < at; ++k)
                slots[k] = true;
    }
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
        unigramSegmentation(m_model, view, begin, end, m_best, &m_from);
        // Walk the best reading back from the end: its one-character tokens are the suspects.
        m_single.assign(end - begin, false);
        for (std::size_t e = end - begin; e > 0; e = m_from[e])
            m_single[e - 1] = e - m_from[e] == 1 && !isParticle(m_cp.chars[begin + e - 1]);
        for (std::size_t e = end - begin; e > 0; e = m_from[e])
            if (e - m_from[e] == 1 && suspect(begin + e - 1))
                tryCharacter(begin, end, begin + e - 1, out);
    }

private:
    static bool isParticle(char32_t c) { return kParticles.find(c) != std::u32string_view::npos; }

    // Whether the character at `i` is in a run of exactly kSetPhraseLength single characters.
    bool inSetPhraseShape(std::size_t begin, std::size_t i) const
    {
        std::size_t first = i - begin, last = i - begin;
        if (!m_single[first])
            return false;
        while (first > 0 && m_single[first - 1])
            --first;
        while (last + 1 < m_single.size() && m_single[last + 1])
            ++last;
        return last - first + 1 == kSetPhraseLength;
    }

    bool suspect(std::size_t i) const
    {
        return !m_shielded[i] &&
               m_model.characterLogFrequency(m_cp.chars[i]) >= kSeenCharacterLogFrequency;
    }

    // How likely the slip itself is. An input method offers the more frequent of two characters
    // that sound alike first: writing a much rarer one by mistake is unlikely (囿于 is meant).
    float channel(char32_t written, const Confusable& intended) const
    {
        if (!(intended.likeness &
              (std::uint8_t(Likeness::SameSound) | std::uint8_t(Likeness::NearSound))))
            return 0.0f;
        const float rarer = m_model.characterLogFrequency(intended.character) -
                            m_model.characterLogFrequency(written);
        // A near sound needs a careless ear on top of the slip: twice the weight.
        const float weight = (intended.likeness & std::uint8_t(Likeness::SameSound))
                                 ? kRarerCharacterWeight
                                 : 2 * kRarerCharacterWeight;
        return rarer > 0 ? -weight * rarer : 0.0f;
    }

    void tryCharacter(std::size_t begin, std::size_t end, std::size_t i,
                      std::vector<Candidate>& out) const
    {
        const std::size_t from = i >= begin + kContext ? i - kContext : begin;
        const std::size_t to = std::min(end, i + kContext + 1);
        const ClauseView written{m_cp.chars.data(), m_cp.chars.size()};
        const Confusables confusables = m_model.confusables(m_cp.chars[i]);
        const OptionSet options(m_optionSet, confusables);
        const std::vector<char32_t> replacements =
            wordFormingReplacements(m_lexicon, written, from, to, i, options);
        if (replacements.empty())
            return;
        const float unigramBase = unigramSegmentation(m_model, written, from, to, m_best, nullptr);
        unigramSuffixes(m_model, written, from, to, m_suffix);
        float base = kImpossible;
        const bool setPhrase = inSetPhraseShape(begin, i);
        Candidate best{i, 0, 0, 0};
        float bestExcess = 0;
        for (char32_t replacement : replacements)
        {
            const Confusable option{replacement, m_model.likeness(m_cp.chars[i], replacement)};
            const ClauseView corrected{m_cp.chars.data(), m_cp.chars.size(), i, option.character};
            const float needed = marginFor(option.likeness) + (m_names[i] ? kNameMargin : 0.0f) +
                                 (setPhrase ? kSetPhraseMargin : 0.0f);
            const float slip = channel(m_cp.chars[i], option);
            const float unigramGain =
                unigramWithReplacement(m_model, corrected, from, to, i, m_best, m_suffix) -
                unigramBase + slip;
            if (unigramGain < needed - kUnigramSlack)
                continue;
            if (base == kImpossible)
                base = bestSegmentation(m_model, written, from, to, false, m_lattice).score;
            const float gain =
                bestSegmentation(m_model, corrected, from, to, false, m_lattice).score - base +
                slip;
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
    mutable Lattice m_lattice;
    mutable std::vector<float> m_best, m_suffix;
    mutable std::vector<std::uint32_t> m_from;
    // Empty between calls of tryCharacter; one a thread, as it is 8 KB to clear.
    CharacterSet& m_optionSet = threadOptionSet();
    mutable std::vector<bool> m_single; // per clause position: a one-character token, no particle
};

// The corrected word around a replaced character: the token of the corrected text's best
// segmentation that holds it.
Typo describe(const Model& model, const CodePoints& cp, std::u16string_view text, std::size_t begin,
              std::size_t end, const Candidate& candidate, std::size_t& wordBegin,
              std::size_t& wordEnd)
{
    const std::size_t from = candidate.at >= begin + kContext ? candidate.at - kContext : begin;
    const std::size_t to = std::min(end, candidate.at + kContext + 1);
    const ClauseView corrected{cp.chars.data(), cp.chars.size(), candidate.at,
                               candidate.replacement};
    Lattice lattice;
    const Segmentation tokens = bestSegmentation(model, corrected, from, to, true, lattice);
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
        appendCodePoint(typo.suggestion, k == candidate.at ? candidate.replacement : cp.chars[k]);
    const std::size_t at = cp.offsets[candidate.at];
    typo.wrongCharacter = std::u16string(text.substr(at, cp.offsets[candidate.at + 1] - at));
    typo.rightCharacter = typo.suggestion.substr(
        at - typo.start, typo.suggestion.size() - typo.written.size() + typo.wrongCharacter.size());
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
    auto isMark = [&](std::size_t k)
    { return k < size && (cp.chars[k] == U'、' || cp.chars[k] == U'，'); };
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
    if (length == 2 && (sharesAligned(begin, end, length) ||
                        (begin >= length && sharesAligned(begin, begin - length, length))))
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
           (itemBegin > item && isMark(itemBegin - 1) &&
            sharesAligned(itemBegin, itemBegin - 1 - item, item) &&
            (itemBegin - 1 - item == 0 || !isHan(cp.chars[itemBegin - 2 - item])));
}

// Whether the word as written occurs again in the paragraph: a term used twice is meant.
bool repeated(std::u16string_view text, const Typo& typo)
{
    const std::size_t first = text.find(typo.written);
    return first != std::u16string_view::npos &&
           text.find(typo.written, first + 1) != std::u16string_view::npos;
}

} // namespace

std::vector<Typo> findTypos(std::u16string_view text, const Model& model,
                            const AllowedWords* allowed)
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
              [&](std::size_t a, std::size_t b)
              { return candidates[a].gain > candidates[b].gain; });
    std::vector<Typo> typos;
    for (std::size_t c : order)
    {
        std::size_t wordBegin = 0, wordEnd = 0;
        Typo typo = describe(model, cp, text, clauses[c].first, clauses[c].second, candidates[c],
                             wordBegin, wordEnd);
        if (wordEnd - wordBegin <
            2) // the replacement must make a word, not only a likelier character
            continue;
        if (repeated(text, typo))
            continue;
        const ClauseView written{cp.chars.data(), cp.chars.size()};
        if (formsWord(model.knownWords(), written, clauses[c].first, clauses[c].second,
                      candidates[c].at) &&
            typo.gain < marginFor(candidates[c].likeness) + kKnownWordMargin)
            continue;
        if (inParallelTerms(cp, wordBegin, wordEnd, candidates[c].at))
            continue;
        const bool overlaps = std::any_of(typos.begin(), typos.end(),
                                          [&](const Typo& kept) {
                                              return typo.start < kept.start + kept.length &&
                                                     kept.start < typo.start + typo.length;
                                          });
        if (!overlaps)
            typos.push_back(std::move(typo));
    }
    std::sort(typos.begin(), typos.end(),
              [](const Typo& a, const Typo& b) { return a.start < b.start; });
    return typos;
}

AllowedWords parseAllowedWords(std::u16string_view text)
{
    AllowedWords list;
    for (std::u16string_view line : splitParagraphs(text))
    {
        line = trimSpaces(line);
        if (!line.empty() && line.front() != u'#')
            list.words.emplace_back(line);
    }
    return list;
}

std::vector<std::size_t> segmentWords(std::u32string_view characters, const Model& model)
{
    const ClauseView view{characters.data(), characters.size()};
    Lattice lattice;
    return bestSegmentation(model, view, 0, characters.size(), true, lattice).ends;
}

std::u16string likenessNameZh(std::uint8_t likeness)
{
    const bool sound =
        likeness & (std::uint8_t(Likeness::SameSound) | std::uint8_t(Likeness::NearSound));
    const bool shape = likeness & std::uint8_t(Likeness::Shape);
    return sound && shape ? u"音形相近" : shape ? u"形近" : u"音近";
}

std::u16string likenessNameEn(std::uint8_t likeness)
{
    const bool sound =
        likeness & (std::uint8_t(Likeness::SameSound) | std::uint8_t(Likeness::NearSound));
    const bool shape = likeness & std::uint8_t(Likeness::Shape);
    return sound && shape ? u"similar sound and shape"
           : shape        ? u"similar shape"
                          : u"similar sound";
}

} // namespace gongwen::core::typo
