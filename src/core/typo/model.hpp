// The statistical model behind word.typo: a lexicon of Chinese words with their frequencies (a
// unigram word model; a sentence is scored by its most likely segmentation) and, for every
// character, the characters a writer confuses it with — same or near reading, same shape.
// The data are built from Debian packages (packaging/make-typo-data.py): jieba's word list (MIT)
// and the Unihan readings and radical/stroke counts (Unicode licence).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongwen::core::typo
{

/// Why two characters are confused.
enum class Likeness : std::uint8_t
{
    SameSound = 1, // share a reading (tones aside): 进/近
    NearSound = 2, // readings a southern or careless ear merges: zh/z, n/l, -ng/-n
    Shape = 4,     // same radical and further strokes (拨/拔, 末/未), or phonetic (堂/常)
};

/// The words, as a trie over code points. A node is reached by the edge that names its last
/// character; node 0 is the root.
class Lexicon
{
public:
    using Node = std::uint32_t;
    static constexpr Node kRoot = 0;
    static constexpr Node kNone = UINT32_MAX;

    /// Builds the trie from (word, count) pairs; total is the sum of all counts.
    void build(std::vector<std::pair<std::u32string, std::uint64_t>> words);

    Node child(Node node, char32_t c) const;
    /// The children of `node`: [first, first + count) are their node ids.
    Node firstChild(Node node) const { return m_first[node]; }
    std::uint32_t childCount(Node node) const { return m_count[node]; }
    char32_t label(Node node) const { return m_label[node]; }
    /// log P(word) of the word ending at `node`; kNotAWord when no word ends there.
    float logProbability(Node node) const { return m_logProb[node]; }
    static constexpr float kNotAWord = 1.0f;
    bool isWord(Node node) const { return m_logProb[node] <= 0.0f; }

    /// log P of a character that is not a word of its own (a floor below every word).
    float unknownCharacter() const { return m_unknown; }
    std::size_t words() const { return m_words; }
    std::size_t nodes() const { return m_label.size(); }
    /// The node of `word`, or kNone.
    Node find(std::u32string_view word) const;

private:
    std::vector<char32_t> m_label;
    std::vector<Node> m_first;
    std::vector<std::uint32_t> m_count;
    std::vector<float> m_logProb;
    float m_unknown = -30.0f;
    std::size_t m_words = 0;
};

/// A character a writer may have meant instead of another, and why.
struct Confusable
{
    char32_t character;
    std::uint8_t likeness; // Likeness bits
};

class Model
{
public:
    /// Reads words.txt ("word<TAB>count") and chars.txt ("char<TAB>readings<TAB>radical.strokes").
    static std::shared_ptr<const Model> fromText(std::string_view words, std::string_view chars);

    const Lexicon& lexicon() const { return m_lexicon; }
    /// The characters `c` may be confused with (sorted by code point; empty for unknown ones).
    const std::vector<Confusable>& confusables(char32_t c) const;
    /// Likeness bits of `a` and `b` (0: not confusable).
    std::uint8_t likeness(char32_t a, char32_t b) const;
    /// log of how often the character occurs in the lexicon's words (by their counts); the
    /// 0 for characters it does not have.
    float characterLogFrequency(char32_t c) const;

    /// Resident size of the model's tables, for the bench's memory figure.
    std::size_t bytes() const;

private:
    struct CharInfo
    {
        std::vector<std::uint16_t> syllables; // ids of toneless readings
        std::vector<std::uint16_t> nearSyllables;
        std::vector<std::uint16_t> phonetics; // phonetic series (Unihan kPhonetic)
        std::uint32_t shape = 0; // radical * 64 + residual strokes; 0 when unknown
        float logFrequency = 0;
    };
    void buildConfusables(const std::vector<char32_t>& commonCharacters);

    Lexicon m_lexicon;
    std::unordered_map<char32_t, CharInfo> m_chars;
    std::unordered_map<char32_t, std::vector<Confusable>> m_confusables;
};

/// Where the running program finds words.txt and chars.txt (the office: the extension's
/// data/typo folder; gongwen-check: next to itself or GONGWEN_TYPO_DATA). Set before the first
/// check; the model is read on first use, once per process.
void setDataDirectory(std::string directory);
/// The model, read on first use; nullptr when its files are missing or damaged (see loadProblem).
std::shared_ptr<const Model> sharedModel();
/// Why sharedModel() is empty, in the user's words ("" when it is not): names the files and
/// the package that provides them.
struct LoadProblem
{
    std::u16string messageZh, messageEn;
};
LoadProblem loadProblem();

} // namespace gongwen::core::typo
