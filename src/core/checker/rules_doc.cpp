// SPDX-License-Identifier: MPL-2.0
// doc.number, doc.kind, doc.title: the 发文字号 and the title of a 公文 (GB/T 9704-2012 §7.2.4,
// §7.3.1; 《党政机关公文处理工作条例》 §8 on the 文种). Paragraph by paragraph, so live too.
#include <core/checker/rules.hpp>
#include <core/doctypes/letterhead.hpp>
#include <core/text/numerals.hpp>
#include <core/text/text.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace gongwen::core
{
namespace
{

// ---- 发文字号: 机关代字〔2026〕5号 -------------------------------------------------------------

struct Brackets
{
    char16_t open;
    char16_t close;
};
// What drafters type instead of the 六角括号 〔〕 the standard asks for (﹝﹞ are the small
// forms some input methods offer for them).
constexpr std::array<Brackets, 10> kYearBrackets = {{{u'〔', u'〕'},
                                                     {u'〈', u'〉'},
                                                     {u'﹝', u'﹞'},
                                                     {u'[', u']'},
                                                     {u'［', u'］'},
                                                     {u'(', u')'},
                                                     {u'（', u'）'},
                                                     {u'【', u'】'},
                                                     {u'〖', u'〗'},
                                                     {u'{', u'}'}}};

std::optional<Brackets> yearBracketsOpenedBy(char16_t c)
{
    for (const Brackets& b : kYearBrackets)
        if (b.open == c)
            return b;
    return std::nullopt;
}

bool opensYear(char16_t c)
{
    return yearBracketsOpenedBy(c).has_value();
}

// A hurried drafter closes with another bracket than the one opened (〔2026]).
bool closesYear(char16_t c)
{
    for (const Brackets& b : kYearBrackets)
        if (b.close == c)
            return true;
    return false;
}

// A 发文字号 found in a paragraph: [start, end) runs from the year's opening bracket (or the
// spaces typed before it) to 号.
struct DocumentNumber
{
    std::size_t start = 0, end = 0;
    char16_t open = 0, close = 0;
    std::u16string year;   // its digits as written
    bool ordinal = false;  // 第 before the number
    bool spaced = false;   // spaces inside it
    bool yearMark = false; // 年 after the year, inside the brackets
    bool yearCut = false;  // three or five digits: which year is meant cannot be said
    std::u16string serial; // the number in ASCII digits, without leading zeros
    std::u16string number; // its digits as written
};

std::size_t yearDigitsFrom(std::u16string_view text, std::size_t pos)
{
    std::size_t end = pos;
    while (end < text.size() && yearDigitValue(text[end]) >= 0)
        ++end;
    return end - pos;
}

std::size_t digitsFrom(std::u16string_view text, std::size_t pos)
{
    std::size_t end = pos;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - pos;
}

std::size_t skipSpaces(std::u16string_view text, std::size_t pos, bool& skipped)
{
    while (pos < text.size() && isSpace(text[pos]))
    {
        ++pos;
        skipped = true;
    }
    return pos;
}

std::u16string withoutLeadingZeros(std::u16string_view number)
{
    std::u16string digits = asciiDigits(number);
    const std::size_t first = digits.find_first_not_of(u'0');
    return first == std::u16string::npos ? u"0" : digits.substr(first);
}

// The 发文字号 whose year bracket opens at `pos`: an organ code of Chinese characters before it,
// a year of two or four digits, the number, then 号; spaces between the parts are read and
// reported.
std::optional<DocumentNumber> documentNumberAt(std::u16string_view text, std::size_t pos)
{
    const auto brackets = yearBracketsOpenedBy(text[pos]);
    if (!brackets)
        return std::nullopt;
    DocumentNumber n;
    n.start = pos;
    while (n.start > 0 && (text[n.start - 1] == u' ' || text[n.start - 1] == u'\u3000'))
        --n.start;
    if (n.start == 0 || !isHan(codePointBefore(text, n.start)))
        return std::nullopt;
    n.spaced = n.start != pos;
    n.open = brackets->open;
    std::size_t i = skipSpaces(text, pos + 1, n.spaced);
    const std::size_t yearDigits = yearDigitsFrom(text, i);
    const bool arabic = yearDigits > 0 && digitsFrom(text, i) == yearDigits;
    n.yearCut = arabic && (yearDigits == 3 || yearDigits == 5);
    if (yearDigits != 4 && !(arabic && (yearDigits == 2 || n.yearCut)))
        return std::nullopt;
    n.year = std::u16string(text.substr(i, yearDigits));
    i = skipSpaces(text, i + yearDigits, n.spaced);
    if (i < text.size() && text[i] == u'年')
    {
        n.yearMark = true;
        i = skipSpaces(text, i + 1, n.spaced);
    }
    if (i >= text.size() || !closesYear(text[i]))
        return std::nullopt;
    n.close = text[i];
    i = skipSpaces(text, i + 1, n.spaced);
    if (i < text.size() && text[i] == u'第')
    {
        n.ordinal = true;
        i = skipSpaces(text, i + 1, n.spaced);
    }
    // Only Arabic digits: "〔2025〕第一号" reads as an ordinal as often as a 字号.
    const std::size_t numberDigits = digitsFrom(text, i);
    if (numberDigits == 0 || numberDigits > 6)
        return std::nullopt;
    n.serial = withoutLeadingZeros(text.substr(i, numberDigits));
    n.number = std::u16string(text.substr(i, numberDigits));
    i = skipSpaces(text, i + numberDigits, n.spaced);
    if (i >= text.size() || text[i] != u'号')
        return std::nullopt;
    n.end = i + 1;
    return n;
}

// The year in ASCII digits; a two-digit year is taken as 20YY: 公文 with a 字号 are from this
// century.
std::u16string fullYear(std::u16string_view year)
{
    std::u16string digits;
    for (char16_t c : year)
        digits += static_cast<char16_t>(u'0' + yearDigitValue(c));
    return digits.size() == 2 ? u"20" + digits : digits;
}

bool allAscii(std::u16string_view digits)
{
    for (char16_t c : digits)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

void checkDocumentNumber(std::size_t paragraph, std::u16string_view text, const DocumentNumber& n,
                         Findings& out)
{
    const std::u16string year = fullYear(n.year);
    const std::u16string fixed = u"〔" + year + u"〕" + n.serial + u"号";
    const std::u16string written(text.substr(n.start, n.end - n.start));
    if (written == fixed && !n.yearCut)
        return;
    std::u16string zh, en;
    auto problem = [&](std::u16string_view z, std::u16string_view e)
    {
        zh += (zh.empty() ? u"" : u"，") + std::u16string(z);
        en += (en.empty() ? u"" : u"; ") + std::u16string(e);
    };
    if (n.open != u'〔' || n.close != u'〕')
        problem(u"年份用六角括号〔〕", u"the year goes in 〔〕");
    if (n.yearMark)
        problem(u"年份后不加“年”", u"no 年 after the year");
    if (n.year.size() == 2)
        problem(u"年份写全", u"the year in full");
    if (n.yearCut)
        problem(u"年份应为四位数字", u"the year has four digits");
    if (n.ordinal)
        problem(u"序号前不加“第”", u"no 第 before the number");
    if (asciiDigits(n.number) != n.serial)
        problem(u"序号不编虚位（不加前导零）", u"no leading zeros");
    if (!allAscii(n.year) || !allAscii(n.number))
        problem(u"用阿拉伯数字（半角）", u"ASCII digits");
    if (n.spaced)
        problem(u"字号中不留空格", u"no spaces inside it");
    Finding f =
        makeFinding(rule::kDocNumber, Severity::Warning, paragraph, n.start, n.end - n.start);
    if (n.yearCut)
    {
        // 〔206〕: 2026 or 2006? The user says.
        f.messageZh = u"发文字号写法：" + zh + u"。";
        f.messageEn = u"Document number: " + en + u".";
    }
    else
    {
        f.messageZh = u"发文字号写法：" + zh + u"，应为" + quoted(fixed) + u"。";
        f.messageEn = u"Document number: " + en + u"; write " + fixed + u".";
        f.suggestions.push_back(fixed);
    }
    out.push_back(std::move(f));
}

// ---- 标题: 发文机关 + 关于…的 + 文种
// ---------------------------------------------------------------

// The 文种 of 《党政机关公文处理工作条例》 §8 (none ends another, so the order does not matter).
constexpr std::array<std::u16string_view, 15> kKinds = {
    u"决议", u"决定", u"命令", u"公报", u"公告", u"通告", u"意见", u"通知",
    u"通报", u"报告", u"请示", u"批复", u"议案", u"函",   u"纪要"};

// The 文种 that `text` ends with at `end` (exclusive), or empty.
std::u16string_view kindEndingAt(std::u16string_view text, std::size_t end)
{
    for (std::u16string_view kind : kKinds)
        if (end >= kind.size() && text.substr(end - kind.size(), kind.size()) == kind)
            return kind;
    return {};
}

// Marks a title may not carry (GB/T 9704 §7.3.1: none but the marks of names — 《》, quotes,
// brackets — and the 顿号 between listed things, which are not in this list).
bool isPunctuationMark(char16_t c)
{
    static constexpr std::u16string_view kMarks = u"，。；：！？,.;:!?…";
    return kMarks.find(c) != std::u16string_view::npos;
}

// The title of a 公文 has this shape: "关于" near its start, then "的", a few characters at most
// (补充, 紧急, 实施 …) and a 文种 at its end, marks the user typed after it aside. Body sentences
// that cite a document ("根据《关于…的通知》要求。") do not end with the 文种.
struct TitleShape
{
    std::size_t aboutAt = 0;      // "关于"
    std::size_t kindStart = 0;    // the 文种 (the first of stacked ones)
    std::size_t end = 0;          // after the last 文种
    std::u16string_view lastKind; // the 文种 it ends with
};

constexpr std::size_t kMaxTitleLength = 100;
constexpr std::size_t kMaxAboutOffset = 40; // 发文机关 names before 关于 are at most this long
constexpr std::size_t kMaxKindModifier = 4; // 的 + 补充/紧急/实施… + 文种

std::optional<TitleShape> titleShape(std::u16string_view text)
{
    if (text.size() > kMaxTitleLength)
        return std::nullopt;
    TitleShape t;
    t.end = text.size();
    while (t.end > 0 && (isSpace(text[t.end - 1]) || isPunctuationMark(text[t.end - 1])))
        --t.end;
    t.lastKind = kindEndingAt(text, t.end);
    if (t.lastKind.empty())
        return std::nullopt;
    t.kindStart = t.end - t.lastKind.size();
    // Stacked: a 文种 (请示报告) or 申请 (申请报告) right before the last one.
    const std::u16string_view before = kindEndingAt(text, t.kindStart);
    if (!before.empty())
        t.kindStart -= before.size();
    else if (t.kindStart >= 2 && text.substr(t.kindStart - 2, 2) == u"申请")
        t.kindStart -= 2;
    if (t.kindStart == 0)
        return std::nullopt;
    const std::size_t of = text.rfind(u'的', t.kindStart - 1);
    if (of == std::u16string_view::npos || t.kindStart - of - 1 > kMaxKindModifier)
        return std::nullopt;
    t.aboutAt = text.find(u"关于");
    if (t.aboutAt == std::u16string_view::npos || t.aboutAt > kMaxAboutOffset || t.aboutAt + 2 > of)
        return std::nullopt;
    // A sentence of the body that ends with a 文种 has a full stop or semicolon before it.
    for (std::size_t i = 0; i < t.kindStart; ++i)
        if (text[i] == u'。' || text[i] == u'；' || text[i] == u';')
            return std::nullopt;
    return t;
}

void checkStackedKinds(std::size_t paragraph, std::u16string_view text, const TitleShape& t,
                       Findings& out)
{
    const std::u16string_view kinds = text.substr(t.kindStart, t.end - t.kindStart);
    if (kinds == t.lastKind)
        return;
    Finding f = makeFinding(rule::kDocKind, Severity::Error, paragraph, t.kindStart, kinds.size());
    const std::u16string_view first = kinds.substr(0, kinds.size() - t.lastKind.size());
    const bool request = kinds == u"请示报告" || kinds == u"报告请示" || first == u"申请";
    if (request)
    {
        f.messageZh = u"文种叠用：" + quoted(kinds) +
                      u"。请求批准用“请示”，汇报工作、反映情况用“报告”，报告中不得夹带请示事项。";
        f.messageEn =
            u"Two kinds of document in one title: " + std::u16string(kinds) +
            u". Asking for approval is a 请示; reporting is a 报告, which carries no request.";
        f.suggestions = {u"请示", u"报告"};
    }
    else
    {
        f.messageZh = u"文种叠用：" + quoted(kinds) + u"。一份公文只用一个文种。";
        f.messageEn =
            u"Two kinds of document in one title: " + std::u16string(kinds) + u". Use one.";
        f.suggestions = {std::u16string(first), std::u16string(t.lastKind)};
    }
    out.push_back(std::move(f));
}

// "关于XX问题的批复的请示": a 文种 nested in another by 的. A title that passes a document on
// (转发, 印发, 批转 …) names the document it passes — "关于转发《…的通知》的通知",
// "关于转发X市关于… 的通知的通知" — and is right.
void checkNestedKind(std::size_t paragraph, std::u16string_view text, const TitleShape& t,
                     Findings& out)
{
    if (t.kindStart < 2 || text[t.kindStart - 1] != u'的')
        return;
    const std::u16string_view inner = kindEndingAt(text, t.kindStart - 1);
    if (inner.empty())
        return;
    const std::size_t innerStart = t.kindStart - 1 - inner.size();
    static constexpr std::array<std::u16string_view, 5> kPassingOn = {u"转发", u"印发", u"批转",
                                                                      u"转报", u"报送"};
    for (std::u16string_view verb : kPassingOn)
        if (text.substr(0, innerStart).find(verb) != std::u16string_view::npos)
            return;
    Finding f = makeFinding(rule::kDocKind, Severity::Error, paragraph, innerStart,
                            t.kindStart - innerStart);
    f.messageZh = u"文种套用：" + quoted(text.substr(innerStart, t.end - innerStart)) +
                  u"。一个标题只用一个文种，删去" +
                  quoted(text.substr(innerStart, inner.size() + 1)) + u"。";
    f.messageEn = u"One kind of document in a title: " +
                  std::u16string(text.substr(innerStart, t.end - innerStart)) + u" nests " +
                  std::u16string(inner) + u" in " + std::u16string(t.lastKind) + u"; drop " +
                  std::u16string(text.substr(innerStart, inner.size() + 1)) + u".";
    f.suggestions.push_back(u"");
    out.push_back(std::move(f));
}

// "关于对…的批复": 关于 and 对 are both prepositions; one is enough. Not 对口, 对外 and the like,
// words that start with 对.
void checkAboutTo(std::size_t paragraph, std::u16string_view text, const TitleShape& t,
                  Findings& out)
{
    const std::size_t to = t.aboutAt + 2;
    if (to >= text.size() || text[to] != u'对')
        return;
    static constexpr std::array<std::u16string_view, 10> kWordsWithTo = {
        u"对口", u"对外", u"对台", u"对象", u"对接", u"对标", u"对照", u"对话", u"对策", u"对应"};
    for (std::u16string_view word : kWordsWithTo)
        if (text.substr(to, word.size()) == word)
            return;
    Finding f = makeFinding(rule::kDocTitle, Severity::Warning, paragraph, t.aboutAt, 3);
    f.messageZh =
        u"标题中“关于对”重复用介词，删去“对”：“关于…的" + std::u16string(t.lastKind) + u"”。";
    f.messageEn =
        u"关于 and 对 are both prepositions: drop 对 (关于…的" + std::u16string(t.lastKind) + u").";
    f.suggestions.push_back(u"关于");
    out.push_back(std::move(f));
}

// The label of a listed title — "附件：", "附件2：", "1.", "2. ", "三、", "（一）" — whose mark
// belongs to the list, not to the title; 0 when there is none.
std::size_t listLabelLength(std::u16string_view text)
{
    std::size_t i = startsWith(text, u"附件") ? 2 : 0;
    const bool bracketed = i == 0 && i < text.size() && (text[i] == u'（' || text[i] == u'(');
    if (bracketed)
        ++i;
    const std::size_t numeralStart = i;
    while (i < text.size() && (isDigit(text[i]) || isChineseNumeralChar(text[i])))
        ++i;
    const bool numbered = i > numeralStart;
    if (bracketed)
    {
        if (!numbered || i >= text.size() || (text[i] != u'）' && text[i] != u')'))
            return 0;
        ++i;
    }
    else
    {
        static constexpr std::u16string_view kLabelMarks = u"：:.．、";
        if ((!numbered && i == 0) || i >= text.size() ||
            kLabelMarks.find(text[i]) == std::u16string_view::npos)
            return 0;
        ++i;
    }
    while (i < text.size() && isSpace(text[i]))
        ++i;
    return i;
}

// Marks inside 《》 and quotes belong to the name or words quoted, not to the title.
bool opensQuote(char16_t c)
{
    return c == u'《' || c == u'“' || c == u'‘' || c == u'「' || c == u'『';
}
bool closesQuote(char16_t c)
{
    return c == u'》' || c == u'”' || c == u'’' || c == u'」' || c == u'』';
}

// GB/T 9704 §7.3.1: no punctuation in a title but the marks of names (书名号 and the like).
void checkTitlePunctuation(std::size_t paragraph, std::u16string_view text, const TitleShape& t,
                           Findings& out)
{
    int quoted = 0;
    for (std::size_t i = listLabelLength(text); i < text.size(); ++i)
    {
        const char16_t c = text[i];
        if (opensQuote(c))
            ++quoted;
        else if (closesQuote(c) && quoted > 0)
            --quoted;
        if (quoted > 0 || !isPunctuationMark(c))
            continue;
        const bool trailing = i >= t.end;
        Finding f = makeFinding(rule::kDocTitle, Severity::Warning, paragraph, i, 1);
        f.messageZh = trailing ? u"标题末尾不加标点符号。"
                               : u"标题中一般不用标点符号（书名号、引号、括号、顿号除外）。";
        f.messageEn = trailing ? u"A title ends without a punctuation mark."
                               : u"A title has no punctuation but 《》, quotes, brackets and 、.";
        if (trailing)
            f.suggestions.push_back(u"");
        out.push_back(std::move(f));
    }
}

// A finding of `rule` with its messages and suggested fixes.
void addDocFinding(Findings& out, const char* rule, std::size_t paragraph, std::size_t start,
                   std::size_t length, std::u16string zh, std::u16string en,
                   std::vector<std::u16string> fixes = {})
{
    Finding f = makeFinding(rule, Severity::Warning, paragraph, start, length);
    f.messageZh = std::move(zh);
    f.messageEn = std::move(en);
    f.suggestions = std::move(fixes);
    out.push_back(std::move(f));
}

// ---- 请示 and 报告 over the whole document ------------------------------------------------------

constexpr std::size_t kTitleWithin = 6; // paragraphs at the top where the title may be

struct DocumentTitle
{
    std::size_t paragraph = 0;
    std::u16string_view text; // trimmed
    TitleShape shape;
};

constexpr std::size_t kMaxHeadParagraphs = 40; // 份号, 密级, 紧急程度, a joint 标志's rows, blanks
constexpr std::size_t kMaxHeadLine = 40;

bool holdsDocumentNumber(std::u16string_view line)
{
    for (std::size_t i = 1; i < line.size(); ++i)
        if (opensYear(line[i]) && documentNumberAt(line, i).has_value())
            return true;
    return false;
}

// The paragraph after a 版头's 发文字号 line (份号, 密级, 紧急程度 and the 标志's rows above it,
// all short lines without a full stop), or 0 when the document has no 版头.
std::size_t afterHead(const std::vector<std::u16string_view>& paragraphs)
{
    for (std::size_t p = 0; p < paragraphs.size() && p < kMaxHeadParagraphs; ++p)
    {
        const std::u16string_view line = trimSpaces(paragraphs[p]);
        if (line.size() > kMaxHeadLine || line.find(u'。') != std::u16string_view::npos)
            return 0;
        if (holdsDocumentNumber(line))
            return p + 1;
    }
    return 0;
}

std::optional<DocumentTitle> documentTitle(const std::vector<std::u16string_view>& paragraphs)
{
    const std::size_t from = afterHead(paragraphs);
    for (std::size_t p = from; p < paragraphs.size() && p < from + kTitleWithin; ++p)
    {
        const std::u16string_view text = trimSpaces(paragraphs[p]);
        if (const auto shape = titleShape(text))
            return DocumentTitle{p, text, *shape};
    }
    return std::nullopt;
}

std::size_t offsetIn(std::u16string_view whole, std::u16string_view part)
{
    return static_cast<std::size_t>(part.data() - whole.data());
}

// 附注 of a 请示: "（联系人：张三，电话：12345678）" (GB/T 9704 §7.3.6).
bool isContactNote(std::u16string_view text)
{
    const std::u16string_view t = trimSpaces(text);
    return startsWith(t, u"（联系人") || startsWith(t, u"(联系人") || startsWith(t, u"联系人") ||
           startsWith(t, u"附注") ||
           (t.find(u"联系人") != std::u16string_view::npos &&
            t.find(u"电话") != std::u16string_view::npos);
}

// A 成文日期 line: "2026年11月29日" (or in Chinese numerals), nothing else.
bool isDateLine(std::u16string_view text)
{
    constexpr std::size_t kMaxDateLength = 16;
    const std::u16string_view t = trimSpaces(text);
    const std::size_t year = t.find(u'年');
    const std::size_t month = t.find(u'月');
    return !t.empty() && t.size() <= kMaxDateLength && t.back() == u'日' &&
           year != std::u16string_view::npos && month != std::u16string_view::npos &&
           year < month && year >= 2;
}

// Verbs that each make a request of their own in a 请示's title.
constexpr std::array<std::u16string_view, 12> kRequestVerbs = {u"申请", u"增加", u"设立", u"成立",
                                                               u"购置", u"调整", u"拨付", u"追加",
                                                               u"核定", u"解决", u"批准", u"增设"};

// "关于申请经费和增加编制的请示": two requests joined in one title.
bool asksSeveralThings(std::u16string_view matter)
{
    if (matter.find_first_of(u"和及、与并") == std::u16string_view::npos)
        return false;
    std::size_t verbs = 0;
    for (std::u16string_view verb : kRequestVerbs)
        for (std::size_t at = matter.find(verb); at != std::u16string_view::npos;
             at = matter.find(verb, at + verb.size()))
            ++verbs;
    return verbs >= 2;
}

// The 主送机关 line under a title: "市政府：", a short line ending with a colon.
std::optional<std::size_t> recipientsLine(const std::vector<std::u16string_view>& paragraphs,
                                          std::size_t title)
{
    constexpr std::size_t kMaxRecipients = 60;
    for (std::size_t p = title + 1; p < paragraphs.size() && p <= title + 2; ++p)
    {
        const std::u16string_view line = trimSpaces(paragraphs[p]);
        if (line.empty())
            continue;
        if (line.size() <= kMaxRecipients && (endsWith(line, u"：") || endsWith(line, u":")))
            return p;
        return std::nullopt;
    }
    return std::nullopt;
}

// 《党政机关公文处理工作条例》 §15: a 请示 goes to one 主送机关 (others, if any, are 抄送).
void checkRequestRecipients(const std::vector<std::u16string_view>& paragraphs,
                            const DocumentTitle& title, Findings& out)
{
    const auto p = recipientsLine(paragraphs, title.paragraph);
    if (!p)
        return;
    const std::u16string_view line = trimSpaces(paragraphs[*p]);
    if (line.find_first_of(u"、，,") == std::u16string_view::npos)
        return;
    Finding f = makeFinding(rule::kDocRequest, Severity::Warning, *p,
                            offsetIn(paragraphs[*p], line), line.size());
    f.messageZh = u"请示一般只写一个主送机关；需要同时送其他机关的，用抄送。";
    f.messageEn = u"A 请示 goes to one body (主送机关); the others it concerns get a copy (抄送).";
    out.push_back(std::move(f));
}

// A 请示 closes by asking ("妥否，请批示", "当否，请批复"), not by reporting.
void checkRequestClosing(const std::vector<std::u16string_view>& paragraphs,
                         const DocumentTitle& title, Findings& out)
{
    struct Closing
    {
        std::u16string_view written, fix;
    };
    static constexpr std::array<Closing, 4> kReportClosings = {{{u"特此报告", u"妥否，请批示"},
                                                                {u"特此汇报", u"妥否，请批示"},
                                                                {u"专此报告", u"妥否，请批示"},
                                                                {u"以上报告", u"以上请示"}}};
    for (std::size_t p = title.paragraph + 1; p < paragraphs.size(); ++p)
        for (const Closing& closing : kReportClosings)
            if (const std::size_t at = paragraphs[p].find(closing.written);
                at != std::u16string_view::npos)
            {
                Finding f = makeFinding(rule::kDocRequest, Severity::Warning, p, at,
                                        closing.written.size());
                f.messageZh = u"请示的结束语用“以上请示妥否，请批示”“当否，请批复”等，不用" +
                              quoted(closing.written) + u"。";
                f.messageEn = u"A 请示 closes by asking (以上请示妥否，请批示); " +
                              std::u16string(closing.written) + u" is a 报告's.";
                f.suggestions.emplace_back(closing.fix);
                out.push_back(std::move(f));
                return;
            }
}

void checkRequest(const std::vector<std::u16string_view>& paragraphs, const DocumentTitle& title,
                  Findings& out)
{
    checkRequestRecipients(paragraphs, title, out);
    checkRequestClosing(paragraphs, title, out);
    const std::size_t titleStart = offsetIn(paragraphs[title.paragraph], title.text);
    const std::u16string_view matter =
        title.text.substr(title.shape.aboutAt + 2, title.shape.kindStart - title.shape.aboutAt - 2);
    if (asksSeveralThings(matter))
    {
        Finding f = makeFinding(rule::kDocRequest, Severity::Warning, title.paragraph, titleStart,
                                title.shape.end);
        f.messageZh = u"请示应当一文一事：标题中请求了不止一件事项，宜分别行文。";
        f.messageEn =
            u"A 请示 asks for one thing; this title asks for several: write one 请示 for each.";
        out.push_back(std::move(f));
    }
    // The 附注 goes under the 成文日期: a draft without its date yet is not finished.
    std::size_t date = title.paragraph + 1;
    while (date < paragraphs.size() && !isDateLine(paragraphs[date]))
        ++date;
    if (date == paragraphs.size())
        return;
    for (std::size_t p = date + 1; p < paragraphs.size(); ++p)
        if (isContactNote(paragraphs[p]))
            return;
    Finding f = makeFinding(rule::kDocRequest, Severity::Warning, title.paragraph, titleStart,
                            title.shape.end);
    f.messageZh = u"请示应在成文日期下一行标注附注，写明联系人和电话：（联系人：×××，电话：×××）。";
    f.messageEn = u"A 请示 carries a note under its date naming a contact and a telephone number "
                  u"（联系人：…，电话：…）.";
    out.push_back(std::move(f));
}

// 报告 carries no request (《党政机关公文处理工作条例》 §15): what asks for approval is a 请示.
constexpr std::array<std::u16string_view, 6> kApprovalRequests = {
    u"妥否", u"请批示", u"请予批准", u"请批准", u"请予审批", u"请审批"};

// "关于申请拨付经费的报告": a title whose matter is a request names a 请示 written as a 报告.
void checkReportTitle(const std::vector<std::u16string_view>& paragraphs,
                      const DocumentTitle& title, Findings& out)
{
    static constexpr std::array<std::u16string_view, 6> kRequestStarts = {
        u"申请", u"请求", u"要求", u"请予", u"恳请", u"请批准"};
    const std::u16string_view matter = title.text.substr(title.shape.aboutAt + 2);
    for (std::u16string_view verb : kRequestStarts)
        if (startsWith(matter, verb))
        {
            const std::size_t at = offsetIn(paragraphs[title.paragraph], title.text);
            addDocFinding(out, rule::kDocReport, title.paragraph, at + title.shape.aboutAt + 2,
                          verb.size(),
                          u"报告中不得夹带请示事项：标题" + quoted(verb) +
                              u"的是请求批准的事项，应当用“请示”行文。",
                          u"A 报告 asks for nothing: a title that asks (" + std::u16string(verb) +
                              u"…) makes the document a 请示.");
            return;
        }
}

void checkReport(const std::vector<std::u16string_view>& paragraphs, const DocumentTitle& title,
                 Findings& out)
{
    checkReportTitle(paragraphs, title, out);
    for (std::size_t p = title.paragraph + 1; p < paragraphs.size(); ++p)
        for (std::u16string_view phrase : kApprovalRequests)
        {
            const std::size_t at = paragraphs[p].find(phrase);
            if (at == std::u16string_view::npos)
                continue;
            addDocFinding(out, rule::kDocReport, p, at, phrase.size(),
                          u"报告中不得夹带请示事项：" + quoted(phrase) +
                              u"是请示的用语；需要批准的事项另行请示。",
                          u"A 报告 asks for nothing: " + std::u16string(phrase) +
                              u" asks for approval, which takes a 请示 of its own.");
            break;
        }
}

// 上行文 (请示, 报告) with a 版头 carry 签发人 on the 发文字号's line (GB/T 9704 §7.2.5): a
// 发文字号 line above the title without it is reported there.
constexpr std::size_t kMaxNumberLine = 40;

void checkSigner(const std::vector<std::u16string_view>& paragraphs, const DocumentTitle& title,
                 Findings& out)
{
    for (std::size_t p = 0; p < title.paragraph; ++p)
    {
        const std::u16string_view line = trimSpaces(paragraphs[p]);
        if (line.size() > kMaxNumberLine)
            continue;
        bool isNumberLine = false;
        for (std::size_t i = 1; i < line.size() && !isNumberLine; ++i)
            isNumberLine = opensYear(line[i]) && documentNumberAt(line, i).has_value();
        // "签发：" is a 签发人 written wrong (doc.head), not a missing one.
        if (!isNumberLine || line.find(u"签发") != std::u16string_view::npos)
            continue;
        Finding f = makeFinding(rule::kDocSigner, Severity::Warning, p,
                                offsetIn(paragraphs[p], line), line.size());
        f.messageZh = u"上行文（" + std::u16string(title.shape.lastKind) +
                      u"）的发文字号居左，同一行右侧标注签发人：“签发人：×××”。";
        f.messageEn =
            u"A document to a higher body (" + std::u16string(title.shape.lastKind) +
            u") names its signer (签发人：…) on the line of its document number, at the right.";
        out.push_back(std::move(f));
        return;
    }
}

// ---- 版头要素: 份号, 密级和保密期限, 紧急程度 (GB/T 9704 §7.2.1–7.2.3), 签发人 (§7.2.5) ------

// "份号：001", "No.001", "001": six ASCII digits alone on the line, as 新建公文 writes it.
void checkCopyNumber(std::size_t p, std::u16string_view line, std::size_t offset, Findings& out)
{
    static constexpr std::array<std::u16string_view, 8> kLabels = {
        u"份号：", u"份号:", u"份号", u"No.", u"NO.", u"No：", u"No:", u"No"};
    std::u16string_view digits = line;
    for (std::u16string_view label : kLabels)
        if (startsWith(line, label))
        {
            digits = trimSpaces(line.substr(label.size()));
            break;
        }
    const std::u16string fixed = standardCopyNumber(digits);
    if (fixed.empty())
        return;
    if (fixed == line)
        return;
    addDocFinding(out, rule::kDocHead, p, offset, line.size(),
                  u"份号一般用6位阿拉伯数字，单独一行顶格：" + quoted(fixed) + u"。",
                  u"A copy number is six ASCII digits alone on its line: " + fixed + u".", {fixed});
}

// "机密★1年": the level, then its term after ★ (core/doctypes/letterhead reads what drafters
// type for it).
void checkSecrecy(std::size_t p, std::u16string_view line, std::size_t offset, Findings& out)
{
    const std::optional<SecrecyLine> secrecy = readSecrecy(line);
    if (!secrecy || secrecy->standard == line)
        return;
    const bool known = !secrecy->standard.empty();
    addDocFinding(
        out, rule::kDocHead, p, offset, line.size(),
        u"密级和保密期限写作“密级★期限”，期限用阿拉伯数字（“机密★1年”“秘密★6个月”“绝密★长期”）" +
            (known ? u"：" + quoted(secrecy->standard) + u"。" : std::u16string(u"。")),
        u"Secrecy and its term: level★term in ASCII digits (机密★1年, 秘密★6个月, 绝密★长期)" +
            (known ? u": " + secrecy->standard + u"." : std::u16string(u".")),
        known ? std::vector<std::u16string>{secrecy->standard} : std::vector<std::u16string>{});
}

// 紧急程度: "特急" or "加急" (特提, 平急 for telegrams); not 紧急, 急件 ….
void checkUrgency(std::size_t p, std::u16string_view line, std::size_t offset, Findings& out)
{
    struct Urgency
    {
        std::u16string_view written;
        std::vector<std::u16string> fixes;
    };
    static const std::array<Urgency, 6> kWrong = {{{u"紧急", {u"特急", u"加急"}},
                                                   {u"急件", {u"加急"}},
                                                   {u"急", {u"加急"}},
                                                   {u"加急件", {u"加急"}},
                                                   {u"特急件", {u"特急"}},
                                                   {u"特快", {u"特急"}}}};
    for (const Urgency& u : kWrong)
        if (line == u.written)
        {
            addDocFinding(out, rule::kDocHead, p, offset, line.size(),
                          u"紧急程度标注为“特急”或“加急”，不写" + quoted(line) + u"。",
                          u"Urgency is 特急 or 加急, not " + std::u16string(line) + u".", u.fixes);
            return;
        }
}

// "签发人：张三": 签发人, a full-width colon, the names.
void checkSignerLabel(std::size_t p, std::u16string_view line, Findings& out)
{
    const std::size_t at = line.find(u"签发");
    if (at == std::u16string_view::npos)
        return;
    std::size_t end = at + 2;
    if (end < line.size() && line[end] == u'人')
        ++end;
    while (end < line.size() && (isSpace(line[end]) || line[end] == u':' || line[end] == u'：'))
        ++end;
    const std::u16string_view label = line.substr(at, end - at);
    const std::u16string_view names = trimSpaces(line.substr(end));
    if (label == u"签发人：" && !names.empty())
        return;
    if (names.empty())
    {
        addDocFinding(out, rule::kDocHead, p, at, label.size(),
                      u"签发人后写签发人姓名：“签发人：×××”。",
                      u"签发人 is followed by the signer's name: 签发人：….", {});
        return;
    }
    addDocFinding(
        out, rule::kDocHead, p, at, label.size(), u"签发人标注为“签发人：”（全角冒号），后接姓名。",
        u"The signer is marked 签发人： (a full-width colon), then the names.", {u"签发人："});
}

void checkHeadElements(const std::vector<std::u16string_view>& paragraphs, Findings& out)
{
    const std::size_t head = afterHead(paragraphs);
    if (head == 0)
        return;
    for (std::size_t p = 0; p + 1 < head; ++p)
    {
        const std::u16string_view line = trimSpaces(paragraphs[p]);
        if (line.empty())
            continue;
        const std::size_t offset = offsetIn(paragraphs[p], line);
        checkCopyNumber(p, line, offset, out);
        checkSecrecy(p, line, offset, out);
        checkUrgency(p, line, offset, out);
    }
    checkSignerLabel(head - 1, paragraphs[head - 1], out);
}

} // namespace

// The kinds a titled 公文 under a 版头 ends with: the 条例's 文种 and the reports 新建公文 makes.
bool endsWithKind(std::u16string_view title)
{
    std::size_t end = title.size();
    while (end > 0 && (isSpace(title[end - 1]) || isPunctuationMark(title[end - 1])))
        --end;
    // "…的意见（征求意见稿）", "…的通知(试行)": a note in brackets after the 文种.
    if (end > 0 && (title[end - 1] == u'）' || title[end - 1] == u')'))
        if (const std::size_t open = title.find_last_of(u"（(", end - 1);
            open != std::u16string_view::npos)
            end = open;
    return !kindEndingAt(title, end).empty() || endsWith(title.substr(0, end), u"工作总结") ||
           endsWith(title.substr(0, end), u"情况汇报");
}

// GB/T 9704 §7.3.1: a 公文's title names its 文种 at its end. Checked where the document has a
// 版头 (a 发文字号 line above the title): a report drafted without one may be titled freely
// ("X区政协2026年工作总结"). The title may run over up to three lines.
void checkTitleNamesKind(const std::vector<std::u16string_view>& paragraphs, Findings& out)
{
    constexpr std::size_t kMaxTitleLines = 3;
    const std::size_t head = afterHead(paragraphs);
    if (head == 0)
        return;
    std::size_t first = head;
    while (first < paragraphs.size() && trimSpaces(paragraphs[first]).empty())
        ++first;
    std::u16string joined;
    for (std::size_t p = first; p < paragraphs.size() && p < first + kMaxTitleLines; ++p)
    {
        const std::u16string_view line = trimSpaces(paragraphs[p]);
        if (line.empty() || line.size() > kMaxHeadLine || endsWith(line, u"：") ||
            endsWith(line, u":") || line.find(u'。') != std::u16string_view::npos)
            break;
        joined += line;
        if (endsWithKind(joined))
            return;
    }
    if (joined.empty())
        return;
    const std::u16string_view line = trimSpaces(paragraphs[first]);
    Finding f = makeFinding(rule::kDocTitle, Severity::Warning, first,
                            offsetIn(paragraphs[first], line), line.size());
    f.messageZh = u"公文标题应以文种结尾（如“…的通知”“…的请示”“…的报告”“…的函”），由发文机关、"
                  u"事由和文种组成。";
    f.messageEn = u"The title of a 公文 ends with its kind (…的通知, …的请示, …的报告, …的函): "
                  u"issuing organ, subject, kind.";
    out.push_back(std::move(f));
}

void checkDocumentKind(const std::vector<std::u16string_view>& paragraphs, Findings& out)
{
    checkHeadElements(paragraphs, out);
    checkTitleNamesKind(paragraphs, out);
    const std::optional<DocumentTitle> title = documentTitle(paragraphs);
    if (!title || title->shape.kindStart + title->shape.lastKind.size() != title->shape.end)
        return; // no title, or stacked 文种 (doc.kind): which kind it is is the user's to say
    if (title->shape.lastKind == u"请示")
        checkRequest(paragraphs, *title, out);
    else if (title->shape.lastKind == u"报告")
        checkReport(paragraphs, *title, out);
    if (title->shape.lastKind == u"请示" || title->shape.lastKind == u"报告")
        checkSigner(paragraphs, *title, out);
}

void checkDocumentNumbers(std::size_t paragraph, std::u16string_view text, Findings& out)
{
    for (std::size_t i = 1; i < text.size(); ++i)
        if (!opensYear(text[i]))
            continue;
        else if (const auto number = documentNumberAt(text, i))
        {
            checkDocumentNumber(paragraph, text, *number, out);
            i = number->end - 1;
        }
}

void checkTitleForm(std::size_t paragraph, std::u16string_view text, Findings& out)
{
    const std::u16string_view trimmed = trimSpaces(text);
    const std::optional<TitleShape> shape = titleShape(trimmed);
    if (!shape)
        return;
    const std::size_t offset = static_cast<std::size_t>(trimmed.data() - text.data());
    Findings found;
    checkStackedKinds(paragraph, trimmed, *shape, found);
    checkNestedKind(paragraph, trimmed, *shape, found);
    checkAboutTo(paragraph, trimmed, *shape, found);
    checkTitlePunctuation(paragraph, trimmed, *shape, found);
    for (Finding& f : found)
    {
        f.start += offset;
        out.push_back(std::move(f));
    }
}

} // namespace gongwen::core
