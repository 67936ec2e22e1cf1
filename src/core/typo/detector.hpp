// SPDX-License-Identifier: MPL-2.0
// word.typo: a character written for another that sounds or looks like it (推近 → 推进,
// 调妍 → 调研). A character the best segmentation leaves alone, outside every word of the
// lexicon, is tried against the characters it is confused with; a replacement is reported only
// when it forms a word and makes the text around it far more likely under the word bigram
// model (a margin in log probability, larger for near sounds and shapes than for equal sounds).
#pragma once

#include <core/typo/model.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core::typo
{

struct Typo
{
    std::size_t start = 0, length = 0; // UTF-16 units: the word as written
    std::u16string written, suggestion;
    std::u16string wrongCharacter, rightCharacter; // the one character that differs
    std::uint8_t likeness = 0;                     // Likeness bits of the replaced character
    float gain = 0;                                // log P(corrected) − log P(written) around it
};

/// What the user allows: words never flagged (names of people, places, the office's own).
struct AllowedWords
{
    std::vector<std::u16string> words;
};

/// A word list as users keep it (words.txt): one word a line; blank lines and lines starting
/// with # are skipped, white space around a word is dropped.
AllowedWords parseAllowedWords(std::u16string_view text);

/// The typos of one paragraph, left to right, none overlapping.
std::vector<Typo> findTypos(std::u16string_view text, const Model& model,
                            const AllowedWords* allowed = nullptr);

/// The ends (code point indices, ascending) of the words of the most likely segmentation of a
/// run of characters under the model's word frequencies.
std::vector<std::size_t> segmentWords(std::u32string_view characters, const Model& model);

/// "音近", "形近", "音形相近" (zh) / "similar sound", … (en) for the likeness bits.
std::u16string likenessNameZh(std::uint8_t likeness);
std::u16string likenessNameEn(std::uint8_t likeness);

} // namespace gongwen::core::typo
