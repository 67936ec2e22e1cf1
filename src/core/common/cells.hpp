// SPDX-License-Identifier: MPL-2.0
// Spreadsheet cell names, shared by the tally book, the linked workbook and the register.
#pragma once

#include <cstddef>
#include <string>

namespace gongwen::core
{

/// A1-style column letters: 0 → A, 25 → Z, 26 → AA.
std::u16string columnLetters(std::size_t column);

} // namespace gongwen::core
