// SPDX-License-Identifier: MPL-2.0
// Figures that must add up (RuleIds data.*): the relations a report asserts between its own
// figures, checked with exact arithmetic. Each rule reports only what no reading of the
// written precision can make true, and stays quiet where the text asserts no relation
// (approximations, ranges, 其中 listing only some parts …).
#pragma once

#include <core/common/finding.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core::data
{

/// The rules over one paragraph: data.parts, data.direction, data.growth, data.points,
/// data.share, data.weekday and data.days (dates that carry their year, or take it from an
/// earlier date of the paragraph).
void checkFigures(std::size_t paragraph, std::u16string_view text, std::vector<Finding>& out);

/// The year a document is dated in: its 成文日期 (a paragraph that is only a full date, the last
/// one), else a year in its title (the first non-empty paragraph). nullopt when there is none.
std::optional<int> documentYear(const std::vector<std::u16string_view>& paragraphs);

/// data.weekday and data.days for dates written without a year anywhere in their paragraph,
/// taking `year` (the document's).
void checkUndatedFigures(std::size_t paragraph, std::u16string_view text, int year,
                         std::vector<Finding>& out);

/// A Writer table as text, row by row.
using TableText = std::vector<std::vector<std::u16string>>;

/// A problem in a table: the cell (0-based row and column) and what is wrong.
struct TableFinding
{
    std::size_t row = 0, column = 0;
    std::u16string messageZh, messageEn;
    std::u16string suggestion; // the cell text that would make it add up; "" when unsure
};

/// data.table: a 合计/总计/小计 row or column whose figures are not the sums of the rows or
/// columns they total, and a percentage column (占比, 比例, 完成率 …) that does not follow from
/// two other columns. `tableName` is used only in messages.
std::vector<TableFinding> checkTable(const TableText& table);

/// One indicator of the linked workbook as the report side knows it.
struct IndicatorValue
{
    std::u16string name; // 视察调研次数
    double value = 0;
    std::u16string cell; // 指标.B5
};

/// data.workbook: a plain figure (not a figure field: the caller passes the text with fields
/// left out, or knows where they are) whose sentence names an indicator — its name without a
/// trailing 次数/人数/条数/件数/金额 …, followed by a figure in the matching unit — and that
/// disagrees with the indicator's value. The suggestion is the indicator's value.
void checkAgainstIndicators(std::size_t paragraph, std::u16string_view text,
                            const std::vector<IndicatorValue>& indicators,
                            std::vector<Finding>& out);

} // namespace gongwen::core::data
