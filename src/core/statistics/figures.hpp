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
