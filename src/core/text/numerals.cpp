// SPDX-License-Identifier: MPL-2.0
#include <core/text/numerals.hpp>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace gongwen::core
{
namespace
{

constexpr std::array<char16_t, 10> kDigits = {u'〇', u'一', u'二', u'三', u'四',
                                              u'五', u'六', u'七', u'八', u'九'};
constexpr std::array<char16_t, 4> kUnits = {u'千', u'百', u'十', 0};
constexpr std::size_t kLongestNumeral = 9; // 九千九百九十九 is 7; leave room for variants

std::u16string formatWith(int value, bool zeroAsLing, bool liangForLeadingTwo)
{
    if (value == 0)
        return std::u16string(1, zeroAsLing ? u'零' : u'〇');
    const std::array<int, 4> digits = {value / 1000, value / 100 % 10, value / 10 % 10, value % 10};
    std::u16string out;
    bool pendingZero = false;
    for (std::size_t i = 0; i < digits.size(); ++i)
    {
        const int d = digits[i];
        if (d == 0)
        {
            pendingZero = !out.empty();
            continue;
        }
        if (pendingZero)
            out += zeroAsLing ? u'零' : u'〇';
        pendingZero = false;
        const bool tensOnlyTeen = (i == 2 && out.empty() && d == 1); // 十一, not 一十一
        if (!tensOnlyTeen)
            out += (liangForLeadingTwo && out.empty() && d == 2 && i < 2) ? u'两' : kDigits[d];
        if (kUnits[i] != 0)
            out += kUnits[i];
    }
    return out;
}

// Every accepted spelling mapped to its value. Built by formatting each value, so parsing is
// exactly the inverse of formatting and cannot accept anything malformed. Keys are views into
// `spellings`, so a lookup needs no allocation.
struct NumeralTable
{
    std::vector<std::u16string> spellings;
    std::unordered_map<std::u16string_view, int> values;
};

const NumeralTable& numeralTable()
{
    static const NumeralTable table = []
    {
        NumeralTable t;
        t.spellings.reserve(4 * (kMaxChineseNumeral + 1) + 1);
        std::vector<int> valueOf;
        for (int v = 0; v <= kMaxChineseNumeral; ++v)
            for (bool ling : {true, false})
                for (bool liang : {false, true})
                {
                    t.spellings.push_back(formatWith(v, ling, liang));
                    valueOf.push_back(v);
                }
        t.spellings.emplace_back(u"两");
        valueOf.push_back(2);
        for (std::size_t i = 0; i < t.spellings.size(); ++i)
            t.values.emplace(t.spellings[i], valueOf[i]);
        return t;
    }();
    return table;
}

int fullWidthOrAsciiDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'０' && c <= u'９')
        return c - u'０';
    return -1;
}

} // namespace

std::u16string formatChineseNumeral(int value)
{
    if (value < 0 || value > kMaxChineseNumeral)
        return {};
    return formatWith(value, true, false);
}

std::u16string formatCountNumeral(int value)
{
    return value == 2 ? std::u16string(u"两") : formatChineseNumeral(value);
}

std::optional<int> parseChineseNumeral(std::u16string_view text)
{
    if (text.empty() || text.size() > kLongestNumeral)
        return std::nullopt;
    const auto& values = numeralTable().values;
    const auto it = values.find(text);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

int chineseDigitValue(char16_t c)
{
    if (c == u'零' || c == u'○')
        return 0;
    const auto at = std::find(kDigits.begin(), kDigits.end(), c);
    return at == kDigits.end() ? -1 : static_cast<int>(at - kDigits.begin());
}

int yearDigitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'０' && c <= u'９')
        return c - u'０';
    return chineseDigitValue(c);
}

char16_t chineseDigit(int value)
{
    return value >= 0 && value <= 9 ? kDigits[static_cast<std::size_t>(value)] : u'\0';
}

bool isChineseNumeralChar(char16_t c)
{
    switch (c)
    {
    case u'〇':
    case u'零':
    case u'一':
    case u'二':
    case u'两':
    case u'三':
    case u'四':
    case u'五':
    case u'六':
    case u'七':
    case u'八':
    case u'九':
    case u'十':
    case u'百':
    case u'千':
        return true;
    default:
        return false;
    }
}

std::optional<NumeralMatch> matchChineseNumeral(std::u16string_view text)
{
    std::size_t run = 0;
    while (run < text.size() && run < kLongestNumeral && isChineseNumeralChar(text[run]))
        ++run;
    for (std::size_t len = run; len > 0; --len)
        if (auto v = parseChineseNumeral(text.substr(0, len)))
            return NumeralMatch{*v, len};
    return std::nullopt;
}

std::optional<NumeralMatch> matchArabicNumber(std::u16string_view text)
{
    NumeralMatch m;
    while (m.length < text.size() && m.length < 9)
    {
        const int d = fullWidthOrAsciiDigit(text[m.length]);
        if (d < 0)
            break;
        m.value = m.value * 10 + d;
        ++m.length;
    }
    if (m.length == 0)
        return std::nullopt;
    return m;
}

} // namespace gongwen::core
