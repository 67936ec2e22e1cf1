// SPDX-License-Identifier: MPL-2.0
// word.confusion: words commonly written wrong in official texts (做为 → 作为), from a list kept
// as data (extension/data/confusions.txt, built into the core) and the user's own pairs.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

struct WordPair
{
    std::u16string wrong;
    std::u16string right;
    std::u16string note; // why they are confused: 音近, 形近, …
};
using WordPairs = std::vector<WordPair>;

/// Reads a list: one pair a line, "wrong<TAB>right[<TAB>note]" (wrong: two characters or more);
/// blank lines and lines starting
/// with # are skipped. The 1-based numbers of lines that are not pairs go to `badLines`.
WordPairs parseWordPairs(std::u16string_view text, std::vector<std::size_t>* badLines = nullptr);

/// The built-in list (extension/data/confusions.txt, compiled in).
const WordPairs& builtinWordPairs();

} // namespace gongwen::core
