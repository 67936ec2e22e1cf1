// SPDX-License-Identifier: MPL-2.0
// The workbook a report links to (common/Workbooks: hidden, read-only, macros never executed).
#pragma once

#include <core/statistics/figures.hpp>

#include "../common/StringConv.hxx"
#include "../common/Workbooks.hxx"

#include <core/common/language.hpp>

#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <vector>

namespace gongwen::ext
{

class LinkedWorkbook
{
public:
    /// Throws IllegalArgumentException with a message for the user when the workbook is
    /// missing, not a local file, or cannot be read (corrupt, password-protected …).
    LinkedWorkbook(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const OUString& url, core::Language language);

    bool wasAlreadyOpen() const { return m_opened.wasAlreadyOpen(); }
    /// The cells a name refers to, or empty when the name is not defined or broken.
    css::uno::Reference<css::table::XCellRange> range(const OUString& name) const;
    /// Names of one cell (indicators) or of several cells (tables), sorted.
    std::vector<OUString> names(bool tables) const;

private:
    ReadOnlyWorkbook m_opened;
    css::uno::Reference<css::sheet::XNamedRanges>
        m_names; // looked up once: refresh asks for every figure
};

/// The document's link: stored relative to it when both are local files.
void storeWorkbookLink(const css::uno::Reference<css::text::XTextDocument>& document,
                       const OUString& workbookUrl,
                       const css::uno::Reference<css::uno::XComponentContext>& context,
                       core::Language language);
/// The absolute URL of the linked workbook, "" when there is none.
OUString linkedWorkbookUrl(const css::uno::Reference<css::text::XTextDocument>& document);
/// The URL or a message saying that no workbook is linked.
OUString requireLinkedWorkbook(const css::uno::Reference<css::text::XTextDocument>& document,
                               core::Language language);

/// The document's bound tables: Writer table, range and the range's chosen columns.
std::vector<core::TableBinding>
tableBindings(const css::uno::Reference<css::text::XTextDocument>& document);
void storeTableBinding(const css::uno::Reference<css::text::XTextDocument>& document,
                       const core::TableBinding& binding);

} // namespace gongwen::ext
