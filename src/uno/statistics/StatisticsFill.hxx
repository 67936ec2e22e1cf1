// SPDX-License-Identifier: MPL-2.0
// Figure fields and bound tables in a Writer report, filled from the linked workbook.
#pragma once

#include "LinkedWorkbook.hxx"

#include <core/statistics/figures.hpp>

#include <org/gongwen/FillReport.hpp>

#include <functional>

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
                       const css::uno::Reference<css::text::XTextRange>& at,
                       const OUString& indicator, core::FigureFormat format,
                       core::Language language);

/// Whether a Writer table whose shape differs from the range may be adapted to it: asked with
/// the message naming the difference (column counts, header texts), before anything changes.
/// Empty: never (the difference is refused with that message).
using AdaptConsent = std::function<bool(const OUString& mismatch)>;

/// Binds and fills a Writer table, one undo step, with the range's `columns` (0-based, in
/// order; empty: all). Returns false when the table's shape differs and `mayAdapt` declined:
/// then nothing changed. A column outside the range is refused.
bool bindWriterTable(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::text::XTextDocument>& document,
                     const OUString& writerTable, const OUString& rangeName,
                     const std::vector<std::size_t>& columns, const AdaptConsent& mayAdapt,
                     core::Language language);

/// Fills all figures and bound tables, one undo step.
org::gongwen::FillReport
refreshStatistics(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::text::XTextDocument>& document,
                  core::Language language);

} // namespace gongwen::ext
