// SPDX-License-Identifier: MPL-2.0
// The mechanical GB/T 15834—2011 punctuation checks: punct.quote, punct.ellipsis, punct.dash,
// punct.repeat, punct.space, punct.serial, punct.range, punct.approx, punct.titles, punct.etc,
// punct.dash-explain. Each speaks only where the text is Chinese. Called by the character scan
// (scan.hpp) at the marks in kPunctuationTriggers.
#include <core/checker/scan.hpp>

#include <algorithm>

namespace gongwen::core
{
namespace
{

constexpr char16_t kEllipsis[] = u"……";
constexpr char16_t kDash[] = u"——";

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// 1–9 for 一…九, else 0.
int chineseDigit(char16_t c)
{
    constexpr std::u16string_view kChineseDigits = u"一二三四五六七八九";
    const std::size_t at = kChineseDigits.find(c);
    return at == std::u16string_view::npos ? 0 : static_cast<int>(at) + 1;
}

// punct.quote at a straight quote.
void straightQuote(ParagraphScan& s, std::size_t i)
{
    const char16_t c = s.text[i];
    if (c == u'\'' && isAsciiLetter(codePointBefore(s.text, i)) && isAsciiLetter(s.at(i + 1)))
        return; // an apostrophe: it's, Xi'an
    int& count = c == u'"' ? s.doubleQuotes : s.singleQuotes;
    const bool opening = count++ % 2 == 0;
    for (; s.curlyScanned < i; ++s.curlyScanned)
        s.curlyDepth += s.text[s.curlyScanned] == u'“'   ? 1
                        : s.text[s.curlyScanned] == u'”' ? -1
                                                         : 0;
    if (!s.amongChinese(i, i + 1))
        return;
    // Single quotes are for a quotation inside a quotation (GB/T 15834—2011 4.8.3); alone,
    // '两个维护' is quoted with “”.
    const bool insideDouble = s.curlyDepth > 0 || s.doubleQuotes % 2 == 1;
    const bool asDouble = c == u'"' || !insideDouble;
    const std::u16string wanted = asDouble ? (opening ? u"“" : u"”") : (opening ? u"‘" : u"’");
    s.add(rule::kPunctQuote, Severity::Warning, i, 1,
          u"中文引号应使用“”‘’，不用直引号（GB/T 15834—2011 第 4.8 条）：此处应为" + wanted + u"。",
          u"Chinese text takes “” ‘’, not straight quotes (GB/T 15834—2011, 4.8): " + wanted +
              u" here.",
          wanted);
}

void ellipsisFinding(ParagraphScan& s, std::size_t start, std::size_t length)
{
    s.add(rule::kPunctEllipsis, Severity::Warning, start, length,
          u"省略号应写作“……”（两个“…”，GB/T 15834—2011 第 4.11 条）。",
          u"An ellipsis is written “……” (two “…”; GB/T 15834—2011, 4.11).", kEllipsis);
}

// punct.etc: …… with 等 or 等等 before or after it (等 as "wait", ……等一下, is a verb).
void ellipsisWithEtc(ParagraphScan& s, std::size_t i)
{
    static constexpr std::u16string_view kVerbAfter = u"一待候到着了";
    const std::size_t after = i + 2;
    std::size_t start = i, end = after;
    std::u16string kept;
    if (s.at(after) == u'等' && kVerbAfter.find(s.at(after + 1)) == std::u16string_view::npos)
    {
        end = after + (s.at(after + 1) == u'等' ? 2 : 1);
        kept = std::u16string(s.text.substr(after, end - after));
    }
    else if (i > 0 && s.text[i - 1] == u'等')
    {
        start = i - 1;
        kept = u"等";
    }
    else
        return;
    s.add(rule::kPunctEtc, Severity::Warning, start, end - start,
          u"省略号与“等”“等等”意思重复，只用其一（GB/T 15834—2011 第 4.11 条）。",
          u"An ellipsis and 等 say the same: use one (GB/T 15834—2011, 4.11).", kept);
}

// A run of …: two is an ellipsis, four leaves out a whole paragraph; other counts are wrong.
std::size_t ellipsisRun(ParagraphScan& s, std::size_t i)
{
    const std::size_t n = s.runOf(i);
    if (n != 2 && n != 4)
        ellipsisFinding(s, i, n);
    else if (n == 2)
        ellipsisWithEtc(s, i);
    return n;
}

// A run of 。: two is a repeat, three or more an ellipsis typed with full stops.
std::size_t fullStopRun(ParagraphScan& s, std::size_t i)
{
    const std::size_t n = s.runOf(i);
    if (n >= 3)
        ellipsisFinding(s, i, n);
    else if (n == 2)
        s.add(rule::kPunctRepeat, Severity::Warning, i, n, u"标点“。”重复，应只用一个。",
              u"“。” is repeated: one is enough.", u"。");
    return n;
}

// 一.加强…… → 一、加强…… (a dot after a Chinese numeral opening an item).
void chineseOrdinalDot(ParagraphScan& s, std::size_t dot)
{
    if (dot == 0)
        return;
    const std::size_t i = dot - 1;
    const char32_t before = previousVisible(s.text, i);
    const bool itemStart =
        before == 0 || before == u'：' || before == u'；' || before == u'。' || before == u'，';
    if (!chineseDigit(s.text[i]) || !itemStart || !isHan(s.at(dot + 1)))
        return;
    const std::u16string number(1, s.text[i]);
    s.add(rule::kPunctSerial, Severity::Warning, i, 2,
          u"汉字数字序号后用顿号：应为“" + number + u"、”。",
          u"A Chinese-numeral ordinal is followed by 、: “" + number + u"、”.", number + u"、");
}

// A run of . or ．: three or more among Chinese is an ellipsis; one may end 一. .
std::size_t dotRun(ParagraphScan& s, std::size_t i)
{
    const std::size_t n = s.runOf(i);
    if (n >= 3 && s.amongChinese(i, i + n))
        ellipsisFinding(s, i, n);
    else if (n == 1)
        chineseOrdinalDot(s, i);
    return n;
}

// 3-5元 3~5元 1-2月 2021-2025年: a range mark between numbers (GB/T 15834—2011 4.13).
void numberRange(ParagraphScan& s, std::size_t i)
{
    constexpr std::u16string_view kTimeUnits = u"年月日时";
    const std::u16string_view text = s.text;
    std::size_t left = i;
    while (left > 0 && (isAsciiDigit(text[left - 1]) || text[left - 1] == u'.'))
        --left;
    std::size_t right = i + 1;
    while (right < text.size() && (isAsciiDigit(text[right]) || text[right] == u'.'))
        ++right;
    const std::size_t leftDigits = i - left, rightDigits = right - i - 1;
    if (leftDigits == 0 || rightDigits == 0 || !isAsciiDigit(text[left]) ||
        !isAsciiDigit(text[i + 1]))
        return;
    if (text[i] == u'-')
    {
        // A hyphen is a range only between short numbers among Chinese, with a unit after:
        // not 2026-11-29, GB/T 9704-2012, 010-12345678 or a model number.
        const char32_t before = codePointBefore(text, left);
        const char32_t after = right < text.size() ? codePointAt(text, right) : 0;
        if (leftDigits > 4 || rightDigits > 4 || !isHan(after) || isAsciiAlnum(before) ||
            before == u'-' || before == u'/' || before == u'.' ||
            (before != 0 && !isChineseContext(before)))
            return;
    }
    const bool time = kTimeUnits.find(s.at(right)) != std::u16string_view::npos;
    s.add(rule::kPunctRange, Severity::Warning, i, 1,
          time ? u"表示时间的起止用一字线“—”（GB/T 15834—2011 第 4.13 条）。"
               : u"表示数值范围用浪纹线“～”（GB/T 15834—2011 第 4.13 条）。",
          time ? u"A span of time takes “—” (GB/T 15834—2011, 4.13)."
               : u"A range of numbers takes “～” (GB/T 15834—2011, 4.13).",
          time ? u"—" : u"～");
}

void dashFinding(ParagraphScan& s, std::size_t start, std::size_t length)
{
    s.add(rule::kPunctDash, Severity::Warning, start, length,
          u"破折号应写作“——”（两个“—”，GB/T 15834—2011 第 4.10 条）。",
          u"A dash is written “——” (two “—”; GB/T 15834—2011, 4.10).", kDash);
}

// A run of - or －: two or more among Chinese is a dash typed with hyphens; one - may be a range.
std::size_t hyphenRun(ParagraphScan& s, std::size_t i)
{
    const std::size_t n = s.runOf(i);
    // --2025年3月1日 at the start of a line (a signature's date) is a dash typed with hyphens too.
    const bool opensLine =
        skipSpaces(s.text, 0) == i && i + n < s.text.size() &&
        (isHan(codePointAt(s.text, i + n)) || isDigit(codePointAt(s.text, i + n)));
    if (n >= 2 && (s.amongChinese(i, i + n) || opensLine))
        dashFinding(s, i, n);
    else if (n == 1 && s.text[i] == u'-')
        numberRange(s, i);
    return n;
}

// punct.dash-explain: ——即, ——就是.
void dashWithExplanation(ParagraphScan& s, std::size_t i)
{
    const std::u16string_view rest = s.text.substr(i + 2);
    const std::size_t word = rest.substr(0, 2) == u"就是" ? 2 : rest.substr(0, 1) == u"即" ? 1 : 0;
    if (word == 0)
        return;
    const std::u16string said(rest.substr(0, word));
    s.add(rule::kPunctDashExplain, Severity::Hint, i, 2 + word,
          u"破折号已表示解释说明，其后的“" + said + u"”多余，可删去其一。",
          u"The dash already introduces the explanation: “" + said + u"” after it is redundant.");
}

// A run of —: two is a dash, three or more too many; one between Han may be a dash or a range.
// (―― U+2015 is how the GBK dash often arrives from older systems: it looks and is meant right.)
std::size_t emDashRun(ParagraphScan& s, std::size_t i)
{
    const std::size_t n = s.runOf(i);
    if (n >= 3)
        dashFinding(s, i, n);
    else if (n == 2)
        dashWithExplanation(s, i);
    else if (isHan(codePointBefore(s.text, i)) && isHan(s.at(i + 1)))
        s.add(rule::kPunctDash, Severity::Hint, i, 1,
              u"单个“—”在汉字之间：若是破折号应写作“——”；若表示起止（北京—上海）则无误。",
              u"A single “—” between Chinese characters: a dash is written “——”; for a range "
              u"(北京—上海) it is "
              u"right.");
    return n;
}

void repeatFinding(ParagraphScan& s, std::size_t i, std::size_t n)
{
    const std::u16string mark(1, s.text[i]);
    s.add(rule::kPunctRepeat, Severity::Warning, i, n, u"标点“" + mark + u"”重复，应只用一个。",
          u"“" + mark + u"” is repeated: one is enough.", mark);
}

// ？ and ！ may be doubled or tripled for emphasis (GB/T 15834—2011 4.2, 4.3), not more.
std::size_t questionRun(ParagraphScan& s, std::size_t i)
{
    auto isQuestionOrBang = [](char16_t m)
    { return m == u'？' || m == u'！' || m == u'?' || m == u'!'; };
    std::size_t end = i;
    while (end < s.text.size() && isQuestionOrBang(s.text[end]))
        ++end;
    if (end - i <= 3)
        return end - i;
    std::u16string kept;
    for (std::size_t k = i; k < end; ++k)
    {
        const char16_t full = s.text[k] == u'?' ? u'？' : s.text[k] == u'!' ? u'！' : s.text[k];
        if (kept.find(full) == std::u16string::npos)
            kept += full;
    }
    s.add(rule::kPunctRepeat, Severity::Warning, i, end - i,
          u"问号、叹号叠用不超过三个（GB/T 15834—2011 第 4.2、4.3 条）。",
          u"At most three question or exclamation marks together (GB/T 15834—2011, 4.2, 4.3).",
          kept);
    return end - i;
}

// A run of spaces between Chinese characters, or between one and Chinese punctuation.
std::size_t spaceRun(ParagraphScan& s, std::size_t i)
{
    std::size_t end = i;
    while (end < s.text.size() && (s.text[end] == u' ' || s.text[end] == u'\u00A0'))
        ++end;
    std::size_t beforeUnits = 0;
    const char32_t before = codePointBefore(s.text, i, &beforeUnits);
    const char32_t after = end < s.text.size() ? codePointAt(s.text, end) : 0;
    if ((isHan(before) || isHan(after)) && isChineseContext(before) && isChineseContext(after))
    {
        const std::size_t start = i - beforeUnits;
        s.add(rule::kPunctSpace, Severity::Warning, start, end - start,
              u"汉字之间、汉字与中文标点之间不应有空格（GB/T 15834—2011 第 5 章）。",
              u"No space between Chinese characters or before and after Chinese punctuation (GB/T "
              u"15834—2011, 5).",
              std::u16string(s.text.substr(start, beforeUnits)));
    }
    return end - i;
}

// 1、加强…… → 1.加强…… at the 、 after an item's number (1、2月 lists numbers: not an ordinal).
void arabicOrdinal(ParagraphScan& s, std::size_t mark)
{
    std::size_t start = mark;
    while (start > 0 && isAsciiDigit(s.text[start - 1]))
        --start;
    if (start == mark || mark - start > 2 || (start > 0 && isAsciiAlnum(s.text[start - 1])) ||
        !isHan(s.at(mark + 1)))
        return;
    const char32_t before = previousVisible(s.text, start);
    if (before != 0 && before != u'：' && before != u'；' && before != u'。' && before != u'，')
        return;
    const std::u16string dot = s.options.fullWidthArabicDot ? u"．" : u".";
    const std::u16string number(s.text.substr(start, mark - start));
    s.add(rule::kPunctSerial, Severity::Warning, start, mark + 1 - start,
          u"阿拉伯数字序号后用“" + dot + u"”，不用顿号：应为“" + number + dot + u"”。",
          u"An Arabic ordinal is followed by “" + dot + u"”, not 、: “" + number + dot + u"”.",
          number + dot);
}

// （一）、 （1）． : a bracketed ordinal takes no mark after it. At the closing bracket.
std::size_t bracketedOrdinal(ParagraphScan& s, std::size_t close)
{
    const char16_t next = s.at(close + 1);
    if (next != u'、' && next != u'．' && next != u'.' && next != u'，')
        return 1;
    std::size_t open = close;
    while (open > 0 && close - open < 3 &&
           (chineseDigit(s.text[open - 1]) || s.text[open - 1] == u'十' ||
            isAsciiDigit(s.text[open - 1])))
        --open;
    if (open == close || open == 0 || (s.text[open - 1] != u'（' && s.text[open - 1] != u'('))
        return 1;
    const std::u16string ordinal(s.text.substr(open - 1, close + 2 - open));
    s.add(rule::kPunctSerial, Severity::Warning, open - 1, close + 3 - open,
          u"带括号的序号后不加标点：应为“" + ordinal + u"”。",
          u"A bracketed ordinal takes no mark after it: “" + ordinal + u"”.", ordinal);
    return 2;
}

// 八、九公里: two adjacent numbers giving an estimate (a hint: 二、三产业 is right).
void approximateNumber(ParagraphScan& s, std::size_t mark)
{
    static constexpr std::u16string_view kCounted =
        u"个人天年月日次岁米里斤公千万百十名家件条项位只元倍成座所辆台本周"
        u"小分秒遍层户吨亩篇种批回场届期";
    if (mark == 0)
        return;
    const std::size_t i = mark - 1;
    const int first = chineseDigit(s.text[i]);
    if (first == 0 || chineseDigit(s.at(mark + 1)) != first + 1 ||
        kCounted.find(s.at(mark + 2)) == std::u16string_view::npos)
        return;
    if (i > 0 && (s.text[i - 1] == u'第' || chineseDigit(s.text[i - 1]) || s.text[i - 1] == u'十'))
        return; // 第二、三季度 lists ordinals
    const std::u16string together{s.text[i], s.text[mark + 1]};
    s.add(rule::kPunctApprox, Severity::Hint, i, 3,
          u"相邻两数连用表示概数时不用顿号（如“" + together +
              u"”）；若是并列的两项（如“二、三产业”）则无误。",
          u"Two adjacent numbers giving an estimate take no 、 (“" + together +
              u"”); if they are two separate items (二、三产业) it is right.",
          together);
}

// 《A》、《B》: adjacent titles usually take no 、. Only titles: official reports customarily
// keep 、 between quoted terms (“三农”、“五位一体”), which the standard allows ("通常").
void titleSeparator(ParagraphScan& s, std::size_t mark)
{
    if (mark == 0 || s.text[mark - 1] != u'》' || s.at(mark + 1) != u'《')
        return;
    s.add(rule::kPunctTitles, Severity::Hint, mark - 1, 2,
          u"并列的书名号之间通常不用顿号（GB/T 15834—2011 第 4.5 条）。",
          u"Adjacent titles in 《》 usually take no 、 between them (GB/T 15834—2011, 4.5).",
          u"》");
}

// A run of 、: two or more is a repeat; one may follow an ordinal, an estimate or a title.
std::size_t enumerationCommaRun(ParagraphScan& s, std::size_t i)
{
    const std::size_t n = s.runOf(i);
    if (n >= 2)
        repeatFinding(s, i, n);
    else
    {
        arabicOrdinal(s, i);
        approximateNumber(s, i);
        titleSeparator(s, i);
    }
    return n;
}

// ，；： repeated.
std::size_t markRun(ParagraphScan& s, std::size_t i)
{
    const std::size_t n = s.runOf(i);
    if (n >= 2)
        repeatFinding(s, i, n);
    return n;
}

} // namespace

const std::u16string_view kPunctuationTriggers = u"\"'.．…。-－—~〜？！?!，；：、 \u00A0）)";
const std::u16string_view kRepeatTriggers = u"，。；：";

std::size_t punctuationAt(ParagraphScan& s, std::size_t i)
{
    switch (s.text[i])
    {
    case u'"':
    case u'\'':
        straightQuote(s, i);
        return 1;
    case u'…':
        return ellipsisRun(s, i);
    case u'。':
        return fullStopRun(s, i);
    case u'.':
    case u'．':
        return dotRun(s, i);
    case u'-':
    case u'－':
        return hyphenRun(s, i);
    case u'~':
    case u'〜':
        numberRange(s, i);
        return 1;
    case u'—':
        return emDashRun(s, i);
    case u'？':
    case u'！':
    case u'?':
    case u'!':
        return questionRun(s, i);
    case u'、':
        return enumerationCommaRun(s, i);
    case u'，':
    case u'；':
    case u'：':
        return markRun(s, i);
    case u' ':
    case u'\u00A0':
        return spaceRun(s, i);
    case u'）':
    case u')':
        return bracketedOrdinal(s, i);
    default:
        return 1;
    }
}

} // namespace gongwen::core
