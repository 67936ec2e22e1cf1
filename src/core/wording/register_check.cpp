// SPDX-License-Identifier: MPL-2.0
// register.*: the document checked against the 口径库 on its date, all entries found in one pass
// (MultiPattern).
#include <core/wording/register.hpp>

#include <core/text/text.hpp>
#include <core/typo/model.hpp>

#include <algorithm>
#include <ctime>

namespace gongwen::core::wording
{
namespace
{

// Between names of a list: 张三、李四和王五.
constexpr std::u16string_view kListSeparators = u"、和与及";

std::u16string dayText(Day day)
{
    return decimal(day.year) + u"年" + decimal(day.month) + u"月" + decimal(day.day) + u"日";
}

Finding finding(const char* rule, std::size_t paragraph, std::size_t start, std::size_t length,
                std::u16string zh, std::u16string en)
{
    Finding f = makeFinding(rule, Severity::Warning, paragraph, start, length);
    f.messageZh = std::move(zh);
    f.messageEn = std::move(en);
    return f;
}

// Whether `a` lies inside `b`.
bool within(std::size_t aStart, std::size_t aEnd, std::size_t bStart, std::size_t bEnd)
{
    return bStart <= aStart && aEnd <= bEnd && (bEnd - bStart) > (aEnd - aStart);
}

// The longest occurrences of a kind, none overlapping another of the kinds given.
template <typename Occurrence, typename Pred>
std::vector<Occurrence> longestOf(const std::vector<Occurrence>& all, Pred wanted)
{
    std::vector<Occurrence> picked;
    for (const Occurrence& o : all)
        if (wanted(o))
            picked.push_back(o);
    std::sort(picked.begin(), picked.end(),
              [](const Occurrence& a, const Occurrence& b)
              { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    std::vector<Occurrence> out;
    for (const Occurrence& o : picked)
        if (out.empty() || o.start >= out.back().end)
            out.push_back(o);
    return out;
}

// Same length and exactly one unit different.
bool oneApart(std::u16string_view a, std::u16string_view b)
{
    if (a.size() != b.size())
        return false;
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        differing += a[i] != b[i];
    return differing == 1;
}

// Written after a name: 李斯同志.
constexpr std::u16string_view kComrade = u"同志";
constexpr std::size_t kShortestName = 2, kLongestName = 4;

// Whether `text` is a common word in the typo model's lexicon (黎明), more frequent than the
// names the lexicon also holds (李明, 刘伟 lie near e^-13 there; 黎明 near e^-11.7).
constexpr float kCommonWordLogFrequency = -12.0f;
bool isCommonWord(const typo::Model& model, std::u16string_view text)
{
    std::u32string word;
    for (char16_t c : text)
        word.push_back(c);
    const typo::Lexicon::Node node = model.lexicon().find(word);
    if (node == typo::Lexicon::kNone || model.lexicon().word(node) == typo::kNoWord)
        return false;
    return model.bigrams().unigram(model.lexicon().word(node)) >= kCommonWordLogFrequency;
}

} // namespace

bool registerNameIsCommonWord(std::u16string_view name)
{
    const auto model = typo::sharedModel();
    return model && isCommonWord(*model, name);
}

void Register::addPattern(std::u16string_view text, Kind kind, std::size_t index)
{
    if (text.empty())
        return;
    m_matcher.add(text, static_cast<std::uint32_t>(m_entries.size()));
    m_entries.push_back(Entry{kind, index});
}

void Register::buildMatcher()
{
    for (const Person& p : m_people)
        if (!p.title.empty() &&
            std::find(m_titles.begin(), m_titles.end(), p.title) == m_titles.end())
            m_titles.push_back(p.title);
    for (std::size_t i = 0; i < m_people.size(); ++i)
    {
        addPattern(m_people[i].name, Kind::Name, i);
        m_peopleByName.emplace(m_people[i].name, i);
        for (std::size_t k = 0; k < m_people[i].name.size(); ++k)
        {
            std::u16string masked = m_people[i].name;
            masked[k] = u'\0';
            m_namesMasked.emplace(std::move(masked), i);
        }
    }
    for (std::size_t i = 0; i < m_titles.size(); ++i)
        addPattern(m_titles[i], Kind::Title, i);
    for (std::size_t i = 0; i < m_organs.size(); ++i)
    {
        addPattern(m_organs[i].fullName, Kind::OrganStandard, i);
        addPattern(m_organs[i].abbreviation, Kind::OrganStandard, i);
        for (const std::u16string& w : m_organs[i].wrongForms)
            addPattern(w, Kind::OrganWrong, i);
    }
    for (std::size_t i = 0; i < m_phrases.size(); ++i)
    {
        addPattern(m_phrases[i].standard, Kind::PhraseStandard, i);
        for (const std::u16string& w : m_phrases[i].wrongForms)
            addPattern(w, Kind::PhraseWrong, i);
    }
    for (std::size_t i = 0; i < m_banned.size(); ++i)
        addPattern(m_banned[i].word, Kind::Banned, i);
    if (!m_people.empty())
        addPattern(kComrade, Kind::Comrade, 0);
    m_matcher.build();
}

std::vector<const Person*> Register::peopleNamed(std::u16string_view name, Day day) const
{
    std::vector<const Person*> out;
    const auto [first, last] = m_peopleByName.equal_range(std::u16string(name));
    for (auto it = first; it != last; ++it)
        if (validOn(day, m_people[it->second].from, m_people[it->second].to))
            out.push_back(&m_people[it->second]);
    // In the register's order of rows, as the sheet lists them.
    std::sort(out.begin(), out.end());
    return out;
}

void Register::check(std::size_t paragraph, std::u16string_view text, Day day,
                     std::vector<Finding>& out) const
{
    if (m_matcher.empty() || text.empty())
        return;
    const std::vector<MultiPattern::Match> matches = m_matcher.findAll(text);
    if (matches.empty())
        return; // most paragraphs: nothing of the register in them
    std::vector<Occurrence> found;
    found.reserve(matches.size());
    for (const MultiPattern::Match& m : matches)
        found.push_back(Occurrence{m.start, m.end, m_entries[m.id]});
    checkWording(paragraph, text, day, found, out);
    checkPeople(paragraph, text, day, found, out);
}

// register.organ, register.phrase, register.forbidden.
void Register::checkWording(std::size_t paragraph, std::u16string_view text, Day day,
                            const std::vector<Occurrence>& found, std::vector<Finding>& out) const
{
    auto insideStandard = [&](const Occurrence& o)
    {
        for (const Occurrence& s : found)
            if ((s.entry.kind == Kind::OrganStandard || s.entry.kind == Kind::PhraseStandard) &&
                within(o.start, o.end, s.start, s.end))
                return true;
        return false;
    };
    const auto wrong = longestOf(
        found,
        [&](const Occurrence& o)
        {
            const bool phrase =
                o.entry.kind == Kind::PhraseWrong &&
                validOn(day, m_phrases[o.entry.index].from, m_phrases[o.entry.index].to);
            return (o.entry.kind == Kind::OrganWrong || phrase || o.entry.kind == Kind::Banned) &&
                   !insideStandard(o);
        });
    for (const Occurrence& o : wrong)
    {
        const std::u16string written(text.substr(o.start, o.end - o.start));
        if (o.entry.kind == Kind::OrganWrong)
        {
            const Organ& organ = m_organs[o.entry.index];
            const std::u16string& right =
                organ.abbreviation.empty() ? organ.fullName : organ.abbreviation;
            Finding f = finding(rule::kRegisterOrgan, paragraph, o.start, written.size(),
                                quoted(written) + u"不是规范写法，应为" + quoted(right) +
                                    u"（全称“" + organ.fullName + u"”，见口径库）。",
                                written + u" is not the standard form: write " + right +
                                    u" (full name " + organ.fullName + u"; from the register).");
            f.suggestions = {right};
            if (right != organ.fullName)
                f.suggestions.push_back(organ.fullName);
            out.push_back(std::move(f));
        }
        else if (o.entry.kind == Kind::PhraseWrong)
        {
            const Phrase& phrase = m_phrases[o.entry.index];
            const std::u16string note = phrase.note.empty() ? u"" : u"（" + phrase.note + u"）";
            Finding f =
                finding(rule::kRegisterPhrase, paragraph, o.start, written.size(),
                        quoted(written) + u"应表述为" + quoted(phrase.standard) + note + u"。",
                        written + u" should read " + phrase.standard +
                            (phrase.note.empty() ? u"" : u" (" + phrase.note + u")") + u".");
            f.suggestions = {phrase.standard};
            out.push_back(std::move(f));
        }
        else
        {
            const BannedWord& banned = m_banned[o.entry.index];
            out.push_back(finding(rule::kRegisterBanned, paragraph, o.start, written.size(),
                                  quoted(written) + u"在口径库中列为禁用词" +
                                      (banned.note.empty() ? u"" : u"：" + banned.note) + u"。",
                                  written + u" is a banned word in the register" +
                                      (banned.note.empty() ? u"" : u": " + banned.note) + u"."));
        }
    }
}

// register.title, register.name, register.order.
void Register::checkPeople(std::size_t paragraph, std::u16string_view text, Day day,
                           const std::vector<Occurrence>& found, std::vector<Finding>& out) const
{
    const auto names =
        longestOf(found, [](const Occurrence& o) { return o.entry.kind == Kind::Name; });
    const auto titles =
        longestOf(found, [](const Occurrence& o) { return o.entry.kind == Kind::Title; });
    auto titleAt = [&](std::size_t start) -> const Occurrence*
    {
        for (const Occurrence& t : titles)
            if (t.start == start)
                return &t;
        return nullptr;
    };
    auto titleEndingAt = [&](std::size_t end) -> const Occurrence*
    {
        for (const Occurrence& t : titles)
            if (t.end == end)
                return &t;
        return nullptr;
    };
    std::vector<bool> titleNextToName(titles.size(), false);
    for (const Occurrence& n : names)
    {
        const std::u16string name(text.substr(n.start, n.end - n.start));
        const auto people = peopleNamed(name, day);
        for (const Occurrence* t : {titleAt(n.end), titleEndingAt(n.start)})
        {
            if (!t)
                continue;
            titleNextToName[static_cast<std::size_t>(t - titles.data())] = true;
            const std::u16string& written = m_titles[t->entry.index];
            if (people.empty() || std::any_of(people.begin(), people.end(),
                                              [&](const Person* p) { return p->title == written; }))
                continue;
            Finding f =
                finding(rule::kRegisterTitle, paragraph, t->start, t->end - t->start,
                        name + u"在" + dayText(day) + u"的职务是" + quoted(people.front()->title) +
                            u"，不是" + quoted(written) + u"（口径库）。",
                        name + u"'s title on " + dayText(day) + u" is " + people.front()->title +
                            u", not " + written + u" (register).");
            for (const Person* p : people)
                f.suggestions.push_back(p->title);
            out.push_back(std::move(f));
        }
    }
    std::vector<Anchor> anchors;
    for (std::size_t i = 0; i < titles.size(); ++i)
        if (!titleNextToName[i])
        {
            const std::u16string_view title = m_titles[titles[i].entry.index];
            anchors.push_back(Anchor{titles[i].start, true, title});
            anchors.push_back(Anchor{titles[i].end, false, title});
        }
    for (const Occurrence& o : found)
        if (o.entry.kind == Kind::Comrade)
            anchors.push_back(Anchor{o.start, true, {}});
    for (const Occurrence& n : names)
    {
        std::size_t end = n.end;
        if (const Occurrence* t = titleAt(end))
            end = t->end;
        if (end < text.size() && kListSeparators.find(text[end]) != std::u16string_view::npos)
            anchors.push_back(Anchor{end + 1, false, {}});
        if (n.start > 0 && kListSeparators.find(text[n.start - 1]) != std::u16string_view::npos)
            anchors.push_back(Anchor{n.start - 1, true, {}});
    }
    checkNearNames(paragraph, text, day, anchors, out);
    // Lists of people out of their order: 李四、张三 where 张三 comes first.
    std::size_t runStart = 0;
    for (std::size_t i = 1; i <= names.size(); ++i)
    {
        auto separatorAfter = [&](std::size_t k) -> std::size_t { // the separator's offset, or npos
            std::size_t at = names[k].end;
            if (const Occurrence* t = titleAt(at))
                at = t->end;
            return at < text.size() &&
                           kListSeparators.find(text[at]) != std::u16string_view::npos &&
                           k + 1 < names.size() && names[k + 1].start == at + 1
                       ? at
                       : std::u16string_view::npos;
        };
        if (i < names.size() && separatorAfter(i - 1) != std::u16string_view::npos)
            continue;
        if (i - runStart >= 2)
        {
            struct Item
            {
                std::u16string text;
                int order;
            };
            std::vector<Item> items;
            std::vector<char16_t> separators;
            bool known = true;
            for (std::size_t k = runStart; k < i; ++k)
            {
                const auto people =
                    peopleNamed(text.substr(names[k].start, names[k].end - names[k].start), day);
                known = known && !people.empty() && people.front()->order > 0;
                const std::size_t sep = k + 1 < i ? separatorAfter(k) : std::u16string_view::npos;
                std::size_t end = sep;
                if (end == std::u16string_view::npos)
                {
                    end = names[k].end;
                    if (const Occurrence* t = titleAt(end))
                        end = t->end;
                }
                else
                    separators.push_back(text[sep]);
                items.push_back(
                    Item{std::u16string(text.substr(names[k].start, end - names[k].start)),
                         known ? people.front()->order : 0});
            }
            const bool ordered =
                std::is_sorted(items.begin(), items.end(),
                               [](const Item& a, const Item& b) { return a.order < b.order; });
            if (known && !ordered)
            {
                std::vector<Item> sorted = items;
                std::stable_sort(sorted.begin(), sorted.end(),
                                 [](const Item& a, const Item& b) { return a.order < b.order; });
                std::u16string rewritten;
                for (std::size_t k = 0; k < sorted.size(); ++k)
                    rewritten += sorted[k].text +
                                 (k < separators.size() ? std::u16string(1, separators[k]) : u"");
                const std::size_t start = names[runStart].start;
                Finding f = finding(
                    rule::kRegisterOrder, paragraph, start, rewritten.size(),
                    u"人员排列与口径库的排序不一致，应为" + quoted(rewritten) + u"。",
                    u"The people are not listed in the register's order: " + rewritten + u".");
                f.suggestions = {rewritten};
                out.push_back(std::move(f));
            }
        }
        runStart = i;
    }
}

// register.name: a span next to an anchor — a title, 同志, a list of register names — that is a
// register name with one character changed. Next to that person's own title any character may be
// the wrong one (张山主席); elsewhere only a character of the same or a near sound or shape
// (李思同志, 张三、王伍), and not when the span is a word of its own (黎明).
void Register::checkNearNames(std::size_t paragraph, std::u16string_view text, Day day,
                              const std::vector<Anchor>& anchors, std::vector<Finding>& out) const
{
    std::shared_ptr<const typo::Model> model; // read only when a span one character off is found
    bool modelAsked = false;
    std::vector<std::size_t> flagged; // spans' starts: one finding for a span two anchors point to
    for (const Anchor& anchor : anchors)
        for (std::size_t length = kShortestName; length <= kLongestName; ++length)
        {
            if (anchor.nameBefore ? anchor.at < length : anchor.at + length > text.size())
                break;
            const std::size_t start = anchor.nameBefore ? anchor.at - length : anchor.at;
            const std::u16string_view written = text.substr(start, length);
            if (m_peopleByName.count(std::u16string(written)) > 0)
                break; // a name the register has stands there
            if (!std::all_of(written.begin(), written.end(), [](char16_t c) { return isHan(c); }) ||
                std::find(flagged.begin(), flagged.end(), start) != flagged.end())
                continue;
            const Person* meant = nullptr;
            for (std::size_t k = 0; k < length && !meant; ++k)
            {
                std::u16string masked(written);
                masked[k] = u'\0';
                const auto [first, last] = m_namesMasked.equal_range(masked);
                for (auto it = first; it != last && !meant; ++it)
                {
                    const Person& p = m_people[it->second];
                    if (!validOn(day, p.from, p.to) || !oneApart(written, p.name))
                        continue;
                    if (!anchor.title.empty() && p.title == anchor.title)
                    {
                        meant = &p;
                        continue;
                    }
                    if (!modelAsked)
                        model = typo::sharedModel(), modelAsked = true;
                    if (model && model->likeness(written[k], p.name[k]) != 0 &&
                        !isCommonWord(*model, written))
                        meant = &p;
                }
            }
            if (!meant)
                continue;
            Finding f = finding(rule::kRegisterName, paragraph, start, length,
                                quoted(written) + u"疑为" + quoted(meant->name) + u"（口径库中的" +
                                    meant->title + u"）。",
                                std::u16string(written) + u" is probably " + meant->name + u" (" +
                                    meant->title + u" in the register).");
            f.suggestions = {meant->name};
            out.push_back(std::move(f));
            flagged.push_back(start);
            break; // the shortest span next to an anchor
        }
}

// The person a line of a name list is about: the line is short and starts with a register name
// followed by a space, a mark, the end, that person's title or 同志.
const Person* Register::personOfListLine(std::u16string_view line, Day day) const
{
    constexpr std::size_t kLongestListLine = 40;
    line = trimSpaces(line);
    // A sentence is not a line of a list: no comma or full stop but one that ends the line.
    const std::u16string_view inner = line.empty() ? line : line.substr(0, line.size() - 1);
    if (line.size() > kLongestListLine ||
        inner.find_first_of(u"，。；") != std::u16string_view::npos)
        return nullptr;
    for (std::size_t length = std::min(kLongestName, line.size()); length >= kShortestName;
         --length)
    {
        const auto people = peopleNamed(line.substr(0, length), day);
        if (people.empty())
            continue;
        const std::u16string_view rest = trimSpaces(line.substr(length));
        if (length == line.size() || !isHan(line[length]) ||
            rest.substr(0, kComrade.size()) == kComrade ||
            (!people.front()->title.empty() &&
             rest.substr(0, people.front()->title.size()) == people.front()->title))
            return people.front();
    }
    return nullptr;
}

void Register::checkListLines(const std::vector<std::u16string_view>& paragraphs, Day day,
                              std::vector<Finding>& out) const
{
    if (m_people.empty())
        return;
    std::size_t runStart = 0;
    std::vector<const Person*> run;
    auto finishRun = [&]
    {
        const bool ranked =
            std::all_of(run.begin(), run.end(), [](const Person* p) { return p->order > 0; });
        auto byOrder = [](const Person* a, const Person* b) { return a->order < b->order; };
        if (run.size() >= 2 && ranked && !std::is_sorted(run.begin(), run.end(), byOrder))
        {
            std::vector<const Person*> sorted = run;
            std::stable_sort(sorted.begin(), sorted.end(), byOrder);
            std::u16string order;
            for (const Person* p : sorted)
                order += (order.empty() ? u"" : u"、") + p->name;
            const std::u16string_view first = paragraphs[runStart];
            out.push_back(finding(rule::kRegisterOrder, runStart, first.find(run[0]->name),
                                  run[0]->name.size(),
                                  u"名单（" + decimal(static_cast<long long>(run.size())) +
                                      u" 行）的排列与口径库的排序不一致，应为：" + order + u"。",
                                  u"The list (" + decimal(static_cast<long long>(run.size())) +
                                      u" lines) is not in the register's order: " + order + u"."));
        }
        run.clear();
    };
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
    {
        const Person* person = personOfListLine(paragraphs[p], day);
        if (!person)
        {
            finishRun();
            continue;
        }
        if (run.empty())
            runStart = p;
        run.push_back(person);
    }
    finishRun();
}

std::optional<Day> documentDay(const std::vector<std::u16string_view>& paragraphs)
{
    for (auto p = paragraphs.rbegin(); p != paragraphs.rend(); ++p)
    {
        const std::u16string_view t = trimSpaces(*p);
        const std::size_t year = t.find(u'年'), month = t.find(u'月');
        if (t.size() > 16 || t.empty() || t.back() != u'日' || year != 4 ||
            month == std::u16string_view::npos)
            continue;
        auto number = [&](std::size_t from, std::size_t to)
        {
            int n = 0;
            for (std::size_t i = from; i < to; ++i)
            {
                if (t[i] < u'0' || t[i] > u'9')
                    return -1;
                n = n * 10 + (t[i] - u'0');
            }
            return to > from ? n : -1;
        };
        const int y = number(0, year), m = number(year + 1, month),
                  d = number(month + 1, t.size() - 1);
        if (y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)
            return Day{y, m, d};
    }
    return std::nullopt;
}

Day today()
{
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Day{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

} // namespace gongwen::core::wording
