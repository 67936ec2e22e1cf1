// SPDX-License-Identifier: MPL-2.0
#include "RegisterSheets.hxx"

#include <core/tally/tally.hpp>
#include <core/text/text.hpp>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/Date.hpp>

#include <algorithm>
#include <cmath>

using namespace css;
namespace wording = gongwen::core::wording;

namespace gongwen::ext
{
namespace
{

constexpr sal_Int32 kMaxRows =
    100000; // a register of 10,000 rows reads whole; beyond this is not one

struct SheetOfRegister
{
    std::u16string_view name;
    std::optional<wording::SheetRows> wording::RegisterTables::*table;
};
constexpr SheetOfRegister kSheets[] = {
    {wording::kPeopleSheet, &wording::RegisterTables::people},
    {wording::kOrgansSheet, &wording::RegisterTables::organs},
    {wording::kPhrasesSheet, &wording::RegisterTables::phrases},
    {wording::kBannedSheet, &wording::RegisterTables::bannedWords}};

// A numeric cell as the register reads it: a date column's serial as YYYY-MM-DD, a whole number
// without decimals, another number as Calc would write it.
std::u16string numberText(double value, bool dateColumn, double nullDateSerial)
{
    if (dateColumn)
        if (const auto day = wording::dayOfSerial(value + nullDateSerial))
            return wording::isoText(*day);
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return core::decimal(static_cast<long long>(value));
    return std::u16string(toView(OUString::number(value)));
}

wording::SheetRows sheetRows(const uno::Reference<sheet::XSpreadsheet>& sheet,
                             double nullDateSerial)
{
    uno::Reference<sheet::XSheetCellCursor> cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
    const auto end = uno::Reference<sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                         ->getRangeAddress();
    const sal_Int32 lastRow = std::min(end.EndRow, kMaxRows);
    const auto data =
        uno::Reference<sheet::XCellRangeData>(
            sheet->getCellRangeByPosition(0, 0, end.EndColumn, lastRow), uno::UNO_QUERY_THROW)
            ->getDataArray();
    wording::SheetRows rows;
    std::vector<bool> dateColumn;
    for (const uno::Sequence<uno::Any>& row : data)
    {
        std::vector<std::u16string> cells;
        for (sal_Int32 c = 0; c < row.getLength(); ++c)
        {
            OUString text;
            double value = 0;
            if (row[c] >>= text)
                cells.emplace_back(toView(text));
            else if (row[c] >>= value)
                cells.push_back(numberText(
                    value, c < static_cast<sal_Int32>(dateColumn.size()) && dateColumn[c],
                    nullDateSerial));
            else
                cells.emplace_back();
        }
        if (rows.empty()) // the header names the date columns
            for (const std::u16string& name : cells)
                dateColumn.push_back(std::find(std::begin(kRegisterDateColumns),
                                               std::end(kRegisterDateColumns),
                                               name) != std::end(kRegisterDateColumns));
        rows.push_back(std::move(cells));
    }
    return rows;
}

// Serial numbers count from the workbook's null date (1899-12-30 unless set otherwise).
double nullDateSerial(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    util::Date nullDate(30, 12, 1899);
    try
    {
        uno::Reference<beans::XPropertySet>(book, uno::UNO_QUERY_THROW)
            ->getPropertyValue("NullDate") >>= nullDate;
    }
    catch (const uno::Exception&)
    {
    }
    return core::tally::serialDate(nullDate.Year, nullDate.Month, nullDate.Day).value_or(0);
}

} // namespace

std::optional<wording::RegisterTables>
readRegisterTables(const uno::Reference<sheet::XSpreadsheetDocument>& book)
{
    const auto sheets = book->getSheets();
    const double nullDate = nullDateSerial(book);
    wording::RegisterTables tables;
    bool any = false;
    for (const SheetOfRegister& s : kSheets)
        if (sheets->hasByName(toOUString(s.name)))
        {
            any = true;
            tables.*s.table =
                sheetRows(uno::Reference<sheet::XSpreadsheet>(sheets->getByName(toOUString(s.name)),
                                                              uno::UNO_QUERY_THROW),
                          nullDate);
        }
    return any ? std::optional<wording::RegisterTables>(std::move(tables)) : std::nullopt;
}

} // namespace gongwen::ext
