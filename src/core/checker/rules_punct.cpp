// The mechanical GB/T 15834—2011 punctuation checks: punct.quote, punct.ellipsis, punct.dash,
// punct.repeat, punct.space, punct.serial, punct.range, punct.approx, punct.titles, punct.etc,
// punct.dash-explain. Each looks at one paragraph and speaks only where the text is Chinese.
#include <core/checker/rules.hpp>
#include <core/text/text.hpp>

#include <algorithm>

namespace gongwen::core
{
namespace
{

constexpr char16_t kEllipsis[] = u"……";
constexpr char16_t kDash[] = u"——";

void add(Findings& out, const char* rule, Severity severity, std::size_t paragraph,
         std::size_t start, std::size_t length, std::u16string zh, std::u16string en,
         std::u16string suggestion = {})
{
    Finding f = makeFinding(rule, severity, paragraph, start, length);
    f.messageZh = std::move(zh);
    f.messageEn = std::move(en);
    if (!suggestion.empty())
        f.suggestions.push_back(std::move(suggestion));
    out.push_back(std::move(f));
}

std::size_t runOf(std::u16string_view text, std::size_t pos, char16_t c)
{
    std::size_t end = pos;
    while (end < text.size() && text[end] == c)
        ++end;
    return end - pos;
}

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Text among Chinese: the nearest visible character on either side is Chinese.
bool amongChinese(std::u16string_view text, std::size_t start, std::size_t end)
{
    return isChineseContext(previousVisible(text, start)) ||
           isChineseContext(nextVisible(text, end));
}

constexpr std::u16string_view kChineseDigits = u"一二三四五六七八九";

// 1–9 for 一…九, else 0.
int chineseDigit(char16_t c)
{
    const std::size_t at = kChineseDigits.find(c);
    return at == std::u16string_view::npos ? 0 : static_cast<int>(at) + 1;
}

} // namespace

void checkStraightQuotes(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                         Findings& out)
{
    // Straight quotes alternate: the first of a pair opens, the next closes.
    int doubles = 0, singles = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char16_t c = text[i];
        if (c != u'"' && c != u'\'')
            continue;
        const char32_t before = codePointBefore(text, i),
                       after = i + 1 < text.size() ? text[i + 1] : 0;
        if (c == u'\'' && isAsciiLetter(before) && isAsciiLetter(after))
            continue; // an apostrophe: it's, Xi'an
        int& count = c == u'"' ? doubles : singles;
        const bool opening = count++ % 2 == 0;
        if (!amongChinese(text, i, i + 1))
            continue;
        const std::u16string wanted = c == u'"' ? (opening ? u"“" : u"”") : (opening ? u"‘" : u"’");
        add(out, rule::kPunctQuote, Severity::Warning, paragraph, i, 1,
            u"中文引号应使用“”‘’，不用直引号（GB/T 15834—2011 第 4.8 条）：此处应为" + wanted +
                u"。",
            u"Chinese text takes “” ‘’, not straight quotes (GB/T 15834—2011, 4.8): " + wanted +
                u" here.",
            wanted);
    }
}

void checkEllipses(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                   Findings& out)
{
    auto report = [&](std::size_t start, std::size_t length)
    {
        add(out, rule::kPunctEllipsis, Severity::Warning, paragraph, start, length,
            u"省略号应写作“……”（两个“…”，GB/T 15834—2011 第 4.11 条）。",
            u"An ellipsis is written “……” (two “…”; GB/T 15834—2011, 4.11).", kEllipsis);
    };
    for (std::size_t i = 0; i < text.size();)
    {
        const char16_t c = text[i];
        const std::size_t n = runOf(text, i, c);
        if (c == u'…' && n != 2 && n != 4) // 4: a whole paragraph left out (12 dots)
            report(i, n);
        else if (c == u'。' && n >= 3)
            report(i, n);
        else if ((c == u'.' || c == u'．') && n >= 3 && amongChinese(text, i, i + n))
            report(i, n);
        i += n;
    }
}

void checkDashes(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                 Findings& out)
{
    for (std::size_t i = 0; i < text.size();)
    {
        const char16_t c = text[i];
        const std::size_t n = runOf(text, i, c);
        const bool chinese = amongChinese(text, i, i + n);
        // (―― U+2015 is how the GBK dash often arrives from older systems: it looks and is meant
        // right.)
        if (((c == u'-' || c == u'－') && n >= 2 && chinese) || (c == u'—' && n >= 3))
            add(out, rule::kPunctDash, Severity::Warning, paragraph, i, n,
                u"破折号应写作“——”（两个“—”，GB/T 15834—2011 第 4.10 条）。",
                u"A dash is written “——” (two “—”; GB/T 15834—2011, 4.10).", kDash);
        else if (c == u'—' && n == 1 && isHan(codePointBefore(text, i)) && i + 1 < text.size() &&
                 isHan(text[i + 1]))
            add(out, rule::kPunctDash, Severity::Hint, paragraph, i, 1,
                u"单个“—”在汉字之间：若是破折号应写作“——”；若表示起止（北京—上海）则无误。",
                u"A single “—” between Chinese characters: a dash is written “——”; for a range "
                u"(北京—上海) it is right.");
        i += n;
    }
}

void checkRepeatedMarks(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                        Findings& out)
{
    static constexpr std::u16string_view kSingle = u"，、；：";
    for (std::size_t i = 0; i < text.size();)
    {
        const char16_t c = text[i];
        const std::size_t n = runOf(text, i, c);
        if (n >= 2 && (kSingle.find(c) != std::u16string_view::npos || (c == u'。' && n == 2)))
        {
            const std::u16string mark(1, c);
            add(out, rule::kPunctRepeat, Severity::Warning, paragraph, i, n,
                u"标点“" + mark + u"”重复，应只用一个。",
                u"“" + mark + u"” is repeated: one is enough.", mark);
            i += n;
            continue;
        }
        // ？ and ！ may be doubled or tripled for emphasis (GB/T 15834—2011 4.2, 4.3), not more.
        auto isQuestionOrBang = [](char16_t m)
        { return m == u'？' || m == u'！' || m == u'?' || m == u'!'; };
        std::size_t end = i;
        while (end < text.size() && isQuestionOrBang(text[end]))
            ++end;
        if (end - i > 3)
        {
            std::u16string kept;
            for (std::size_t k = i; k < end; ++k)
            {
                const char16_t full = text[k] == u'?' ? u'？' : text[k] == u'!' ? u'！' : text[k];
                if (kept.find(full) == std::u16string::npos)
                    kept += full;
            }
            add(out, rule::kPunctRepeat, Severity::Warning, paragraph, i, end - i,
                u"问号、叹号叠用不超过三个（GB/T 15834—2011 第 4.2、4.3 条）。",
                u"At most three question or exclamation marks together (GB/T 15834—2011, 4.2, "
                u"4.3).",
                kept);
        }
        i = std::max(end, i + n);
    }
}

void checkSpaces(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                 Findings& out)
{
    for (std::size_t i = 1; i < text.size();)
    {
        if (text[i] != u' ' && text[i] != u'\u00A0')
        {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && (text[end] == u' ' || text[end] == u'\u00A0'))
            ++end;
        std::size_t beforeUnits = 0;
        const char32_t before = codePointBefore(text, i, &beforeUnits);
        const char32_t after = end < text.size() ? codePointAt(text, end) : 0;
        const bool hanOnOneSide = isHan(before) || isHan(after);
        if (hanOnOneSide && isChineseContext(before) && isChineseContext(after))
        {
            const std::size_t start = i - beforeUnits;
            add(out, rule::kPunctSpace, Severity::Warning, paragraph, start, end - start,
                u"汉字之间、汉字与中文标点之间不应有空格（GB/T 15834—2011 第 5 章）。",
                u"No space between Chinese characters or before and after Chinese punctuation "
                u"(GB/T 15834—2011, 5).",
                std::u16string(text.substr(start, beforeUnits)));
        }
        i = end;
    }
}

void checkOrdinalPunctuation(std::size_t paragraph, std::u16string_view text,
                             const CheckOptions& options, Findings& out)
{
    const std::u16string dot = options.fullWidthArabicDot ? u"．" : u".";
    auto atItemStart = [&](std::size_t pos)
    {
        const char32_t before = previousVisible(text, pos);
        return before == 0 || before == u'：' || before == u'；' || before == u'。' ||
               before == u'，';
    };
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        const char16_t c = text[i];
        // （一）、 （1）． : a bracketed ordinal takes no mark after it.
        if ((c == u'（' || c == u'(') && i + 2 < text.size())
        {
            std::size_t close = i + 1;
            while (close < text.size() && close - i <= 3 &&
                   (chineseDigit(text[close]) || text[close] == u'十' || isAsciiDigit(text[close])))
                ++close;
            if (close > i + 1 && close + 1 < text.size() &&
                (text[close] == u'）' || text[close] == u')') &&
                (text[close + 1] == u'、' || text[close + 1] == u'．' || text[close + 1] == u'.' ||
                 text[close + 1] == u'，'))
            {
                const std::u16string ordinal(text.substr(i, close + 1 - i));
                add(out, rule::kPunctSerial, Severity::Warning, paragraph, i, close + 2 - i,
                    u"带括号的序号后不加标点：应为“" + ordinal + u"”。",
                    u"A bracketed ordinal takes no mark after it: “" + ordinal + u"”.", ordinal);
                i = close + 1;
            }
            continue;
        }
        // 1、加强…… → 1.加强……; but 1、2月 lists numbers.
        if (isAsciiDigit(c) && (i == 0 || !isAsciiAlnum(text[i - 1])) && atItemStart(i))
        {
            std::size_t end = i;
            while (end < text.size() && isAsciiDigit(text[end]))
                ++end;
            if (end - i <= 2 && end + 1 < text.size() && text[end] == u'、' && isHan(text[end + 1]))
            {
                const std::u16string number(text.substr(i, end - i));
                add(out, rule::kPunctSerial, Severity::Warning, paragraph, i, end + 1 - i,
                    u"阿拉伯数字序号后用“" + dot + u"”，不用顿号：应为“" + number + dot + u"”。",
                    u"An Arabic ordinal is followed by “" + dot + u"”, not 、: “" + number + dot +
                        u"”.",
                    number + dot);
            }
            i = end - 1;
            continue;
        }
        // 一.加强…… → 一、加强……
        if (chineseDigit(c) && atItemStart(i) && (i == 0 || !isHan(text[i - 1])) &&
            i + 2 < text.size() && (text[i + 1] == u'.' || text[i + 1] == u'．') &&
            isHan(text[i + 2]))
        {
            const std::u16string number(1, c);
            add(out, rule::kPunctSerial, Severity::Warning, paragraph, i, 2,
                u"汉字数字序号后用顿号：应为“" + number + u"、”。",
                u"A Chinese-numeral ordinal is followed by 、: “" + number + u"、”.",
                number + u"、");
        }
    }
}

void checkNumberRanges(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                       Findings& out)
{
    constexpr std::u16string_view kTimeUnits = u"年月日时";
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
    {
        const char16_t c = text[i];
        if (c != u'~' && c != u'〜' && c != u'-')
            continue;
        std::size_t left = i;
        while (left > 0 && (isAsciiDigit(text[left - 1]) || text[left - 1] == u'.'))
            --left;
        std::size_t right = i + 1;
        while (right < text.size() && (isAsciiDigit(text[right]) || text[right] == u'.'))
            ++right;
        const std::size_t leftDigits = i - left, rightDigits = right - i - 1;
        if (leftDigits == 0 || rightDigits == 0 || !isAsciiDigit(text[left]) ||
            !isAsciiDigit(text[i + 1]))
            continue;
        if (c == u'-')
        {
            // A hyphen is a range only between short numbers among Chinese, with a unit after:
            // not 2026-11-29, GB/T 9704-2012, 010-12345678 or a model number.
            const char32_t before = codePointBefore(text, left);
            const char32_t after = right < text.size() ? codePointAt(text, right) : 0;
            if (leftDigits > 4 || rightDigits > 4 || !isHan(after) || isAsciiAlnum(before) ||
                before == u'-' || before == u'/' || before == u'.' ||
                (before != 0 && !isChineseContext(before)))
                continue;
        }
        const bool time =
            right < text.size() && kTimeUnits.find(text[right]) != std::u16string_view::npos;
        const std::u16string mark = time ? u"—" : u"～";
        add(out, rule::kPunctRange, Severity::Warning, paragraph, i, 1,
            time ? u"表示时间的起止用一字线“—”（GB/T 15834—2011 第 4.13 条）。"
                 : u"表示数值范围用浪纹线“～”（GB/T 15834—2011 第 4.13 条）。",
            time ? u"A span of time takes “—” (GB/T 15834—2011, 4.13)."
                 : u"A range of numbers takes “～” (GB/T 15834—2011, 4.13).",
            mark);
        i = right - 1;
    }
}

void checkApproximateNumbers(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                             Findings& out)
{
    // Measure words and units after an approximate number: 八九公里, 三四个, 七八天.
    static constexpr std::u16string_view kCounted =
        u"个人天年月日次岁米里斤公千万百十名家件条项位只元倍成座所辆台本周"
        u"小分秒遍层户吨亩篇种批回场届期";
    for (std::size_t i = 0; i + 3 < text.size(); ++i)
    {
        const int first = chineseDigit(text[i]);
        if (first == 0 || text[i + 1] != u'、' || chineseDigit(text[i + 2]) != first + 1 ||
            kCounted.find(text[i + 3]) == std::u16string_view::npos)
            continue;
        if (i > 0 && (text[i - 1] == u'第' || chineseDigit(text[i - 1]) || text[i - 1] == u'十'))
            continue; // 第二、三季度 lists ordinals
        const std::u16string together{text[i], text[i + 2]};
        add(out, rule::kPunctApprox, Severity::Hint, paragraph, i, 3,
            u"相邻两数连用表示概数时不用顿号（如“" + together +
                u"”）；若是并列的两项（如“二、三产业”）则无误。",
            u"Two adjacent numbers giving an estimate take no 、 (“" + together +
                u"”); if they are two separate items (二、三产业) it is right.",
            together);
    }
}

void checkTitleSeparators(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                          Findings& out)
{
    for (std::size_t i = 1; i + 1 < text.size(); ++i)
    {
        if (text[i] != u'、')
            continue;
        // Only titles: official reports customarily keep 、 between quoted terms (“三农”、“三农”),
        // which the standard allows as "通常".
        if (text[i - 1] != u'》' || text[i + 1] != u'《')
            continue;
        add(out, rule::kPunctTitles, Severity::Hint, paragraph, i - 1, 2,
            u"并列的书名号之间通常不用顿号（GB/T 15834—2011 第 4.5 条）。",
            u"Adjacent titles in 《》 usually take no 、 between them (GB/T 15834—2011, 4.5).",
            u"》");
    }
}

void checkEllipsisWithEtc(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                          Findings& out)
{
    for (std::size_t i = text.find(kEllipsis); i != std::u16string_view::npos;
         i = text.find(kEllipsis, i + 2))
    {
        const std::size_t after = i + 2;
        std::size_t start = i, end = after;
        std::u16string kept;
        // 等 as "wait" (……等一下, 等待) is a verb, not "and so on".
        static constexpr std::u16string_view kVerbAfter = u"一待候到着了";
        const bool verb = after + 1 < text.size() &&
                          kVerbAfter.find(text[after + 1]) != std::u16string_view::npos;
        if (after < text.size() && text[after] == u'等' && !verb)
        {
            end = after + (after + 1 < text.size() && text[after + 1] == u'等' ? 2 : 1);
            kept = std::u16string(text.substr(after, end - after));
        }
        else if (i > 0 && text[i - 1] == u'等')
        {
            start = i - 1;
            kept = u"等";
        }
        else
            continue;
        add(out, rule::kPunctEtc, Severity::Warning, paragraph, start, end - start,
            u"省略号与“等”“等等”意思重复，只用其一（GB/T 15834—2011 第 4.11 条）。",
            u"An ellipsis and 等 say the same: use one (GB/T 15834—2011, 4.11).", kept);
    }
}

void checkDashWithExplanation(std::size_t paragraph, std::u16string_view text, const CheckOptions&,
                              Findings& out)
{
    for (std::size_t i = text.find(kDash); i != std::u16string_view::npos;
         i = text.find(kDash, i + 2))
    {
        const std::u16string_view rest = text.substr(i + 2);
        const std::size_t word = rest.substr(0, 2) == u"就是" ? 2
                                 : rest.substr(0, 1) == u"即" ? 1
                                                              : 0;
        if (word == 0)
            continue;
        add(out, rule::kPunctDashExplain, Severity::Hint, paragraph, i, 2 + word,
            u"破折号已表示解释说明，其后的“" + std::u16string(rest.substr(0, word)) +
                u"”多余，可删去其一。",
            u"The dash already introduces the explanation: “" +
                std::u16string(rest.substr(0, word)) + u"” after it is redundant.");
    }
}

} // namespace gongwen::core
