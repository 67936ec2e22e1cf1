// SPDX-License-Identifier: MPL-2.0
// Numbers as GB/T 15835 (and GB/T 9704 for dates) wants them: number.year, number.mixed and
// number.date, found in the character scan (scan.hpp); a short year's century comes from the
// whole document afterwards (completeShortYears).
#include <core/checker/rules.hpp>
#include <core/checker/scan.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <optional>
#include <set>

namespace gongwen::core
{
namespace
{

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isArabicDigit(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'０' && c <= u'９');
}

void add(Findings& out, const char* rule, std::size_t paragraph, std::size_t start,
         std::size_t length, std::u16string zh, std::u16string en, std::u16string suggestion)
{
    Finding f = makeFinding(rule, Severity::Warning, paragraph, start, length);
    f.messageZh = std::move(zh);
    f.messageEn = std::move(en);
    if (!suggestion.empty())
        f.suggestions.push_back(std::move(suggestion));
    out.push_back(std::move(f));
}

// Four-digit years (1900–2099) written in Arabic numerals before 年.
std::set<int> fullYears(const std::vector<std::u16string_view>& paragraphs)
{
    std::set<int> years;
    for (std::u16string_view text : paragraphs)
        for (std::size_t i = text.find(u'年'); i != std::u16string_view::npos;
             i = text.find(u'年', i + 1))
        {
            if (i < 4 || (i > 4 && isAsciiDigit(text[i - 5])))
                continue;
            int year = 0;
            bool digits = true;
            for (std::size_t k = i - 4; k < i; ++k)
            {
                digits = digits && isAsciiDigit(text[k]);
                year = year * 10 + (text[k] - u'0');
            }
            if (digits && year >= 1900 && year <= 2099)
                years.insert(year);
        }
    return years;
}

} // namespace

namespace
{

void shortYearMessages(Finding& f, const std::u16string& written, const std::u16string& full)
{
    f.messageZh = full.empty()
                      ? u"年份应写全，不应简写为“" + written + u"年”（GB/T 15835）。"
                      : u"年份应写全：“" + written + u"年”应为“" + full + u"年”（GB/T 15835）。";
    f.messageEn = full.empty() ? u"Write the year in full, not “" + written + u"年” (GB/T 15835)."
                               : u"Write the year in full: “" + full + u"年”, not “" + written +
                                     u"年” (GB/T 15835).";
}

// 21年3月: a date with a two-digit year, at its 年. (工作21年 is a span of years: no month
// follows.) The century comes later, from the whole document (completeShortYears).
void shortYear(std::size_t paragraph, std::u16string_view text, std::size_t i, Findings& out)
{
    if (i < 2 || !isAsciiDigit(text[i - 1]) || !isAsciiDigit(text[i - 2]) ||
        (i > 2 && (isAsciiDigit(text[i - 3]) || text[i - 3] == u'.')))
        return;
    std::size_t month = i + 1;
    while (month < text.size() && month - i <= 2 && isAsciiDigit(text[month]))
        ++month;
    // A month after it (21年3月) or a leading zero (05年以来, 从09年到2012年) leaves no doubt that
    // it is a year; 13年 alone may be thirteen years.
    const bool leadingZero = text[i - 2] == u'0';
    if (!leadingZero && (month == i + 1 || month >= text.size() || text[month] != u'月'))
        return;
    Finding f = makeFinding(rule::kNumberYear, Severity::Warning, paragraph, i - 2, 2);
    shortYearMessages(f, std::u16string(text.substr(i - 2, 2)), {});
    out.push_back(std::move(f));
}

} // namespace

void completeShortYears(const std::vector<std::u16string_view>& paragraphs, Findings& findings)
{
    std::optional<std::set<int>> years; // read only when there is a short year
    for (Finding& f : findings)
    {
        if (f.ruleId != rule::kNumberYear)
            continue;
        if (!years)
            years = fullYears(paragraphs);
        const std::u16string written(paragraphs[f.paragraph].substr(f.start, 2));
        const int shortYear = (written[0] - u'0') * 10 + (written[1] - u'0');
        // The century is certain when the document writes this year in full somewhere.
        std::u16string full;
        for (int century : {1900, 2000})
            if (years->count(century + shortYear))
                full = decimal(century + shortYear);
        if (written[0] == u'0') // 05年: only 2005 is written so
            full = decimal(2000 + shortYear);
        shortYearMessages(f, written, full);
        f.suggestions.clear();
        if (!full.empty())
            f.suggestions.push_back(full);
    }
}

namespace
{

// 二0二一年: Arabic digits (0 or ０) typed among Chinese numerals, in the year ending before the
// 年 at `i`. 零 and ○ for 〇 are old or look-alike forms that real reports keep: not reported.
void mixedYear(std::size_t paragraph, std::u16string_view text, std::size_t i, Findings& out)
{
    if (i < 4 || (i > 4 && yearDigitValue(text[i - 5]) >= 0))
        return;
    const std::u16string_view year = text.substr(i - 4, 4);
    int arabic = 0, chinese = 0;
    for (char16_t c : year)
    {
        if (yearDigitValue(c) < 0)
            return;
        ++(isArabicDigit(c) ? arabic : chinese);
    }
    if (arabic == 0 || chinese == 0)
        return;
    // Mostly Chinese numerals: all Chinese with 〇; mostly Arabic: all Arabic.
    std::u16string fixed;
    for (char16_t c : year)
        fixed += chinese >= arabic ? chineseDigit(yearDigitValue(c))
                                   : static_cast<char16_t>(u'0' + yearDigitValue(c));
    add(out, rule::kNumberMixed, paragraph, i - 4, 4,
        u"年份不应混用汉字数字和阿拉伯数字：" + fixed + u"年。",
        u"A year mixes Chinese and Arabic numerals: " + fixed + u"年.", fixed);
}

// 03月 05日: a month or day with a leading zero before the 月 or 日 at `i` (but 10月, 20日 and
// 2010年 are fine).
void paddedDate(std::size_t paragraph, std::u16string_view text, std::size_t i, Findings& out)
{
    if (i < 2 || text[i - 2] != u'0' || text[i - 1] < u'1' || text[i - 1] > u'9' ||
        (i > 2 && isAsciiDigit(text[i - 3])))
        return;
    const std::u16string digit(1, text[i - 1]);
    add(out, rule::kNumberDate, paragraph, i - 2, 2,
        u"日期中的月、日不加前导零：" + digit + text[i] + u"。",
        u"No leading zero in a month or day: " + digit + text[i] + u".", digit);
}

} // namespace

const std::u16string_view kNumberTriggers = u"年月日";

void numberFormAt(ParagraphScan& scan, std::size_t i)
{
    if (scan.text[i] == u'年')
    {
        mixedYear(scan.paragraph, scan.text, i, scan.out);
        shortYear(scan.paragraph, scan.text, i, scan.out);
    }
    else
        paddedDate(scan.paragraph, scan.text, i, scan.out);
}

} // namespace gongwen::core
