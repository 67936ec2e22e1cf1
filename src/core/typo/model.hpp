// SPDX-License-Identifier: MPL-2.0
// The statistical model behind word.typo: a word bigram language model of Chinese with its
// lexicon (a sentence is scored by its most likely segmentation into words) and, for every
// character, the characters a writer confuses it with — same or near reading, same shape.
// The data are built from Debian packages (packaging/make-typo-data.py): SunPinyin's language
// model (sunpinyin-data, CC BY-SA 3.0) and the Unihan readings, radical/stroke counts and
// phonetic series (unicode-data, Unicode licence).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongwen::core::typo
{

using WordId = std::uint32_t;
inline constexpr WordId kNoWord = UINT32_MAX;

/// Why two characters are confused.
enum class Likeness : std::uint8_t
{
    SameSound = 1, // share a modern reading (tones aside): 进/近
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

    /// Builds the trie from (word, id) pairs.
    void build(std::vector<std::pair<std::u32string, WordId>> words);
    /// The compiled form (Model::compile / Model::fromCompiled).
    void write(std::string& out) const;
    bool read(class CompiledReader& in);

    Node child(Node node, char32_t c) const
    {
        if (node == kRoot && c < m_rootChild.size())
            return m_rootChild[c];
        const NodeInfo& info = m_nodes[node];
        const char32_t* begin = m_label.data() + info.first;
        const char32_t* end = begin + info.count;
        while (end - begin > 8) // halve many children; scan a few
        {
            const char32_t* middle = begin + (end - begin) / 2;
            if (*middle < c)
                begin = middle + 1;
            else
                end = middle + 1;
        }
        for (const char32_t* it = begin; it != end; ++it)
            if (*it >= c)
                return *it == c ? static_cast<Node>(it - m_label.data()) : kNone;
        return kNone;
    }
    /// The children of `node`: the nodes [firstChild, firstChild + childCount), ascending by
    /// label.
    Node firstChild(Node node) const { return m_nodes[node].first; }
    std::uint32_t childCount(Node node) const { return m_nodes[node].count; }
    char32_t label(Node node) const { return m_label[node]; }
    /// The word that ends at `node`, or kNoWord.
    WordId word(Node node) const { return m_nodes[node].word; }
    std::size_t words() const { return m_words; }
    std::size_t nodes() const { return m_label.size(); }
    /// The characters that begin a word whose second character is `c`, ascending.
    const std::vector<char32_t>& charactersBefore(char32_t c) const;
    /// The node of `word`, or kNone.
    Node find(std::u32string_view word) const;

private:
    std::vector<char32_t> m_label;
    // A node's children and word side by side: what every step of a segmentation reads of a
    // node, in one cache line.
    struct NodeInfo
    {
        Node first;
        std::uint32_t count;
        WordId word;
    };
    std::vector<NodeInfo> m_nodes;
    std::vector<Node> m_rootChild; // the root's children by BMP code point: the root has thousands
    std::unordered_map<char32_t, std::vector<char32_t>> m_before; // see charactersBefore
    void index();
    std::size_t m_words = 0;
};

/// A back-off word bigram model: log P(word | previous word), natural logarithms.
class BigramModel
{
public:
    /// log P(word | previous); previous == kNoWord: no context, the unigram.
    float logProbability(WordId previous, WordId word) const;
    float unigram(WordId word) const
    {
        return word < m_unigram.size() ? m_unigram[word] : m_extra[word - m_unigram.size()];
    }
    /// Below every word: a character the lexicon does not have.
    float unknownCharacter() const { return m_unknown; }
    std::size_t words() const { return m_unigram.size() + m_extra.size(); }
    std::size_t bigrams() const { return m_next.size(); }
    std::size_t bytes() const;
    void write(std::string& out) const;
    bool read(class CompiledReader& in);

private:
    friend class Model;
    std::vector<float> m_unigram, m_backoff;
    std::vector<std::uint32_t> m_start; // per word, into m_next / m_bigram
    std::vector<WordId> m_next;
    std::vector<float> m_bigram;
    std::vector<float> m_extra; // unigrams of the wider word list's words, ids after the model's
    float m_unknown = -30.0f;
};

/// A character a writer may have meant instead of another, and why.
struct Confusable
{
    char32_t character;
    std::uint8_t likeness; // Likeness bits
};
/// The characters one character may be confused with, ascending.
struct Confusables
{
    const Confusable* first = nullptr;
    const Confusable* last = nullptr;
    const Confusable* begin() const { return first; }
    const Confusable* end() const { return last; }
    bool empty() const { return first == last; }
};

class Model
{
public:
    /// Builds the model from its sources — lm.bin (the form packaging/make-typo-data.py
    /// writes), known.txt ("word<TAB>count") and chars.txt ("char<TAB>readings<TAB>other
    /// readings<TAB>radical.strokes<TAB>phonetic series") — and writes the compiled form that
    /// fromCompiled reads in one pass (the build runs this: the office and gongwen-check load
    /// only the compiled model). Empty with `error` set when a source is damaged.
    static std::string compile(std::string_view lm, std::string_view known, std::string_view chars,
                               std::string* error = nullptr);
    /// The compiled model; nullptr with `error` set when it is damaged or of another version.
    static std::shared_ptr<const Model> fromCompiled(std::string_view compiled,
                                                     std::string* error = nullptr);

    const Lexicon& lexicon() const { return m_lexicon; }
    const BigramModel& bigrams() const { return m_bigrams; }
    /// The wider word list (known.txt): words written that way on purpose.
    const Lexicon& knownWords() const { return m_known; }
    /// The characters `c` may be confused with (sorted by code point; empty for unknown ones).
    Confusables confusables(char32_t c) const;
    /// Likeness bits of `a` and `b` (0: not confusable).
    std::uint8_t likeness(char32_t a, char32_t b) const;
    /// log of how much of the text the character takes part in (the unigram probabilities of
    /// the words it is in); the model's unknownCharacter() for characters it does not have.
    float characterLogFrequency(char32_t c) const;

    /// Resident size of the model's tables, for the bench's memory figure.
    std::size_t bytes() const;

private:
    struct CharInfo
    {
        std::vector<std::uint16_t> syllables;      // ids of the usual toneless readings
        std::vector<std::uint16_t> otherSyllables; // of the other modern readings
        std::vector<std::uint16_t> nearSyllables;  // of the usual ones as a careless ear hears them
        std::vector<std::uint16_t> otherNearSyllables; // of the other ones so
        std::vector<std::uint16_t> phonetics;          // phonetic series (Unihan kPhonetic)
        std::uint32_t shape = 0; // radical * 64 + residual strokes; 0 when unknown
        float logFrequency = 0;
    };
    bool readLanguageModel(std::string_view lm,
                           std::vector<std::pair<std::u32string, WordId>>& lexiconWords,
                           std::unordered_map<char32_t, double>& characterMass, std::string* error);
    void addKnownWords(std::string_view known,
                       std::vector<std::pair<std::u32string, WordId>>& lexiconWords);
    void readCharacters(std::string_view chars,
                        const std::unordered_map<char32_t, double>& characterMass);
    void buildConfusables(const std::unordered_map<char32_t, CharInfo>& characters,
                          const std::vector<char32_t>& commonCharacters);
    std::size_t characterIndex(char32_t c) const;
    void indexCharacters(); // fills m_basicPlaneIndex from m_characters

    Lexicon m_lexicon;
    BigramModel m_bigrams;
    Lexicon m_known;
    // Per character, ascending: its log frequency and its confusables in m_confusables.
    std::vector<char32_t> m_characters;
    std::vector<float> m_characterLogFrequency;
    std::vector<std::uint32_t> m_confusableStart; // one more than characters
    std::vector<Confusable> m_confusables;
    // Index into m_characters of each character of the Basic Multilingual Plane, looked up for
    // every lone character of every sentence (the others are searched in m_characters).
    static constexpr std::uint32_t kNotACharacter = UINT32_MAX;
    std::vector<std::uint32_t> m_basicPlaneIndex;
};

/// Where the running program finds model.bin, the compiled model (the office: the extension's
/// typo-data folder; gongwen-check: next to itself or GONGWEN_TYPO_DATA). Set before the first
/// check; the model is read on first use, once per process.
void setDataDirectory(std::string directory);
inline constexpr char kCompiledModelFile[] = "model.bin";
/// The model, read on first use; nullptr when its files are missing or damaged (see loadProblem).
std::shared_ptr<const Model> sharedModel();
/// Why sharedModel() is empty, in the user's words (empty when it is not): names the files and
/// what provides them.
struct LoadProblem
{
    std::u16string messageZh, messageEn;
};
LoadProblem loadProblem();

} // namespace gongwen::core::typo
