// SPDX-License-Identifier: MPL-2.0
// Where a long 公文 title breaks into lines (GB/T 9704-2012 §7.3.1:
// 回行时要做到词意完整，排列对称， 长短适宜，间距恰当，标题排列应当使用梯形或菱形): between words
// (ICU's word break), never before a particle that would start a line alone (的, 之 …), in lines as
// even as the words allow and never shaped like an hourglass (a middle line shorter than both its
// neighbours).
#pragma once

#include <core/layout/styles.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace gongwen::core
{

/// The characters a title line holds: the text area's width over the title's character size
/// (二号, 22 pt, in 156 mm: 20).
std::size_t titleCharactersPerLine(int textAreaWidthHundredthMm, double titleSizePt);
/// The same for a layout profile's text area and the title style's size.
std::size_t titleCharactersPerLine(const LayoutProfile& profile);

/// The UTF-16 offsets in `title` where 一键排版 puts a line break: none when it fits on one line
/// or already has line breaks ('\n').
std::vector<std::size_t> titleLineBreaks(std::u16string_view title, std::size_t charactersPerLine);

/// Whether a title line starts with a character that must not begin one (的, 之, 和 …).
bool startsWithParticle(std::u16string_view line);

} // namespace gongwen::core
