// SPDX-License-Identifier: MPL-2.0
#include <core/text/text.hpp>
#include <core/typo/model.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gongwen::core::typo
{
namespace
{

std::u32string codePoints(std::string_view utf8)
{
    return toCodePoints(fromUtf8(utf8));
}

// The lines of a data file, split at tabs.
template <typename Visit> void forEachRecord(std::string_view text, Visit visit)
{
    std::vector<std::string_view> fields;
    while (!text.empty())
    {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        fields.clear();
        for (std::size_t start = 0;;)
        {
            const std::size_t tab = line.find('\t', start);
            fields.push_back(
                line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
            if (tab == std::string_view::npos)
                break;
            start = tab + 1;
        }
        visit(fields);
    }
}

// Readings a careless ear merges: retroflex and flat initials, n and l, front and back nasals.
std::string nearReading(std::string syllable)
{
    auto replacePrefix = [&](std::string_view from, std::string_view to)
    {
        if (syllable.compare(0, from.size(), from) == 0)
            syllable.replace(0, from.size(), to);
    };
    replacePrefix("zh", "z");
    replacePrefix("ch", "c");
    replacePrefix("sh", "s");
    replacePrefix("n", "l");
    if (syllable.size() > 2 && syllable.compare(syllable.size() - 2, 2, "ng") == 0 &&
        syllable.compare(syllable.size() - 3, 3, "ong") != 0)
        syllable.pop_back();
    return syllable;
}

// Characters that take part in enough text to be what a writer meant: the rare ones (of names,
// of old texts) would only bring false alarms.
constexpr double kCommonCharacterMass = 3e-6;
// The wider list's counts come from other text than the model's: its words join the lattice a
// little less likely than their counts say (e^-2), so that the model's own words lead.
constexpr float kWiderListDiscount = 2.0f;

} // namespace

void Lexicon::build(std::vector<std::pair<std::u32string, WordId>> words)
{
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                words.end());
    m_label.assign(1, U'\0');
    m_nodes.assign(1, NodeInfo{0, 0, kNoWord});
    m_words = 0;
    // Breadth-first over ranges of words sharing a prefix: each node's children are contiguous.
    struct Range
    {
        Node node;
        std::size_t begin, end, depth;
    };
    std::vector<Range> queue{{kRoot, 0, words.size(), 0}};
    for (std::size_t q = 0; q < queue.size(); ++q)
    {
        const Range range = queue[q];
        std::size_t i = range.begin;
        if (i < range.end && words[i].first.size() == range.depth) // the prefix itself sorts first
        {
            m_nodes[range.node].word = words[i].second;
            ++m_words;
            ++i;
        }
        m_nodes[range.node].first = static_cast<Node>(m_label.size());
        while (i < range.end)
        {
            const char32_t c = words[i].first[range.depth];
            std::size_t j = i;
            while (j < range.end && words[j].first[range.depth] == c)
                ++j;
            const Node node = static_cast<Node>(m_label.size());
            m_label.push_back(c);
            m_nodes.push_back(NodeInfo{0, 0, kNoWord});
            ++m_nodes[range.node].count;
            queue.push_back({node, i, j, range.depth + 1});
            i = j;
        }
    }
    index();
}

// What lookups need beyond the trie itself: the root's children by code point, and for every
// character the characters that come before it at the start of a word.
void Lexicon::index()
{
    m_rootChild.assign(0x10000, kNone);
    m_before.clear();
    for (Node c = firstChild(kRoot); c < firstChild(kRoot) + childCount(kRoot); ++c)
    {
        if (m_label[c] < 0x10000)
            m_rootChild[m_label[c]] = c;
        for (Node second = firstChild(c); second < firstChild(c) + childCount(c); ++second)
            m_before[m_label[second]].push_back(m_label[c]); // ascending: the root's children are
    }
}

const std::vector<char32_t>& Lexicon::charactersBefore(char32_t c) const
{
    static const std::vector<char32_t> none;
    const auto it = m_before.find(c);
    return it == m_before.end() ? none : it->second;
}

Lexicon::Node Lexicon::find(std::u32string_view word) const
{
    Node node = kRoot;
    for (char32_t c : word)
        if ((node = child(node, c)) == kNone)
            return kNone;
    return node;
}

float BigramModel::logProbability(WordId previous, WordId word) const
{
    const std::size_t modelled = m_unigram.size();
    if (word >= modelled) // from the wider word list: a unigram, after the context's back-off
        return (previous < modelled ? m_backoff[previous] : 0.0f) + m_extra[word - modelled];
    if (previous == kNoWord || previous >= modelled)
        return m_unigram[word];
    const WordId* begin = m_next.data() + m_start[previous];
    const WordId* end = m_next.data() + m_start[previous + 1];
    const WordId* it = std::lower_bound(begin, end, word);
    if (it != end && *it == word)
        return m_bigram[std::size_t(it - m_next.data())];
    return m_backoff[previous] + m_unigram[word];
}

std::size_t BigramModel::bytes() const
{
    return (m_unigram.size() + m_backoff.size() + m_bigram.size() + m_extra.size()) *
               sizeof(float) +
           (m_start.size() + m_next.size()) * sizeof(std::uint32_t);
}

// Little-endian 32-bit fields read in order, from lm.bin and from the compiled model, with
// memcpy: the hosts we build for (x86_64, arm64) are little-endian, and the compiled model's
// byte-order mark refuses any other. Fails once the data run out.
class CompiledReader
{
public:
    explicit CompiledReader(std::string_view data) : m_data(data) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_data.size(); }
    std::uint32_t word()
    {
        std::uint32_t value = 0;
        if (take(4))
            std::memcpy(&value, m_data.data() + m_at - 4, 4);
        return value;
    }
    std::string_view bytes(std::size_t n)
    {
        return take(n) ? m_data.substr(m_at - n, n) : std::string_view();
    }
    /// `n` elements; array() reads their count first.
    template <typename T> std::vector<T> array(std::size_t n)
    {
        static_assert(sizeof(T) == 4, "the tables hold 32-bit elements");
        std::vector<T> values;
        if (!m_ok || n > (m_data.size() - m_at) / 4)
        {
            m_ok = false;
            return values;
        }
        values.resize(n);
        std::memcpy(values.data(), m_data.data() + m_at, n * 4);
        m_at += n * 4;
        return values;
    }
    template <typename T> std::vector<T> array() { return array<T>(word()); }

private:
    bool take(std::size_t n)
    {
        if (!m_ok || n > m_data.size() - m_at)
            return m_ok = false;
        m_at += n;
        return true;
    }
    std::string_view m_data;
    std::size_t m_at = 0;
    bool m_ok = true;
};

namespace
{
constexpr std::uint32_t kLanguageModelVersion = 1;

} // namespace

bool Model::readLanguageModel(std::string_view lm,
                              std::vector<std::pair<std::u32string, WordId>>& lexiconWords,
                              std::unordered_map<char32_t, double>& characterMass,
                              std::string* error)
{
    auto fail = [&](const char* why)
    {
        if (error)
            *error = why;
        return false;
    };
    CompiledReader in(lm);
    if (in.bytes(4) != "GWLM" || in.word() != kLanguageModelVersion)
        return fail("not a language model of this version");
    const std::uint32_t words = in.word(), bigrams = in.word(), blockBytes = in.word();
    const std::string_view block = in.bytes(blockBytes);
    BigramModel& m = m_bigrams;
    m.m_unigram = in.array<float>(words);
    m.m_backoff = in.array<float>(words);
    m.m_start = in.array<std::uint32_t>(std::size_t(words) + 1);
    m.m_next = in.array<WordId>(bigrams);
    m.m_bigram = in.array<float>(bigrams);
    if (!in.ok() || !in.atEnd() || words == 0)
        return fail("truncated or too long");
    for (std::size_t w = 0; w < words; ++w)
        if (m.m_start[w] > m.m_start[w + 1] || m.m_start[w + 1] > bigrams)
            return fail("bigram index out of order");
    for (WordId next : m.m_next)
        if (next >= words)
            return fail("bigram names a word that is not there");
    std::vector<std::pair<std::u32string, WordId>> entries;
    WordId id = 0;
    for (std::size_t start = 0; start < block.size(); ++id)
    {
        const std::size_t end = std::min(block.find('\n', start), block.size());
        if (end > start && id < words)
        {
            entries.emplace_back(codePoints(block.substr(start, end - start)), id);
            for (char32_t c : entries.back().first)
                characterMass[c] += std::exp(double(m.m_unigram[id]));
        }
        start = end + 1;
    }
    if (id != words)
        return fail("word list and model disagree");
    m.m_unknown = *std::min_element(m.m_unigram.begin(), m.m_unigram.end()) - 1.0f;
    lexiconWords = std::move(entries);
    return true;
}

// `characterMass`: how much text each character takes part in (the unigram probabilities of
// the words it is in).
void Model::readCharacters(std::string_view chars,
                           const std::unordered_map<char32_t, double>& characterMass)
{
    std::unordered_map<char32_t, CharInfo> characters;
    std::map<std::string, std::uint16_t> syllableIds;
    auto idOf = [&](const std::string& syllable)
    { return syllableIds.emplace(syllable, std::uint16_t(syllableIds.size())).first->second; };
    std::vector<char32_t> common;
    forEachRecord(chars,
                  [&](const std::vector<std::string_view>& fields)
                  {
                      const std::u32string c = codePoints(fields[0]);
                      if (c.size() != 1)
                          return;
                      CharInfo info;
                      auto readReadings = [&](std::size_t field, std::vector<std::uint16_t>& ids,
                                              std::vector<std::uint16_t>& nearIds)
                      {
                          if (fields.size() <= field)
                              return;
                          std::stringstream readings{std::string(fields[field])};
                          for (std::string syllable; std::getline(readings, syllable, ',');)
                              if (!syllable.empty())
                              {
                                  ids.push_back(idOf(syllable));
                                  nearIds.push_back(idOf("~" + nearReading(syllable)));
                              }
                      };
                      readReadings(1, info.syllables, info.nearSyllables);
                      readReadings(2, info.otherSyllables, info.otherNearSyllables);
                      if (fields.size() > 3)
                      {
                          const std::string rs(fields[3]);
                          const std::size_t dot = rs.find('.');
                          if (dot != std::string::npos)
                              info.shape = std::uint32_t(std::atoi(rs.c_str())) * 64 +
                                           std::uint32_t(std::atoi(rs.c_str() + dot + 1) & 63);
                      }
                      if (fields.size() > 4)
                      {
                          std::stringstream series{std::string(fields[4])};
                          for (std::string number; std::getline(series, number, ',');)
                              if (!number.empty())
                                  info.phonetics.push_back(
                                      std::uint16_t(std::atoi(number.c_str())));
                      }
                      const auto mass = characterMass.find(c[0]);
                      if (mass == characterMass.end())
                          return; // in no word of the model
                      info.logFrequency = static_cast<float>(std::log(mass->second));
                      if (mass->second >= kCommonCharacterMass)
                          common.push_back(c[0]);
                      characters.emplace(c[0], std::move(info));
                  });
    buildConfusables(characters, common);
}

// The wider word list: its words are meant as written, and those the language model lacks (议政)
// join the lattice as unigrams, with the probabilities their counts give.
void Model::addKnownWords(std::string_view known,
                          std::vector<std::pair<std::u32string, WordId>>& lexiconWords)
{
    std::vector<std::pair<std::u32string, std::uint64_t>> counted;
    double total = 0;
    forEachRecord(known,
                  [&](const std::vector<std::string_view>& fields)
                  {
                      std::uint64_t count = 0;
                      if (fields.size() > 1)
                          for (char d : fields[1])
                              if (d >= '0' && d <= '9' && count < UINT32_MAX)
                                  count = count * 10 + std::uint64_t(d - '0');
                      if (count == 0)
                          return;
                      counted.emplace_back(codePoints(fields[0]), count);
                      total += double(count);
                  });
    std::sort(lexiconWords.begin(), lexiconWords.end());
    std::vector<std::pair<std::u32string, WordId>> knownWords;
    for (auto& [word, count] : counted)
    {
        knownWords.emplace_back(word, WordId(knownWords.size()));
        const auto it = std::lower_bound(lexiconWords.begin(), lexiconWords.end(),
                                         std::make_pair(word, WordId(0)));
        if (it != lexiconWords.end() && it->first == word)
            continue;
        const WordId id = WordId(m_bigrams.m_unigram.size() + m_bigrams.m_extra.size());
        m_bigrams.m_extra.push_back(static_cast<float>(std::log(double(count) / total)) -
                                    kWiderListDiscount);
        lexiconWords.emplace_back(std::move(word), id);
    }
    m_known.build(std::move(knownWords));
}

void Model::buildConfusables(const std::unordered_map<char32_t, CharInfo>& characters,
                             const std::vector<char32_t>& commonCharacters)
{
    // What a character may have been meant as: a character whose usual reading is one of its
    // readings sounds the same; one that reads so only in some words (识 zhì), or whose usual
    // reading a careless ear merges with one of its readings, sounds near.
    std::unordered_map<std::uint32_t, std::vector<char32_t>> bySound, byOtherSound, byNearSound,
        byShape, byPhonetic;
    for (char32_t c : commonCharacters)
    {
        const CharInfo& info = characters.at(c);
        for (std::uint16_t s : info.syllables)
            bySound[s].push_back(c);
        for (std::uint16_t s : info.otherSyllables)
            byOtherSound[s].push_back(c);
        for (std::uint16_t s : info.nearSyllables)
            byNearSound[s].push_back(c);
        if (info.shape != 0)
            byShape[info.shape].push_back(c);
        for (std::uint16_t p : info.phonetics)
            byPhonetic[p].push_back(c);
    }
    m_characters.clear();
    for (const auto& entry : characters)
        m_characters.push_back(entry.first);
    std::sort(m_characters.begin(), m_characters.end());
    indexCharacters();
    m_characterLogFrequency.clear();
    m_confusableStart.clear();
    m_confusables.clear();
    std::map<char32_t, std::uint8_t> found;
    for (char32_t c : m_characters)
    {
        const CharInfo& info = characters.at(c);
        found.clear();
        auto add = [&](const std::vector<char32_t>* group, Likeness likeness)
        {
            if (group)
                for (char32_t other : *group)
                    if (other != c)
                        found[other] |= static_cast<std::uint8_t>(likeness);
        };
        auto lookup = [](const auto& index, std::uint32_t key)
        {
            const auto it = index.find(key);
            return it == index.end() ? nullptr : &it->second;
        };
        for (const auto* readings : {&info.syllables, &info.otherSyllables})
            for (std::uint16_t s : *readings)
            {
                add(lookup(bySound, s), Likeness::SameSound);
                add(lookup(byOtherSound, s), Likeness::NearSound);
            }
        for (const auto* readings : {&info.nearSyllables, &info.otherNearSyllables})
            for (std::uint16_t s : *readings)
                add(lookup(byNearSound, s), Likeness::NearSound);
        if (info.shape != 0)
            add(lookup(byShape, info.shape), Likeness::Shape);
        for (std::uint16_t p : info.phonetics)
            add(lookup(byPhonetic, p), Likeness::Shape);
        m_characterLogFrequency.push_back(info.logFrequency);
        m_confusableStart.push_back(std::uint32_t(m_confusables.size()));
        for (const auto& [other, likeness] : found)
            m_confusables.push_back({other, likeness});
    }
    m_confusableStart.push_back(std::uint32_t(m_confusables.size()));
}

void Model::indexCharacters()
{
    m_basicPlaneIndex.assign(0x10000, kNotACharacter);
    for (std::size_t k = 0; k < m_characters.size(); ++k)
        if (m_characters[k] < 0x10000)
            m_basicPlaneIndex[m_characters[k]] = std::uint32_t(k);
}

std::size_t Model::characterIndex(char32_t c) const
{
    if (c < m_basicPlaneIndex.size())
        return m_basicPlaneIndex[c] == kNotACharacter ? SIZE_MAX : m_basicPlaneIndex[c];
    const auto it = std::lower_bound(m_characters.begin(), m_characters.end(), c);
    return it != m_characters.end() && *it == c ? std::size_t(it - m_characters.begin()) : SIZE_MAX;
}

Confusables Model::confusables(char32_t c) const
{
    const std::size_t k = characterIndex(c);
    if (k == SIZE_MAX)
        return {};
    return {m_confusables.data() + m_confusableStart[k],
            m_confusables.data() + m_confusableStart[k + 1]};
}

std::uint8_t Model::likeness(char32_t a, char32_t b) const
{
    const Confusables list = confusables(a);
    const Confusable* it =
        std::lower_bound(list.begin(), list.end(), b,
                         [](const Confusable& x, char32_t c) { return x.character < c; });
    return it != list.end() && it->character == b ? it->likeness : 0;
}

float Model::characterLogFrequency(char32_t c) const
{
    const std::size_t k = characterIndex(c);
    return k == SIZE_MAX ? m_bigrams.unknownCharacter() : m_characterLogFrequency[k];
}

std::size_t Model::bytes() const
{
    const auto lexiconBytes = [](const Lexicon& l)
    {
        return l.nodes() * (sizeof(char32_t) + sizeof(Lexicon::Node) + sizeof(std::uint32_t) +
                            sizeof(WordId)) +
               0x10000 * 4;
    };
    return lexiconBytes(m_lexicon) + lexiconBytes(m_known) + m_bigrams.bytes() +
           m_characters.size() * (sizeof(char32_t) + sizeof(float) + sizeof(std::uint32_t)) +
           m_basicPlaneIndex.size() * sizeof(std::uint32_t) +
           m_confusables.size() * sizeof(Confusable);
}

// The compiled model: "GWTM", a version, a byte-order mark, then every table as a 32-bit count
// and its 32-bit little-endian elements (read back by CompiledReader).
namespace
{
constexpr char kCompiledMagic[] = "GWTM";
constexpr std::uint32_t kCompiledVersion = 1;
constexpr std::uint32_t kByteOrderMark = 0x01020304;

void putWord(std::string& out, std::uint32_t value)
{
    out.append(reinterpret_cast<const char*>(&value), 4);
}
template <typename T> void putArray(std::string& out, const std::vector<T>& values)
{
    static_assert(sizeof(T) == 4, "compiled tables hold 32-bit elements");
    putWord(out, std::uint32_t(values.size()));
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * 4);
}
} // namespace

void Lexicon::write(std::string& out) const
{
    // The compiled form keeps the three node arrays apart, as it always had.
    std::vector<Node> first;
    std::vector<std::uint32_t> count;
    std::vector<WordId> word;
    for (const NodeInfo& info : m_nodes)
    {
        first.push_back(info.first);
        count.push_back(info.count);
        word.push_back(info.word);
    }
    putArray(out, m_label);
    putArray(out, first);
    putArray(out, count);
    putArray(out, word);
    putWord(out, std::uint32_t(m_words));
}

bool Lexicon::read(CompiledReader& in)
{
    m_label = in.array<char32_t>();
    const std::vector<Node> first = in.array<Node>();
    const std::vector<std::uint32_t> count = in.array<std::uint32_t>();
    const std::vector<WordId> word = in.array<WordId>();
    m_words = in.word();
    const std::size_t n = m_label.size();
    if (!in.ok() || n == 0 || first.size() != n || count.size() != n || word.size() != n)
        return false;
    m_nodes.resize(n);
    for (std::size_t node = 0; node < n; ++node)
    {
        if (std::size_t(first[node]) + count[node] > n)
            return false;
        m_nodes[node] = {first[node], count[node], word[node]};
    }
    index();
    return true;
}

void BigramModel::write(std::string& out) const
{
    putArray(out, m_unigram);
    putArray(out, m_backoff);
    putArray(out, m_start);
    putArray(out, m_next);
    putArray(out, m_bigram);
    putArray(out, m_extra);
    putArray(out, std::vector<float>{m_unknown});
}

bool BigramModel::read(CompiledReader& in)
{
    m_unigram = in.array<float>();
    m_backoff = in.array<float>();
    m_start = in.array<std::uint32_t>();
    m_next = in.array<WordId>();
    m_bigram = in.array<float>();
    m_extra = in.array<float>();
    const std::vector<float> unknown = in.array<float>();
    const std::size_t words = m_unigram.size();
    if (!in.ok() || words == 0 || m_backoff.size() != words || m_start.size() != words + 1 ||
        m_bigram.size() != m_next.size() || unknown.size() != 1)
        return false;
    m_unknown = unknown[0];
    for (std::size_t w = 0; w < words; ++w)
        if (m_start[w] > m_start[w + 1] || m_start[w + 1] > m_next.size())
            return false;
    return std::all_of(m_next.begin(), m_next.end(), [&](WordId next) { return next < words; });
}

std::string Model::compile(std::string_view lm, std::string_view known, std::string_view chars,
                           std::string* error)
{
    auto model = std::make_shared<Model>();
    std::unordered_map<char32_t, double> characterMass;
    std::vector<std::pair<std::u32string, WordId>> lexiconWords;
    if (!model->readLanguageModel(lm, lexiconWords, characterMass, error))
        return {};
    model->addKnownWords(known, lexiconWords);
    model->m_lexicon.build(std::move(lexiconWords));
    model->readCharacters(chars, characterMass);
    std::string out(kCompiledMagic, 4);
    putWord(out, kCompiledVersion);
    putWord(out, kByteOrderMark);
    model->m_lexicon.write(out);
    model->m_known.write(out);
    model->m_bigrams.write(out);
    putArray(out, model->m_characters);
    putArray(out, model->m_characterLogFrequency);
    putArray(out, model->m_confusableStart);
    std::vector<std::uint32_t> packed; // character | likeness << 24
    for (const Confusable& c : model->m_confusables)
        packed.push_back(std::uint32_t(c.character) | std::uint32_t(c.likeness) << 24);
    putArray(out, packed);
    return out;
}

std::shared_ptr<const Model> Model::fromCompiled(std::string_view compiled, std::string* error)
{
    auto fail = [&](const char* why) -> std::shared_ptr<const Model>
    {
        if (error)
            *error = why;
        return nullptr;
    };
    if (compiled.substr(0, 4) != std::string_view(kCompiledMagic, 4))
        return fail("not a compiled typo model");
    CompiledReader in(compiled.substr(4));
    if (in.word() != kCompiledVersion)
        return fail("a compiled typo model of another version");
    if (in.word() != kByteOrderMark)
        return fail("a compiled typo model of another byte order");
    auto model = std::make_shared<Model>();
    if (!model->m_lexicon.read(in) || !model->m_known.read(in) || !model->m_bigrams.read(in))
        return fail("truncated or damaged tables");
    model->m_characters = in.array<char32_t>();
    model->m_characterLogFrequency = in.array<float>();
    model->m_confusableStart = in.array<std::uint32_t>();
    const std::vector<std::uint32_t> packed = in.array<std::uint32_t>();
    const std::size_t characters = model->m_characters.size();
    if (!in.ok() || !in.atEnd() || model->m_characterLogFrequency.size() != characters ||
        model->m_confusableStart.size() != characters + 1 ||
        model->m_confusableStart.back() != packed.size() ||
        !std::is_sorted(model->m_characters.begin(), model->m_characters.end()))
        return fail("truncated or damaged character tables");
    model->indexCharacters();
    for (std::size_t k = 0; k < characters; ++k)
        if (model->m_confusableStart[k] > model->m_confusableStart[k + 1])
            return fail("damaged character tables");
    for (std::uint32_t p : packed)
        model->m_confusables.push_back({char32_t(p & 0xFFFFFF), std::uint8_t(p >> 24)});
    const std::size_t words = model->m_bigrams.words();
    for (Lexicon::Node node = 0; node < model->m_lexicon.nodes(); ++node)
        if (const WordId w = model->m_lexicon.word(node); w != kNoWord && w >= words)
            return fail("a word without probabilities");
    return model;
}

namespace
{

// Every paragraph asks for the model (on up to four threads at once): once it has been read,
// the answer comes without the lock. The model pointer is read and written atomically.
struct SharedState
{
    std::mutex mutex;
    std::string directory;
    std::atomic<bool> tried{false};
    std::shared_ptr<const Model> model;
    LoadProblem problem;
};

SharedState& shared()
{
    static SharedState state;
    return state;
}

// A file's bytes mapped read-only: the model's 31 MB are parsed straight from the page cache,
// not copied into memory first (gongwen-check reads the model while it reads its input).
class MappedFile
{
public:
    explicit MappedFile(const std::string& path)
    {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return;
        struct stat info
        {
        };
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        {
            void* at = ::mmap(nullptr, std::size_t(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (at != MAP_FAILED)
            {
                m_data = static_cast<const char*>(at);
                m_size = std::size_t(info.st_size);
            }
        }
        ::close(fd);
    }
    ~MappedFile()
    {
        if (m_data)
            ::munmap(const_cast<char*>(m_data), m_size);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    bool ok() const { return m_data != nullptr; }
    std::string_view bytes() const { return {m_data, m_size}; }

private:
    const char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace

void setDataDirectory(std::string directory)
{
    SharedState& state = shared();
    std::lock_guard<std::mutex> lock(state.mutex);
    if (state.directory != directory)
    {
        state.directory = std::move(directory);
        state.tried.store(false);
        std::atomic_store(&state.model, std::shared_ptr<const Model>());
        state.problem = {};
    }
}

namespace
{

// The model of the folder, or nullptr with state.problem saying why. Called under the lock.
std::shared_ptr<const Model> readModel(SharedState& state)
{
    const std::string folder = state.directory.empty() ? std::string(".") : state.directory;
    const std::u16string where = fromUtf8(folder + "/" + kCompiledModelFile);
    const MappedFile compiled(folder + "/" + kCompiledModelFile);
    if (!compiled.ok())
    {
        state.problem = {
            u"错别字检查的语言模型缺失（" + where +
                u"），请重新安装公文助手；自行编译时请先运行 packaging/install-deps.sh"
                u"（需要 sunpinyin-data、sunpinyin-utils、python3-jieba 和 unicode-data）。"
                u"其他检查照常进行。",
            u"The language model of the typo check is missing (" + where +
                u"): reinstall 公文助手; when building it yourself, run packaging/install-deps.sh "
                u"first (sunpinyin-data, sunpinyin-utils, python3-jieba and unicode-data). Every "
                u"other check still runs."};
        return nullptr;
    }
    std::string why;
    auto model = Model::fromCompiled(compiled.bytes(), &why);
    if (!model)
        state.problem = {u"错别字检查的语言模型已损坏（" + where + u"：" + fromUtf8(why) +
                             u"），请重新安装公文助手。其他检查照常进行。",
                         u"The language model of the typo check is damaged (" + where + u": " +
                             fromUtf8(why) +
                             u"): reinstall 公文助手. Every other check still runs."};
    return model;
}

} // namespace

std::shared_ptr<const Model> sharedModel()
{
    SharedState& state = shared();
    if (state.tried.load(std::memory_order_acquire))
        return std::atomic_load(&state.model);
    std::lock_guard<std::mutex> lock(state.mutex);
    if (!state.tried.load())
    {
        std::atomic_store(&state.model, readModel(state));
        state.tried.store(true, std::memory_order_release);
    }
    return std::atomic_load(&state.model);
}

LoadProblem loadProblem()
{
    SharedState& state = shared();
    std::lock_guard<std::mutex> lock(state.mutex);
    return state.problem;
}

} // namespace gongwen::core::typo
