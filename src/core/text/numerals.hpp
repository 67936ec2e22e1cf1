// SPDX-License-Identifier: MPL-2.0
// Chinese and Arabic numerals as they appear in official reports.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gongwen::core
{

/// A numeral found at the start of a text: its value and how many UTF-16 units it spans.
struct NumeralMatch
{
    int value = 0;
    std::size_t length = 0;
};

/// Largest value the Chinese-numeral functions handle (九千九百九十九).
constexpr int kMaxChineseNumeral = 9999;

/// The standard written form of 0..9999: 〇, 一, 十, 十一, 二十, 一百零一, 一千零一十 …
/// Returns an empty string outside that range.
std::u16string formatChineseNumeral(int value);

/// A number as a count word says it: like formatChineseNumeral, but 2 is 两 (两项, 两个方面).
std::u16string formatCountNumeral(int value);

/// Parses the whole of `text` as a Chinese numeral 〇..九千九百九十九.
/// Accepts the standard forms, 〇 as well as 零 for an inner zero, and 两 for a leading 2
/// (两百, 两千) or alone. Anything else — including an empty text — is not a numeral.
std::optional<int> parseChineseNumeral(std::u16string_view text);

/// The longest Chinese numeral at the start of `text`, if any.
std::optional<NumeralMatch> matchChineseNumeral(std::u16string_view text);

/// The run of ASCII or full-width decimal digits at the start of `text` (at most 9 digits).
std::optional<NumeralMatch> matchArabicNumber(std::u16string_view text);

/// The value of one digit as a year or a date is written digit by digit in Chinese: 〇 (also 零
/// and the circle ○ people type for it), 一 … 九; -1 for anything else.
int chineseDigitValue(char16_t c);
/// A digit of a year in any of the ways people type one: 2, ２, 二, 〇, 零, ○; -1 for anything
/// else.
int yearDigitValue(char16_t c);
/// 〇, 一 … 九 for 0 … 9.
char16_t chineseDigit(int value);

/// True for the characters that can occur inside a Chinese numeral.
bool isChineseNumeralChar(char16_t c);

} // namespace gongwen::core
