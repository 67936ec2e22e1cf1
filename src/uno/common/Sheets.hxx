// SPDX-License-Identifier: MPL-2.0
// Small Calc helpers shared by the tally book and the linked workbook.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <vector>

namespace gongwen::ext
{

/// The workbook's named ranges (indicators and tables).
css::uno::Reference<css::sheet::XNamedRanges>
namedRanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book);

/// Spreadsheet column letters: 0 → A, 26 → AA.
OUString columnLetters(sal_Int32 column);

/// What Calc shows for an error code of XCell::getError: #REF!, #DIV/0! …
OUString errorValueText(sal_Int32 code);

/// A cell of a range holding an error value; column and row within the range.
struct ErrorCell
{
    sal_Int32 column = 0, row = 0;
    OUString text; // #DIV/0! …
};

/// The part of `range` that lies in its sheet's used area: the rows (and, with `clipColumns`,
/// the columns) beyond the last used cell are left out, so that a name over whole columns
/// ($A$1:$N$1048576) or a whole sheet is read in the size of its data. A range wholly beyond the
/// used area keeps its first row and column.
css::uno::Reference<css::table::XCellRange>
usedPart(const css::uno::Reference<css::table::XCellRange>& range, bool clipColumns);

/// The error values in `range`, whose getDataArray() is `data` (error cells read as void
/// there, so only those are asked for their error).
std::vector<ErrorCell>
errorCells(const css::uno::Reference<css::table::XCellRange>& range,
           const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& data);

/// Sets the cells' own check (Data ▸ Validity): a value that breaks it is refused with `error`.
void validate(const css::uno::Reference<css::table::XCellRange>& range,
              css::sheet::ValidationType type, css::sheet::ConditionOperator op,
              const OUString& formula1, const OUString& formula2, const OUString& error);

/// The workbook's number format YYYY-MM-DD (added when it has none).
sal_Int32 dateFormat(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book);

} // namespace gongwen::ext
