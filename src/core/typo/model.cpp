#include <core/text/text.hpp>
#include <core/typo/model.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <mutex>
#include <numeric>
#include <sstream>

namespace gongwen::core::typo
{
namespace
{

std::u32string codePoints(std::string_view utf8)
{
    const std::u16string text = fromUtf8(utf8);
    std::u32string out;
    for (std::size_t i = 0; i < text.size();)
    {
        std::size_t units = 1;
        out.push_back(codePointAt(text, i, &units));
        i += units;
    }
    return out;
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
            fields.push_back(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start));
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

// Characters that take part in enough words to be what a writer meant: the rare ones (of names,
// of old texts) would only bring false alarms.
constexpr std::uint64_t kCommonCharacterWeight = 200;

} // namespace

void Lexicon::build(std::vector<std::pair<std::u32string, std::uint64_t>> words)
{
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                words.end());
    const double total = std::accumulate(words.begin(), words.end(), 0.0,
                                         [](double sum, const auto& w) { return sum + double(w.second); });
    m_label.assign(1, U'\0');
    m_first.assign(1, 0);
    m_count.assign(1, 0);
    m_logProb.assign(1, kNotAWord);
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
        // A word equal to the prefix itself sorts first.
        if (i < range.end && words[i].first.size() == range.depth)
        {
            if (words[i].second > 0)
            {
                m_logProb[range.node] = static_cast<float>(std::log(double(words[i].second) / total));
                ++m_words;
            }
            ++i;
        }
        m_first[range.node] = static_cast<Node>(m_label.size());
        while (i < range.end)
        {
            const char32_t c = words[i].first[range.depth];
            std::size_t j = i;
            while (j < range.end && words[j].first[range.depth] == c)
                ++j;
            const Node node = static_cast<Node>(m_label.size());
            m_label.push_back(c);
            m_first.push_back(0);
            m_count.push_back(0);
            m_logProb.push_back(kNotAWord);
            ++m_count[range.node];
            queue.push_back({node, i, j, range.depth + 1});
            i = j;
        }
    }
    // Below the rarest word: a character no list knows as a word of its own.
    m_unknown = static_cast<float>(std::log(0.5 / std::max(total, 1.0)));
}

Lexicon::Node Lexicon::child(Node node, char32_t c) const
{
    const char32_t* begin = m_label.data() + m_first[node];
    const char32_t* end = begin + m_count[node];
    const char32_t* it = std::lower_bound(begin, end, c);
    return it != end && *it == c ? static_cast<Node>(it - m_label.data()) : kNone;
}

Lexicon::Node Lexicon::find(std::u32string_view word) const
{
    Node node = kRoot;
    for (char32_t c : word)
        if ((node = child(node, c)) == kNone)
            return kNone;
    return node;
}

std::shared_ptr<const Model> Model::fromText(std::string_view wordsText, std::string_view charsText)
{
    auto model = std::make_shared<Model>();
    std::vector<std::pair<std::u32string, std::uint64_t>> words;
    std::unordered_map<char32_t, std::uint64_t> weight; // how much text a character takes part in
    forEachRecord(wordsText,
                  [&](const std::vector<std::string_view>& fields)
                  {
                      if (fields.size() < 2)
                          return;
                      std::uint64_t count = 0;
                      for (char d : fields[1])
                          if (d >= '0' && d <= '9' && count < (UINT64_MAX - 9) / 10)
                              count = count * 10 + std::uint64_t(d - '0');
                      std::u32string word = codePoints(fields[0]);
                      if (word.empty() || count == 0)
                          return;
                      for (char32_t c : word)
                          weight[c] += count;
                      words.emplace_back(std::move(word), count);
                  });
    model->m_lexicon.build(std::move(words));

    std::map<std::string, std::uint16_t> syllableIds;
    auto idOf = [&](const std::string& syllable)
    { return syllableIds.emplace(syllable, std::uint16_t(syllableIds.size())).first->second; };
    std::vector<char32_t> common;
    forEachRecord(charsText,
                  [&](const std::vector<std::string_view>& fields)
                  {
                      const std::u32string c = codePoints(fields[0]);
                      if (c.size() != 1)
                          return;
                      CharInfo info;
                      if (fields.size() > 1)
                      {
                          std::stringstream readings{std::string(fields[1])};
                          for (std::string syllable; std::getline(readings, syllable, ',');)
                              if (!syllable.empty())
                              {
                                  info.syllables.push_back(idOf(syllable));
                                  info.nearSyllables.push_back(idOf("~" + nearReading(syllable)));
                              }
                      }
                      if (fields.size() > 2)
                      {
                          const std::string rs(fields[2]);
                          const std::size_t dot = rs.find('.');
                          if (dot != std::string::npos)
                              info.shape = std::uint32_t(std::atoi(rs.c_str())) * 64 +
                                           std::uint32_t(std::atoi(rs.c_str() + dot + 1) & 63);
                      }
                      if (fields.size() > 3)
                      {
                          std::stringstream series{std::string(fields[3])};
                          for (std::string number; std::getline(series, number, ',');)
                              if (!number.empty())
                                  info.phonetics.push_back(std::uint16_t(std::atoi(number.c_str())));
                      }
                      info.logFrequency = static_cast<float>(std::log(double(std::max<std::uint64_t>(weight[c[0]], 1))));
                      if (weight[c[0]] >= kCommonCharacterWeight)
                          common.push_back(c[0]);
                      model->m_chars.emplace(c[0], std::move(info));
                  });
    model->buildConfusables(common);
    return model;
}

void Model::buildConfusables(const std::vector<char32_t>& commonCharacters)
{
    std::unordered_map<std::uint32_t, std::vector<char32_t>> bySound, byNearSound, byShape, byPhonetic;
    for (char32_t c : commonCharacters)
    {
        const CharInfo& info = m_chars.at(c);
        for (std::uint16_t s : info.syllables)
            bySound[s].push_back(c);
        for (std::uint16_t s : info.nearSyllables)
            byNearSound[s].push_back(c);
        if (info.shape != 0)
            byShape[info.shape].push_back(c);
        for (std::uint16_t p : info.phonetics)
            byPhonetic[p].push_back(c);
    }
    for (const auto& [c, info] : m_chars)
    {
        std::map<char32_t, std::uint8_t> found;
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
        for (std::uint16_t s : info.syllables)
            add(lookup(bySound, s), Likeness::SameSound);
        for (std::uint16_t s : info.nearSyllables)
            add(lookup(byNearSound, s), Likeness::NearSound);
        if (info.shape != 0)
            add(lookup(byShape, info.shape), Likeness::Shape);
        for (std::uint16_t p : info.phonetics)
            add(lookup(byPhonetic, p), Likeness::Shape);
        std::vector<Confusable>& list = m_confusables[c];
        for (const auto& [other, likeness] : found)
            list.push_back({other, likeness});
    }
}

const std::vector<Confusable>& Model::confusables(char32_t c) const
{
    static const std::vector<Confusable> none;
    const auto it = m_confusables.find(c);
    return it == m_confusables.end() ? none : it->second;
}

std::uint8_t Model::likeness(char32_t a, char32_t b) const
{
    const std::vector<Confusable>& list = confusables(a);
    const auto it = std::lower_bound(list.begin(), list.end(), b,
                                     [](const Confusable& x, char32_t c) { return x.character < c; });
    return it != list.end() && it->character == b ? it->likeness : 0;
}

float Model::characterLogFrequency(char32_t c) const
{
    const auto it = m_chars.find(c);
    return it == m_chars.end() ? 0.0f : it->second.logFrequency;
}

std::size_t Model::bytes() const
{
    const Lexicon& l = m_lexicon;
    std::size_t size = l.nodes() * (sizeof(char32_t) + sizeof(Lexicon::Node) + sizeof(std::uint32_t) + sizeof(float));
    for (const auto& [c, list] : m_confusables)
        size += sizeof(c) + sizeof(list) + list.capacity() * sizeof(Confusable) + 16;
    for (const auto& [c, info] : m_chars)
        size += sizeof(c) + sizeof(info) + (info.syllables.capacity() + info.nearSyllables.capacity() + info.phonetics.capacity()) * 2 + 16;
    return size;
}

namespace
{

struct SharedState
{
    std::mutex mutex;
    std::string directory;
    bool tried = false;
    std::shared_ptr<const Model> model;
    LoadProblem problem;
};

SharedState& shared()
{
    static SharedState state;
    return state;
}

bool readWhole(const std::string& path, std::string& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return static_cast<bool>(in) || in.eof();
}

constexpr std::size_t kFewestWords = 1000; // fewer: a damaged or truncated file

} // namespace

void setDataDirectory(std::string directory)
{
    SharedState& state = shared();
    std::lock_guard<std::mutex> lock(state.mutex);
    if (state.directory != directory)
    {
        state.directory = std::move(directory);
        state.tried = false;
        state.model.reset();
        state.problem = {};
    }
}

std::shared_ptr<const Model> sharedModel()
{
    SharedState& state = shared();
    std::lock_guard<std::mutex> lock(state.mutex);
    if (state.tried)
        return state.model;
    state.tried = true;
    const std::string folder = state.directory.empty() ? std::string(".") : state.directory;
    std::string words, chars;
    if (!readWhole(folder + "/words.txt", words) || !readWhole(folder + "/chars.txt", chars))
    {
        const std::u16string where = fromUtf8(folder);
        state.problem = {u"错别字检查的词表缺失（" + where +
                             u"/words.txt、chars.txt），请重新安装公文助手；"
                             u"自行编译时请先安装 python3-jieba 和 unicode-data。其他检查照常进行。",
                         u"The word list of the typo check is missing (" + where +
                             u"/words.txt, chars.txt): reinstall 公文助手; when building it yourself, "
                             u"install python3-jieba and unicode-data first. Every other check still runs."};
        return nullptr;
    }
    auto model = Model::fromText(words, chars);
    if (model->lexicon().words() < kFewestWords)
    {
        state.problem = {u"错别字检查的词表已损坏（" + fromUtf8(folder) + u"/words.txt），请重新安装公文助手。其他检查照常进行。",
                         u"The word list of the typo check is damaged (" + fromUtf8(folder) +
                             u"/words.txt): reinstall 公文助手. Every other check still runs."};
        return nullptr;
    }
    state.model = std::move(model);
    return state.model;
}

LoadProblem loadProblem()
{
    SharedState& state = shared();
    std::lock_guard<std::mutex> lock(state.mutex);
    return state.problem;
}

} // namespace gongwen::core::typo
