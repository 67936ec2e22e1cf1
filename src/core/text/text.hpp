// SPDX-License-Identifier: MPL-2.0
// UTF-16 text helpers: character classes come from ICU, positions are UTF-16 units.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

/// The code point at `pos` (a lone surrogate is returned as itself) and its length in units.
char32_t codePointAt(std::u16string_view text, std::size_t pos, std::size_t* units = nullptr);
/// The code point that ends just before `pos`, or 0 at the start.
char32_t codePointBefore(std::u16string_view text, std::size_t pos, std::size_t* units = nullptr);

/// The code points of `text` (a lone surrogate as itself); with `offsets`, the UTF-16 offset of
/// each and, last, of the end.
std::u32string toCodePoints(std::u16string_view text, std::vector<std::size_t>* offsets = nullptr);
/// Appends `c` as UTF-16 (a surrogate pair above U+FFFF).
void appendCodePoint(std::u16string& text, char32_t c);

/// Han ideographs (ICU script Han).
bool isHan(char32_t c);
/// White space, including the ideographic space U+3000 and no-break spaces.
bool isSpace(char32_t c);
/// A–Z, a–z, 0–9 (the characters that glue Latin words and model numbers together).
bool isAsciiAlnum(char32_t c);
/// ASCII or full-width decimal digit.
bool isDigit(char32_t c);
/// Han characters and the full-width punctuation and quotes that sit among them.
bool isChineseContext(char32_t c);
/// Chinese sentence-ending punctuation: 。！？ (and …… is not one).
bool isSentenceEnd(char16_t c);
/// Punctuation after which an enumeration item (一是, 第一，) may start.
bool isItemBoundary(char16_t c);

/// The nearest non-space code point before `pos` / at or after `pos` (0 when there is none).
char32_t previousVisible(std::u16string_view text, std::size_t pos);
char32_t nextVisible(std::u16string_view text, std::size_t pos);

/// The index of the first non-space unit at or after `pos`.
std::size_t skipSpaces(std::u16string_view text, std::size_t pos);

/// Whether `text` has `prefix` at its start, or at `at` (false when `at` is past the end).
bool startsWith(std::u16string_view text, std::u16string_view prefix);
bool startsWith(std::u16string_view text, std::size_t at, std::u16string_view prefix);
/// Whether `text` ends with `suffix`, or has it ending at `at`.
bool endsWith(std::u16string_view text, std::u16string_view suffix);
bool endsWith(std::u16string_view text, std::size_t at, std::u16string_view suffix);
/// `text` without white space (isSpace) at either end.
std::u16string_view trimSpaces(std::u16string_view text);

/// Splits on "\n"; one "\r" before each "\n" (and at the very end) is dropped.
std::vector<std::u16string_view> splitParagraphs(std::u16string_view text);

/// Decimal digits of `n`.
std::u16string decimal(long long n);
/// `text` with its full-width digits (０–９) made ASCII; every other character as it is.
std::u16string asciiDigits(std::u16string_view text);

/// UTF-8 <-> UTF-16 for files and the command line; invalid UTF-8 becomes U+FFFD.
std::u16string fromUtf8(std::string_view utf8);
std::string toUtf8(std::u16string_view utf16);
/// UTF-8 → UTF-16, or nullopt when the input is not valid UTF-8.
std::optional<std::u16string> fromUtf8Strict(std::string_view utf8);

} // namespace gongwen::core
