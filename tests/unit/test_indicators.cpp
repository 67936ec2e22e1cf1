// SPDX-License-Identifier: MPL-2.0
#include <core/statistics/indicators.hpp>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gongwen::core;

namespace
{

std::vector<IndicatorEntry> book()
{
    // As a tally book lists them: 指标 sheet (index 2) top to bottom, then 分组统计 (index 3).
    return {
        {u"协商活动次数", u"12", u"指标.B3", 2, 2, 1},
        {u"建议件数", u"7", u"指标.B4", 2, 3, 1},
        {u"参加人数", u"1,250", u"指标.B5", 2, 4, 1},
        {u"专项资金", u"35.5", u"指标.B6", 2, 5, 1},
        {u"分组合计", u"6×14", u"分组统计.A1", 3, 0, 0},
    };
}

std::vector<std::u16string> names(const std::vector<IndicatorEntry>& entries)
{
    std::vector<std::u16string> out;
    for (const auto& e : entries)
        out.push_back(e.name);
    return out;
}

std::vector<std::u16string> found(std::u16string_view query)
{
    const auto entries = book();
    std::vector<std::u16string> out;
    for (std::size_t i : findIndicators(entries, query))
        out.push_back(entries[i].name);
    return out;
}

} // namespace

TEST_CASE("indicators sorted by name follow pinyin, not code points", "[indicators]")
{
    auto entries = book();
    sortIndicators(entries, IndicatorOrder::ByName);
    // can < fen < jian < xie < zhuan; by UTF-16 code units 协 (534F) would come before 参 (53C2).
    CHECK(names(entries) == std::vector<std::u16string>{u"参加人数", u"分组合计", u"建议件数",
                                                        u"协商活动次数", u"专项资金"});
}

TEST_CASE("indicators in workbook order go sheet by sheet, row by row", "[indicators]")
{
    auto entries = book();
    std::reverse(entries.begin(), entries.end());
    sortIndicators(entries, IndicatorOrder::InWorkbook);
    CHECK(names(entries) == std::vector<std::u16string>{u"协商活动次数", u"建议件数", u"参加人数",
                                                        u"专项资金", u"分组合计"});
}

TEST_CASE("a search finds names, values and cells, every term, in any width and case",
          "[indicators]")
{
    CHECK(found(u"").size() == 5);
    CHECK(found(u"   ").size() == 5);
    CHECK(found(u"协商") == std::vector<std::u16string>{u"协商活动次数"});
    CHECK(found(u"数") == std::vector<std::u16string>{u"协商活动次数", u"建议件数", u"参加人数"});
    CHECK(found(u"b5") == std::vector<std::u16string>{u"参加人数"});       // cell, lower case
    CHECK(found(u"ｂ６") == std::vector<std::u16string>{u"专项资金"});     // full-width
    CHECK(found(u"1,250") == std::vector<std::u16string>{u"参加人数"});    // value as shown
    CHECK(found(u"指标 7") == std::vector<std::u16string>{u"建议件数"});   // both terms
    CHECK(found(u"分组统计") == std::vector<std::u16string>{u"分组合计"}); // sheet of the cell
    CHECK(found(u"协商 7").empty());
    CHECK(found(u"人员").empty());
}
