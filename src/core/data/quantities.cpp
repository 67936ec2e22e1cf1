// SPDX-License-Identifier: MPL-2.0
#include <core/data/quantities.hpp>

#include <core/text/text.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <string>

namespace gongwen::core::data
{
namespace
{

constexpr int kMaxSignificantDigits = 18;

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isWideDigit(char16_t c)
{
    return c >= u'０' && c <= u'９';
}
bool isArabicDigit(char16_t c)
{
    return isAsciiDigit(c) || isWideDigit(c);
}
int arabicValue(char16_t c)
{
    return isAsciiDigit(c) ? c - u'0' : c - u'０';
}
bool isLatin(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

int chineseDigit(char16_t c)
{
    switch (c)
    {
    case u'〇':
    case u'零':
    case u'○':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}
int smallUnit(char16_t c)
{
    return c == u'十' ? 1 : c == u'百' ? 2 : c == u'千' ? 3 : 0;
}
int bigUnit(char16_t c)
{
    return c == u'万' ? 4 : c == u'亿' ? 8 : 0;
}
bool isNumeralChar(char16_t c)
{
    return chineseDigit(c) >= 0 || smallUnit(c) || bigUnit(c);
}

// 千 and 百 begin units of their own: 千米, 千克, 千瓦, 百米 are not thousands.
bool unitPrefixAt(std::u16string_view text, std::size_t at)
{
    if (at + 1 >= text.size())
        return false;
    const char16_t next = text[at + 1];
    return (text[at] == u'千' || text[at] == u'百') &&
           (next == u'米' || next == u'克' || next == u'瓦' || next == u'帕' || next == u'焦' ||
            next == u'赫');
}

// A numeral read from the text, before its unit.
struct Numeral
{
    std::size_t end = 0;
    Exact value;
    Exact step;    // place value of the last digit written (after scaling)
    int scale = 0; // power of ten of 万/亿 after an Arabic number (Chinese numerals carry theirs)
    int decimals = 0;
    bool more = false; // 多 / 余 inside: 两千多万
    bool hasBigUnit = false;
    bool arabic = true;
};

// 万, 亿, 万亿 (and 千万, 百万 before them) after an Arabic number: the power of ten.
std::size_t readScale(std::u16string_view text, std::size_t at, int& scale)
{
    scale = 0;
    std::size_t i = at;
    if (i < text.size() && smallUnit(text[i]) && !unitPrefixAt(text, i) && i + 1 < text.size() &&
        bigUnit(text[i + 1]))
        scale += smallUnit(text[i++]);
    bool any = false;
    while (i < text.size() && bigUnit(text[i]) &&
           !(i + 1 < text.size() && text[i] == u'万' && text[i + 1] == u'一'))
    {
        scale += bigUnit(text[i++]);
        any = true;
    }
    if (!any)
    {
        scale = 0;
        return at;
    }
    return i;
}

// mantissa × 10^exponent, made exactly with one normalisation.
Exact decimalExact(std::int64_t mantissa, int exponent)
{
    using Integer = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<>,
                                                  boost::multiprecision::et_off>;
    const Integer power = numerator(powerOfTen(std::abs(exponent)));
    if (exponent >= 0)
        return Exact(Integer(mantissa) * power);
    return Exact(Integer(mantissa), power);
}

std::optional<Numeral> readArabic(std::u16string_view text, std::size_t at)
{
    Numeral n;
    std::int64_t digits = 0; // at most 18 significant digits are kept; more is not a figure
    int significant = 0;
    std::size_t i = at;
    auto takeDigit = [&](char16_t c)
    {
        if (significant > 0 || arabicValue(c) != 0)
            ++significant;
        if (significant <= kMaxSignificantDigits)
            digits = digits * 10 + arabicValue(c);
    };
    while (i < text.size() && isArabicDigit(text[i]))
        takeDigit(text[i++]);
    // 1,200 and 12,345,678: groups of three after a comma.
    while (i + 3 < text.size() && text[i] == u',' && isArabicDigit(text[i + 1]) &&
           isArabicDigit(text[i + 2]) && isArabicDigit(text[i + 3]) &&
           !(i + 4 < text.size() && isArabicDigit(text[i + 4])))
    {
        for (std::size_t k = 1; k <= 3; ++k)
            takeDigit(text[i + k]);
        i += 4;
    }
    if (i + 1 < text.size() && (text[i] == u'.' || text[i] == u'．') && isArabicDigit(text[i + 1]))
    {
        ++i;
        while (i < text.size() && isArabicDigit(text[i]))
        {
            takeDigit(text[i++]);
            ++n.decimals;
        }
    }
    if (significant > kMaxSignificantDigits || n.decimals > 8)
        return std::nullopt;
    n.end = readScale(text, i, n.scale);
    int stepExponent = n.scale - n.decimals;
    bool hasStep = n.decimals > 0 || n.scale > 0;
    // 100多人: 多 stands for what follows the last non-zero digit.
    if (n.end == i && i < text.size() && (text[i] == u'多' || text[i] == u'余') && n.decimals == 0)
    {
        int zeros = 0;
        for (std::int64_t d = digits; d != 0 && d % 10 == 0; d /= 10)
            ++zeros;
        n.more = true;
        n.end = readScale(text, i + 1, n.scale);
        stepExponent = zeros + n.scale;
        hasStep = true;
    }
    n.value = decimalExact(digits, n.scale - n.decimals);
    n.step = hasStep ? decimalExact(1, stepExponent) : Exact(0);
    return n;
}

// Chinese numerals with 万/亿 sections and 点 decimals: 三百二十, 两亿五千多万, 十八点五,
// 二万八千亿. Digits must be separated by place units (五四 and 十四五 are not numbers), apart from
// 零 before a digit and the digits after 点. Whole numbers beyond 10^17 are not figures.
std::optional<Numeral> readChinese(std::u16string_view text, std::size_t at)
{
    constexpr std::int64_t kLargest = 100000000000000000; // 10^17
    Numeral n;
    n.arabic = false;
    std::int64_t total = 0;   // sections already closed by 亿
    std::int64_t wanPart = 0; // a section closed by 万, not yet by 亿
    std::int64_t section = 0; // below 万
    int digit = -1;           // a digit waiting for its place unit
    int lastPlace = 0;        // power of ten of the last digit written
    std::size_t i = at;
    bool any = false;
    bool previousWasDigit = false;
    for (; i < text.size(); ++i)
    {
        const char16_t c = text[i];
        if (const int d = chineseDigit(c); d >= 0)
        {
            if (previousWasDigit && digit != 0)
                return std::nullopt;
            digit = d;
            previousWasDigit = true;
            any = true;
            continue;
        }
        if (const int u = smallUnit(c); u > 0 && !unitPrefixAt(text, i))
        {
            if (digit == 0)
                return std::nullopt;
            section += (digit < 0 ? 1 : digit) * (u == 1 ? 10 : u == 2 ? 100 : 1000);
            lastPlace = u;
            digit = -1;
            previousWasDigit = false;
            any = true;
            continue;
        }
        if (const int u = bigUnit(c); u > 0 && any)
        {
            if (digit > 0)
            {
                section += digit;
                lastPlace = 0;
            }
            digit = -1;
            previousWasDigit = false;
            n.hasBigUnit = true;
            if (total + wanPart + section > kLargest / 100000000)
                return std::nullopt;
            if (u == 4)
            {
                wanPart = (wanPart + section) * 10000;
                section = 0;
                lastPlace += 4;
            }
            else
            {
                total = (total + wanPart + section) * 100000000;
                wanPart = section = 0;
                lastPlace += 8;
            }
            continue;
        }
        if ((c == u'多' || c == u'余') && any && !n.more && digit < 0)
        {
            n.more = true;
            continue;
        }
        break;
    }
    if (!any)
        return std::nullopt;
    if (digit > 0)
    {
        section += digit;
        lastPlace = 0;
    }
    // A digit after a small unit is one place below it: 一万五 is 15000, not 10005.
    std::int64_t mantissa = total + wanPart + section;
    int exponent = 0;
    // 点 and decimal digits: 十点二, 六十四点七五.
    if (i + 1 < text.size() && text[i] == u'点' && chineseDigit(text[i + 1]) >= 0 && !n.more)
    {
        std::size_t k = i + 1;
        for (; k < text.size() && chineseDigit(text[k]) >= 0 && text[k] != u'两'; ++k)
        {
            if (++n.decimals > 8 || mantissa > kLargest)
                return std::nullopt;
            mantissa = mantissa * 10 + chineseDigit(text[k]);
        }
        exponent = -n.decimals;
        lastPlace = -n.decimals;
        // 三点五万
        int scale = 0;
        i = readScale(text, k, scale);
        exponent += scale;
        lastPlace += scale;
        n.hasBigUnit = n.hasBigUnit || scale > 0;
    }
    n.end = i;
    n.value = decimalExact(mantissa, exponent);
    n.step = (n.more || n.hasBigUnit || n.decimals > 0) ? decimalExact(1, lastPlace) : Exact(0);
    return n;
}

// Units that may follow a figure, longest first.
constexpr std::u16string_view kUnits[] = {
    u"平方公里", u"平方千米", u"平方米", u"立方米", u"公顷", u"公里", u"千米", u"千瓦时", u"千瓦",
    u"千克",     u"人次",     u"户次",   u"件次",   u"个月", u"周岁", u"余人", u"标准箱", u"元",
    u"人",       u"次",       u"件",     u"条",     u"项",   u"个",   u"名",   u"家",     u"户",
    u"所",       u"座",       u"天",     u"年",     u"周",   u"场",   u"批",   u"期",     u"篇",
    u"份",       u"部",       u"本",     u"类",     u"亩",   u"吨",   u"台",   u"辆",     u"处",
    u"位",       u"支",       u"套",     u"间",     u"岁",   u"笔",   u"宗",   u"起",     u"例",
    u"块",       u"轮",       u"届",     u"米",     u"株",   u"棵",   u"头",   u"只",     u"万",
    u"册",       u"张",       u"首",     u"幅",     u"门",   u"种",   u"片",   u"组",     u"队",
    u"村",       u"镇",       u"乡",     u"区",     u"县",   u"市",   u"省",   u"国",     u"小时",
    u"分钟",     u"班",       u"节",     u"课",     u"盏",   u"架",   u"艘",   u"列",     u"趟",
    u"单",       u"餐",       u"床",     u"栋",     u"层",   u"孔",   u"眼",   u"口",     u"对",
    u"双",       u"斤",       u"公斤",   u"升",     u"度",   u"包",   u"箱",   u"瓶",     u"袋",
    u"颗",       u"粒",
};

// The first characters of the units: most characters after a numeral begin none.
const std::array<bool, 65536>& unitStarts()
{
    static const std::array<bool, 65536> starts = []
    {
        std::array<bool, 65536> t{};
        for (std::u16string_view u : kUnits)
            t[u[0]] = true;
        return t;
    }();
    return starts;
}

std::size_t readUnit(std::u16string_view text, std::size_t at, std::u16string& unit)
{
    unit.clear();
    if (at >= text.size() || !unitStarts()[text[at]])
        return at;
    for (std::u16string_view u : kUnits)
        if (startsWith(text, at, u))
        {
            unit = std::u16string(u);
            return at + u.size();
        }
    unit.clear();
    return at;
}

constexpr std::u16string_view kAboutBefore[] = {u"大约", u"约",   u"将近", u"接近",
                                                u"近",   u"大概", u"上下"};
constexpr std::u16string_view kAtLeastBefore[] = {u"超过",   u"逾",     u"多于", u"高于",
                                                  u"不少于", u"不低于", u"至少"};
constexpr std::u16string_view kAtMostBefore[] = {u"不到",   u"不足",   u"少于", u"低于",
                                                 u"不超过", u"不高于", u"最多"};
constexpr std::u16string_view kAboutAfter[] = {u"左右", u"上下", u"许"};
constexpr std::u16string_view kAtLeastAfter[] = {u"以上", u"多", u"余", u"强"};
constexpr std::u16string_view kAtMostAfter[] = {u"以下", u"以内", u"之内"};

// The length of the first of `words` that ends at `at` (before) or starts there (after); 0 if
// none does.
template <std::size_t N>
std::size_t wordAt(std::u16string_view text, std::size_t at, const std::u16string_view (&words)[N],
                   bool before)
{
    for (std::u16string_view w : words)
        if (before ? endsWith(text, at, w) : startsWith(text, at, w))
            return w.size();
    return 0;
}

// Practical infinity for an open upper bound (以上): far beyond any figure we read.
Exact openHigh(const Exact& value)
{
    return value * 1000 + powerOfTen(kMaxSignificantDigits + 3);
}

// Marks that rule out a figure: 第三 (ordinal), 2026年 (a year), 3月 and 5日 (a date),
// 10号, (1) and 1. at a paragraph start (serial numbers), codes glued to letters.
bool excludedBefore(std::u16string_view text, std::size_t at)
{
    if (at == 0)
        return false;
    const char16_t p = text[at - 1];
    if (p == u'期' && at >= 2 && text[at - 2] == u'星')
        return true; // 星期三
    return p == u'第' || p == u'初' || p == u'周' || isLatin(p) || p == u'-' || p == u'/' ||
           p == u':' || p == u'〔' || p == u'.' || p == u'_' || p == u'#' || p == u'№' ||
           p == u'．' || p == u'礼' || p == u'拜';
}

bool excludedAfter(std::u16string_view text, std::size_t numeralEnd, bool arabic, bool scaled)
{
    if (numeralEnd >= text.size())
        return false;
    const char16_t c = text[numeralEnd];
    if (!scaled && (c == u'年' || c == u'月' || c == u'日' || c == u'号' || c == u'时' ||
                    c == u'分' || c == u'秒' || c == u'后' || c == u'届' || c == u'〕'))
    {
        // 5年 and 3个月 are durations; but a year (2026年), a month (3月) or a day (5日) is a date.
        if (c == u'年')
            return arabic && numeralEnd >= 4 && isArabicDigit(text[numeralEnd - 4]) &&
                   isArabicDigit(text[numeralEnd - 1]);
        return c != u'届';
    }
    if (isLatin(c) || c == u'-' || c == u'/' || c == u':' || c == u'：' || c == u'_' || c == u'〕')
        return arabic && !scaled;
    // 1、 1. （1） as serial numbers.
    if (arabic && !scaled && (c == u'、' || c == u'．' || c == u'.' || c == u'）' || c == u')'))
        return true;
    return false;
}

// Every 年 after a four-digit Arabic number is a year, not a duration.
bool isYear(std::u16string_view text, std::size_t start, std::size_t end)
{
    if (end >= text.size() || text[end] != u'年')
        return false;
    std::size_t digits = 0;
    for (std::size_t i = start; i < end; ++i)
        digits += isArabicDigit(text[i]) || chineseDigit(text[i]) >= 0;
    return digits == 4 && end - start == 4;
}

} // namespace

Exact powerOfTen(int n)
{
    // Figures use few powers, and often: 10^-16 … 10^40 are made once.
    constexpr int kLowest = -16, kHighest = 40;
    static const std::vector<Exact> powers = []
    {
        std::vector<Exact> out;
        for (int k = kLowest; k <= kHighest; ++k)
        {
            boost::multiprecision::cpp_int p = 1;
            for (int i = 0; i < std::abs(k); ++i)
                p *= 10;
            out.push_back(k >= 0 ? Exact(p) : Exact(1) / Exact(p));
        }
        return out;
    }();
    if (n >= kLowest && n <= kHighest)
        return powers[static_cast<std::size_t>(n - kLowest)];
    boost::multiprecision::cpp_int p = 1;
    for (int i = 0; i < std::abs(n); ++i)
        p *= 10;
    return n >= 0 ? Exact(p) : Exact(1) / Exact(p);
}

std::u16string formatExact(const Exact& value, int decimals)
{
    using boost::multiprecision::cpp_int;
    const bool negative = value < 0;
    const Exact scaled = (negative ? -value : value) * powerOfTen(decimals);
    cpp_int whole =
        boost::multiprecision::numerator(scaled) / boost::multiprecision::denominator(scaled);
    const Exact rest = scaled - Exact(whole);
    if (rest * 2 >= 1)
        ++whole;
    std::string digits = whole.str();
    if (decimals > 0)
    {
        if (digits.size() <= static_cast<std::size_t>(decimals))
            digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
        digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
    }
    if (negative && whole != 0)
        digits.insert(0, "-");
    return std::u16string(digits.begin(), digits.end());
}

std::optional<Exact> exactFromDouble(double value)
{
    if (!(value == value) || value > 1e18 || value < -1e18)
        return std::nullopt;
    // Ten significant digits, as Calc shows a cell by default.
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    const std::string s(buffer);
    const std::size_t e = s.find('e');
    std::string mantissa = s.substr(0, e);
    int exponent = e == std::string::npos ? 0 : std::stoi(s.substr(e + 1));
    const bool negative = !mantissa.empty() && mantissa[0] == '-';
    if (negative)
        mantissa.erase(0, 1);
    const std::size_t dot = mantissa.find('.');
    if (dot != std::string::npos)
    {
        exponent -= static_cast<int>(mantissa.size() - dot - 1);
        mantissa.erase(dot, 1);
    }
    Exact result = Exact(boost::multiprecision::cpp_int(mantissa)) * powerOfTen(exponent);
    return negative ? -result : result;
}

std::vector<Quantity> readQuantities(std::u16string_view text)
{
    return readQuantities(text, 0, text.size());
}

std::vector<Quantity> readQuantities(std::u16string_view text, std::size_t begin, std::size_t end)
{
    std::vector<Quantity> out;
    end = std::min(end, text.size());
    for (std::size_t i = begin; i < end;)
    {
        const char16_t c = text[i];
        const bool arabic = isArabicDigit(c);
        const bool percentWords = startsWith(text, i, u"百分之");
        const bool chinese = !arabic && (isNumeralChar(c) || percentWords);
        if ((!arabic && !chinese) ||
            (i > 0 && (isArabicDigit(text[i - 1]) || isNumeralChar(text[i - 1]))) ||
            excludedBefore(text, i))
        {
            ++i;
            continue;
        }
        const std::size_t numeralStart = percentWords ? i + 3 : i;
        // 一是, 统一, 千方百计: a lone Chinese numeral is a figure only before a unit (三天, 十次).
        if (chinese && !percentWords &&
            (i + 1 >= end ||
             (!isNumeralChar(text[i + 1]) && !unitStarts()[text[i + 1]] && text[i + 1] != u'倍' &&
              text[i + 1] != u'%' && text[i + 1] != u'％' && text[i + 1] != u'个' &&
              text[i + 1] != u'点' && text[i + 1] != u'多' && text[i + 1] != u'余')))
        {
            ++i;
            continue;
        }
        std::optional<Numeral> n = arabic ? readArabic(text, i) : readChinese(text, numeralStart);
        if (!n || n->end <= numeralStart)
        {
            i = std::max(i + 1, n ? n->end : i + 1);
            continue;
        }
        // A Chinese numeral glued to more numeral characters (十四五, 五四) is a name, not a
        // figure.
        const bool glued = n->end < text.size() && !arabic && isNumeralChar(text[n->end]);
        const bool scaled = n->hasBigUnit || n->scale > 0;
        if (glued || excludedAfter(text, n->end, arabic, scaled) || isYear(text, i, n->end))
        {
            i = n->end + 1;
            continue;
        }
        Quantity q;
        q.start = i;
        q.numeralEnd = n->end;
        q.value = n->value;
        q.decimals = n->decimals;
        q.arabic = arabic;
        std::size_t figureEnd = n->end;
        if (percentWords)
            q.measure = Measure::Percent;
        else if (figureEnd < text.size() && (text[figureEnd] == u'%' || text[figureEnd] == u'％'))
        {
            q.measure = Measure::Percent;
            ++figureEnd;
        }
        else if (startsWith(text, figureEnd, u"个百分点") || startsWith(text, figureEnd, u"百分点"))
        {
            q.measure = Measure::Points;
            figureEnd += text[figureEnd] == u'个' ? 4 : 3;
        }
        else if (startsWith(text, figureEnd, u"倍"))
        {
            q.measure = Measure::Times;
            ++figureEnd;
        }
        else
            figureEnd = readUnit(text, figureEnd, q.unit);
        q.scaled = scaled;
        // Chinese numerals stand for figures only with a unit, a measure or a place unit: 一些,
        // 三农, 万一 do not; 两千多万 does.
        bool placeUnit = false;
        for (std::size_t k = numeralStart; k < n->end; ++k)
            placeUnit = placeUnit || smallUnit(text[k]) || bigUnit(text[k]);
        if (!arabic && q.measure == Measure::Plain && q.unit.empty() &&
            !(placeUnit && n->end - numeralStart >= 2))
        {
            i = n->end;
            continue;
        }
        const Exact half = q.measure == Measure::Plain ? n->step / 2 : powerOfTen(-q.decimals) / 2;
        q.low = q.value - half;
        q.high = q.value + half;
        if (n->more)
        {
            q.approximate = true;
            q.low = q.value;
            q.high = q.value + n->step;
        }
        // Words around it: 约, 超过, 以上, 左右 …
        std::size_t start = i;
        if (const std::size_t w = wordAt(text, start, kAboutBefore, true))
        {
            q.approximate = true;
            q.low = q.value * 9 / 10;
            q.high = q.value * 11 / 10;
            start -= w;
        }
        else if (const std::size_t w = wordAt(text, start, kAtLeastBefore, true))
        {
            q.approximate = true;
            q.high = openHigh(q.value);
        }
        else if (const std::size_t w = wordAt(text, start, kAtMostBefore, true))
        {
            q.approximate = true;
            q.low = 0;
        }
        if (wordAt(text, figureEnd, kAboutAfter, false) || wordAt(text, n->end, kAboutAfter, false))
        {
            q.approximate = true;
            q.low = std::min(q.low, q.value * 9 / 10);
            q.high = std::max(q.high, q.value * 11 / 10);
        }
        else if (wordAt(text, figureEnd, kAtLeastAfter, false))
        {
            q.approximate = true;
            q.high = openHigh(q.value);
        }
        else if (wordAt(text, figureEnd, kAtMostAfter, false))
        {
            q.approximate = true;
            q.low = 0;
        }
        if (percentWords)
            start = i;
        q.start = start;
        q.length = figureEnd - start;
        out.push_back(std::move(q));
        i = figureEnd;
    }
    // Ranges (3～5人, 3-5天, 3至5人): neither end is a figure one can compute with.
    for (std::size_t k = 0; k + 1 < out.size(); ++k)
    {
        Quantity& a = out[k];
        Quantity& b = out[k + 1];
        const std::size_t gap = b.start - (a.start + a.length);
        if (gap != 1 || b.start == 0)
            continue;
        const char16_t mark = text[b.start - 1];
        const bool rangeMark = mark == u'～' || mark == u'~' || mark == u'—' || mark == u'－' ||
                               mark == u'-' || mark == u'至' || mark == u'到';
        if (rangeMark &&
            (a.unit.empty() || mark == u'～' || mark == u'~' || mark == u'－' || mark == u'-'))
            a.approximate = b.approximate = true;
    }
    return out;
}

// ---------------------------------------------------------------- dates

bool validDate(int year, int month, int day)
{
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
}

long daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: proleptic Gregorian, exact for every year we accept.
    year -= month <= 2;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long yoe = year - era * 400;
    const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int weekdayOf(int year, int month, int day)
{
    const long days = daysFromCivil(year, month, day); // 1970-01-01 was a Thursday
    return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

namespace
{

// A small number in Arabic or Chinese digits (年 digit by digit: 二〇二六).
std::optional<std::pair<int, std::size_t>> readSmall(std::u16string_view text, std::size_t at,
                                                     bool digitByDigit)
{
    std::size_t i = at;
    int value = 0;
    if (i < text.size() && isArabicDigit(text[i]))
    {
        while (i < text.size() && isArabicDigit(text[i]) && i - at < 4)
            value = value * 10 + arabicValue(text[i++]);
        if (i < text.size() && isArabicDigit(text[i]))
            return std::nullopt;
        return std::make_pair(value, i);
    }
    if (digitByDigit)
    {
        while (i < text.size() && chineseDigit(text[i]) >= 0 && text[i] != u'两' && i - at < 4)
            value = value * 10 + chineseDigit(text[i++]);
        if (i - at != 4)
            return std::nullopt;
        return std::make_pair(value, i);
    }
    // 一 … 三十一
    int tens = 0;
    if (i < text.size() && chineseDigit(text[i]) > 0 && text[i] != u'两' && i + 1 < text.size() &&
        text[i + 1] == u'十')
    {
        tens = chineseDigit(text[i]);
        i += 2;
    }
    else if (i < text.size() && text[i] == u'十')
    {
        tens = 1;
        ++i;
    }
    int ones = 0;
    if (i < text.size() && chineseDigit(text[i]) > 0 && text[i] != u'两')
        ones = chineseDigit(text[i++]);
    if (i == at)
        return std::nullopt;
    return std::make_pair(tens * 10 + ones, i);
}

std::optional<int> weekdayName(char16_t c)
{
    constexpr std::u16string_view kNames = u"一二三四五六";
    if (c == u'日' || c == u'天')
        return 7;
    const std::size_t at = kNames.find(c);
    if (at == std::u16string_view::npos)
        return std::nullopt;
    return static_cast<int>(at) + 1;
}

// （星期二） / （周二） / (星期二) right after the date, or 星期二 written straight after it
// (2026年3月2日星期一, 3月2日 星期一).
void readWeekday(std::u16string_view text, DateMention& d)
{
    std::size_t i = d.start + d.length;
    const bool bracketed = i < text.size() && (text[i] == u'（' || text[i] == u'(');
    if (bracketed)
        ++i;
    else if (i < text.size() && (text[i] == u' ' || text[i] == u'\u3000'))
        ++i;
    std::size_t nameLength = 0;
    if (startsWith(text, i, u"星期") || startsWith(text, i, u"礼拜"))
        nameLength = 2;
    else if (startsWith(text, i, u"周") && bracketed)
        nameLength = 1;
    else
        return;
    const std::size_t dayAt = i + nameLength;
    if (dayAt >= text.size())
        return;
    if (bracketed &&
        (dayAt + 1 >= text.size() || (text[dayAt + 1] != u'）' && text[dayAt + 1] != u')')))
        return;
    if (const auto w = weekdayName(text[dayAt]))
    {
        d.weekday = *w;
        d.weekdayStart = i;
        d.weekdayLength = nameLength + 1;
    }
}

} // namespace

std::vector<DateMention> readDates(std::u16string_view text)
{
    std::vector<DateMention> out;
    for (std::size_t i = 0; i < text.size(); ++i)
    {
        if (!(isArabicDigit(text[i]) || chineseDigit(text[i]) >= 0 || text[i] == u'十') ||
            (i > 0 &&
             (isArabicDigit(text[i - 1]) || isNumeralChar(text[i - 1]) || text[i - 1] == u'第')))
            continue;
        DateMention d;
        d.start = i;
        std::size_t k = i;
        // [YYYY年]
        if (auto y = readSmall(text, k, !isArabicDigit(text[k]));
            y && y->second < text.size() && text[y->second] == u'年' && y->second - k == 4)
        {
            d.year = y->first;
            k = y->second + 1;
        }
        auto m = readSmall(text, k, false);
        if (m && m->second < text.size() && text[m->second] == u'月')
        {
            auto day = readSmall(text, m->second + 1, false);
            if (day && day->second < text.size() &&
                (text[day->second] == u'日' || text[day->second] == u'号'))
            {
                d.month = m->first;
                d.day = day->first;
                d.length = day->second + 1 - i;
                readWeekday(text, d);
                out.push_back(d);
                i = day->second;
                continue;
            }
        }
        // A bare 16日 right after a range mark that follows a date: 2月10日至16日.
        if (!d.year && !out.empty() && i > 0)
        {
            const DateMention& previous = out.back();
            const std::size_t previousEnd = previous.start + previous.length;
            const char16_t mark = text[i - 1];
            const bool afterRange =
                previousEnd + 1 == i && (mark == u'至' || mark == u'到' || mark == u'—' ||
                                         mark == u'～' || mark == u'-' || mark == u'－');
            auto day = readSmall(text, i, false);
            if (afterRange && day && day->second < text.size() && text[day->second] == u'日')
            {
                d.day = day->first;
                d.length = day->second + 1 - i;
                readWeekday(text, d);
                out.push_back(d);
                i = day->second;
            }
        }
    }
    return out;
}

} // namespace gongwen::core::data
