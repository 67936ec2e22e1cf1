// SPDX-License-Identifier: MPL-2.0
#include <core/common/cells.hpp>

namespace gongwen::core
{

std::u16string columnLetters(std::size_t column)
{
    std::u16string letters;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char16_t>(u'A' + (c - 1) % 26));
    return letters;
}

} // namespace gongwen::core
