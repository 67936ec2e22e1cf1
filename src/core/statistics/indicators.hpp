// SPDX-License-Identifier: MPL-2.0
// The indicators a user picks from (插入统计数字, 关联统计表, the Calc deck): in an order a
// person finds things in, and narrowed by what they type.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

struct IndicatorEntry
{
    std::u16string name;  // 协商活动次数
    std::u16string value; // as Calc shows it, or the size of a table range ("6×14")
    std::u16string cell;  // 指标.B3
    // Where it is in the workbook, for the workbook's own order.
    int sheet = 0;
    int row = 0;
    int column = 0;
};

enum class IndicatorOrder
{
    ByName,     // Chinese dictionary order (pinyin), as a reader looks a name up
    InWorkbook, // sheet by sheet, row by row: the order the tally book was laid out in
};

/// Sorts `entries` in `order`; equal keys keep their relative order.
void sortIndicators(std::vector<IndicatorEntry>& entries, IndicatorOrder order);

/// The positions of the entries `query` finds: every space-separated term of it occurs in the
/// name, the value or the cell, compared after NFKC and case folding (so "ｂ３" finds "B3"). An
/// empty query finds every entry.
std::vector<std::size_t> findIndicators(const std::vector<IndicatorEntry>& entries,
                                        std::u16string_view query);

} // namespace gongwen::core
