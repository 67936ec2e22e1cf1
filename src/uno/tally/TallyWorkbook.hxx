// SPDX-License-Identifier: MPL-2.0
// Building, appending to and reading a tally book in Calc (the layout is src/core/tally.hpp).
#pragma once

#include "../common/StringConv.hxx"

#include <core/common/finding.hpp>
#include <core/common/language.hpp>
#include <core/tally/tally.hpp>

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace gongwen::ext
{

/// Lays out a new tally book for `year` in an empty spreadsheet document.
void buildTallyBook(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book, int year);

/// The reporting year stored in the book (参数.B1). Throws IllegalArgumentException when the
/// document is not a tally book.
int reportingYear(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                  core::Language language);

/// Appends a checked record to the ledger; returns the sheet row it went to.
sal_Int32 appendRecord(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                       const core::tally::Record& record);

/// Defines a named range; throws IllegalArgumentException with the reason.
void defineName(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                const OUString& name, const OUString& rangeAddress, core::Language language);

struct BookFinding
{
    core::Finding finding;
    OUString sheet; // where the cell is, for jumping to it
};

std::vector<BookFinding>
checkTallyBook(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
               core::Language language);

css::uno::Reference<css::sheet::XSpreadsheet>
sheetNamed(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book, const OUString& name);

/// A new tally book for the current year, in a new Calc window (TallyBook.cxx).
css::uno::Reference<css::sheet::XSpreadsheetDocument>
newTallyBook(const css::uno::Reference<css::uno::XComponentContext>& context);

/// Checks and appends one record (7 values); returns its sheet row. Throws
/// IllegalArgumentException naming the column (TallyBook.cxx).
sal_Int32 addTallyRecord(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                         const css::uno::Sequence<css::uno::Any>& values, core::Language language);

/// Replaces our summary charts: on the 分组统计 sheet one of that table (`groups`), else on the
/// 指标 sheet one per unit over the indicators defined there. One undo step; returns how many.
sal_Int32 insertSummaryCharts(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                              bool groups, core::Language language);

/// The non-empty entries of a 参数 list: column 0 categories, column 2 units.
std::vector<OUString> listValues(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& book,
                                 sal_Int32 column);

} // namespace gongwen::ext
