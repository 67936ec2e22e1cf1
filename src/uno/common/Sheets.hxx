// Small Calc helpers shared by the tally book and the linked workbook.
#pragma once

#include "StringConv.hxx"

#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace gongwen::ext
{

/// The workbook's named ranges (indicators and tables).
css::uno::Reference<css::sheet::XNamedRanges> namedRanges(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book);

/// Spreadsheet column letters: 0 → A, 26 → AA.
OUString columnLetters(sal_Int32 column);

/// What Calc shows for an error code of XCell::getError: #REF!, #DIV/0! …
OUString errorValueText(sal_Int32 code);

} // namespace gongwen::ext
