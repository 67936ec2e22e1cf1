// SPDX-License-Identifier: MPL-2.0
// The two languages every user-visible text exists in.
#pragma once

#include <string_view>

namespace gongwen::core
{

enum class Language
{
    ChineseSimplified, // zh-CN
    English,           // en-US
};

/// Maps a BCP 47 tag ("zh-CN", "zh", "en-US", "de") to the language we show: Chinese for any
/// zh tag, English for everything else.
Language languageForTag(std::string_view bcp47);

/// The one choice between a Chinese and an English text.
template <class Text> const Text& pick(Language language, const Text& zh, const Text& en)
{
    return language == Language::ChineseSimplified ? zh : en;
}

/// A text in both languages; pick() chooses one.
struct BilingualText
{
    std::u16string_view zh;
    std::u16string_view en;
    std::u16string_view pick(Language language) const { return core::pick(language, zh, en); }
};

} // namespace gongwen::core
