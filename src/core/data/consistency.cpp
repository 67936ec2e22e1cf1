// SPDX-License-Identifier: MPL-2.0
#include <core/data/consistency.hpp>

#include <core/data/quantities.hpp>
#include <core/text/text.hpp>

#include <algorithm>
#include <array>
#include <cstdint>

namespace gongwen::core::data
{
namespace
{

using Findings = std::vector<Finding>;
using Quantities = std::vector<Quantity>;

// Clause punctuation: a relation never reaches across it between its two ends.
bool isClauseBreak(char16_t c)
{
    return c == u'，' || c == u'；' || c == u'。' || c == u'、' || c == u'：' || c == u'！' ||
           c == u'？' || c == u',';
}
bool isSentenceBreak(char16_t c)
{
    return c == u'。' || c == u'；' || c == u'！' || c == u'？' || c == u'\n';
}

bool clauseBreakBetween(std::u16string_view text, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i < to && i < text.size(); ++i)
        if (isClauseBreak(text[i]))
            return true;
    return false;
}

struct Sentence
{
    std::size_t begin, end;
};

std::u16string written(std::u16string_view text, const Quantity& q)
{
    return std::u16string(text.substr(q.start, q.length));
}

// `value` written as `like` writes its figure: 250万元 when it says 300万元.
std::u16string inScaleOf(std::u16string_view text, const Quantity& like, const Exact& value)
{
    const std::u16string_view numeral = text.substr(like.start, like.numeralEnd - like.start);
    const bool yi = numeral.find(u'亿') != std::u16string_view::npos;
    const bool wan = numeral.find(u'万') != std::u16string_view::npos;
    int digits = like.arabic ? like.decimals : 0;
    const Exact scaled = yi ? value / powerOfTen(wan ? 12 : 8) : wan ? value / 10000 : value;
    while (digits < 4 && denominator(scaled * powerOfTen(digits)) != 1)
        ++digits;
    return formatExact(scaled, digits) +
           (yi    ? (wan ? u"万亿" : u"亿")
            : wan ? u"万"
                  : u"") +
           like.unit;
}

void add(Findings& out, const char* rule, std::size_t paragraph, std::size_t start,
         std::size_t length, std::u16string zh, std::u16string en, std::u16string suggestion = {})
{
    Finding f = makeFinding(rule, Severity::Warning, paragraph, start, length);
    f.messageZh = std::move(zh);
    f.messageEn = std::move(en);
    if (!suggestion.empty())
        f.suggestions.push_back(std::move(suggestion));
    out.push_back(std::move(f));
}

bool sameUnit(const Quantity& a, const Quantity& b)
{
    return a.measure == b.measure && (a.measure != Measure::Plain || a.unit == b.unit);
}

// Intervals that do not meet: what the text states cannot be true for any value it allows.
bool disjoint(const Exact& lowA, const Exact& highA, const Exact& lowB, const Exact& highB)
{
    return highA < lowB || highB < lowA;
}

std::u16string percentSign(std::u16string_view text, const Quantity& q)
{
    const std::size_t end = q.numeralEnd;
    return end < text.size() && text[end] == u'％' ? u"％" : u"%";
}

// ---------------------------------------------------------------- direction words

struct Direction
{
    std::u16string_view word;
    int sign; // +1 up, -1 down
    std::u16string_view opposite;
};

constexpr Direction kDirections[] = {
    {u"提高", 1, u"降低"},  {u"增加", 1, u"减少"},  {u"增长", 1, u"下降"},  {u"上升", 1, u"下降"},
    {u"扩大", 1, u"缩小"},  {u"提升", 1, u"下降"},  {u"攀升", 1, u"下降"},  {u"跃升", 1, u"下降"},
    {u"增至", 1, u"减至"},  {u"升至", 1, u"降至"},  {u"增长", 1, u"下降"},  {u"上涨", 1, u"下跌"},
    {u"下降", -1, u"上升"}, {u"减少", -1, u"增加"}, {u"降低", -1, u"提高"}, {u"缩小", -1, u"扩大"},
    {u"回落", -1, u"上升"}, {u"下滑", -1, u"上升"}, {u"缩减", -1, u"增加"}, {u"压缩", -1, u"增加"},
    {u"减至", -1, u"增至"}, {u"降至", -1, u"升至"}, {u"下跌", -1, u"上涨"},
};

const Direction* directionAt(std::u16string_view text, std::size_t at)
{
    for (const Direction& d : kDirections)
        if (startsWith(text, at, d.word))
            return &d;
    return nullptr;
}

// A stated change from one figure to another: 从/由 A 提高到 B.
struct Change
{
    const Quantity* from = nullptr;
    const Quantity* to = nullptr;
    const Direction* direction = nullptr;
    std::size_t verbAt = 0;
};

const Quantity* quantityStartingIn(const Quantities& qs, std::u16string_view text, std::size_t from,
                                   std::size_t limit, std::size_t end)
{
    for (const Quantity& q : qs)
        if (q.start >= from && q.start <= from + limit && q.start < end)
            return clauseBreakBetween(text, from, q.start) ? nullptr : &q;
    return nullptr;
}

std::vector<Change> changes(std::u16string_view text, const Sentence& s, const Quantities& qs)
{
    std::vector<Change> out;
    for (std::size_t i = s.begin; i < s.end; ++i)
    {
        if (text[i] != u'从' && text[i] != u'由')
            continue;
        const Quantity* a = quantityStartingIn(qs, text, i + 1, 14, s.end);
        if (!a)
            continue;
        std::size_t v = a->start + a->length;
        if (v < s.end && text[v] == u'的')
            ++v;
        const Direction* d = directionAt(text, v);
        if (!d)
            continue;
        std::size_t after = v + d->word.size();
        if (after < s.end && text[after] == u'了')
            ++after;
        const bool verbHasTo = d->word.back() == u'至';
        if (!verbHasTo)
        {
            if (after >= s.end ||
                (text[after] != u'到' && text[after] != u'至' && text[after] != u'为'))
                continue;
            ++after;
        }
        const Quantity* b = quantityStartingIn(qs, text, after, 14, s.end);
        if (!b || b->measure != a->measure)
            continue;
        // 从5200增加到8600万人: the first figure takes the second's unit only when it has none and
        // no scale of its own; with a scale on the second alone we cannot tell.
        if (a->measure == Measure::Plain && a->unit != b->unit &&
            !(a->unit.empty() && a->scaled == b->scaled))
            continue;
        out.push_back(Change{a, b, d, v});
        i = b->start;
    }
    return out;
}

void checkDirection(std::size_t p, std::u16string_view text, const Change& c, Findings& out)
{
    const bool contradicts =
        c.direction->sign > 0 ? c.from->low > c.to->high : c.from->high < c.to->low;
    if (!contradicts)
        return;
    const std::u16string a = written(text, *c.from), b = written(text, *c.to);
    const std::u16string word(c.direction->word);
    const std::u16string_view fallsZh = c.direction->sign > 0 ? u"减少" : u"增加";
    const std::u16string_view fallsEn = c.direction->sign > 0 ? u"falls" : u"rises";
    add(out, "data.direction", p, c.verbAt, c.direction->word.size(),
        u"从 " + a + u" 到 " + b + u" 是" + std::u16string(fallsZh) + u"，文中却说“" + word + u"”",
        u"From " + a + u" to " + b + u" the figure " + std::u16string(fallsEn) +
            u", but the text says “" + word + u"”",
        std::u16string(c.direction->opposite));
}

// The change stated after a from–to pair: 增长20%, 提高了4.5个百分点, 增加20亿元.
const Quantity* statedChange(std::u16string_view text, const Sentence& s, const Quantities& qs,
                             const Change& c, const Direction*& verb)
{
    const std::size_t from = c.to->start + c.to->length;
    for (std::size_t i = from; i < s.end && i < from + 12; ++i)
    {
        const Direction* d = directionAt(text, i);
        const bool amplitude = startsWith(text, i, u"增幅") || startsWith(text, i, u"降幅") ||
                               startsWith(text, i, u"涨幅") || startsWith(text, i, u"增速");
        if (!d && !amplitude)
            continue;
        if (d && d->word.back() == u'至')
            return nullptr;
        verb = d;
        std::size_t after = i + 2;
        for (std::u16string_view filler : {u"了", u"为", u"达到", u"达", u"约", u"近"})
            if (startsWith(text, after, filler))
                after += filler.size();
        // 提高到 / 增长至 name a new level, not a change.
        if (after < s.end && (text[after] == u'到' || text[after] == u'至'))
            return nullptr;
        for (const Quantity& q : qs)
            if (q.start == after)
                return &q;
        return nullptr;
    }
    return nullptr;
}

// 实现地区生产总值120亿元，比上年的100亿元增长25%: the figure before 比 against the one after it.
std::vector<std::pair<Change, const Quantity*>> comparisons(std::u16string_view text,
                                                            const Sentence& s, const Quantities& qs)
{
    std::vector<std::pair<Change, const Quantity*>> out;
    for (std::size_t i = s.begin; i < s.end; ++i)
    {
        if (text[i] != u'比' || (i + 1 < s.end && (text[i + 1] == u'例' || text[i + 1] == u'重')))
            continue;
        const Quantity* before = quantityStartingIn(qs, text, i + 1, 8, s.end);
        if (!before)
            continue;
        std::size_t v = before->start + before->length;
        const Direction* d = directionAt(text, v);
        if (!d || d->word.back() == u'至')
            continue;
        std::size_t after = v + d->word.size();
        if (after < s.end && text[after] == u'了')
            ++after;
        const Quantity* x = nullptr;
        for (const Quantity& q : qs)
            if (q.start == after)
                x = &q;
        // The figure compared: the nearest before 比 in the same unit, in this sentence.
        const Quantity* now = nullptr;
        for (const Quantity& q : qs)
            if (q.start >= s.begin && q.start + q.length <= i && sameUnit(q, *before))
                now = &q;
        if (!now || (before->measure == Measure::Plain && before->unit.empty()))
            continue;
        out.push_back({Change{before, now, d, v}, x});
    }
    return out;
}

void checkChangeSize(std::size_t p, std::u16string_view text, const Change& c, const Quantity* x,
                     const Direction* verb, Findings& out)
{
    if (!x || x->approximate || c.from->approximate || c.to->approximate)
        return;
    const Quantity& a = *c.from;
    const Quantity& b = *c.to;
    const std::u16string aText = written(text, a), bText = written(text, b),
                         xText = written(text, *x);
    // The size of the change, whichever way the verb points (a wrong direction is data.direction).
    const Exact diff = b.value > a.value ? b.value - a.value : a.value - b.value;
    const Exact diffLow = std::max(Exact(0), (b.value > a.value ? b.low - a.high : a.low - b.high));
    const Exact diffHigh = b.value > a.value ? b.high - a.low : a.high - b.low;
    if (a.measure == Measure::Plain && x->measure == Measure::Percent)
    {
        if (a.low <= 0)
            return; // from zero: no rate
        const Exact rate = diff / a.value * 100;
        const Exact rateLow = diffLow / a.high * 100, rateHigh = diffHigh / a.low * 100;
        if (!disjoint(rateLow, rateHigh, x->low, x->high))
            return;
        const std::u16string shown = formatExact(rate, x->decimals) + percentSign(text, *x);
        const std::u16string sum = b.value > a.value
                                       ? u"（" + bText + u" − " + aText + u"）÷ " + aText
                                       : u"（" + aText + u" − " + bText + u"）÷ " + aText;
        const std::u16string sumEn = b.value > a.value
                                         ? u"(" + bText + u" − " + aText + u") ÷ " + aText
                                         : u"(" + aText + u" − " + bText + u") ÷ " + aText;
        add(out, "data.growth", p, x->start, x->length, sum + u" = " + shown + u"，文中为 " + xText,
            sumEn + u" = " + shown + u", the text says " + xText,
            x->arabic ? shown : std::u16string());
        return;
    }
    if (a.measure == Measure::Percent &&
        (x->measure == Measure::Percent || x->measure == Measure::Points))
    {
        const std::u16string points =
            formatExact(diff, std::max(x->decimals, std::max(a.decimals, b.decimals)));
        if (x->measure == Measure::Points)
        {
            if (!disjoint(diffLow, diffHigh, x->low, x->high))
                return;
            add(out, "data.points", p, x->start, x->numeralEnd - x->start,
                bText + u" 与 " + aText + u" 相差 " + points + u" 个百分点，文中为 " + xText,
                bText + u" and " + aText + u" differ by " + points +
                    u" percentage points, the text says " + xText,
                x->arabic ? points : std::u16string());
            return;
        }
        // 提高了4.5%: right as a relative change, or a difference that should be 个百分点.
        if (a.low > 0 && !disjoint(diffLow / a.high * 100, diffHigh / a.low * 100, x->low, x->high))
            return;
        if (!disjoint(diffLow, diffHigh, x->low, x->high))
        {
            add(out, "data.points", p, x->start, x->length,
                bText + u" 与 " + aText + u" 相差 " + points +
                    u" 个百分点：两个百分率之差应写作“个百分点”，文中为 " + xText,
                bText + u" and " + aText + u" differ by " + points +
                    u" percentage points: a difference of two rates is in 个百分点, the text "
                    u"says " +
                    xText,
                x->arabic ? formatExact(x->value, x->decimals) + u"个百分点" : std::u16string());
            return;
        }
        const std::u16string relative =
            a.low > 0 ? formatExact(diff / a.value * 100, x->decimals) + u"%" : u"—";
        add(out, "data.points", p, x->start, x->length,
            bText + u" 与 " + aText + u" 相差 " + points + u" 个百分点（相对变化 " + relative +
                u"），文中为 " + xText,
            bText + u" and " + aText + u" differ by " + points +
                u" percentage points (a relative change of " + relative + u"), the text says " +
                xText);
        return;
    }
    if (a.measure == Measure::Plain && x->measure == Measure::Times && b.value > a.value &&
        a.low > 0 && verb != nullptr && verb->sign > 0)
    {
        // 增长1.5倍: the new figure is 2.5 times the old. Written loosely for "is 1.5 times" as
        // often: report only what neither reading allows.
        const Exact ratioLow = b.low / a.high, ratioHigh = b.high / a.low;
        if (!disjoint(ratioLow - 1, ratioHigh - 1, x->low, x->high) ||
            !disjoint(ratioLow, ratioHigh, x->low, x->high))
            return;
        const int decimals = std::max(1, x->decimals);
        const std::u16string ratio = formatExact(b.value / a.value, decimals);
        const std::u16string growth = formatExact(b.value / a.value - 1, decimals);
        add(out, "data.growth", p, x->start, x->length,
            bText + u" ÷ " + aText + u" = " + ratio + u" 倍，即增长 " + growth + u" 倍，文中为 " +
                xText,
            bText + u" ÷ " + aText + u" = " + ratio + u" times, a growth of " + growth +
                u" times, the text says " + xText);
        return;
    }
    if (a.measure == Measure::Plain && x->measure == Measure::Plain && x->unit == b.unit &&
        !b.unit.empty() && (b.unit != u"倍"))
    {
        if (!disjoint(diffLow, diffHigh, x->low, x->high))
            return;
        const bool sameForm = x->arabic && x->scaled == b.scaled && !x->scaled;
        add(out, "data.growth", p, x->start, x->length,
            bText + u" − " + aText + u" = " + inScaleOf(text, b, diff) + u"，文中为 " + xText,
            bText + u" − " + aText + u" = " + inScaleOf(text, b, diff) + u", the text says " +
                xText,
            sameForm ? formatExact(diff, x->decimals) + b.unit : std::u16string());
    }
}

void checkStatedChange(std::size_t p, std::u16string_view text, const Sentence& s,
                       const Quantities& qs, const Change& c, Findings& out)
{
    const Direction* verb = nullptr;
    const Quantity* x = statedChange(text, s, qs, c, verb);
    checkChangeSize(p, text, c, x, verb, out);
}

// ---------------------------------------------------------------- parts of a total

constexpr std::u16string_view kTotalWords[] = {u"总计", u"合计", u"共计", u"累计", u"总共",
                                               u"一共", u"总数", u"共有", u"共"};

const Quantity* totalAfter(std::u16string_view text, const Sentence& s, const Quantities& qs,
                           std::size_t& marker)
{
    for (std::size_t i = s.begin; i < s.end; ++i)
        for (std::u16string_view w : kTotalWords)
            if (startsWith(text, i, w))
            {
                // 公共, 总共同 …: 共 inside a word is not a total.
                if (w == u"共" && i > 0 &&
                    (text[i - 1] == u'公' || text[i - 1] == u'中' || text[i - 1] == u'总'))
                    break;
                if (w == u"共" && i + 1 < text.size() &&
                    (text[i + 1] == u'同' || text[i + 1] == u'享' || text[i + 1] == u'建' ||
                     text[i + 1] == u'识' || text[i + 1] == u'产' || text[i + 1] == u'青' ||
                     text[i + 1] == u'治' || text[i + 1] == u'赢'))
                    break;
                const Quantity* t = quantityStartingIn(qs, text, i + w.size(), 16, s.end);
                if (t && t->measure == Measure::Plain && !t->unit.empty() && !t->approximate)
                {
                    marker = i;
                    return t;
                }
                break;
            }
    return nullptr;
}

// 合计300万元，分别为100万元和150万元: parts listed with 分别 after a total (and no 其中) are all
// of it, so they must add up to it.
void checkRespectively(std::size_t p, std::u16string_view text, const Sentence& s,
                       const Quantities& qs, const Quantity& total, std::size_t marker,
                       Findings& out)
{
    const std::size_t at = text.substr(0, s.end).find(u"分别", total.start + total.length);
    if (at == std::u16string_view::npos || marker > total.start)
        return;
    std::vector<const Quantity*> parts;
    for (const Quantity& q : qs)
        if (q.start > at && q.start < s.end)
        {
            if (!sameUnit(q, total) || q.approximate)
                return; // a list of other things, or not exact: nothing to add up
            parts.push_back(&q);
        }
    if (parts.size() < 2)
        return;
    Exact low = 0, high = 0, sum = 0;
    std::u16string terms;
    for (const Quantity* part : parts)
    {
        low += part->low;
        high += part->high;
        sum += part->value;
        terms += (terms.empty() ? u"" : u" + ") + written(text, *part);
    }
    if (!disjoint(low, high, total.low, total.high))
        return;
    const Quantity& first = *parts.front();
    const Quantity& last = *parts.back();
    const std::u16string totalText = written(text, total);
    const std::u16string sumText = inScaleOf(text, total, sum);
    add(out, "data.parts", p, first.start, last.start + last.length - first.start,
        u"分别列出的各项之和 " + terms + u" = " + sumText + u"，与总数 " + totalText + u" 不符",
        u"The parts listed add up to " + terms + u" = " + sumText + u", not the total " +
            totalText);
}

// A figure that states a change (比上年增加5次), not an amount: never a total or a part.
bool statesChange(std::u16string_view text, const Quantity& q)
{
    return q.start >= 2 && directionAt(text, q.start - 2) != nullptr;
}

// 共开展视察调研18次，其中重点视察25次: 其中 names parts of the figure just before it in the
// same unit (共 or not: 其中 always means "among them").
void checkParts(std::size_t p, std::u16string_view text, const Sentence& s, const Quantities& qs,
                Findings& out)
{
    const std::size_t among = text.substr(0, s.end).find(u"其中", s.begin);
    if (among == std::u16string_view::npos)
    {
        std::size_t marker = 0;
        if (const Quantity* total = totalAfter(text, s, qs, marker))
            checkRespectively(p, text, s, qs, *total, marker, out);
        return;
    }
    std::vector<const Quantity*> units; // the first part of each unit, in order
    for (const Quantity& q : qs)
        if (q.start > among && q.start < s.end && q.measure == Measure::Plain && !q.unit.empty() &&
            !statesChange(text, q) &&
            std::none_of(units.begin(), units.end(),
                         [&](const Quantity* u) { return sameUnit(*u, q); }))
            units.push_back(&q);
    for (const Quantity* unit : units)
    {
        const Quantity* total = nullptr;
        for (const Quantity& q : qs)
            if (q.start >= s.begin && q.start + q.length <= among && sameUnit(q, *unit) &&
                !statesChange(text, q))
                total = &q;
        if (!total || total->approximate)
            continue;
        std::vector<const Quantity*> parts;
        bool anyApproximate = false;
        for (const Quantity& q : qs)
            if (q.start > among && q.start < s.end && sameUnit(q, *total) && !statesChange(text, q))
            {
                parts.push_back(&q);
                anyApproximate = anyApproximate || q.approximate;
            }
        const std::u16string totalText = written(text, *total);
        bool reported = false;
        for (const Quantity* part : parts)
            if (part->low > total->high)
            {
                const std::u16string partText = written(text, *part);
                add(out, "data.parts", p, part->start, part->length,
                    u"其中的 " + partText + u" 大于总数 " + totalText,
                    u"The part " + partText + u" is larger than the total " + totalText);
                reported = true;
                break;
            }
        if (reported || parts.size() < 2 || anyApproximate)
            continue;
        Exact sum = 0;
        std::u16string terms;
        for (const Quantity* part : parts)
        {
            sum += part->low;
            terms += (terms.empty() ? u"" : u" + ") + written(text, *part);
        }
        if (sum <= total->high)
            continue;
        const Quantity& first = *parts.front();
        const Quantity& last = *parts.back();
        const std::u16string sumText = inScaleOf(text, *total, sum);
        add(out, "data.parts", p, first.start, last.start + last.length - first.start,
            u"其中各项之和 " + terms + u" = " + sumText + u"，大于总数 " + totalText,
            u"The parts add up to " + terms + u" = " + sumText + u", more than the total " +
                totalText);
    }
}

// ---------------------------------------------------------------- shares and rates

// The figure a share or rate is computed from: the nearest figure before `at` in the unit of
// `part`, and every earlier one that is at least as large.
std::vector<const Quantity*> wholesBefore(const Quantities& qs, const Sentence& s,
                                          const Quantity& part)
{
    std::vector<const Quantity*> out;
    for (auto it = qs.rbegin(); it != qs.rend(); ++it)
        if (it->start >= s.begin && it->start < part.start && sameUnit(*it, part) &&
            !it->approximate && it->high >= part.low)
            out.push_back(&*it);
    return out;
}

void reportShare(std::size_t p, std::u16string_view text, const Quantity& part,
                 const Quantity& whole, const Quantity& stated, Findings& out)
{
    const Exact share = part.value / whole.value * 100;
    const std::u16string shown = formatExact(share, stated.decimals) + percentSign(text, stated);
    // As written, without the unit: 188 ÷ 193, 5万 ÷ 40万.
    const std::u16string partText(text.substr(part.start, part.numeralEnd - part.start));
    const std::u16string wholeText(text.substr(whole.start, whole.numeralEnd - whole.start));
    const std::u16string statedText = written(text, stated);
    add(out, "data.share", p, stated.start, stated.length,
        partText + u" ÷ " + wholeText + u" = " + shown + u"，文中为 " + statedText,
        partText + u" ÷ " + wholeText + u" = " + shown + u", the text says " + statedText,
        stated.arabic ? shown : std::u16string());
}

bool shareMatches(const Quantity& part, const Quantity& whole, const Quantity& stated)
{
    if (whole.high <= 0)
        return true; // nothing to divide by: no finding
    const Exact low = part.low / whole.high * 100;
    const Exact high = whole.low > 0 ? part.high / whole.low * 100 : Exact(stated.high + 1);
    return !disjoint(low, high, stated.low, stated.high);
}

void checkShares(std::size_t p, std::u16string_view text, const Sentence& s, const Quantities& qs,
                 Findings& out)
{
    for (std::size_t i = s.begin; i < s.end; ++i)
    {
        if (text[i] != u'占' || (i + 1 < s.end && text[i + 1] == u'用') ||
            (i + 1 < s.end && text[i + 1] == u'有') || (i + 1 < s.end && text[i + 1] == u'领'))
            continue;
        // The stated share: the first percentage after 占 in its clause.
        const Quantity* stated = nullptr;
        for (const Quantity& q : qs)
            if (q.start > i && q.start < s.end && q.start <= i + 16 &&
                q.measure == Measure::Percent)
            {
                stated = clauseBreakBetween(text, i, q.start) ? nullptr : &q;
                break;
            }
        if (!stated || stated->approximate)
            continue;
        // The part: the nearest plain figure before 占, in its sentence.
        const Quantity* part = nullptr;
        for (const Quantity& q : qs)
            if (q.start >= s.begin && q.start < i && q.measure == Measure::Plain && !q.unit.empty())
                part = &q;
        if (!part || part->approximate)
            continue;
        // The whole: named after 占 (占全部193件的), or an earlier figure of the sentence.
        std::vector<const Quantity*> wholes;
        for (const Quantity& q : qs)
            if (q.start > i && q.start < stated->start && sameUnit(q, *part) && !q.approximate)
                wholes.push_back(&q);
        if (wholes.empty())
            wholes = wholesBefore(qs, s, *part);
        if (wholes.empty())
            continue;
        if (std::none_of(wholes.begin(), wholes.end(),
                         [&](const Quantity* w) { return shareMatches(*part, *w, *stated); }))
            reportShare(p, text, *part, *wholes.front(), *stated, out);
    }
}

// 办结率99.0% after 受理193件，办结188件: the rate of the figure that follows the rate's stem.
void checkRates(std::size_t p, std::u16string_view text, const Sentence& s, const Quantities& qs,
                Findings& out)
{
    for (std::size_t i = s.begin + 2; i < s.end; ++i)
    {
        if (text[i] != u'率')
            continue;
        const std::u16string_view stem = text.substr(i - 2, 2);
        if (!isHan(stem[0]) || !isHan(stem[1]))
            continue;
        std::size_t after = i + 1;
        for (std::u16string_view filler : {u"为", u"达到", u"达", u"是", u"：", u"超过"})
            if (startsWith(text, after, filler))
                after += filler.size();
        const Quantity* stated = nullptr;
        for (const Quantity& q : qs)
            if (q.start == after && q.measure == Measure::Percent)
                stated = &q;
        if (!stated || stated->approximate)
            continue;
        // The part: 办结188件 (or 办结了188件, 已办结188件) before the rate.
        const Quantity* part = nullptr;
        for (std::size_t k = text.substr(0, i - 2).find(stem, s.begin);
             k != std::u16string_view::npos && k < i - 2;
             k = text.substr(0, i - 2).find(stem, k + 1))
        {
            std::size_t at = k + 2;
            if (at < s.end && text[at] == u'了')
                ++at;
            for (const Quantity& q : qs)
                if (q.start == at && q.measure == Measure::Plain && !q.unit.empty())
                    part = &q;
        }
        if (!part || part->approximate)
            continue;
        const std::vector<const Quantity*> wholes = wholesBefore(qs, s, *part);
        if (wholes.empty())
            continue;
        if (std::none_of(wholes.begin(), wholes.end(),
                         [&](const Quantity* w) { return shareMatches(*part, *w, *stated); }))
            reportShare(p, text, *part, *wholes.front(), *stated, out);
    }
}

// ---------------------------------------------------------------- dates

constexpr std::array<std::u16string_view, 7> kWeekdayNames = {u"一", u"二", u"三", u"四",
                                                              u"五", u"六", u"日"};

std::u16string dateText(int year, int month, int day)
{
    return decimal(year) + u"年" + decimal(month) + u"月" + decimal(day) + u"日";
}

struct DatedMention
{
    DateMention mention;
    int year = 0, month = 0;
    bool yearWritten = false; // in the paragraph (the mention's own or an earlier one's)
};

// Dates with their year and month completed from earlier dates of the paragraph, then `fallback`.
std::vector<DatedMention> completeDates(std::u16string_view text, std::optional<int> fallback)
{
    std::vector<DatedMention> out;
    std::optional<int> year;
    std::optional<int> month;
    for (const DateMention& d : readDates(text))
    {
        if (d.year)
            year = d.year;
        if (d.month)
            month = d.month;
        DatedMention m;
        m.mention = d;
        m.yearWritten = year.has_value();
        m.year = year.value_or(fallback.value_or(0));
        m.month = month.value_or(0);
        out.push_back(m);
    }
    return out;
}

void checkWeekday(std::size_t p, const DatedMention& d, Findings& out)
{
    const DateMention& m = d.mention;
    if (!m.weekday || !validDate(d.year, d.month, m.day))
        return;
    const int actual = weekdayOf(d.year, d.month, m.day);
    if (actual == *m.weekday)
        return;
    const std::u16string right(kWeekdayNames[static_cast<std::size_t>(actual - 1)]);
    const std::u16string date = dateText(d.year, d.month, m.day);
    const std::u16string prefix = m.weekdayLength == 1 ? u"周" : u"星期";
    const std::u16string wrote =
        prefix + std::u16string(kWeekdayNames[static_cast<std::size_t>(*m.weekday - 1)]);
    constexpr std::array<std::u16string_view, 7> kEnglish = {
        u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday"};
    add(out, "data.weekday", p, m.weekdayStart + m.weekdayLength - 1, 1,
        date + u"是" + prefix + right + u"，文中为" + wrote,
        date + u" is a " + std::u16string(kEnglish[static_cast<std::size_t>(actual - 1)]) +
            u", the text says " + wrote,
        right);
}

// 2月10日至2月16日，共6天: both days count.
void checkSpan(std::size_t p, std::u16string_view text, const DatedMention& a,
               const DatedMention& b, std::size_t sentenceEnd, Findings& out)
{
    const std::size_t aEnd = a.mention.start + a.mention.length;
    if (b.mention.start != aEnd + 1)
        return;
    const char16_t mark = text[aEnd];
    if (mark != u'至' && mark != u'到' && mark != u'—' && mark != u'～' && mark != u'-' &&
        mark != u'－')
        return;
    const int yearB = b.mention.year ? *b.mention.year : a.year;
    if (!validDate(a.year, a.month, a.mention.day) || !validDate(yearB, b.month, b.mention.day))
        return;
    const long days = daysFromCivil(yearB, b.month, b.mention.day) -
                      daysFromCivil(a.year, a.month, a.mention.day) + 1;
    if (days < 1 || days > 3660)
        return;
    // The stated count: 共6天, 为期6天, 历时6天, 共计6日, 连续6天 — in the same sentence, soon
    // after.
    const std::size_t from = b.mention.start + b.mention.length;
    for (std::size_t i = from; i < sentenceEnd && i < from + 8; ++i)
        for (std::u16string_view w :
             {u"共计", u"为期", u"历时", u"历经", u"会期", u"连续", u"共", u"计"})
        {
            if (!startsWith(text, i, w))
                continue;
            const std::size_t at = i + w.size();
            std::vector<Quantity> qs =
                readQuantities(text.substr(0, std::min(sentenceEnd, at + 12)));
            for (const Quantity& q : qs)
            {
                if (q.start != at || q.approximate ||
                    (q.unit != u"天" && !startsWith(text, q.numeralEnd, u"日")) ||
                    q.measure != Measure::Plain || q.scaled)
                    continue;
                if (q.value == days)
                    return;
                const std::u16string stated(text.substr(q.start, q.numeralEnd - q.start));
                const std::u16string count = decimal(days);
                add(out, "data.days", p, q.start, q.numeralEnd - q.start,
                    std::u16string(text.substr(a.mention.start, from - a.mention.start)) + u"共 " +
                        count + u" 天（首尾两天都算），文中为 " + stated,
                    std::u16string(text.substr(a.mention.start, from - a.mention.start)) + u" is " +
                        count + u" days (both ends count), the text says " + stated,
                    q.arabic ? count : std::u16string());
                return;
            }
            // 日 is read as a date mark by the figure reader: 共6日.
            if (at < text.size() && (text[at] >= u'0' && text[at] <= u'9'))
            {
                std::size_t k = at;
                long n = 0;
                while (k < text.size() && text[k] >= u'0' && text[k] <= u'9' && k - at < 5)
                    n = n * 10 + (text[k++] - u'0');
                if (k < text.size() && (text[k] == u'日' || text[k] == u'天') && n != days)
                    add(out, "data.days", p, at, k - at,
                        std::u16string(text.substr(a.mention.start, from - a.mention.start)) +
                            u"共 " + decimal(days) + u" 天（首尾两天都算），文中为 " + decimal(n),
                        std::u16string(text.substr(a.mention.start, from - a.mention.start)) +
                            u" is " + decimal(days) + u" days (both ends count), the text says " +
                            decimal(n),
                        decimal(days));
            }
            return;
        }
}

std::size_t sentenceEndAfter(std::u16string_view text, std::size_t at)
{
    while (at < text.size() && !isSentenceBreak(text[at]))
        ++at;
    return at;
}

void checkDates(std::size_t p, std::u16string_view text, std::optional<int> fallback,
                bool onlyUndated, Findings& out)
{
    const std::vector<DatedMention> dates = completeDates(text, fallback);
    for (std::size_t k = 0; k < dates.size(); ++k)
    {
        const DatedMention& d = dates[k];
        if (d.year == 0 || d.month == 0 || d.yearWritten == onlyUndated)
            continue;
        checkWeekday(p, d, out);
        if (k + 1 < dates.size() && dates[k + 1].month != 0)
            checkSpan(p, text, d, dates[k + 1], sentenceEndAfter(text, d.mention.start), out);
    }
}

} // namespace

namespace
{

// What relations a stretch of text may state, from one table lookup per character: most
// paragraphs state none, and then no figure is read at all. A loose test (其 for 其中, 分 for
// 百分之): it only decides where the rules look.
enum TriggerBit : std::uint16_t
{
    kFrom = 1,      // 从 由
    kVerb = 2,      // the first characters of direction words
    kFigure = 4,    // a digit or a place unit
    kAmong = 8,     // 其
    kTotal = 16,    // 共 计
    kOccupies = 32, // 占
    kRate = 64,     // 率
    kPercent = 128, // % ％ 分
    kMonth = 256,   // 月
    kWeekday = 512, // 星 周 礼
    kSpan = 1024,   // 天 至 到
    kBreak = 2048,  // what ends a sentence (isSentenceBreak)
};

// The characters that matter: one table entry per UTF-16 unit, so that the scan of a paragraph
// is a load and an OR per character.
class TriggerTable
{
public:
    TriggerTable()
    {
        mark(u"从由比", kFrom);
        mark(u"增减降升涨跌滑扩缩落提", kVerb); // a character of each direction word
        mark(u"0123456789０１２３４５６７８９十百千万亿", kFigure);
        mark(u"其别", kAmong); // 其中, 分别
        mark(u"共计", kTotal);
        mark(u"占", kOccupies);
        mark(u"率", kRate);
        mark(u"%％分", kPercent);
        mark(u"月", kMonth);
        mark(u"星周礼", kWeekday);
        mark(u"天至到", kSpan);
        mark(u"。；！？\n", kBreak);
    }

    unsigned operator[](char16_t c) const { return m_bits[c]; }

private:
    void mark(std::u16string_view chars, std::uint16_t bit)
    {
        for (char16_t c : chars)
            m_bits[c] |= bit;
    }

    std::array<std::uint16_t, 65536> m_bits{};
};

const TriggerTable& triggerTable()
{
    static const TriggerTable table;
    return table;
}

struct Triggers
{
    bool change = false, parts = false, share = false, rate = false, dates = false;
    bool figures() const { return change || parts || share || rate; }
    bool any() const { return figures() || dates; }
};

Triggers triggersOfMask(unsigned m)
{
    auto has = [&](unsigned bits) { return (m & bits) == bits; };
    Triggers t;
    t.change = has(kFrom | kVerb | kFigure);
    t.parts = has(kAmong | kFigure);
    t.share = has(kOccupies | kPercent);
    t.rate = has(kRate | kPercent);
    t.dates = has(kMonth) && (m & (kWeekday | kSpan)) != 0;
    return t;
}

Triggers triggersOf(std::u16string_view text)
{
    const auto& table = triggerTable();
    unsigned m = 0;
    for (char16_t c : text)
        m |= table[c];
    return triggersOfMask(m);
}

} // namespace

namespace
{

void checkSentence(std::size_t paragraph, std::u16string_view text, const Sentence& s,
                   Triggers here, Findings& out)
{
    // 其 and 别 stood for 其中 and 分别: make sure before reading any figure.
    if (here.parts)
    {
        const std::u16string_view sentence = text.substr(s.begin, s.end - s.begin);
        here.parts = sentence.find(u"其中") != std::u16string_view::npos ||
                     sentence.find(u"分别") != std::u16string_view::npos;
        if (!here.figures())
            return;
    }
    const Quantities qs = readQuantities(text, s.begin, s.end);
    if (qs.size() < 2)
        return;
    if (here.change)
    {
        for (const Change& c : changes(text, s, qs))
        {
            checkDirection(paragraph, text, c, out);
            checkStatedChange(paragraph, text, s, qs, c, out);
        }
        for (const auto& [c, x] : comparisons(text, s, qs))
        {
            checkDirection(paragraph, text, c, out);
            checkChangeSize(paragraph, text, c, x, c.direction, out);
        }
    }
    if (here.parts)
        checkParts(paragraph, text, s, qs, out);
    if (here.share)
        checkShares(paragraph, text, s, qs, out);
    if (here.rate)
        checkRates(paragraph, text, s, qs, out);
}

} // namespace

void checkFigures(std::size_t paragraph, std::u16string_view text, Findings& out)
{
    // One pass: each sentence's characters decide whether its figures are read at all. Eight
    // characters at a time: a sentence break among them is rare, and only then are they looked
    // at one by one.
    const auto& table = triggerTable();
    unsigned paragraphMask = 0, sentenceMask = 0;
    std::size_t begin = 0;
    auto endSentence = [&](std::size_t end)
    {
        const Triggers here = triggersOfMask(sentenceMask);
        if (here.figures() && end > begin)
            checkSentence(paragraph, text, Sentence{begin, end}, here, out);
        paragraphMask |= sentenceMask;
        sentenceMask = 0;
        begin = end + 1;
    };
    const std::size_t size = text.size();
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8)
    {
        const unsigned eight = table[text[i]] | table[text[i + 1]] | table[text[i + 2]] |
                               table[text[i + 3]] | table[text[i + 4]] | table[text[i + 5]] |
                               table[text[i + 6]] | table[text[i + 7]];
        if ((eight & kBreak) == 0)
        {
            sentenceMask |= eight;
            continue;
        }
        for (std::size_t k = i; k < i + 8; ++k)
        {
            const unsigned bits = table[text[k]];
            sentenceMask |= bits & ~unsigned(kBreak);
            if (bits & kBreak)
                endSentence(k);
        }
    }
    for (; i < size; ++i)
    {
        const unsigned bits = table[text[i]];
        sentenceMask |= bits & ~unsigned(kBreak);
        if (bits & kBreak)
            endSentence(i);
    }
    endSentence(size);
    if (triggersOfMask(paragraphMask).dates)
        checkDates(paragraph, text, std::nullopt, false, out);
}

void checkUndatedFigures(std::size_t paragraph, std::u16string_view text, int year, Findings& out)
{
    if (text.find(u'月') == std::u16string_view::npos || !triggersOf(text).dates)
        return;
    checkDates(paragraph, text, year, true, out);
}

std::optional<int> documentYear(const std::vector<std::u16string_view>& paragraphs)
{
    // The 成文日期: a short paragraph that is a whole date.
    for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it)
    {
        if (it->size() > 16 || it->find(u'年') == std::u16string_view::npos)
            continue;
        std::size_t begin = skipSpaces(*it, 0);
        std::size_t end = it->size();
        while (end > begin && isSpace((*it)[end - 1]))
            --end;
        const std::vector<DateMention> dates = readDates(it->substr(0, end));
        if (dates.size() == 1 && dates[0].year && dates[0].start == begin &&
            dates[0].start + dates[0].length == end)
            return dates[0].year;
    }
    // The title: the first non-empty paragraph, 2026年工作要点 — short, not a sentence.
    for (std::u16string_view p : paragraphs)
    {
        if (skipSpaces(p, 0) >= p.size())
            continue;
        if (p.size() > 60 || p.find(u'。') != std::u16string_view::npos)
            break;
        for (std::size_t i = p.find(u'年'); i != std::u16string_view::npos && i >= 4;
             i = p.find(u'年', i + 1))
        {
            int year = 0;
            bool digits = true;
            for (std::size_t k = i - 4; k < i; ++k)
            {
                digits = digits && p[k] >= u'0' && p[k] <= u'9';
                year = year * 10 + (p[k] - u'0');
            }
            if (digits && year >= 1900 && year <= 2199)
                return year;
        }
        break;
    }
    return std::nullopt;
}

} // namespace gongwen::core::data
