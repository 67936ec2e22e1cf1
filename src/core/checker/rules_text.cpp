// SPDX-License-Identifier: MPL-2.0
// placeholder, punct.halfwidth, punct.pair
#include <core/checker/rules.hpp>
#include <core/text/text.hpp>

#include <array>
#include <vector>

namespace gongwen::core
{
namespace
{

std::size_t runLength(std::u16string_view text, std::size_t pos, bool (*inRun)(char16_t))
{
    std::size_t end = pos;
    while (end < text.size() && inRun(text[end]))
        ++end;
    return end - pos;
}

bool isLatinX(char16_t c)
{
    return c == u'X' || c == u'x';
}
bool isFullWidthX(char16_t c)
{
    return c == u'Ｘ' || c == u'ｘ';
}
bool isTimes(char16_t c)
{
    return c == u'×';
}
bool isCircle(char16_t c)
{
    return c == u'○' || c == u'◯';
}
bool isMou(char16_t c)
{
    return c == u'某';
}

// Words that begin with X and are not placeholders: X光 (X-ray), X射线.
bool isXWord(std::u16string_view text, std::size_t after)
{
    return text.substr(after, 1) == u"光" || text.substr(after, 2) == u"射线";
}

// The placeholder starting at `pos`, as its length; 0 if there is none.
std::size_t placeholderAt(std::u16string_view text, std::size_t pos)
{
    const char16_t c = text[pos];
    const char32_t before = codePointBefore(text, pos);
    if (isLatinX(c) || isFullWidthX(c))
    {
        const std::size_t n = runLength(text, pos, isLatinX(c) ? isLatinX : isFullWidthX);
        const std::size_t after = pos + n;
        const char32_t next = after < text.size() ? codePointAt(text, after) : 0;
        // Part of a Latin word or model number (Windows XP, X5, XXL) is not a placeholder.
        if (isAsciiAlnum(before) || isAsciiAlnum(next) || before == u'-' || next == u'-')
            return 0;
        if (c == u'x' && n == 1) // a lone lower-case x is a variable or "times", not a slot
            return 0;
        return isXWord(text, after) ? 0 : n;
    }
    if (isTimes(c))
    {
        const std::size_t n = runLength(text, pos, isTimes);
        const std::size_t after = skipSpaces(text, pos + n);
        std::size_t b = pos;
        while (b > 0 && isSpace(text[b - 1]))
            --b;
        const bool multiplication = n == 1 && b > 0 && after < text.size() &&
                                    (isDigit(text[b - 1]) || isAsciiAlnum(text[b - 1])) &&
                                    (isDigit(text[after]) || isAsciiAlnum(text[after]));
        return multiplication ? 0 : n;
    }
    if (isCircle(c) || isMou(c))
    {
        const std::size_t n = runLength(text, pos, isCircle(c) ? isCircle : isMou);
        return n >= 2 ? n : 0; // ○○, 某某; a single 某 is an ordinary word (某些)
    }
    if (c == u'【')
    {
        const std::size_t inner = skipSpaces(text, pos + 1);
        return inner < text.size() && text[inner] == u'】' ? inner + 1 - pos : 0;
    }
    return 0;
}

struct HalfwidthMark
{
    char16_t half;
    char16_t full;
};
constexpr std::array<HalfwidthMark, 7> kHalfwidthMarks = {{{u',', u'，'},
                                                           {u';', u'；'},
                                                           {u':', u'：'},
                                                           {u'?', u'？'},
                                                           {u'!', u'！'},
                                                           {u'(', u'（'},
                                                           {u')', u'）'}}};

struct Pair
{
    char16_t open;
    char16_t close;
};
constexpr std::array<Pair, 6> kPairs = {
    {{u'“', u'”'}, {u'‘', u'’'}, {u'《', u'》'}, {u'（', u'）'}, {u'【', u'】'}, {u'〔', u'〕'}}};

// Every paired mark lies in one of four small blocks; Han text lies between them, so this
// keeps the per-character cost of the pair check to two comparisons.
bool mayBePairedMark(char16_t c)
{
    return (c >= u'‘' && c <= u'”') || (c >= u'《' && c <= u'〕') || c == u'（' || c == u'）';
}

const Pair* pairOpenedBy(char16_t c)
{
    for (const Pair& p : kPairs)
        if (p.open == c)
            return &p;
    return nullptr;
}
const Pair* pairClosedBy(char16_t c)
{
    for (const Pair& p : kPairs)
        if (p.close == c)
            return &p;
    return nullptr;
}

std::u16string_view pairNameZh(const Pair& p)
{
    switch (p.open)
    {
    case u'“':
        return u"双引号";
    case u'‘':
        return u"单引号";
    case u'《':
        return u"书名号";
    case u'（':
        return u"括号";
    case u'【':
        return u"方头括号";
    default:
        return u"六角括号";
    }
}

void reportUnpaired(std::size_t paragraph, std::size_t pos, const Pair& pair, bool opening,
                    Findings& out)
{
    Finding f = makeFinding(rule::kPunctPair, Severity::Error, paragraph, pos, 1);
    const std::u16string name(pairNameZh(pair)), open(1, pair.open), close(1, pair.close);
    if (opening)
    {
        f.messageZh = u"标点不成对：此处的前" + name + u"（" + open + u"）没有对应的后" + name +
                      u"（" + close + u"）。";
        f.messageEn =
            u"Unbalanced punctuation: this " + open + u" is never closed by " + close + u".";
    }
    else
    {
        f.messageZh = u"标点不成对：此处的后" + name + u"（" + close + u"）前面没有对应的前" +
                      name + u"（" + open + u"）。";
        f.messageEn = u"Unbalanced punctuation: this " + close + u" closes no " + open + u".";
    }
    out.push_back(std::move(f));
}

bool mayStartPlaceholder(char16_t c)
{
    return isLatinX(c) || isFullWidthX(c) || isTimes(c) || isCircle(c) || isMou(c) || c == u'【';
}

} // namespace

namespace
{

void reportPlaceholder(std::size_t paragraph, std::u16string_view text, std::size_t start,
                       std::size_t length, Findings& out)
{
    const std::u16string_view slot = text.substr(start, length);
    Finding f = makeFinding(rule::kPlaceholder, Severity::Error, paragraph, start, length);
    f.messageZh = u"占位符" + quoted(slot) + u"尚未填写。";
    f.messageEn = u"Placeholder " + quoted(slot) + u" has not been filled in.";
    out.push_back(std::move(f));
}

// The user's own placeholder texts (settings), wherever they stand.
void checkExtraPlaceholders(std::size_t paragraph, std::u16string_view text,
                            const std::vector<std::u16string>& extra, Findings& out)
{
    for (const std::u16string& pattern : extra)
        for (std::size_t at = pattern.empty() ? std::u16string_view::npos : text.find(pattern);
             at != std::u16string_view::npos; at = text.find(pattern, at + pattern.size()))
            reportPlaceholder(paragraph, text, at, pattern.size(), out);
}

} // namespace

void checkPlaceholders(std::size_t paragraph, std::u16string_view text, const CheckOptions& options,
                       Findings& out)
{
    checkExtraPlaceholders(paragraph, text, options.extraPlaceholders, out);
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (!mayStartPlaceholder(text[i]))
            continue;
        const std::size_t n = placeholderAt(text, i);
        if (n == 0)
        {
            // Skip the rest of a Latin word so that "XXL" is not re-examined from its middle.
            while (i + 1 < text.size() && (isLatinX(text[i]) || isFullWidthX(text[i])) &&
                   (isLatinX(text[i + 1]) || isFullWidthX(text[i + 1])))
                ++i;
            continue;
        }
        reportPlaceholder(paragraph, text, i, n, out);
        i += n - 1;
    }
}

void checkHalfwidthPunctuation(std::size_t paragraph, std::u16string_view text, Findings& out)
{
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char16_t c = text[i];
        if (c > 0x7F)
            continue;
        for (const HalfwidthMark& mark : kHalfwidthMarks)
        {
            if (mark.half != c)
                continue;
            // Between Chinese, or ending a Chinese paragraph (一定要完成任务!).
            const char32_t next = nextVisible(text, i + 1);
            const bool endsParagraph = next == 0 && (c == u'?' || c == u'!');
            if (!isChineseContext(previousVisible(text, i)) ||
                !(isChineseContext(next) || endsParagraph))
                break;
            const std::u16string half(1, mark.half), full(1, mark.full);
            Finding f = makeFinding(rule::kPunctHalfwidth, Severity::Error, paragraph, i, 1);
            f.messageZh =
                u"中文之间应使用全角标点：" + quoted(half) + u"应改为" + quoted(full) + u"。";
            f.messageEn = u"Use full-width punctuation between Chinese characters: " +
                          quoted(half) + u" → " + quoted(full) + u".";
            f.suggestions.push_back(full);
            out.push_back(std::move(f));
            break;
        }
    }
}

void checkPairedPunctuation(std::size_t paragraph, std::u16string_view text, Findings& out)
{
    struct Open
    {
        const Pair* pair;
        std::size_t pos;
    };
    std::vector<Open> open;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char16_t c = text[i];
        if (!mayBePairedMark(c))
            continue;
        if (const Pair* p = pairOpenedBy(c))
            open.push_back(Open{p, i});
        else if (const Pair* q = pairClosedBy(c))
        {
            if (!open.empty() && open.back().pair == q)
                open.pop_back();
            else
            {
                // A closer that matches something further down: the marks in between are unclosed.
                std::size_t k = open.size();
                while (k > 0 && open[k - 1].pair != q)
                    --k;
                if (k == 0)
                    reportUnpaired(paragraph, i, *q, false, out);
                else
                {
                    for (std::size_t j = k; j < open.size(); ++j)
                        reportUnpaired(paragraph, open[j].pos, *open[j].pair, true, out);
                    open.resize(k - 1);
                }
            }
        }
    }
    for (const Open& o : open)
        reportUnpaired(paragraph, o.pos, *o.pair, true, out);
}

} // namespace gongwen::core
