// SPDX-License-Identifier: MPL-2.0
// Figures from the tally book as they appear in a report, and the link between the two files.
#pragma once

#include <core/common/language.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::core
{

/// How an inserted figure shows its value.
enum class FigureFormat
{
    AsInCalc,  // the cell's own formatted text
    Thousands, // 12,345
    Fixed1,    // 12345.6
    Fixed2,    // 12345.67
    Chinese,   // 三, 两, 十二 (whole numbers up to 9999; others as digits)
    Wan,       // 1.23万
    Yi,        // 1.23亿
};

struct FigureFormatInfo
{
    FigureFormat format;
    std::string_view key; // stored in the document
    BilingualText name;
};
const std::vector<FigureFormatInfo>& figureFormats();
std::optional<FigureFormat> figureFormatForKey(std::string_view key);
std::string_view figureFormatKey(FigureFormat format);

/// The text of `value` in `format`; `calcText` is what Calc shows for the cell (AsInCalc).
std::u16string formatFigure(double value, FigureFormat format, std::u16string_view calcText);

/// The name of the user field master behind a figure: "gw_<format key>_<indicator>". Fields
/// of one indicator in one format share it, so one change updates them all.
std::u16string figureFieldName(std::u16string_view indicator, FigureFormat format);

struct FigureField
{
    std::u16string indicator;
    FigureFormat format;
};
/// The indicator and format of one of our field masters' names; nullopt for any other name.
std::optional<FigureField> parseFigureFieldName(std::u16string_view name);
/// Whether a field master's name may be one of ours (a cheap test before parsing).
bool looksLikeFigureField(std::u16string_view name);

/// A Writer table bound to a table range of the workbook, or to some of its columns.
struct TableBinding
{
    std::u16string writerTable, rangeName;
    std::vector<std::size_t> columns; // 0-based columns of the range, in order; empty: all
    bool operator==(const TableBinding& o) const
    {
        return writerTable == o.writerTable && rangeName == o.rangeName && columns == o.columns;
    }
};
/// The bindings as stored in the document: a line "table<TAB>range[<TAB>1,3,5]" each (the
/// chosen columns counted from 1; none: all).
std::vector<TableBinding> parseTableBindings(std::u16string_view stored);
/// The chosen columns of each row (all of them when `columns` is empty); a column beyond a row's
/// end gives an empty cell.
template <typename Cell>
std::vector<std::vector<Cell>> pickColumns(const std::vector<std::vector<Cell>>& rows,
                                           const std::vector<std::size_t>& columns)
{
    if (columns.empty())
        return rows;
    std::vector<std::vector<Cell>> picked;
    picked.reserve(rows.size());
    for (const std::vector<Cell>& row : rows)
    {
        std::vector<Cell>& out = picked.emplace_back();
        for (std::size_t c : columns)
            out.push_back(c < row.size() ? row[c] : Cell{});
    }
    return picked;
}
/// The stored text after binding `binding.writerTable` to `binding.rangeName` (replacing an
/// earlier binding of that table).
std::u16string storeTableBinding(std::u16string_view stored, const TableBinding& binding);

/// One cell of a workbook range: a number, text (possibly empty), as read from the sheet.
struct SourceCell
{
    bool isNumber = false;
    double number = 0;
    std::u16string text;
};
/// What a bound Writer table gets from its range (the range's first row is the header): the
/// body's cell texts, numbers written as "as in Calc" figures, and which of the first
/// `columns` columns hold only numbers (or nothing) and are right-aligned.
struct TableFillPlan
{
    std::vector<std::vector<std::u16string>> body; // rows × min(columns, source columns)
    std::vector<bool> numericColumns;
};
TableFillPlan planTableFill(const std::vector<std::vector<SourceCell>>& source,
                            std::size_t columns);

/// Whether two table header texts name the same column: compared after NFKC normalisation and
/// without white space, so "金额 (万元)" matches "金额（万元）".
bool sameHeaderText(std::u16string_view a, std::u16string_view b);

/// How a Writer table's header row compares with the header row of the workbook range it is
/// to be bound to.
struct TableShape
{
    std::size_t writerColumns = 0, sourceColumns = 0;
    /// 0-based columns (present in both) whose Writer header is neither empty nor the same
    /// text as the range's; an empty Writer header cell is filled from the range.
    std::vector<std::size_t> differingHeaders;
    bool fits() const { return writerColumns == sourceColumns && differingHeaders.empty(); }
};
TableShape compareTableShape(const std::vector<std::u16string>& writerHeader,
                             const std::vector<std::u16string>& sourceHeader);

/// Relative reference from the folder of `fromFile` to `toFile` ("/"-separated absolute paths),
/// e.g. ("/a/b/report.odt", "/a/data/book.ods") → "../data/book.ods".
std::string relativePath(std::string_view fromFile, std::string_view toFile);
/// The absolute path of `reference` (relative or absolute) seen from the folder of `fromFile`.
std::string resolvePath(std::string_view fromFile, std::string_view reference);

} // namespace gongwen::core
