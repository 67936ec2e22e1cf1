// SPDX-License-Identifier: MPL-2.0
// 落款 and 成文日期 (GB/T 9704 §7.3.5): where each goes on its line, and which paragraphs must
// stay on one page with them.
#pragma once

#include <core/layout/roles.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace gongwen::core
{

/// The width of `text` in characters of its size: full-width characters (Han, full-width
/// punctuation) count one, half-width ones (Arabic numerals, Latin letters) one half.
double widthInCharacters(std::u16string_view text);

/// Right indents, in characters, of a 署名 line and the 成文日期 under it.
struct ClosingIndents
{
    double signature = 0;
    double date = 0;
};

/// Sealed (加盖印章, the default): the date 右空四字 and the 署名 centred over the date.
/// Unsealed: the 署名 右空二字 and the date starting two characters right of the 署名's first
/// character; a date longer than that allows stays 右空二字 and the 署名 moves with it.
ClosingIndents placeClosing(std::u16string_view signature, std::u16string_view date, bool sealed);

/// The elements that must stay on one page so that 落款 and date are never split from each
/// other nor alone on a page: the last body (or 附件说明) paragraph before the first 落款, the
/// blank lines between, and every 落款 line but the last (each is kept with the next). Empty
/// when the document has no 落款 followed by a date.
std::vector<std::size_t> keptWithNext(const std::vector<ParagraphRoleInfo>& roles);

} // namespace gongwen::core
