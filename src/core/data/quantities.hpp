// SPDX-License-Identifier: MPL-2.0
// The figures a report states, read from one paragraph: numbers with their units and scale,
// percentages, percentage points, multiples, dates with their weekdays. Values are exact
// rationals (never binary floating point), and every figure carries the interval of what its
// written precision allows (97.9% means 97.85–97.95; 两千多 means 2000–3000), so that a rule
// reports only what no reading of the text can make true.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core::data
{

using Exact = boost::multiprecision::number<boost::multiprecision::cpp_rational_backend,
                                            boost::multiprecision::et_off>;

/// What a figure measures in, as far as arithmetic between figures needs to know.
enum class Measure
{
    Plain,   // a count or amount: 18次, 80亿元, 120人
    Percent, // 97.4%, 百分之十点二
    Points,  // 4.5个百分点
    Times,   // 1.5倍
};

struct Quantity
{
    std::size_t start = 0;      // UTF-16 units in the paragraph: the numeral (with 百分之 or a
    std::size_t length = 0;     // leading 约), its scale (万, 亿) and its unit
    std::size_t numeralEnd = 0; // where the numeral and its scale end (the unit follows)
    Exact value;                // scaled: 1.2万人 is 12000
    Exact low, high;            // what the written precision and any 约/多/以上 allow
    Measure measure = Measure::Plain;
    std::u16string unit; // the unit after the scale: 人, 次, 元, 件, 天, 个 …; "" if none
    bool approximate = false; // 约, 近, 多, 余, 左右, 以上, 以下, 超过, 不到 …: no equation holds
    int decimals = 0;    // digits written after the decimal point (for messages)
    bool arabic = true;  // written in Arabic digits (suggestions keep the form)
    bool scaled = false; // 万 or 亿 written: 5200万人

    /// The written precision alone, without approximation words: half a unit of the last digit.
    bool exactInteger() const { return !approximate && low == high; }
};

/// Every figure of `text` in order. Years (2026年), dates, ordinals (第三), serial numbers
/// (一、 （二） 1.), codes and numbers glued to Latin letters are not figures. Numbers with more
/// than 18 significant digits are skipped: no finding is built on them.
std::vector<Quantity> readQuantities(std::u16string_view text);
/// The figures that begin in [begin, end) of `text` (one sentence), read in the whole text.
std::vector<Quantity> readQuantities(std::u16string_view text, std::size_t begin, std::size_t end);

struct DateMention
{
    std::size_t start = 0, length = 0; // the date itself: 2026年3月2日 / 3月2日 / 2日
    std::optional<int> year;           // when written
    std::optional<int> month;          // absent for a bare 16日 after 至
    int day = 0;
    // The weekday written right after it, （星期二） or （周二）: 1 = Monday … 7 = Sunday.
    std::optional<int> weekday;
    std::size_t weekdayStart = 0, weekdayLength = 0; // the 星期二 / 周二 inside the brackets
};

/// Dates of the form [YYYY年]M月D日 (Arabic or Chinese numerals), and a bare D日 right after a
/// range mark (至, 到, —, ～, -) following a date.
std::vector<DateMention> readDates(std::u16string_view text);

/// Gregorian calendar helpers. `valid` rejects 2月30日, month 13 and years outside 1900–2199.
bool validDate(int year, int month, int day);
/// 1 = Monday … 7 = Sunday.
int weekdayOf(int year, int month, int day);
/// Days since 1970-01-01.
long daysFromCivil(int year, int month, int day);

/// 10^n as an exact number (n may be negative).
Exact powerOfTen(int n);
/// `value` rounded half away from zero to `decimals` digits, written with exactly that many
/// decimals ("97.4", "25", "-3.0"). Values beyond 10^18 are written as they are rounded.
std::u16string formatExact(const Exact& value, int decimals);
/// An exact value from a finite double, to 10 significant decimals (what Calc shows).
std::optional<Exact> exactFromDouble(double value);

} // namespace gongwen::core::data
