// Figure fields and bound tables in a Writer report, filled from the linked workbook.
#pragma once

#include "LinkedWorkbook.hxx"

#include <core/statistics/figures.hpp>

#include <org/gongwen/FillReport.hpp>

namespace gongwen::ext
{

/// A source cell's value as a figure: its text in `format`, or a message why it cannot be one.
struct CellFigure
{
    bool ok = false;
    OUString text;
    OUString problem;
};
CellFigure readFigure(const css::uno::Reference<css::table::XCellRange>& cell, const OUString& name,
                      core::FigureFormat format, core::Language language);

/// Inserts a figure field for `indicator` at `at` (replacing the selection), one undo step.
void insertFigureField(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::text::XTextDocument>& document,
                       const css::uno::Reference<css::text::XTextRange>& at, const OUString& indicator,
                       core::FigureFormat format, core::Language language);

/// Why the Writer table does not match the range (column count, header texts), or "" when
/// it does. Empty header cells match anything: binding fills them.
OUString tableMismatch(const css::uno::Reference<css::uno::XComponentContext>& context,
                       const css::uno::Reference<css::text::XTextDocument>& document, const OUString& writerTable,
                       const OUString& rangeName, core::Language language);

enum class TableAdaptation
{
    Refuse, // a mismatch is refused with tableMismatch()'s message
    Adapt,  // the table takes the range's column count and header texts (the user agreed)
};

/// Binds and fills a Writer table, one undo step.
void bindWriterTable(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::text::XTextDocument>& document, const OUString& writerTable,
                     const OUString& rangeName, TableAdaptation adaptation, core::Language language);

/// Fills all figures and bound tables, one undo step.
org::gongwen::FillReport refreshStatistics(const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const css::uno::Reference<css::text::XTextDocument>& document,
                                           core::Language language);

} // namespace gongwen::ext
