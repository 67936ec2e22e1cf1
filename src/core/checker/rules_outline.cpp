// SPDX-License-Identifier: MPL-2.0
// heading.form, heading.sequence, heading.level, item.sequence, item.count
#include <core/checker/rules.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <array>
#include <optional>

namespace gongwen::core
{
namespace
{

constexpr std::size_t kLevels = 4;
std::size_t levelIndex(HeadingLevel level)
{
    return static_cast<std::size_t>(level) - 1;
}

std::u16string_view levelNameZh(HeadingLevel level)
{
    static constexpr std::array<std::u16string_view, kLevels> names = {
        u"一级标题“一、”", u"二级标题“（一）”", u"三级标题“1.”", u"四级标题“（1）”"};
    return names[levelIndex(level)];
}

std::u16string_view levelNameEn(HeadingLevel level)
{
    static constexpr std::array<std::u16string_view, kLevels> names = {
        u"level-1 heading (一、)", u"level-2 heading (（一）)", u"level-3 heading (1.)",
        u"level-4 heading (（1）)"};
    return names[levelIndex(level)];
}

// What went wrong when `found` came where `expected` was due.
struct SequenceProblem
{
    std::u16string_view zh;
    std::u16string_view en;
};

SequenceProblem describeSequence(int previous, int expected, int found)
{
    if (previous == 0)
        return {u"编号应从第一个开始", u"numbering should start at the first number"};
    if (found == previous)
        return {u"编号重复", u"number repeated"};
    if (found < previous)
        return {u"编号倒退", u"numbering goes backwards"};
    (void)expected;
    return {u"编号跳过了中间的序号", u"numbering skips a number"};
}

} // namespace

void checkHeadingForms(const DocumentOutline& doc, Findings& out)
{
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        const auto& h = doc.outlines[p].heading;
        if (!h || h->wellFormed)
            continue;
        const std::u16string_view found = doc.paragraphs[p].substr(h->markerStart, h->markerLength);
        const std::u16string correct = headingMarker(h->level, h->number, doc.options);
        Finding f =
            makeFinding(rule::kHeadingForm, Severity::Error, p, h->markerStart, h->markerLength);
        f.messageZh = std::u16string(levelNameZh(h->level)) + u"的格式不规范：" + quoted(found) +
                      u"应写作" + quoted(correct) + u"。";
        f.messageEn = u"Malformed " + std::u16string(levelNameEn(h->level)) + u": " +
                      quoted(found) + u" should be " + quoted(correct) + u".";
        f.suggestions.push_back(correct);
        out.push_back(std::move(f));
    }
}

void checkHeadingSequence(const DocumentOutline& doc, Findings& out)
{
    std::array<int, kLevels> last{}; // last number seen at each level under the current parents
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        const auto& h = doc.outlines[p].heading;
        if (!h)
            continue;
        const std::size_t level = levelIndex(h->level);
        const int previous = last[level];
        const int expected = previous + 1;
        if (h->number != expected)
        {
            const auto problem = describeSequence(previous, expected, h->number);
            const std::u16string want = headingNumeral(h->level, expected);
            const std::u16string_view found =
                doc.paragraphs[p].substr(h->numberStart, h->numberLength);
            Finding f = makeFinding(rule::kHeadingSequence, Severity::Error, p, h->numberStart,
                                    h->numberLength);
            f.messageZh = std::u16string(levelNameZh(h->level)) + std::u16string(problem.zh) +
                          u"：此处应为" + quoted(want) + u"，实为" + quoted(found) + u"。";
            f.messageEn = u"Heading numbering: " + std::u16string(problem.en) + u"; expected " +
                          quoted(want) + u", found " + quoted(found) + u".";
            f.suggestions.push_back(want);
            out.push_back(std::move(f));
        }
        // The nearest open parent level; a heading more than one level below it skips a level.
        std::optional<std::size_t> parent;
        for (std::size_t k = level; k-- > 0;)
            if (last[k] > 0)
            {
                parent = k;
                break;
            }
        if (parent && level > *parent + 1)
        {
            const auto skipped = static_cast<HeadingLevel>(*parent + 2);
            Finding f = makeFinding(rule::kHeadingLevel, Severity::Warning, p, h->markerStart,
                                    h->markerLength);
            f.messageZh = std::u16string(levelNameZh(h->level)) + u"前缺少" +
                          std::u16string(levelNameZh(skipped)) + u"，跳过了一个层级。";
            f.messageEn = u"This " + std::u16string(levelNameEn(h->level)) + u" skips the " +
                          std::u16string(levelNameEn(skipped)) + u" level.";
            out.push_back(std::move(f));
        }
        // Expected after this heading's place, not its written number (see assignRuns): the
        // suggestions converge when all are applied.
        last[level] = h->number == expected ? h->number : expected;
        for (std::size_t k = level + 1; k < kLevels; ++k)
            last[k] = 0; // numbering restarts under each parent
    }
}

void checkItemSequence(const DocumentOutline& doc, Findings& out)
{
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        const auto& items = doc.outlines[p].items;
        for (std::size_t i = 0; i < items.size(); ++i)
        {
            const ItemMarker& item = items[i];
            const int expected = doc.expectedNumber[p][i];
            if (item.family == ItemFamily::Sequence || item.number == expected)
                continue;
            const int previous = expected - 1;
            const auto problem = describeSequence(previous, expected, item.number);
            const std::u16string want = itemMarker(item.family, expected);
            const std::u16string_view found = doc.paragraphs[p].substr(item.start, item.length);
            Finding f = makeFinding(rule::kItemSequence, Severity::Error, p, item.numberStart,
                                    item.numberLength);
            f.messageZh = u"条目" + std::u16string(problem.zh) + u"：此处应为" + quoted(want) +
                          u"，实为" + quoted(found) + u"。";
            f.messageEn = u"Item numbering: " + std::u16string(problem.en) + u"; expected " +
                          quoted(want) + u", found " + quoted(found) + u".";
            f.suggestions.push_back(formatChineseNumeral(expected));
            out.push_back(std::move(f));
        }
    }
}

namespace
{

// How many points a count word can be checked against. nullopt when nothing countable
// follows, or when the points are themselves misnumbered: then the sequence finding is the
// one to fix first, and a count is never "corrected" to a number the text does not hold.

// The headings of `level` from paragraph `from` up to the next heading above that level.
std::optional<int> headingsAt(const DocumentOutline& doc, std::size_t from, HeadingLevel level)
{
    int count = 0;
    for (std::size_t q = from; q < doc.paragraphs.size(); ++q)
    {
        const auto& h = doc.outlines[q].heading;
        if (!h || h->level > level)
            continue;
        if (h->level < level)
            break;
        if (h->number != ++count)
            return std::nullopt;
    }
    return count;
}

std::optional<int> itemsInRun(const DocumentOutline& doc, std::size_t run)
{
    const ItemRun& r = doc.runs[run];
    if (!r.inSequence)
        return std::nullopt;
    return static_cast<int>(r.items.size());
}

// The points under heading paragraph `p`: its direct sub-headings, or else the single item
// run of the first item family under it.
std::optional<int> pointsUnderHeading(const DocumentOutline& doc, std::size_t p)
{
    const HeadingLevel level = doc.outlines[p].heading->level;
    std::optional<HeadingLevel> childLevel;
    std::size_t scopeEnd = doc.paragraphs.size(); // first heading after p: items stop there
    for (std::size_t q = p + 1; q < doc.paragraphs.size(); ++q)
    {
        const auto& h = doc.outlines[q].heading;
        if (!h)
            continue;
        scopeEnd = std::min(scopeEnd, q);
        if (h->level <= level)
            break;
        if (!childLevel || h->level < *childLevel)
            childLevel = h->level;
    }
    if (childLevel)
        return headingsAt(doc, p + 1, *childLevel);
    std::optional<ItemFamily> family;
    std::optional<std::size_t> onlyRun;
    for (std::size_t q = p; q < scopeEnd; ++q)
        for (std::size_t i = 0; i < doc.outlines[q].items.size(); ++i)
        {
            const ItemMarker& item = doc.outlines[q].items[i];
            if (!family)
                family = item.family;
            if (item.family != *family)
                continue;
            const std::size_t run = doc.runOfItem[q][i];
            if (onlyRun && *onlyRun != run)
                return std::nullopt; // several runs: the count word does not say which
            onlyRun = run;
        }
    if (!onlyRun)
        return std::nullopt;
    return itemsInRun(doc, *onlyRun);
}

// The points a lead mark in paragraph `p` introduces: the run starting right after it (same
// paragraph, or at the start of the next one, continuing up to the next heading), or the
// headings that follow when the lead ends its paragraph.
std::optional<int> pointsAfterLead(const DocumentOutline& doc, std::size_t p, const LeadColon& lead)
{
    const auto& items = doc.outlines[p].items;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].start > lead.position)
            return items[i].number == 1 ? itemsInRun(doc, doc.runOfItem[p][i]) : std::nullopt;
    if (p + 1 >= doc.paragraphs.size())
        return std::nullopt;
    const ParagraphOutline& next = doc.outlines[p + 1];
    if (next.heading)
    {
        if (next.heading->number != 1)
            return std::nullopt;
        return headingsAt(doc, p + 1, next.heading->level);
    }
    if (next.items.empty() || next.items.front().number != 1 ||
        next.items.front().start != skipSpaces(doc.paragraphs[p + 1], 0))
        return std::nullopt;
    return itemsInRun(doc, doc.runOfItem[p + 1][0]);
}

void reportCount(const DocumentOutline& doc, std::size_t p, const CountWord& word, int actual,
                 Findings& out)
{
    if (word.value == actual || actual <= 0)
        return;
    const std::u16string_view found = doc.paragraphs[p].substr(word.start, word.length);
    Finding f = makeFinding(rule::kItemCount, Severity::Error, p, word.start, word.numberLength);
    f.messageZh = u"数量词" + quoted(found) + u"与其后的条目数不符：后文共有" +
                  formatCountNumeral(actual) + u"项。";
    f.messageEn = u"Count word " + quoted(found) + u" announces " + decimal(word.value) +
                  u" points, but " + decimal(actual) + u" follow.";
    f.suggestions.push_back(formatCountNumeral(actual));
    out.push_back(std::move(f));
}

} // namespace

void checkItemCounts(const DocumentOutline& doc, Findings& out)
{
    for (std::size_t p = 0; p < doc.paragraphs.size(); ++p)
    {
        const ParagraphOutline& outline = doc.outlines[p];
        std::optional<std::size_t> checkedAt;
        for (const LeadColon& lead : outline.leadColons)
            if (auto actual = pointsAfterLead(doc, p, lead))
            {
                reportCount(doc, p, lead.countWord, *actual, out);
                checkedAt = lead.countWord.start;
            }
        if (outline.heading && outline.titleCountWord && checkedAt != outline.titleCountWord->start)
            if (auto actual = pointsUnderHeading(doc, p))
                reportCount(doc, p, *outline.titleCountWord, *actual, out);
    }
}

} // namespace gongwen::core
